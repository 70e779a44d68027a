/**
 * The survey import speaks the user's language: its errors, report lines and notes come
 * from the server catalogues, and a core error (a message key) reaching the sidebar through any
 * endpoint is rendered in the user's language before it leaves the server.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFile } from '../../dev/dist-path.mjs';
import { createWorkbook, loadAddon } from '../../dev/emulator';
import { errorsEn } from '../../src/shared/messages/errors-en';
import { serverEn } from '../../src/shared/messages/server-en';
import { serverFa } from '../../src/shared/messages/server-fa';
import { serverIt } from '../../src/shared/messages/server-it';
import { surveyWordsEn } from '../../src/shared/messages/survey-words-en';
import { format } from '../../src/shared/messages/text';
import type { BandSettings } from '../../src/shared/protocol';
import { outsideBrackets } from '../sidebar/i18n/pseudo-locale';
import type { Addon } from './helpers';
import {
  NOW,
  pulseSpec,
  Q,
  SURVEY,
  setUpSurveys,
  surveyAccounts,
  surveyMapping,
  threeResponses,
} from './surveys-fixtures';

/** Bidi isolates and the right-to-left mark, which a Persian message wraps around inserted text. */
const plain = (text: string) => text.replace(/[\u2068\u2069\u200f]/g, '');

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return plain((error as Error).message);
  }
  throw new Error('expected the action to fail');
}

/** A set-up account sheet, then the user's locale switched (set-up itself ran in English). */
function surveysFor(userLocale: string) {
  const built = setUpSurveys();
  built.workbook.userLocale = userLocale;
  return built;
}

describe('survey import errors in the user’s language', () => {
  it('Italian: a source that cannot be read, and the account sheet given as one', () => {
    const { workbook, addon } = surveysFor('it');
    expect(messageOf(() => addon.previewSurveyImport('  '))).toBe(serverIt.surveyChooseSource);
    expect(messageOf(() => addon.importSurveyResponses({ kind: 'sheet', sheet: 'Risposte' }))).toBe(
      'In questo foglio di lavoro non c’è un foglio chiamato "Risposte".',
    );
    expect(messageOf(() => addon.previewSurveyImport({ kind: 'sheet', sheet: 'Accounts' }))).toBe(
      format(serverIt.surveyAccountSheetChosen, { sheet: 'Accounts' }),
    );
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
  });

  it('Italian: set-up first, naming the menu as the Italian menu reads', () => {
    const { workbook, addon } = surveysFor('it_IT');
    workbook.properties.document.clear();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    expect(messageOf(() => addon.previewSurveyImport(form.url))).toBe(
      'Configura prima l’health score sul foglio dei tuoi account (Customer Health Score ▸ Configura l’health score): ' +
        'le risposte ai sondaggi vengono abbinate agli account di quel foglio.',
    );
  });

  it('Persian: one question chosen for two fields names both fields in Persian', () => {
    const { workbook, addon } = surveysFor('fa_IR');
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const mapping = surveyMapping({ nps: Q.nps, account: Q.company, comment: Q.company });
    expect(messageOf(() => addon.importSurveyResponses(form.url, { mapping }))).toBe(
      plain(
        format(serverFa.surveyQuestionTwice, {
          question: Q.company,
          first: serverFa.surveyFieldAccount,
          second: serverFa.surveyFieldComment,
        }),
      ),
    );
  });

  it('Italian: the import’s notes (questions left out) and bad options', () => {
    const { workbook, addon } = surveysFor('it');
    const form = workbook.addForm(pulseSpec(threeResponses()));
    // The comment question mapped to nothing: the import says it was left out, in Italian.
    const mapping = surveyMapping({ nps: Q.nps, csat: Q.csat, account: Q.company, comment: null });
    const result = addon.importSurveyResponses(form.url, { mapping });
    expect(result.notes).toContain(`Non importate (nessun campo dell’health score): "${Q.comment}".`);
    expect(messageOf(() => addon.importSurveyResponses(form.url, { windowDays: 0 }))).toBe(
      'I giorni di risposte considerati dai punteggi devono essere più di 0 (ricevuto: 0).',
    );
  });

  it('English users read what they always read', () => {
    const { addon } = surveysFor('en_GB');
    expect(messageOf(() => addon.previewSurveyImport('  '))).toBe(
      'Choose the survey to import: a Google Form (its URL or ID) or the sheet holding the responses.',
    );
  });
});

describe('core errors through the sidebar’s endpoints', () => {
  const bad = {
    metrics: [{ metric: 'NPS', weight: -1, red: null, green: null, group: '', values: null, missing: null }],
  };
  const bands: BandSettings = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };

  it('saveModel’s keyed error reaches an Italian user in Italian, an English one in English', () => {
    const { workbook, addon } = surveysFor('it');
    expect(messageOf(() => addon.saveModel({ model: bad, bands }))).toBe(
      'Health Model, riga 2 ("NPS"): Weight -1 è negativo; i pesi devono essere ≥ 0.',
    );
    workbook.userLocale = 'en';
    expect(messageOf(() => addon.saveModel({ model: bad, bands }))).toMatch(
      /^Health Model row 2 \("NPS"\): Weight -1/,
    );
  });

  it('a Persian user reads it in Persian, right to left', () => {
    const { workbook, addon } = surveysFor('fa');
    let raw = '';
    try {
      addon.saveModel({ model: bad, bands });
    } catch (error) {
      raw = (error as Error).message;
    }
    expect(raw.startsWith('\u200f')).toBe(true);
    expect(plain(raw)).toContain('منفی است');
    expect(workbook.values('Health Model')[1][0]).not.toBe('NPS'); // nothing was written
  });
});

// ---------------------------------------------------------------------------------------------
// What the survey preview and import tell the user, composed by core (detection reasons, question
// types, answers left blank) and worded by the server.

/** A survey tool's export: NPS answered once in words, a head-count under an "organization" title. */
const EXPORT = 'Export';
const X = {
  nps: 'How likely are you to recommend us?',
  people: 'How many people in your organization use the product?',
  why: 'Why?',
} as const;
function exportRows(): unknown[][] {
  return [
    ['Response ID', 'Created (UTC)', 'Email', X.nps, X.people, X.why],
    ['a1', '2024-05-01 10:00:00', 'ann@acme.com', 9, 3, 'Fast answers from support, every time we asked.'],
    ['a2', '2024-05-02 10:00:00', 'bob@globex.it', 'great', 8, 'The reports are hard to find in the menu.'],
    ['a3', '2024-05-03 10:00:00', 'cy@initech.io', 6, 10, 'Pricing went up twice this year already.'],
    ['a4', '2024-05-04 10:00:00', 'dee@umbrella.co.uk', 10, 2, 'Onboarding was smooth and well explained.'],
  ];
}
const EXPORT_MAPPING = surveyMapping({ nps: X.nps, account: null, comment: X.why });

/** Every text of a preview and an import the user reads in the sidebar. */
function surveyTexts(addon: Addon, formUrl: string): string[] {
  const form = addon.previewSurveyImport(formUrl);
  const sheet = addon.previewSurveyImport({ kind: 'sheet', sheet: EXPORT });
  const imported = addon.importSurveyResponses({ kind: 'sheet', sheet: EXPORT }, { mapping: EXPORT_MAPPING });
  return [
    ...[form, sheet].flatMap((preview) => [
      ...Object.values(preview.reasons).filter((reason) => reason !== undefined),
      ...preview.questions.map((question) => question.detail),
    ]),
    ...imported.problems,
    ...(imported.notes ?? []),
  ];
}

/**
 * Code.js next to an Italian language file whose every message, core's and the server's, is the
 * English one wrapped in ⟦…⟧: a word outside the brackets reached the user without a catalogue.
 */
function pseudoItalianCode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pseudo-i18n-'));
  const wrap = (catalogue: Record<string, string>) =>
    Object.fromEntries(Object.entries(catalogue).map(([key, text]) => [key, `⟦${text}⟧`]));
  const json = JSON.stringify({
    errors: wrap(errorsEn),
    server: wrap({ ...serverEn, ...surveyWordsEn }),
  }).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  copyFileSync(distFile('Code.js'), join(dir, 'Code.js'));
  copyFileSync(distFile('surveys.html'), join(dir, 'surveys.html')); // the importer, loaded when used
  writeFileSync(join(dir, 'i18n-it.html'), json);
  return join(dir, 'Code.js');
}

describe('detection reasons, question types and answers left blank in the user’s language', () => {
  it('pseudo-locale: every reason, question type, problem and note comes from a catalogue', () => {
    const workbook = createWorkbook({ Accounts: surveyAccounts(), [EXPORT]: exportRows() });
    const addon = loadAddon(workbook, pseudoItalianCode()) as Addon;
    workbook.setNow(NOW);
    addon.setUpHealthScore('Accounts');
    workbook.userLocale = 'it';
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const texts = surveyTexts(addon, form.url);
    // Reasons of every field of both sources, a question type per question, the answer left blank.
    expect(texts.length).toBeGreaterThan(15);
    expect(texts.filter((text) => /\p{L}/u.test(outsideBrackets(plain(text))))).toEqual([]);
    expect(texts.join('\n')).toMatch(
      /⟦⟦The answer of response \S*a2 to "How likely are you to recommend us\?"⟧/,
    );
  });

  it('Italian: the reasons, the question types and the answer left blank read in Italian', () => {
    const { workbook, addon } = setUpSurveys({ Accounts: surveyAccounts(), [EXPORT]: exportRows() });
    workbook.userLocale = 'it';
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.reasons).toMatchObject({
      nps: "scala 0–10, il titolo contiene 'recommend'",
      ces: "nessuna domanda che contenga 'sforzo' o 'facile'",
    });
    expect(preview.questions.map((question) => question.detail)).toEqual([
      'Scala 0–10',
      'Scala 1–5',
      'Risposta breve',
      'Paragrafo',
    ]);
    const sheet = addon.previewSurveyImport({ kind: 'sheet', sheet: EXPORT });
    expect(sheet.reasons.account).toBe(
      `"${X.people}" contiene 'organization', ma le sue risposte sono numeri: lasciata senza abbinamento. ` +
        'Se esiste, scegli tu la domanda da usare come account; nel frattempo, abbinamento con l’email di chi risponde',
    );
    const imported = addon.importSurveyResponses(
      { kind: 'sheet', sheet: EXPORT },
      { mapping: EXPORT_MAPPING },
    );
    const [problem, ...more] = imported.problems;
    expect(more).toEqual([]);
    // The export's response ID, as its layout reads it, ends in the tool's own ID.
    expect(problem.replace(/invio \S*a2 /, 'invio a2 ')).toBe(
      `La risposta a "${X.nps}" nell’invio a2 è "great": le risposte NPS sono numeri interi da 0 a 10. La cella è stata lasciata vuota.`,
    );
  });

  it('Persian: question types in Persian digits, reasons right to left around the Latin titles', () => {
    const { workbook, addon } = surveysFor('fa_IR');
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.questions.map((question) => plain(question.detail))).toEqual([
      'مقیاس ۰ تا ۱۰',
      'مقیاس ۱ تا ۵',
      'پاسخ کوتاه',
      'پاراگراف',
    ]);
    // The keyword as the English title spells it, isolated so it cannot reorder the sentence.
    expect(preview.reasons.nps).toBe('\u2068مقیاس ۰ تا ۱۰\u2069، عنوانش «\u2068recommend\u2069» دارد');
  });
});
