/**
 * Keys under which account names and IDs compare: what people write differently for the same
 * company (case, spacing, punctuation, accents, legal form) does not count.
 */
import { foldText, wordsOf } from './text';

/**
 * Legal forms dropped from the end of a name, written without dots (a name's dots are removed
 * before comparing, so "S.p.A." is "spa" and "L.L.C." is "llc"). Entries of several words drop
 * together ("سهامی خاص").
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'gmbh',
  'ag',
  'kg',
  'ug',
  'se',
  'srl',
  'spa',
  'snc',
  'sas',
  'sa',
  'sarl',
  'sl',
  'bv',
  'nv',
  'pty',
  'pte',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'kk',
  'ltda',
  'sro',
  'sdn bhd',
  'bhd',
  'jsc',
  'سهامی خاص',
  'سهامی عام',
  'จำกัด',
  'มหาชน',
];

/**
 * Words dropped from the start of a name: "The Acme Company", Romanian "S.C. Acme S.R.L.",
 * "บริษัท เอบีซี จำกัด", "شرکت …".
 */
export const LEGAL_PREFIXES: readonly string[] = ['the', 'sc', 'บริษัท', 'شرکت'];

const foldWords = (entries: readonly string[]) => entries.map((entry) => wordsOf(foldText(entry)));
const SUFFIX_WORDS = foldWords(LEGAL_SUFFIXES);
const PREFIX_WORDS = foldWords(LEGAL_PREFIXES);
// Thai is written without spaces: "บริษัทเอบีซีจำกัด" has its legal form glued on.
const THAI = /[\u0e00-\u0e7f]/;
const GLUED_SUFFIXES = SUFFIX_WORDS.flat().filter((word) => THAI.test(word));
const GLUED_PREFIXES = PREFIX_WORDS.flat().filter((word) => THAI.test(word));

/** "ACME, Inc." and "Acme inc" → "acme"; "Società Rossi S.p.A." → "societarossi". '' if nothing is left. */
export function nameKey(name: string): string {
  const words = wordsOf(foldText(name).replace(/[.'’`]/g, ''));
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of PREFIX_WORDS) {
      if (words.length > prefix.length && prefix.every((word, i) => words[i] === word)) {
        words.splice(0, prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIX_WORDS) {
      const start = words.length - suffix.length;
      if (start > 0 && suffix.every((word, i) => words[start + i] === word)) {
        words.splice(start);
        changed = true;
      }
    }
  }
  return stripGlued(words.join(''));
}

function stripGlued(key: string): string {
  let stripped = key;
  for (let before = ''; before !== stripped; ) {
    before = stripped;
    for (const prefix of GLUED_PREFIXES) {
      if (stripped.length > prefix.length && stripped.startsWith(prefix))
        stripped = stripped.slice(prefix.length);
    }
    for (const suffix of GLUED_SUFFIXES) {
      if (stripped.length > suffix.length && stripped.endsWith(suffix))
        stripped = stripped.slice(0, -suffix.length);
    }
  }
  return stripped;
}

/** "ACME-001", "acme 001" → "acme001": IDs compare without case, spacing or punctuation. */
export function idKey(id: string): string {
  return wordsOf(foldText(id)).join('');
}
