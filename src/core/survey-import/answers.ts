/**
 * Answers that say "no answer": exports write them as text ("NA" from R, "N/A", "-", "Prefer not to
 * say"), and read as text they would be stored as comments, counted as account names, or stop a
 * 0–10 column from looking like NPS. They are read as blanks everywhere (detection and import).
 */
import { isBlank, normalizeKey } from '../cells';

const MISSING_ANSWERS = new Set([
  'na',
  'n/a',
  'n.a.',
  'nan',
  'null',
  '#n/a',
  '-',
  '--',
  '—',
  '–',
  'prefer not to say',
  'prefer not to answer',
  'rather not say',
  'preferisco non rispondere',
  'preferisco non dirlo',
  'prefer să nu răspund',
  'prefer sa nu raspund',
  'prefiero no decirlo',
  'prefiero no responder',
  'prefiero no contestar',
  'je préfère ne pas répondre',
  'je préfère ne pas le dire',
  'keine angabe',
  'möchte ich nicht sagen',
  'prefiro não dizer',
  'prefiro não responder',
  'ترجیح می‌دهم نگویم',
  'ترجیح میدهم نگویم',
  'ไม่ขอตอบ',
  'ไม่ประสงค์จะตอบ',
]);

export function isMissingAnswer(cell: unknown): boolean {
  if (isBlank(cell)) return true;
  return typeof cell === 'string' && MISSING_ANSWERS.has(normalizeKey(cell));
}

/** The answer, or '' when it says there is none. */
export function answerOrBlank(cell: unknown): unknown {
  return isMissingAnswer(cell) ? '' : cell;
}
