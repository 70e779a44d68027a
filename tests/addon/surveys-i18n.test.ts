/**
 * The survey import speaks the user's language (issue 14): its errors, report lines and notes come
 * from the server catalogues, and a core error (a message key) reaching the sidebar through any
 * endpoint is rendered in the user's language before it leaves the server.
 */
import { describe, expect, it } from 'vitest';
import { serverFa } from '../../src/shared/messages/server-fa';
import { serverIt } from '../../src/shared/messages/server-it';
import { format } from '../../src/shared/messages/text';
import { type ImportResult, pulseSpec, Q, SURVEY, setUpSurveys, threeResponses } from './surveys-fixtures';

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
    const mapping = { nps: Q.nps, account: Q.company, comment: Q.company };
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
    const mapping = { nps: Q.nps, csat: Q.csat, account: Q.company, comment: null };
    const result = addon.importSurveyResponses(form.url, { mapping }) as ImportResult & { notes: string[] };
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
  const bands = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };

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
