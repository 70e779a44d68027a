/**
 * Columns a starter model must never score: the outcome (it "leaks the answer"), and names, IDs,
 * e-mails and URLs (they tell accounts apart, not how healthy they are).
 */
import { readOutcome } from './auc';
import { isBlank } from './cells';
import { headerWords } from './starter-lexicon';

/** Headers that say whether the account left, in en, it, ro, fa, th; strongest first. */
const OUTCOME_HEADERS = [
  /\b(churn|churned|churning|exited|attrition|cancell?ed|cancellation|renewal outcome)\b|^outcome$|abbandon|disdett|cessat|plecat|renunț|renunt|reziliat|ریزش|لغو|ยกเลิก|เลิกใช้/u,
  /\blost\b|pierdut|ترک/u,
];
/** About the outcome, not the outcome itself: "Churn reason", "Cancellation date". */
const ABOUT_OUTCOME = /reason|date|why|when|motiv|data|دلیل|تاریخ|เหตุผล|วันที่/u;
/** Headers that may hold the outcome as words (Status = active / cancelled). */
const STATUS_HEADER = /\b(status|state|stato|stare)\b|وضعیت|สถานะ/u;
/** Whole headers that name or identify an account, or the person who looks after it. */
const IDENTIFIER_HEADER =
  /^(row ?number|(customer|account|client|company|user|org(anisation|anization)?|row|record)? ?(id|identifier|key|name|surname|number|no|code|e ?mail|url|website|web site|domain|phone|owner|manager)|csm|surname|nome|cognome|codice( cliente)?|nume|prenume|cod( client)?|شناسه|نام|نام خانوادگی|ایمیل|ชื่อ|นามสกุล|รหัส(ลูกค้า)?|อีเมล)$/u;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;

/** The column that says whether each account churned, or -1. */
export function outcomeColumn(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): number {
  for (const pattern of OUTCOME_HEADERS) {
    const byName = headers.findIndex((header) => {
      const words = isBlank(header) ? '' : headerWords(header);
      return pattern.test(words) && !ABOUT_OUTCOME.test(words);
    });
    if (byName !== -1) return byName;
  }
  return headers.findIndex(
    (header, column) =>
      !isBlank(header) &&
      STATUS_HEADER.test(headerWords(header)) &&
      readsAsOutcomes(rows.map((row) => row[column])),
  );
}

/** Every non-blank cell reads as churned or retained, and both occur. */
function readsAsOutcomes(cells: readonly unknown[]): boolean {
  const seen = new Set<boolean>();
  for (const cell of cells) {
    try {
      const churned = readOutcome(cell, 0);
      if (churned !== null) seen.add(churned);
    } catch {
      return false;
    }
  }
  return seen.size === 2;
}

/** A header or data that identify accounts rather than measure them. */
export function isIdentifierColumn(header: unknown, cells: readonly unknown[]): boolean {
  if (IDENTIFIER_HEADER.test(headerWords(header))) return true;
  const texts = cells.filter((cell): cell is string => typeof cell === 'string' && cell.trim() !== '');
  if (texts.length === 0) return false;
  const shaped = texts.filter((text) => EMAIL.test(text.trim()) || URL_LIKE.test(text.trim())).length;
  return shaped * 2 > texts.length;
}
