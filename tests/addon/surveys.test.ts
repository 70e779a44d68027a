/** Importing survey responses through the built add-on: sources, detection, matching, re-imports, failures. */
import { describe, expect, it } from 'vitest';
import { requiredScopes } from '../../dev/emulator/services/script-app';
import { CONTRACT_SURVEY_HEADERS } from '../support/contract';
import {
  answer,
  pulseSpec,
  Q,
  rowsById,
  SURVEY,
  setUpSurveys,
  surveyAccounts,
  surveyMapping,
  threeResponses,
} from './surveys-fixtures';

const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';

describe('sources', () => {
  it('imports a form by URL: one row per response, the contract’s ten columns, asking for the Forms scope', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const result = addon.importSurveyResponses(form.url);
    expect(result).toMatchObject({ added: 3, updated: 0, unmatched: 1, problems: [] });
    const values = workbook.values(SURVEY);
    expect(values[0]).toEqual(CONTRACT_SURVEY_HEADERS);
    expect(values[1]).toEqual([
      'r1',
      new Date('2024-05-01T09:00:00Z'),
      'Customer pulse',
      'Acme Inc',
      'ann@acme.com',
      9,
      5,
      '',
      'Great support',
      'domain',
    ]);
    expect(values).toHaveLength(4);
    expect(requiredScopes(workbook)).toEqual([[FORMS_SCOPE]]);
  });

  it('imports a comment too long for a cell cut at the limit, with every other response', () => {
    const { workbook, addon } = setUpSurveys();
    const log = `Pasted log: ${'line\n'.repeat(12_000)}`; // 60,012 characters
    const responses = [...threeResponses(), answer('r4', 4, 'dee@acme.com', { nps: 2, comment: log })];
    const form = workbook.addForm(pulseSpec(responses));
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 4 });
    const comment = String(rowsById(workbook.values(SURVEY)).get('r4')![8]);
    expect(comment).toHaveLength(49_999); // with the apostrophe it writes, 50,000: the cell's limit
    expect(comment.startsWith('Pasted log: line\n')).toBe(true);
    expect(comment.endsWith('…')).toBe(true);
    // Read back as the sheet holds it, the same response is not seen as changed.
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 0, updated: 0 });
  });

  it('knows the same form by ID and by its published URL: nothing is imported twice', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    expect(addon.importSurveyResponses({ kind: 'form', form: form.id }).added).toBe(3);
    const again = addon.importSurveyResponses(form.publishedUrl);
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(workbook.values(SURVEY)).toHaveLength(4);
  });

  it('imports a linked form-responses sheet by name without asking for any scope', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses(), { destinationSheet: 'Form Responses 1' }));
    const preview = addon.previewSurveyImport('Form Responses 1');
    expect(preview).toMatchObject({ path: 'sheet', formTitle: 'Form Responses 1' });
    const result = addon.importSurveyResponses('Form Responses 1');
    expect(result).toMatchObject({ added: 3, unmatched: 1 });
    expect(requiredScopes(workbook)).toEqual([]);
    const rows = workbook.values(SURVEY).slice(1);
    const sheetId = rows[0][0] as string;
    expect(rows.map((row) => row[0])).toEqual([2, 3, 4].map((n) => sheetId.replace(/row\d+$/, `row${n}`)));
    expect(sheetId).toMatch(/^\d+:row2$/);
    expect(rows.map((row) => row.slice(2, 7))).toEqual([
      ['Form Responses 1', 'Acme Inc', 'ann@acme.com', 9, 5],
      ['Form Responses 1', 'Globex S.p.A.', 'bob@gmail.com', 3, 2],
      ['Form Responses 1', 'Nobody Ltd', 'cy@hotmail.com', 7, ''],
    ]);

    // Forms rewrites an edited response in its own row: its ID holds, the row is updated in place.
    form.editResponse('r3', { [Q.nps]: 10, [Q.company]: 'initech.io' }, '2024-05-04T10:00:00Z');
    form.addResponses([answer('r4', 5, 'dee@umbrella.co.uk', { nps: 8 })]);
    const again = addon.importSurveyResponses('Form Responses 1');
    expect(again).toMatchObject({ added: 1, updated: 1, unmatched: 0 });
    const after = workbook.values(SURVEY).slice(1);
    expect(after).toHaveLength(4);
    expect(after[2].slice(1, 6)).toEqual([
      new Date('2024-05-04T10:00:00Z'),
      'Form Responses 1',
      'Initech',
      'cy@hotmail.com',
      10,
    ]);
    expect(after[2][9]).toBe('domain');
  });

  it('names what was given when a source cannot be read', () => {
    const { workbook, addon } = setUpSurveys();
    expect(() => addon.previewSurveyImport('https://docs.google.com/forms/d/nope/edit')).toThrow(
      /There is no form at "https:\/\/docs.google.com\/forms\/d\/nope\/edit"/,
    );
    expect(() => addon.previewSurveyImport({ kind: 'sheet', sheet: 'Accounts' })).toThrow(
      '"Accounts" is your account sheet, not survey responses: choose the sheet where your survey tool\'s export or your form\'s responses are.',
    );
    expect(() => addon.importSurveyResponses({ kind: 'sheet', sheet: 'Answers' })).toThrow(
      'There is no sheet named "Answers" in this spreadsheet.',
    );
    expect(() => addon.previewSurveyImport('  ')).toThrow(/Choose the survey to import/);
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
  });

  it('needs the account sheet set up first', () => {
    const { workbook, addon } = setUpSurveys();
    workbook.properties.document.clear();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    expect(() => addon.importSurveyResponses(form.url)).toThrow(
      /Set up the health score on your account sheet first/,
    );
  });
});

describe('preview', () => {
  it('shows the detected mapping with reasons and the counts, and changes nothing', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const properties = new Map(workbook.properties.document);
    const preview = addon.previewSurveyImport({ kind: 'form', form: form.url });
    expect(preview).toEqual({
      formTitle: 'Customer pulse',
      path: 'form',
      questions: [
        { title: Q.nps, detail: 'Scale 0–10' },
        { title: Q.csat, detail: 'Scale 1–5' },
        { title: Q.company, detail: 'Short answer' },
        { title: Q.comment, detail: 'Paragraph' },
      ],
      mapping: {
        nps: Q.nps,
        csat: Q.csat,
        csatScale: 5,
        ces: null,
        cesScale: null,
        account: Q.company,
        comment: Q.comment,
      },
      reasons: expect.objectContaining({
        nps: "0–10 scale, title mentions 'recommend'",
        csat: "1–5 scale, title mentions 'satisfied'",
      }),
      confidence: { nps: 'sure', csat: 'sure', ces: 'none', account: 'sure', comment: 'sure' },
      remembered: false,
      responses: 3,
      newResponses: 3,
      matched: 2,
      unmatched: 1,
      columnsToAdd: ['NPS', 'CSAT', 'Last survey'],
      modelRowsToAdd: [
        { metric: 'NPS', weight: 10 },
        { metric: 'CSAT', weight: 10 },
      ],
      fields: {
        nps: { samples: ['9', '3', '7'], write: 3, add: 3, change: 0, blank: 0 },
        csat: { samples: ['5', '2'], write: 2, add: 2, change: 0, blank: 0 },
        comment: { samples: ['Great support'], write: 1, add: 1, change: 0, blank: 0 },
      },
    });
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
    expect(workbook.properties.document).toEqual(properties);
  });

  it('says how sure each field is: a half fit is left to check, a title alone is only likely', () => {
    const header = [
      'Timestamp',
      'How likely are you to recommend us?',
      'How many people work at your company?',
    ];
    const counts = [
      header,
      ['2024-05-01 09:00', 9, 120],
      ['2024-05-02 09:00', 8, 12],
      ['2024-05-03 09:00', 2, 1200],
    ];
    const { addon } = setUpSurveys({ Accounts: surveyAccounts(), Counts: counts, Blank: [header] });
    const halfFit = addon.previewSurveyImport('Counts');
    // "company" over head-counts: not mapped, flagged for the user.
    expect(halfFit.mapping.account).toBeNull();
    expect(halfFit.confidence).toEqual({
      nps: 'sure',
      csat: 'none',
      ces: 'none',
      account: 'check',
      comment: 'none',
    });
    // A sheet with no answers yet: only the title says what a column is.
    const titlesOnly = addon.previewSurveyImport('Blank');
    expect(titlesOnly.confidence).toMatchObject({ nps: 'likely', account: 'none' });
    // Once the user confirmed a mapping by importing with it, its questions are sure.
    addon.importSurveyResponses('Counts', { mapping: surveyMapping({ nps: header[1] }) });
    const confirmed = addon.previewSurveyImport('Counts');
    expect(confirmed.remembered).toBe(true);
    expect(confirmed.confidence).toEqual({
      nps: 'sure',
      csat: 'none',
      ces: 'none',
      account: 'none',
      comment: 'none',
    });
  });

  it('detects the questions of an Italian form', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm({
      title: 'Sondaggio clienti',
      items: [
        { title: 'Nome azienda', type: 'TEXT' },
        {
          title: 'Quanto è probabile che ci consiglieresti a un collega?',
          type: 'SCALE',
          lower: 0,
          upper: 10,
        },
        { title: 'Quanto sei soddisfatto del supporto?', type: 'SCALE', lower: 1, upper: 5 },
        { title: 'È stato facile risolvere il problema?', type: 'SCALE', lower: 1, upper: 7 },
        { title: 'Suggerimenti', type: 'PARAGRAPH_TEXT' },
      ],
      responses: [
        {
          id: 'i1',
          timestamp: '2024-05-02T08:00:00Z',
          answers: {
            'Nome azienda': 'Globex S.p.A.',
            'Quanto è probabile che ci consiglieresti a un collega?': 10,
          },
        },
      ],
    });
    const preview = addon.previewSurveyImport(form.id);
    expect(preview.mapping).toEqual({
      nps: 'Quanto è probabile che ci consiglieresti a un collega?',
      csat: 'Quanto sei soddisfatto del supporto?',
      csatScale: 5,
      ces: 'È stato facile risolvere il problema?',
      cesScale: 7,
      account: 'Nome azienda',
      comment: 'Suggerimenti',
    });
    expect(preview.matched).toBe(1);
  });

  it('counts only responses not on the sheet yet as new', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    form.addResponses([answer('r4', 5, 'dee@umbrella.co.uk', { nps: 8 })]);
    expect(addon.previewSurveyImport(form.url)).toMatchObject({
      responses: 4,
      newResponses: 1,
      remembered: true,
    });
  });
});

describe('the mapping', () => {
  it('is remembered once confirmed and used by the next import', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const preview = addon.previewSurveyImport(form.url);
    // The user says the comment question is not a comment and there is no CSAT.
    const confirmed = { ...preview.mapping, comment: null, csat: null, csatScale: null };
    addon.importSurveyResponses(form.url, { mapping: confirmed });
    const rows = workbook.values(SURVEY).slice(1);
    expect(rows.map((row) => [row[6], row[8]])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    const next = addon.previewSurveyImport(form.url);
    expect(next).toMatchObject({ mapping: confirmed, remembered: true });
    form.addResponses([answer('r4', 5, 'dee@umbrella.co.uk', { nps: 8, csat: 4, comment: 'ok' })]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0 });
    expect(workbook.values(SURVEY)[4].slice(5, 9)).toEqual([8, '', '', '']);
  });

  it('rejects a mapping that names no question of the form', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    expect(() =>
      addon.importSurveyResponses(form.url, { mapping: surveyMapping({ nps: 'Recommend?' }) }),
    ).toThrow('NPS: "Recommend?" is not a question of "Customer pulse".');
    expect(() =>
      addon.importSurveyResponses(form.url, {
        mapping: surveyMapping({ nps: Q.nps, csat: Q.csat, csatScale: 1.5 }),
      }),
    ).toThrow(/top of the CSAT scale must be a whole number/);
  });

  it('falls back to detection for a remembered question that is gone, and says so', () => {
    const { workbook, addon } = setUpSurveys();
    workbook.addForm(pulseSpec(threeResponses(), { destinationSheet: 'Form Responses 1' }));
    addon.importSurveyResponses('Form Responses 1');
    // The question was renamed: the linked sheet's header follows.
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    spreadsheet.getSheetByName('Form Responses 1')!.getRange('E1').setValue('Which company are you with?');
    const preview = addon.previewSurveyImport('Form Responses 1');
    expect(preview.mapping.account).toBe('Which company are you with?');
    expect(preview.remembered).toBe(false);
    expect(preview.reasons.account).toMatch(/^"Company name" is no longer in the form/);
    const result = addon.importSurveyResponses('Form Responses 1');
    expect(result.problems[0]).toMatch(
      /Account: the question "Company name" is no longer in "Form Responses 1"/,
    );
    expect(result).toMatchObject({ added: 0, updated: 0 });
  });
});

describe('matching', () => {
  it('matches by e-mail domain, by company name without legal suffixes, by a typed domain; free mail alone does not', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(
      pulseSpec([
        answer('a', 1, 'ann@acme.com', { nps: 9 }),
        answer('b', 1, 'bob@eu.acme.com', { nps: 9 }),
        answer('c', 1, 'cy@gmail.com', { nps: 5, company: 'GLOBEX spa' }),
        answer('d', 1, 'dee@outlook.com', { nps: 6, company: 'www.initech.io' }),
        answer('e', 1, 'eve@gmail.com', { nps: 8 }),
        answer('f', 1, 'fay@yahoo.com', { nps: 2, company: 'Umbrella Corporation Ltd' }),
        answer('g', 1, 'gus@yahoo.com', { nps: 2, company: 'Hooli' }),
      ]),
    );
    addon.importSurveyResponses(form.url);
    const rows = rowsById(workbook.values(SURVEY));
    const matchOf = (id: string) => [rows.get(id)![3], rows.get(id)![9]];
    expect(matchOf('a')).toEqual(['Acme Inc', 'domain']);
    expect(matchOf('b')).toEqual(['Acme Inc', 'domain']);
    expect(matchOf('c')).toEqual(['Globex S.p.A.', 'name']);
    expect(matchOf('d')).toEqual(['Initech', 'domain']);
    // Free mail says nothing of the company: kept, with the e-mail to assign by.
    expect(matchOf('e')).toEqual(['eve@gmail.com', 'unmatched']);
    expect(matchOf('f')).toEqual(['Umbrella Corp', 'name']);
    expect(matchOf('g')).toEqual(['Hooli', 'unmatched']);
  });
});

describe('re-importing', () => {
  it('changes nothing when nothing changed', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    const before = { values: workbook.values(SURVEY), accounts: workbook.formulas('Accounts') };
    const result = addon.importSurveyResponses(form.url);
    expect(result).toEqual({ added: 0, updated: 0, unmatched: 1, problems: [], columnsAdded: [], notes: [] });
    expect(workbook.values(SURVEY)).toEqual(before.values);
    expect(workbook.formulas('Accounts')).toEqual(before.accounts);
  });

  it('adds new responses and updates edited ones in place, never twice', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    form.addResponses([
      answer('r4', 5, 'dee@umbrella.co.uk', { nps: 10 }),
      answer('r5', 6, 'eve@initech.io', { nps: 4, comment: 'Slow' }),
    ]);
    form.editResponse('r1', { [Q.nps]: 6, [Q.comment]: 'Support got worse' }, '2024-05-07T12:00:00Z');
    const result = addon.importSurveyResponses(form.url);
    expect(result).toMatchObject({ added: 2, updated: 1 });
    const values = workbook.values(SURVEY);
    expect(values.slice(1).map((row) => row[0])).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    // The edited response stays in its row, with its new time and answers.
    expect(values[1].slice(0, 10)).toEqual([
      'r1',
      new Date('2024-05-07T12:00:00Z'),
      'Customer pulse',
      'Acme Inc',
      'ann@acme.com',
      6,
      5,
      '',
      'Support got worse',
      'domain',
    ]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 0, updated: 0 });
  });

  it('keeps rows of other sources and rows the form no longer has', () => {
    const { workbook, addon } = setUpSurveys();
    const first = workbook.addForm(pulseSpec(threeResponses()));
    const second = workbook.addForm(pulseSpec([answer('s1', 4, 'zed@initech.io', { nps: 10 })]));
    addon.importSurveyResponses(first.url);
    addon.importSurveyResponses(second.url);
    workbook.forms[0].responses.splice(0, 1); // r1 deleted from the first form
    expect(addon.importSurveyResponses(first.url)).toMatchObject({ added: 0, updated: 0 });
    expect(
      workbook
        .values(SURVEY)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['r1', 'r2', 'r3', 's1']);
  });
});

describe('text respondents typed', () => {
  it('is stored as the exact text, never as a formula, number or date', () => {
    const { workbook, addon } = setUpSurveys();
    const typed = [
      '=HYPERLINK("https://evil.example","click")',
      '+1',
      '@x',
      '-',
      "'quoted",
      '007',
      'TRUE',
      '2024-01-01',
    ];
    const form = workbook.addForm(
      pulseSpec(typed.map((comment, i) => answer(`t${i}`, 2, 'ann@acme.com', { nps: 9, comment }))),
    );
    form.addResponses([answer('t-company', 2, 'x@gmail.com', { nps: 5, company: '=1+1' })]);
    addon.importSurveyResponses(form.url);
    const values = workbook.values(SURVEY);
    const formulas = workbook.formulas(SURVEY);
    expect(values.slice(1, typed.length + 1).map((row) => row[8])).toEqual(typed);
    expect(rowsById(values).get('t-company')![3]).toBe('=1+1');
    expect(formulas.every((row) => row.every((formula) => formula === ''))).toBe(true);
    // Read back and compared, the same text is no change.
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 0, updated: 0 });
    expect(workbook.values(SURVEY)).toEqual(values);
  });
});

describe('failures', () => {
  it('a first import that fails half way leaves no sheet and remembers nothing; running it again works', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const accounts = workbook.formulas('Accounts');
    const properties = new Map(workbook.properties.document);
    workbook.failOn('setValues', { message: 'Service Spreadsheets timed out' });
    expect(() => addon.importSurveyResponses(form.url)).toThrow('Service Spreadsheets timed out');
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
    expect(workbook.formulas('Accounts')).toEqual(accounts);
    expect(workbook.properties.document).toEqual(properties);
    expect(workbook.locks.get('document') ?? null).toBeNull();
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 3, updated: 0 });
  });

  it('a re-import that fails on the write leaves the sheet exactly as it was; the next one completes', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    form.addResponses(
      Array.from({ length: 5 }, (_, i) => answer(`n${i}`, 6, `p${i}@acme.com`, { nps: i + 5 })),
    );
    form.editResponse('r2', { [Q.nps]: 10 });
    const sheet = workbook.sheets.find((candidate) => candidate.name === SURVEY)!;
    const before = { values: workbook.values(SURVEY), rows: sheet.maxRows };
    workbook.failOn('setValues');
    expect(() => addon.importSurveyResponses(form.url)).toThrow(/injected failure of setValues/);
    expect(workbook.values(SURVEY)).toEqual(before.values);
    expect(sheet.maxRows).toBe(before.rows);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 5, updated: 1 });
    expect(
      workbook
        .values(SURVEY)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['r1', 'r2', 'r3', 'n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('does not interleave with another import: a held lock is a clear error and nothing is written', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const otherExecution = {};
    workbook.locks.set('document', otherExecution);
    expect(() => addon.importSurveyResponses(form.url)).toThrow(
      /Another survey import \(or an assignment\) is writing the Survey Responses sheet right now/,
    );
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
    expect(workbook.locks.get('document')).toBe(otherExecution);
    workbook.locks.set('document', null);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 3 });
  });
});
