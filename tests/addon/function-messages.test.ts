/**
 * The custom functions in the spreadsheet's language: the built Code.js in the
 * emulator, formulas in cells as Sheets evaluates them. An #ERROR!'s message and HEALTHEXPLAIN's
 * drivers follow File ▸ Settings ▸ Locale (createWorkbook's `locale`); English stays the contract's.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { CODE } from './helpers';

const ACCOUNTS = [
  ['Account', 'NPS', 'Tickets', 'Goals achieved'],
  ['Acme', 50, 2, ''],
  ['Beta', 90, 0, 70],
];
const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green'],
  ['NPS', 30, -100, 100],
  ['Tickets', 20, 10, 0],
  ['Goals achieved', 50, 0, 100],
];
const EXPLAIN = "=HEALTHEXPLAIN(A2:D3, A1:D1, 'Health Model'!A1:D4)";

function workbookIn(locale: string, formula: string, model = MODEL): Workbook {
  const workbook = createWorkbook(
    {
      Accounts: ACCOUNTS.map((row, i) => (i === 0 ? [...row, 'Out'] : [...row, i === 1 ? formula : ''])),
      'Health Model': model,
    },
    { locale },
  );
  loadAddon(workbook, CODE);
  return workbook;
}

/** Language files the custom functions read (i18n-<language>.html, through HtmlService). */
const filesRead = (workbook: Workbook) => workbook.serviceCalls('HtmlService in custom functions');

const out = (workbook: Workbook) =>
  workbook
    .values('Accounts')
    .map((row) => row[4])
    .slice(1);
/** A model whose metric "Goal achieved" the team has since renamed "Goals achieved" in the account sheet. */
const renamed = MODEL.map((row) => (row[0] === 'Goals achieved' ? ['Goal achieved', ...row.slice(1)] : row));

describe('#ERROR! messages in the spreadsheet’s language', () => {
  it('English: the message names the metric and the closest header', () => {
    const workbook = workbookIn('en_US', EXPLAIN, renamed);
    expect(out(workbook)[0]).toBe('#ERROR!');
    expect(workbook.cellError('Accounts', 'E2')).toBe(
      'The Health Model metric "Goal achieved" (closest header: "Goals achieved") matches no column header. Rename the column back, or change the metric in the Health Model.',
    );
    expect(filesRead(workbook), 'English is in Code.js').toBe(0);
  });

  it('Italian', () => {
    const workbook = workbookIn('it_IT', EXPLAIN, renamed);
    expect(workbook.cellError('Accounts', 'E2')).toBe(
      'La metrica "Goal achieved" (l’intestazione più simile è "Goals achieved") del Health Model non corrisponde a nessuna intestazione di colonna. Ridai alla colonna il suo nome oppure cambia la metrica nel Health Model.',
    );
    expect(filesRead(workbook), 'i18n-it.html read once (template, raw content)').toBe(2);
    const weight = workbookIn('it_IT', "=HEALTHSCORE(A2:D3, A1:D1, 'Health Model'!A1:D4)", [
      ...MODEL.slice(0, 3),
      ['Goals achieved', -2.5, 0, 100],
    ]);
    expect(weight.cellError('Accounts', 'E2')).toBe(
      'Health Model, riga 4 ("Goals achieved"): Weight -2,5 è negativo; i pesi devono essere ≥ 0.',
    );
  });

  it('Persian, right to left with the Latin names isolated and Persian digits', () => {
    const workbook = workbookIn('fa_IR', EXPLAIN, renamed);
    expect(workbook.cellError('Accounts', 'E2')).toBe(
      '\u200fشاخص \u2068«\u2068Goal achieved\u2069» (نزدیک‌ترین سرستون: «\u2068Goals achieved\u2069»)\u2069 از Health Model با هیچ سرستونی جور نیست. نام ستون را به حالت قبل برگردانید یا شاخص را در Health Model تغییر دهید.',
    );
    const band = workbookIn('fa_IR', '=HEALTHBAND(B2:B3, 40, 70)');
    expect(band.cellError('Accounts', 'E2')).toBe(
      '\u200fhealthy_at (۴۰) باید بیشتر از unhealthy_below (۷۰) باشد.',
    );
  });

  it('a locale without a catalogue reads English', () => {
    const workbook = workbookIn('de_DE', '=HEALTHBAND(B2:B3, 40, 70)');
    expect(workbook.cellError('Accounts', 'E2')).toBe('healthy_at (40) must be above unhealthy_below (70).');
    expect(filesRead(workbook)).toBe(0);
  });
});

/** HEALTHWEIGHTS and HEALTHAUC over the two accounts, with outcomes in a sheet of their own. */
function outcomesIn(locale: string, formula: string, outcomes: unknown[]): string | null {
  const workbook = createWorkbook(
    {
      Accounts: [...ACCOUNTS.map((row) => [...row]), ['Out', formula]],
      'Health Model': MODEL,
      Outcomes: [['Churned'], ...outcomes.map((outcome) => [outcome])],
    },
    { locale },
  );
  loadAddon(workbook, CODE);
  return workbook.cellError('Accounts', 'B4');
}
const WEIGHTS = "=HEALTHWEIGHTS(B2:D3, B1:D1, 'Health Model'!A1:D4, Outcomes!A2:A3)";
const AUC = '=HEALTHAUC(B2:B3, Outcomes!A2:A3)';

describe('HEALTHWEIGHTS and HEALTHAUC errors in the spreadsheet’s language', () => {
  it('English keeps the text the docs quote', () => {
    expect(outcomesIn('en_US', WEIGHTS, ['yes', 'no'])).toMatch(
      /^HEALTHWEIGHTS needs at least 5 accounts of both outcomes to learn anything \(found 1 churned, 1 retained\)/,
    );
    expect(outcomesIn('en_US', AUC, ['yes', 'maybe'])).toBe(
      'outcomes row 2 is "maybe": use TRUE/1/yes/churned/lost/cancelled for churned or FALSE/0/no/retained/renewed/active for retained.',
    );
  });

  it('Italian', () => {
    expect(outcomesIn('it_IT', WEIGHTS, ['yes', 'no'])).toBe(
      'Per imparare qualcosa HEALTHWEIGHTS vuole almeno 5 account per ciascun esito (account persi: 1, rimasti: 1): con meno, i pesi seguirebbero il caso (2 account si "separano" sempre alla perfezione).',
    );
    expect(outcomesIn('it_IT', AUC, ['yes', 'maybe'])).toBe(
      'outcomes riga 2 è "maybe": scrivi TRUE/1/yes/churned/lost/cancelled per un account perso oppure FALSE/0/no/retained/renewed/active per uno rimasto.',
    );
  });

  it('Persian, right to left with Persian digits and the accepted words kept left to right', () => {
    expect(outcomesIn('fa_IR', WEIGHTS, ['yes', 'no'])).toBe(
      '\u200fHEALTHWEIGHTS برای آموختن دست‌کم ۵ حساب از هر دو نتیجه لازم دارد (۱ ریزش‌کرده و ۱ ماندگار یافت شد): با تعداد کمتر، وزن‌ها از تصادف پیروی می‌کنند (۲ حساب همیشه کاملاً «جدا» می‌شوند).',
    );
    expect(outcomesIn('fa_IR', AUC, ['yes', 'maybe'])).toBe(
      '\u200f\u2068\u2068outcomes\u2069 در ردیف ۲\u2069 برابر \u2068«\u2068maybe\u2069»\u2069 است: برای حساب ریزش‌کرده \u2066TRUE/1/yes/churned/lost/cancelled\u2069 و برای حساب ماندگار \u2066FALSE/0/no/retained/renewed/active\u2069 بنویسید.',
    );
  });
});

describe('HEALTHEXPLAIN’s drivers in the spreadsheet’s language', () => {
  it('English keeps the contract’s text', () => {
    expect(out(workbookIn('en_US', EXPLAIN))).toEqual([
      'NPS -15.0; Tickets -8.0; missing: Goals achieved',
      'Goals achieved -15.0; NPS -1.5',
    ]);
  });

  it('Italian: its words and decimal comma', () => {
    expect(out(workbookIn('it_IT', EXPLAIN))).toEqual([
      'NPS -15,0; Tickets -8,0; dati mancanti: Goals achieved',
      'Goals achieved -15,0; NPS -1,5',
    ]);
  });

  it('Persian: right to left, Persian digits, each metric name isolated', () => {
    expect(out(workbookIn('fa_IR', EXPLAIN))).toEqual([
      '\u200f\u2068NPS\u2069 \u200e−۱۵٫۰؛ \u2068Tickets\u2069 \u200e−۸٫۰؛ بدون داده: \u2068Goals achieved\u2069',
      '\u200f\u2068Goals achieved\u2069 \u200e−۱۵٫۰؛ \u2068NPS\u2069 \u200e−۱٫۵',
    ]);
  });
});
