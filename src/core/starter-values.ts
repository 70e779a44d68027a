/**
 * Values mappings for text columns of few distinct values (Contract = Month-to-month / One year /
 * Two year, Payment method = Electronic check / Credit card (automatic)…): each label a sub-score
 * by what it means, shown in the model so the user can check and change it. Labels the starter
 * cannot judge get 50, the middle, and say so.
 */
import { normalizeKey, SENTIMENT_WORDS } from './cells';
import type { ValueLabel } from './model';
import type { WordScale } from './starter-lexicon';

/** Words often used for trend or stage columns, mapped to sub-scores. */
const EXTRA_WORDS: ReadonlyMap<string, number> = new Map([
  ['churning', 0],
  ['at risk', 20],
  ['declining', 20],
  ['shrinking', 20],
  ['detractor', 0],
  ['passive', 50],
  ['stable', 60],
  ['steady', 60],
  ['quiet', 50],
  ['growing', 90],
  ['expanding', 100],
  ['promoter', 100],
  ['champion', 100],
  ['referral', 80],
  ['case study', 100],
  ['on track', 100],
  ['off track', 0],
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['uno', 1],
  ['un', 1],
  ['due', 2],
  ['tre', 3],
  ['unu', 1],
  ['doi', 2],
  ['două', 2],
  ['trei', 3],
  ['یک', 1],
  ['دو', 2],
  ['سه', 3],
]);

/** Months a contract label commits to, or null when it says no length. */
function commitmentMonths(label: string): number | null {
  const text = label.toLowerCase().normalize('NFKC');
  if (/no contract|none|senza|fără|بدون|ไม่มี/u.test(text)) return 0;
  if (/month.to.month|monthly|mensile|lunar|ماهانه|รายเดือน/u.test(text)) return 1;
  if (/quarter|trimestr|سه ?ماهه|ไตรมาส/u.test(text)) return 3;
  if (/annual|yearly|annuale|anual|سالانه|รายปี/u.test(text)) return 12;
  const counted =
    /(\d+|[\p{L}]+)[\s-]*(year|yr|anno|anni|an|ani|سال|ปี|month|mese|mesi|lun[ăa]|luni|ماه|เดือน)/u.exec(text);
  if (counted === null) return null;
  const count = /^\d+$/.test(counted[1]) ? Number(counted[1]) : NUMBER_WORDS.get(counted[1]);
  if (count === undefined) return null;
  return /year|yr|anno|anni|^an|سال|ปี/u.test(counted[2]) ? count * 12 : count;
}

/** Plan tiers from the cheapest up. */
const TIERS: readonly RegExp[] = [
  /free|trial|gratuit|رایگان|ฟรี|ทดลอง/u,
  /basic|starter|lite|essential|\bbase\b|bază|پایه|พื้นฐาน/u,
  /standard|regular|normal|استاندارد|มาตรฐาน/u,
  /\bpro\b|professional|plus|premium|gold|business|team|پیشرفته|ویژه|พรีเมียม|โปร/u,
  /enterprise|ultimate|platinum|unlimited|azienda|سازمانی|องค์กร/u,
];

function tierOf(label: string): number | null {
  const text = label.toLowerCase().normalize('NFKC');
  const at = TIERS.findIndex((pattern) => pattern.test(text));
  return at === -1 ? null : at;
}

/** Automatic payment keeps an account paying; a cheque or cash must be sent each time. */
function paymentScore(label: string): number | null {
  const text = label.toLowerCase().normalize('NFKC');
  if (/automatic|\bauto\b|direct debit|addebito|domicilier|debit automat|خودکار|อัตโนมัติ/u.test(text))
    return 100;
  if (/check|cheque|cash|\bcod\b|contanti|assegno|numerar|نقد|چک|เงินสด|เช็ค/u.test(text)) return 0;
  if (/card|\bcc\b|wallet|\bupi\b|paypal|transfer|bonifico|carta|transfer|کارت|انتقال|บัตร|โอน/u.test(text))
    return 70;
  return null;
}

export interface SuggestedValues {
  values: ValueLabel[];
  /** Labels the starter could not judge (given 50). */
  unjudged: string[];
}

/**
 * A Values mapping for the labels of one column. Ordered scales (contract length, plan tier) are
 * spread 0–100 by rank among the labels present; yes/no and sentiment words are flipped for a
 * signal where more is worse ("Complaint: yes" is bad).
 */
export function suggestValues(
  scale: WordScale,
  labels: readonly string[],
  lowerIsBetter: boolean,
): SuggestedValues {
  const judged = new Map<string, number | null>();
  if (scale === 'contract' || scale === 'plan') {
    const levels = labels.map((label) => (scale === 'contract' ? commitmentMonths(label) : tierOf(label)));
    const ranks = [...new Set(levels.filter((level): level is number => level !== null))].sort(
      (a, b) => a - b,
    );
    labels.forEach((label, i) => {
      const level = levels[i];
      judged.set(
        label,
        level === null ? null : ranks.length < 2 ? 50 : (100 * ranks.indexOf(level)) / (ranks.length - 1),
      );
    });
  } else {
    for (const label of labels) {
      const key = normalizeKey(label);
      const word =
        scale === 'payment'
          ? paymentScore(label)
          : (EXTRA_WORDS.get(key) ?? SENTIMENT_WORDS.get(key) ?? null);
      judged.set(label, word === null ? null : lowerIsBetter ? 100 - word : word);
    }
  }
  const values = labels.map((label) => ({ label, score: Math.round(judged.get(label) ?? 50) }));
  values.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return { values, unjudged: labels.filter((label) => judged.get(label) === null) };
}
