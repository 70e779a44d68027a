/**
 * Sheets of responses exported by survey tools (tests/fixtures/surveys/, each reproducing a real
 * export's header layout): fields detected, accounts matched, the export's own response IDs, and
 * re-imports after sorting or re-exporting that never duplicate or wrongly update a row.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetCsv } from '../../dev/csv';
import type { Workbook } from '../../dev/emulator';
import { sweep } from './fault-sweep';
import { callsDuring, ROOT } from './helpers';
import { NOW, SURVEY, setUpSurveys, surveyAccounts } from './surveys-fixtures';

const fixture = (name: string) => readSheetCsv(join(ROOT, 'tests/fixtures/surveys', name));
const EXPORT = 'Export';

function withExport(rows: unknown[][]) {
  return setUpSurveys({ Accounts: surveyAccounts(), [EXPORT]: rows });
}

/** Survey Responses rows without the header, as [Response ID, Account, Respondent, NPS, CSAT, CES, Comment, Match]. */
function imported(values: unknown[][]): unknown[][] {
  return values.slice(1).map((row) => [row[0], ...row.slice(3)]);
}

describe('exports of survey tools', () => {
  it('SurveyMonkey: two header rows flattened, Respondent ID, contact e-mail under a merged header, N/A as no answer', () => {
    const { workbook, addon } = withExport(fixture('surveymonkey.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    const titles = preview.questions.map((question) => question.title);
    // Metadata columns are not questions; a merged first-row header carries over its sub-answers.
    expect(titles).not.toContain('IP Address');
    expect(titles).not.toContain('First Name');
    expect(titles).toContain('How did you hear about us? – Colleague');
    expect(titles).toContain('Contact information – Name');
    expect(preview.mapping).toEqual({
      nps: 'How likely is it that you would recommend Acme to a friend or colleague?',
      csat: 'Overall, how satisfied are you with our support?',
      csatScale: 5,
      ces: null,
      cesScale: null,
      account: 'What is the name of your company?',
      comment: 'What could we do better?',
    });
    const result = addon.importSurveyResponses(EXPORT);
    expect(result).toMatchObject({ added: 4, updated: 0, unmatched: 1, problems: [] });
    const rows = imported(workbook.values(SURVEY));
    expect(rows.map((row) => row[0])).toEqual([
      'surveymonkey:114287001234',
      'surveymonkey:114287005678',
      'surveymonkey:114287009012',
      'surveymonkey:114287013456',
    ]);
    expect(rows.map((row) => [row[1], row[2], row[3], row[7]])).toEqual([
      ['Acme Inc', 'ann@acme.com', 9, 'domain'],
      ['Globex S.p.A.', 'bob@gmail.com', 3, 'name'],
      // "N/A" is no answer: a blank NPS, not a problem to report.
      ['Initech', 'cy@initech.io', '', 'domain'],
      ['Nobody Ltd', 'dee@nobody.example', 10, 'unmatched'],
    ]);
    expect(workbook.values(SURVEY)[1][1]).toEqual(new Date('05/02/2024 09:16:40 AM'));
  });

  it('Qualtrics: three header rows, ResponseId, the CES scale its title states ("from 1 to 5")', () => {
    const { workbook, addon } = withExport(fixture('qualtrics.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(preview.questions.map((question) => question.title)).toEqual([
      'Recipient Email',
      'On a scale from 0-10, how likely are you to recommend us to a friend or colleague?',
      'Which company do you work for?',
      'How easy was it to get your issue resolved, from 1 to 5?',
      'Please tell us why you gave that score.',
    ]);
    expect(preview.mapping).toMatchObject({
      nps: 'On a scale from 0-10, how likely are you to recommend us to a friend or colleague?',
      ces: 'How easy was it to get your issue resolved, from 1 to 5?',
      cesScale: 5,
      account: 'Which company do you work for?',
      comment: 'Please tell us why you gave that score.',
    });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 3, unmatched: 0, problems: [] });
    expect(imported(workbook.values(SURVEY)).map((row) => [row[0], row[1], row[3], row[5]])).toEqual([
      ['qualtrics:R_1dN3kXo2PqLm8Zt', 'Umbrella Corp', 8, 4],
      ['qualtrics:R_3ePq9TzW1aBc4Yu', 'Initech', 2, 1],
      ['qualtrics:R_2xYt7UvQ0kLm5Ns', 'Acme Inc', 10, 5],
    ]);
  });

  it('Typeform: the "#" token as response ID, Submit Date (UTC) as the date, Network ID left out', () => {
    const { workbook, addon } = withExport(fixture('typeform.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(preview.questions.map((question) => question.title)).not.toContain('Network ID');
    expect(preview.mapping).toMatchObject({ csatScale: 5, account: "What's the name of your company?" });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 3, unmatched: 0 });
    const values = workbook.values(SURVEY);
    expect(values[1][0]).toBe('typeform:0a1b2c3d4e5f60718293a4b5c6d7e8f9');
    expect(values[1][1]).toEqual(new Date('2024-05-02 09:03:12'));
  });

  it('SoGoSurvey / Sogolytics: "Sr.No., Response No, ParticipationStatus", the options row of a select-all question, responses abandoned before their first answer left out', () => {
    const rows = fixture('sogosurvey.csv');
    // As exported: two byte-order marks before "Sr.No.", and a second header row.
    expect(String(rows[0][0])).toBe('\uFEFF\uFEFFSr.No.');
    const { workbook, addon } = withExport(rows);
    const preview = addon.previewSurveyImport(EXPORT);
    const products = '3.Which of our products do you use? (select all that apply)';
    expect(preview.questions.map((question) => question.title)).toEqual([
      '1.How likely is it that you would recommend us to a friend or colleague?',
      '2.What is the name of your company?',
      `${products} – Reports`,
      `${products} – Integrations`,
      `${products} – Mobile app`,
      '4(a). Please rate: Overall satisfaction with our support',
      '4(b). Please rate: Quality of the documentation',
      '5.Is there anything we could do better?',
    ]);
    expect(preview.mapping).toEqual({
      nps: '1.How likely is it that you would recommend us to a friend or colleague?',
      csat: '4(a). Please rate: Overall satisfaction with our support',
      csatScale: 5,
      ces: null,
      cesScale: null,
      account: '2.What is the name of your company?',
      comment: '5.Is there anything we could do better?',
    });
    // Six data rows; response 281 was abandoned before its first answer.
    expect(preview.responses).toBe(5);
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 5, unmatched: 1, problems: [] });
    const responses = imported(workbook.values(SURVEY));
    // Response No counts each survey's responses from 1: unique in its sheet only.
    expect(responses.map((row) => String(row[0]).replace(/^\d+:/, ''))).toEqual(['1', '2', '3', '282', '4']);
    expect(responses.every((row) => /^\d+:\d+$/.test(String(row[0])))).toBe(true);
    expect(responses.map((row) => [row[1], row[3], row[4], row[7]])).toEqual([
      ['Acme Inc', 9, 5, 'name'],
      ['Globex S.p.A.', 3, 2, 'name'],
      ['Initech', 7, 4, 'name'],
      // "Incomplete", yet answered as far as the account and NPS: imported.
      ['Umbrella Corp', 6, '', 'name'],
      ['Nobody Ltd', 10, 5, 'unmatched'],
    ]);
  });

  it("SoGoSurvey: a second survey's export, numbered from 1 again, adds its responses instead of updating the first survey's", () => {
    const first = fixture('sogosurvey.csv');
    const second = first.map((row) => row.slice());
    second[3][3] = 2; // the second survey's response 1 answered NPS 2
    const { workbook, addon } = setUpSurveys({
      Accounts: surveyAccounts(),
      [EXPORT]: first,
      'Export 2': second,
    });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 5, updated: 0 });
    expect(addon.importSurveyResponses('Export 2')).toMatchObject({ added: 5, updated: 0 });
    const ones = imported(workbook.values(SURVEY)).filter((row) => String(row[0]).endsWith(':1'));
    expect(ones.map((row) => row[3])).toEqual([9, 2]);
  });

  it('Delighted (generic; its layout not verified against a real export): a bare "Score" column with 0–10 answers is NPS; Response ID and the Company property', () => {
    const { workbook, addon } = withExport(fixture('delighted.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(preview.mapping).toMatchObject({ nps: 'Score', account: 'Company', comment: 'Comment' });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 4, unmatched: 0 });
    // A generic ID is unique in its sheet only: the sheet's ID goes with it.
    expect(String(workbook.values(SURVEY)[1][0])).toMatch(/^\d+:98231457$/);
  });

  it('an R export: snake_case headers, "NA" is no answer (never a comment, never a bad NPS)', () => {
    const { workbook, addon } = withExport(fixture('r-export.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(preview.questions.map((question) => question.title)).not.toContain('submitted_at');
    expect(preview.mapping).toMatchObject({
      nps: 'how_likely_recommend',
      account: 'company',
      comment: 'why',
    });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 4, problems: [] });
    const rows = imported(workbook.values(SURVEY));
    expect(rows.map((row) => [row[3], row[6]])).toEqual([
      [9, 'Reliable and the support people know our setup well.'],
      ['', ''],
      [5, 'Reports are confusing and the CSV export drops columns.'],
      [10, ''],
    ]);
  });

  it('a pasted table without ID or date: dated at the first import, and a re-import changes nothing', () => {
    const { workbook, addon } = withExport(fixture('generic-undated.csv'));
    expect(addon.previewSurveyImport(EXPORT).mapping).toMatchObject({
      nps: 'NPS',
      account: 'Customer',
      comment: 'Feedback',
    });
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 3, unmatched: 0 });
    expect(workbook.values(SURVEY)[1][1]).toEqual(new Date(NOW));
    const before = workbook.values(SURVEY);
    workbook.setNow('2024-06-01T00:00:00Z');
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 0, updated: 0 });
    expect(workbook.values(SURVEY)).toEqual(before);
  });
});

describe('re-importing an export', () => {
  it('sorting the export sheet neither duplicates nor "updates" rows', () => {
    const rows = fixture('surveymonkey.csv');
    const { workbook, addon } = withExport(rows);
    addon.importSurveyResponses(EXPORT);
    const before = workbook.values(SURVEY);
    const sorted = [...rows.slice(0, 2), ...rows.slice(2).reverse()];
    const sheet = workbook.sheetByName(EXPORT);
    if (sheet === undefined) throw new Error('no export sheet');
    workbook.write(sheet, 1, 1, sorted, 'raw');
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 0, updated: 0 });
    expect(workbook.values(SURVEY)).toEqual(before);
  });

  it('a fresh export pasted over the old one adds the new response and updates the edited one', () => {
    const rows = fixture('typeform.csv');
    const { workbook, addon } = withExport(rows);
    addon.importSurveyResponses(EXPORT);
    const fresh = rows.map((row) => row.slice());
    fresh[3][2] = 9; // Initech's respondent changed their answer
    fresh.push([
      '1111aaaa2222bbbb3333cccc4444dddd',
      'Acme Inc',
      10,
      5,
      '',
      '',
      '2024-05-08 10:00:00',
      'ff00',
    ]);
    const sheet = workbook.sheetByName(EXPORT);
    if (sheet === undefined) throw new Error('no export sheet');
    workbook.write(sheet, 1, 1, fresh, 'raw');
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 1, updated: 1 });
    expect(workbook.values(SURVEY)).toHaveLength(5);
  });

  it('costs the same SpreadsheetApp calls for 20 and 2,000 responses, within the budget of 30', () => {
    const calls = (count: number) => {
      const [header, subHeader, ...answers] = fixture('surveymonkey.csv');
      const rows = [header, subHeader];
      for (let i = 0; i < count; i++) {
        const row = answers[i % answers.length].slice();
        row[0] = 500000 + i;
        rows.push(row);
      }
      const { workbook, addon } = withExport(rows);
      return callsDuring(workbook, () => addon.importSurveyResponses(EXPORT)).spreadsheet;
    };
    const few = calls(20);
    expect(few).toBeLessThanOrEqual(30);
    expect(calls(2000)).toBe(few);
  });
});

describe("the add-on's own sheets", () => {
  it('are refused as a source of responses, by name', () => {
    const { addon } = withExport(fixture('typeform.csv'));
    addon.importSurveyResponses(EXPORT);
    expect(() => addon.previewSurveyImport(SURVEY)).toThrow(
      /"Survey Responses" is one of the add-on's own sheets/,
    );
    expect(() => addon.importSurveyResponses('Health Model')).toThrow(
      /"Health Model" is one of the add-on's own/,
    );
  });

  it('the menu import before any survey explains what to do, without an error and writing nothing', () => {
    const { workbook, addon } = withExport(fixture('typeform.csv'));
    expect(addon.importSurveysFromMenu()).toBeUndefined();
    const alert = workbook.ui.alerts.at(-1);
    expect(alert?.title).toBe('Import survey responses');
    expect(alert?.prompt).toMatch(/No survey has been imported yet.*Open health panel.*Surveys tab/);
    expect(workbook.sheetByName(SURVEY)).toBeUndefined();
  });
});

describe('an import that would overwrite what was imported', () => {
  const companyQuestion = 'What is the name of your company?';

  it('shows per field sample answers and what it would write, and the Health Model rows it adds', () => {
    const { addon } = withExport(fixture('surveymonkey.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(preview.fields!.nps).toEqual({ samples: ['9', '3', '10'], write: 3, add: 3, change: 0, blank: 0 });
    expect(preview.fields!.ces).toBeUndefined();
    expect(preview.modelRowsToAdd).toEqual([
      { metric: 'NPS', weight: 10 },
      { metric: 'CSAT', weight: 10 },
    ]);
  });

  it('NPS mapped to the company question: nothing is blanked until the user confirms, and the mapping is not remembered', () => {
    const rows = fixture('surveymonkey.csv');
    // Enough responses that a wrong mapping blanks more than a few values.
    for (let i = 0; i < 6; i++)
      rows.push([...rows[2].slice(0, 0), 900000 + i, ...rows[2 + (i % 4)].slice(1)]);
    const { workbook, addon } = withExport(rows);
    addon.importSurveyResponses(EXPORT);
    const before = workbook.values(SURVEY);
    const preview = addon.previewSurveyImport(EXPORT);
    const wrong = { ...preview.mapping, nps: companyQuestion, account: null };

    const stopped = addon.importSurveyResponses(EXPORT, { mapping: wrong });
    // 10 responses, 2 of them "N/A": the 8 NPS values imported would all be blanked.
    expect(stopped).toMatchObject({ added: 0, updated: 0, confirm: { blanked: 8, changed: 0 } });
    expect(workbook.values(SURVEY)).toEqual(before);
    // Not remembered: the next preview still proposes the right question.
    expect(addon.previewSurveyImport(EXPORT).mapping.nps).toBe(preview.mapping.nps);

    const confirmed = addon.importSurveyResponses(EXPORT, {
      mapping: wrong,
      confirmOverwrite: true,
    });
    expect(confirmed.confirm).toBeUndefined();
    expect(confirmed.updated).toBeGreaterThan(0);
  });

  it('refuses one question for two fields', () => {
    const { addon } = withExport(fixture('surveymonkey.csv'));
    const preview = addon.previewSurveyImport(EXPORT);
    expect(() =>
      addon.importSurveyResponses(EXPORT, { mapping: { ...preview.mapping, comment: companyQuestion } }),
    ).toThrow(
      `"${companyQuestion}" is chosen for both Account and Comment: a question can feed one field only.`,
    );
  });
});

describe('what an import leaves out', () => {
  it('says how many responses are older than the window and which questions were not imported', () => {
    const { addon } = withExport(fixture('qualtrics.csv'));
    const result = addon.importSurveyResponses(EXPORT, { windowDays: 8 });
    // NOW is 10 May: the response of 1 May is older than 8 days, those of 2 and 3 May are not.
    expect(result.notes).toEqual([
      '1 of the 3 responses is older than the 8 days the scores count: they are on the Survey Responses sheet, not in the NPS and CSAT columns.',
      'Not imported (no field of the health score): "Recipient Email".',
    ]);
  });
});

describe('an e-mail column with a stray non-address', () => {
  it('still matches the other respondents by their e-mail domain', () => {
    const rows = [
      ['Response ID', 'Email', 'How likely are you to recommend us?', 'Submitted at'],
      ['a1', 'ann@acme.com', 9, '2024-05-01T09:00:00Z'],
      ['a2', 'ask my assistant', 7, '2024-05-02T09:00:00Z'],
      ['a3', 'cy@initech.io', 3, '2024-05-03T09:00:00Z'],
      ['a4', 'dee@umbrella.co.uk', 10, '2024-05-04T09:00:00Z'],
      ['a5', 'eve@globex.it', 8, '2024-05-05T09:00:00Z'],
    ];
    const { workbook, addon } = withExport(rows);
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 5, unmatched: 1 });
    expect(imported(workbook.values(SURVEY)).map((row) => [row[1], row[7]])).toEqual([
      ['Acme Inc', 'domain'],
      ['', 'unmatched'],
      ['Initech', 'domain'],
      ['Umbrella Corp', 'domain'],
      ['Globex S.p.A.', 'domain'],
    ]);
  });
});

describe('failures', () => {
  it('importing a SurveyMonkey export survives a failure at any service call (fault sweep)', () => {
    const userCells = (workbook: Workbook) =>
      JSON.stringify([workbook.values('Accounts').map((row) => row.slice(0, 4)), workbook.values(EXPORT)]);
    const result = sweep(
      () => withExport(fixture('surveymonkey.csv')),
      ({ addon }) => addon.importSurveyResponses(EXPORT),
      userCells,
    );
    expect(result.calls).toBeGreaterThan(10);
    expect(result.broken).toEqual([]);
  }, 240_000);
});

describe('unmatched answers', () => {
  it('offer the account a typo or abbreviation probably means, and stay unmatched until assigned', () => {
    const rows = [
      ['Customer', 'NPS', 'Feedback'],
      ['Initek', 8, 'The API docs answered every question we had during setup.'],
      ['Globx', 9, 'Fast answers from support, and the weekly digest is useful.'],
      ['Nobody Ltd', 5, 'Too expensive for what we use of it at the moment.'],
    ];
    const { addon } = withExport(rows);
    expect(addon.importSurveyResponses(EXPORT)).toMatchObject({ added: 3, unmatched: 3 });
    const state = addon.getSurveyState();
    expect(state.unmatched.map(({ answer, suggestion }) => [answer, suggestion])).toEqual([
      ['Initek', 'Initech'],
      ['Globx', 'Globex S.p.A.'],
      ['Nobody Ltd', undefined],
    ]);
  });
});
