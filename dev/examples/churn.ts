/**
 * npm run examples:churn: writes examples/churn.csv, a made-up account sheet with a known renewal
 * outcome, for `npm run eval:weights` (its default file) and anyone trying HEALTHWEIGHTS or the
 * Backtest tab. Generated here from a seed, not taken from any real data set, so it is the same
 * on every machine (tests/dev/churn-example.test.ts checks the committed file against this).
 *
 * Each account has a hidden health; churn follows it through a logistic curve (about a quarter
 * of the decided renewals are lost). Active users % and Days since last login (lower is
 * better) follow it closely; NPS, CSM sentiment, Goals met and Support tickets (lower is better)
 * faintly; Meetings attended, Invoices late and ARR not at all. Equal weights drown the two strong
 * columns in the weak ones; a learner should find them.
 * Cells are as messy as real sheets: `90%`, `$48,000`, `n/a`, a capitalised `Green`, and the
 * outcome in the words people use (renewed / active / churned / canceled / cancelled / lost), blank
 * where the renewal is not due yet.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../dist-path.mjs';
import { seededRandom } from '../random';

export const CHURN_EXAMPLE = resolve(ROOT, 'examples/churn.csv');
export const OUTCOME_COLUMN = 'Renewal outcome';
const ACCOUNTS = 320;

const NAMES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wonka',
  'Tyrell',
  'Soylent',
];
const SUFFIXES = ['Ltd', 'GmbH', 'S.r.l.', 'LLC', 'S.A.', 'Co.', 'Inc.', 'B.V.'];

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** The CSV text of the example, byte for byte. */
export function churnExampleCsv(): string {
  const random = seededRandom(20_250_915);
  /** Standard normal (Box–Muller). */
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const rows: string[][] = [
    [
      'Account',
      'ARR',
      'CSM sentiment',
      'NPS',
      'Active users %',
      'Days since last login',
      'Support tickets (90d)',
      'Meetings attended (90d)',
      'Invoices late',
      'Goals met',
      OUTCOME_COLUMN,
    ],
  ];
  for (let i = 0; i < ACCOUNTS; i++) {
    const health = normal();
    const arr = 6_000 * (1 + Math.floor(random() * 20));
    const mood = 0.5 * health + normal();
    const sentiment = mood > 0.5 ? 'green' : mood < -0.7 ? 'red' : 'yellow';
    const goal = 0.4 * health + normal();
    const churned = random() < 1 / (1 + Math.exp(1.4 + 1.8 * health));
    rows.push([
      `${pick(NAMES)} ${pick(SUFFIXES)} ${i + 1}`,
      random() < 0.2 ? `$${arr.toLocaleString('en-US')}` : String(arr),
      sentiment === 'green' && random() < 0.1 ? 'Green' : sentiment,
      random() < 0.06 ? 'n/a' : String(Math.round(clamp(10 + 15 * health + 45 * normal(), -100, 100))),
      `${Math.round(clamp(55 + 20 * health + 8 * normal(), 3, 100))}%`,
      String(Math.round(Math.max(0, 12 - 8 * health + 6 * normal()))),
      String(Math.round(Math.max(0, 10 - 1.5 * health + 5 * normal()))),
      String(Math.round(clamp(4 + 2 * normal(), 0, 12))),
      String(Math.floor(random() * 4)),
      goal > 0.6 ? 'good' : goal < -0.6 ? 'poor' : 'fair',
      random() < 0.08
        ? ''
        : churned
          ? pick(['churned', 'churned', 'canceled', 'cancelled', 'lost'])
          : pick(['renewed', 'renewed', 'renewed', 'active', 'Renewed']),
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CHURN_EXAMPLE, churnExampleCsv());
  console.log(`wrote ${CHURN_EXAMPLE}`);
}
