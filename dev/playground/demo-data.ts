/**
 * The playground's sample story: the example accounts (their NPS / CSAT come from a survey form
 * here, so the sheet starts without them) with a Churned column for the backtest, a customer
 * pulse form answered from the accounts' domains, and two simulations the page offers as buttons:
 * weeks of daily snapshots with drifting usage (history, trend arrows, alerts) and new plus edited
 * form responses (re-import).
 */
import { fileURLToPath } from 'node:url';
import type { AddonSurface } from '../addon-surface';
import { readSheetCsv } from '../csv';
import type { Workbook } from '../emulator';
import type { FormHandle, FormResponseSpec } from '../emulator/forms/store';
import { seededRandom } from '../random';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const DAY = 86_400_000;

export const FORM_QUESTIONS = {
  nps: 'How likely are you to recommend us to a friend or colleague?',
  csat: 'How satisfied are you with our support?',
  company: 'Company name',
  comment: 'What should we do better?',
} as const;

/** The example accounts without NPS and CSAT, plus whether each churned at its last renewal. */
export function demoAccounts(): unknown[][] {
  const [header, ...rows] = readSheetCsv(path('../../examples/accounts.csv'));
  const drop = new Set(['NPS', 'CSAT'].map((name) => header.indexOf(name)));
  const keep = (row: unknown[]) => row.filter((_, c) => !drop.has(c));
  const column = (name: string) => header.indexOf(name);
  const random = seededRandom(11);
  const churned = rows.map((row) => {
    if (row.every((cell) => cell === '')) return '';
    const usage = Number.parseFloat(String(row[column('Active users %')])) || 50;
    const sentiment = { red: 1, yellow: 0.3, green: -0.6 }[String(row[column('CSM sentiment')])] ?? 0;
    const tickets = Number(row[column('Support tickets (90d)')]) || 0;
    const risk = 1 / (1 + Math.exp(0.06 * (usage - 55) - sentiment - 0.04 * (tickets - 10) + 0.8));
    return random() < risk ? 'yes' : 'no';
  });
  return [[...keep(header), 'Churned'], ...rows.map((row, i) => [...keep(row), churned[i]])];
}

/** A pulse survey answered by people at most accounts, over the last four months. */
export function addDemoForm(workbook: Workbook, accounts: unknown[][], now: number): FormHandle {
  const [header, ...rows] = accounts;
  const [name, domain] = [header.indexOf('Account'), header.indexOf('Domain')];
  const random = seededRandom(5);
  const comments = [
    'Faster support please',
    '=HYPERLINK("http://example.com","more docs")',
    '',
    'Love the new reports',
    '+1 for the API',
  ];
  const responses: FormResponseSpec[] = [];
  rows.forEach((row, i) => {
    if (row[name] === '' || random() < 0.25) return;
    // Some answer from a personal address and give their company instead.
    const personal = random() < 0.15;
    responses.push({
      id: `demo-${i + 1}`,
      timestamp: new Date(now - Math.floor(random() * 120) * DAY - 3_600_000),
      email: personal ? `customer${i + 1}@gmail.com` : `contact${i + 1}@${String(row[domain])}`,
      answers: {
        [FORM_QUESTIONS.nps]: String(Math.floor(random() * 11)),
        [FORM_QUESTIONS.csat]: String(1 + Math.floor(random() * 5)),
        [FORM_QUESTIONS.company]: personal ? String(row[name]) : '',
        [FORM_QUESTIONS.comment]: comments[i % comments.length],
      },
    });
  });
  responses.push({
    id: 'demo-unmatched',
    timestamp: new Date(now - 5 * DAY),
    email: 'someone@protonmail.com',
    answers: { [FORM_QUESTIONS.nps]: '3', [FORM_QUESTIONS.company]: 'Globex Intl' },
  });
  return workbook.addForm({
    title: 'Customer pulse',
    collectsEmail: true,
    items: [
      { title: FORM_QUESTIONS.nps, type: 'SCALE', lower: 0, upper: 10 },
      { title: FORM_QUESTIONS.csat, type: 'SCALE', lower: 1, upper: 5 },
      { title: FORM_QUESTIONS.company, type: 'TEXT' },
      { title: FORM_QUESTIONS.comment, type: 'PARAGRAPH_TEXT' },
    ],
    responses,
  });
}

/** Three new responses and one respondent changing their answer, as a week of survey brings. */
export function simulateResponses(form: FormHandle, accounts: unknown[][], round: number, now: number): void {
  const [header, ...rows] = accounts;
  const domain = header.indexOf('Domain');
  const fresh = [0, 1, 2].map((k) => {
    const row = rows[(round * 7 + k * 11) % rows.length];
    return {
      id: `demo-new-${round}-${k}`,
      // Submitted after every response already imported, as real submissions are (minutes ago).
      timestamp: new Date(now - k * 60_000),
      email: `new${round}${k}@${String(row[domain])}`,
      answers: {
        [FORM_QUESTIONS.nps]: String((round + k * 4) % 11),
        [FORM_QUESTIONS.csat]: String(1 + ((round + k) % 5)),
      },
    };
  });
  form.addResponses(fresh);
  form.editResponse('demo-2', { [FORM_QUESTIONS.nps]: String(round % 2 === 0 ? 10 : 0) }, new Date(now));
}

/**
 * Daily snapshots for the past `days` days while usage drifts: a few accounts slide, a few
 * recover, so the history, the Trend arrows and today's alerts have something to show.
 */
export function simulateHistory(
  workbook: Workbook,
  addon: Pick<AddonSurface, 'takeHealthSnapshot'>,
  days: number,
  now: number,
): number {
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts');
  if (sheet === null) throw new Error('The playground has no Accounts sheet.');
  const values = sheet.getDataRange().getValues();
  const usage = values[0].indexOf('Active users %');
  if (usage === -1) throw new Error('The Accounts sheet has no "Active users %" column.');
  const random = seededRandom(days);
  const drift = values.map(() => (random() - 0.55) * 2.5);
  // Today the three healthy accounts closest to the line lose their champion: usage falls off a
  // cliff, so today's snapshot has alerts.
  const [score, band] = ['Health score', 'Health band'].map((name) => values[0].indexOf(name));
  const cliff = new Set(
    values
      .map((row, i) => ({ i, score: Number(row[score]), band: row[band] }))
      .filter((row) => row.band === 'Healthy')
      .sort((a, b) => a.score - b.score)
      .slice(0, 3)
      .map((row) => row.i),
  );
  let snapshots = 0;
  const fixedBefore = workbook.fixedNow;
  try {
    for (let back = days; back >= 0; back--) {
      workbook.setNow(now - back * DAY);
      const column = values.slice(1).map((row, i) => {
        const current = Number.parseFloat(String(row[usage]));
        if (Number.isNaN(current)) return [row[usage]];
        const fall = back === 0 && cliff.has(i + 1) ? 80 : 0;
        const next = Math.min(100, Math.max(0, current + drift[i + 1] - fall));
        row[usage] = `${Math.round(next)}%`;
        // Written as the sheet holds it: percentage text (the apostrophe keeps it text).
        return [`'${Math.round(next)}%`];
      });
      sheet.getRange(2, usage + 1, column.length, 1).setValues(column);
      addon.takeHealthSnapshot();
      snapshots++;
    }
  } finally {
    workbook.setNow(fixedBefore);
  }
  return snapshots;
}
