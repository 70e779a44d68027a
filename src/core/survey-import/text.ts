/** Text folding shared by question detection and account matching. */

/**
 * Lower-cases text and drops what people type inconsistently: Latin accents (ă â î ș ş ț ţ é → a a i s
 * s t t e), Arabic-script short-vowel signs, madda/hamza marks, tatweel and zero-width (non-)joiners,
 * and writes Arabic yeh/kaf as the Persian letters. Only those marks go: Thai vowel and tone marks
 * spell the word (stripping every combining mark would turn พึงพอใจ into พงพอใจ).
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640\u200c\u200d]/g, '')
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .normalize('NFC');
}

/** Letters with their marks, and digits: what a word is made of in every script. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_BREAKS = /[^\p{L}\p{M}\p{N}]+/u;
const LATIN = /[a-z]/;

/** The words of already folded text. */
export function wordsOf(folded: string): string[] {
  return folded.split(WORD_BREAKS).filter((word) => word !== '');
}

/** Keywords by language code; each is matched folded, so write it as people do (with accents). */
export type KeywordTable = Readonly<Record<string, readonly string[]>>;

/**
 * The first keyword of the table that folded text mentions, as written in the table, or null.
 * A Latin keyword must start a word ("satisf" finds "satisfied", "ease" does not find "please");
 * Thai has no spaces between words and Persian glues suffixes on, so other scripts match anywhere.
 */
export function mentionedKeyword(folded: string, table: KeywordTable): string | null {
  for (const keywords of Object.values(table)) {
    for (const keyword of keywords) {
      if (mentions(folded, foldText(keyword))) return keyword;
    }
  }
  return null;
}

function mentions(folded: string, keyword: string): boolean {
  if (!LATIN.test(keyword)) return folded.includes(keyword);
  for (let at = folded.indexOf(keyword); at !== -1; at = folded.indexOf(keyword, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(folded[at - 1])) return true;
  }
  return false;
}

/**
 * How the title wrote a keyword it mentions, for a reason shown to the user: the title's own word
 * for a one-word Latin keyword ("satisf" → "Satisfied"), else the keyword itself.
 */
export function spelledInTitle(title: string, keyword: string): string {
  const folded = foldText(keyword);
  if (!LATIN.test(folded) || folded.includes(' ')) return keyword;
  return wordsOf(title).find((word) => foldText(word).startsWith(folded)) ?? keyword;
}
