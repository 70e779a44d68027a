/**
 * Form imports read only what is new: the timestamp of the latest response imported is
 * remembered with the imported source, and the next import asks the form for the responses
 * submitted at or after it (edits count as new submissions). Call counts measured with the
 * emulator's counter; the wall time of an hourly import in real Apps Script estimated from them.
 */
import { describe, expect, it } from 'vitest';
import type { FormHandle, Workbook } from '../../dev/emulator';
import { type Addon, workbookWith } from './helpers';
import {
  answer,
  NOW,
  pulseSpec,
  Q,
  rowsById,
  SURVEY,
  setUpSurveys,
  surveyAccounts,
  surveyMapping,
  threeResponses,
} from './surveys-fixtures';

const SOURCE_PROPERTY = 'healthScore.surveySource';

/** Service calls and the emulator's own time for one call of the add-on. */
function measured<T>(
  workbook: Workbook,
  action: () => T,
): { result: T; form: number; sheet: number; ms: number } {
  const form = workbook.serviceCalls('FormApp');
  const sheet = workbook.serviceCalls('SpreadsheetApp');
  const started = performance.now();
  const result = action();
  return {
    result,
    form: workbook.serviceCalls('FormApp') - form,
    sheet: workbook.serviceCalls('SpreadsheetApp') - sheet,
    ms: performance.now() - started,
  };
}

describe('at 20,000 responses', () => {
  const ACCOUNTS = 200;
  const START = Date.parse('2024-01-01T00:00:00Z');

  /** A pulse form with `count` responses one minute apart; most answer NPS and CSAT only. */
  function bigForm(count: number): { workbook: Workbook; addon: Addon; form: FormHandle } {
    const rows: unknown[][] = [['Account', 'Domain', 'Logins']];
    for (let i = 0; i < ACCOUNTS; i++) rows.push([`Account ${i}`, `acct${i}.example.com`, i % 50]);
    const { workbook, addon } = workbookWith({ Accounts: rows });
    workbook.setNow(NOW);
    addon.setUpHealthScore('Accounts');
    const form = workbook.addForm(
      pulseSpec(
        Array.from({ length: count }, (_, i) => ({
          id: `resp-${i}`,
          timestamp: new Date(START + i * 60_000),
          email: i % 10 === 0 ? `someone${i}@gmail.com` : `user${i}@acct${i % ACCOUNTS}.example.com`,
          answers: {
            [Q.nps]: i % 11,
            [Q.csat]: 1 + (i % 5),
            [Q.company]: i % 4 === 0 ? `Account ${i % ACCOUNTS}` : '',
            [Q.comment]: i % 7 === 0 ? `note ${i}` : '',
          },
        })),
      ),
    );
    return { workbook, addon, form };
  }

  /** One new response and one edited response (resp-7, now after the last one), then a re-import. */
  function reimportOneNewOneEdited(built: ReturnType<typeof bigForm>, count: number) {
    const after = new Date(START + (count + 10) * 60_000);
    built.form.addResponses([
      { id: 'new-1', timestamp: after, email: 'zed@acct3.example.com', answers: { [Q.nps]: 10 } },
    ]);
    built.form.editResponse(
      'resp-7',
      { [Q.nps]: 0, [Q.comment]: 'edited' },
      new Date(after.getTime() + 1000),
    );
    return measured(built.workbook, () => built.addon.importSurveyResponses(built.form.url));
  }

  it('re-imports 1 new and 1 edited response at a constant FormApp cost, SpreadsheetApp ≤ 30 calls', () => {
    const COUNT = 20_000;
    const large = bigForm(COUNT);
    const first = measured(large.workbook, () => large.addon.importSurveyResponses(large.form.url));
    expect(first.result).toMatchObject({ added: COUNT, updated: 0, unmatched: COUNT / 20 });
    const again = reimportOneNewOneEdited(large, COUNT);
    expect(again.result).toMatchObject({ added: 1, updated: 1, unmatched: COUNT / 20 });

    const values = large.workbook.values(SURVEY);
    expect(values).toHaveLength(COUNT + 2);
    expect(new Set(values.slice(1).map((row) => row[0])).size).toBe(COUNT + 1);
    // The edited response stays in its row, with its new time and answers.
    expect(values[8].slice(0, 10)).toEqual([
      'resp-7',
      new Date(START + (COUNT + 10) * 60_000 + 1000),
      'Customer pulse',
      'Account 7',
      'user7@acct7.example.com',
      0,
      3,
      '',
      'edited',
      'domain',
    ]);
    expect(values.at(-1)!.slice(0, 6)).toEqual([
      'new-1',
      new Date(START + (COUNT + 10) * 60_000),
      'Customer pulse',
      'Account 3',
      'zed@acct3.example.com',
      10,
    ]);

    // The same on 120 responses (the latest one, read again, answers the same questions as the
    // 20,000th): the re-import's FormApp calls do not grow with the form.
    const SMALL = 120;
    const small = bigForm(SMALL);
    small.addon.importSurveyResponses(small.form.url);
    const smallAgain = reimportOneNewOneEdited(small, SMALL);
    expect(smallAgain.result).toMatchObject({ added: 1, updated: 1 });
    expect(again.form).toBe(smallAgain.form);
    expect(again.form).toBeLessThanOrEqual(60);
    expect(first.sheet).toBeLessThanOrEqual(30);
    expect(again.sheet).toBeLessThanOrEqual(30);
    expect(again.sheet).toBe(smallAgain.sheet);
    // The first import reads each response once: its time, ID and e-mail, then the mapped answers
    // from one getItemResponses() (two more calls to place them when questions were skipped), where
    // asking each mapped question took 9.4 calls a response.
    expect(first.form / COUNT).toBeLessThan(9);

    // Nothing new: the few responses at the remembered time are read again and change nothing.
    const quiet = measured(large.workbook, () => large.addon.importSurveyResponses(large.form.url));
    expect(quiet.result).toMatchObject({ added: 0, updated: 0 });
    expect(quiet.form).toBeLessThanOrEqual(again.form);

    const property = large.workbook.properties.document.get(SOURCE_PROPERTY) ?? '';
    expect(new TextEncoder().encode(SOURCE_PROPERTY + property).length).toBeLessThan(1024);

    /*
     * Wall time in real Apps Script, estimated from the counted calls. Assumptions (no published
     * benchmark of FormApp was found, so these lean to the slow side):
     * - a FormApp call on an opened form or a fetched response (getId, getTimestamp,
     *   getItemResponses, getResponse…): 2 ms; the few that reach the Forms backend (openByUrl,
     *   getItems, getResponses and one more, FIXED_FORM_CALLS): 500 ms each;
     * - getResponses(since) also transfers each response it returns: 1 ms a response;
     * - a SpreadsheetApp call: 100 ms (a round trip to the document), plus 10 µs per cell read and
     *   30 µs per cell written by getValues / setValues;
     * - the script's own work: 0.2 ms per response read (its row, its match), plus 3× what the
     *   emulator takes for a re-import that finds nothing new (reading and merging the 20,000 rows;
     *   Node is faster than Apps Script's V8, but the emulator's own bookkeeping is in there too).
     *   The emulator's time for runs that write is mostly HyperFormula recalculating the sheet,
     *   which in Sheets is not the script's time, so it is left out.
     * The pessimistic variant multiplies everything by 5.
     */
    const FORM_CALL_MS = 2;
    const FIXED_FORM_CALLS = 4;
    const FIXED_FORM_CALL_MS = 500;
    const RESPONSE_TRANSFER_MS = 1;
    const SHEET_CALL_MS = 100;
    const CELL_READ_MS = 0.01;
    const CELL_WRITE_MS = 0.03;
    const SCRIPT_MS_PER_RESPONSE = 0.2;
    const scriptMsForRows = 3 * quiet.ms;
    const WIDTH = 10;
    const estimate = (
      calls: { form: number; sheet: number },
      responses: number,
      cells: { read: number; written: number },
      rowsMs: number,
    ) =>
      (calls.form - FIXED_FORM_CALLS) * FORM_CALL_MS +
      FIXED_FORM_CALLS * FIXED_FORM_CALL_MS +
      responses * (RESPONSE_TRANSFER_MS + SCRIPT_MS_PER_RESPONSE) +
      calls.sheet * SHEET_CALL_MS +
      cells.read * CELL_READ_MS +
      cells.written * CELL_WRITE_MS +
      rowsMs;
    // The first import reads every response and writes every row. The hourly one gets back the
    // responses at or after the remembered time (the one submitted then, the edited, the new),
    // reads the whole Survey Responses sheet and rewrites it from the edited row (resp-7) on.
    const firstMs = estimate(first, COUNT, { read: 0, written: (COUNT + 1) * WIDTH }, 0);
    const hourlyMs = estimate(
      again,
      3,
      { read: (COUNT + 1) * WIDTH, written: (COUNT + 2 - 8) * WIDTH },
      scriptMsForRows,
    );
    const LIMIT_MS = 6 * 60_000;
    expect(hourlyMs).toBeLessThan(LIMIT_MS / 10);
    expect(hourlyMs * 5).toBeLessThan(LIMIT_MS / 2);
    console.log(
      [
        `survey import of ${COUNT} form responses:`,
        `  first import: ${first.form} FormApp calls (${(first.form / COUNT).toFixed(2)} per response), ` +
          `${first.sheet} SpreadsheetApp calls, ${(first.ms / 1000).toFixed(1)} s in the emulator; ` +
          `estimated ${(firstMs / 1000).toFixed(0)} s in Apps Script (pessimistic ${((firstMs * 5) / 1000).toFixed(0)} s): ` +
          'past 4 minutes of reading it stops and the next import goes on',
        `  re-import, 1 new + 1 edited: ${again.form} FormApp calls (${SMALL} responses: ${smallAgain.form}), ` +
          `${again.sheet} SpreadsheetApp calls, ${(again.ms / 1000).toFixed(1)} s in the emulator; ` +
          `estimated ${(hourlyMs / 1000).toFixed(1)} s in Apps Script (pessimistic ${((hourlyMs * 5) / 1000).toFixed(1)} s) of the 360 s limit`,
        `  re-import, nothing new: ${quiet.form} FormApp calls, ${quiet.sheet} SpreadsheetApp calls`,
        `  stored source property: ${property.length} characters`,
      ].join('\n'),
    );
  }, 300_000);
});

describe('reading only what is new', () => {
  it('does not duplicate the responses at exactly the remembered time, and takes new ones submitted then', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    // Submitted in the same instant as r3, the latest response imported.
    form.addResponses([answer('r4', 3, 'dee@umbrella.co.uk', { nps: 8 })]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0, unmatched: 1 });
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 0, updated: 0, unmatched: 1 });
    const ids = workbook
      .values(SURVEY)
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('asks the form only for responses since the latest one imported', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    const stored = JSON.parse(workbook.properties.document.get(SOURCE_PROPERTY)!);
    expect(stored.source).toEqual({ kind: 'form', form: form.url });
    expect(JSON.stringify(stored)).toContain('2024-05-03T09:00:00.000Z');
    // Responses the form holds before that time are not read again: changing one behind the
    // add-on's back (not possible in Forms, where an edit gets a new time) goes unseen.
    workbook.forms[0].responses[0].email = 'changed@acme.com';
    form.addResponses([answer('r4', 6, 'dee@umbrella.co.uk', { nps: 8 })]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0 });
    expect(rowsById(workbook.values(SURVEY)).get('r1')![4]).toBe('ann@acme.com');
  });

  it('reads everything again when the mapping changes, so older rows get the new column', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const preview = addon.previewSurveyImport(form.url);
    addon.importSurveyResponses(form.url, { mapping: { ...preview.mapping, comment: null } });
    expect(rowsById(workbook.values(SURVEY)).get('r1')![8]).toBe('');
    // The same mapping confirmed again (as the sidebar sends it) still reads only what is new.
    const same = measured(workbook, () =>
      addon.importSurveyResponses(form.url, { mapping: { ...preview.mapping, comment: null } }),
    );
    expect(same.result).toMatchObject({ added: 0, updated: 0 });
    const full = measured(workbook, () =>
      addon.importSurveyResponses(form.url, { mapping: preview.mapping }),
    );
    expect(full.result).toMatchObject({ added: 0, updated: 1 });
    expect(rowsById(workbook.values(SURVEY)).get('r1')![8]).toBe('Great support');
    expect(same.form).toBeLessThan(full.form);
  });

  it('reads everything again when the Survey Responses sheet lost the rows', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(SURVEY)!);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 3, updated: 0 });
    expect(workbook.values(SURVEY)).toHaveLength(4);
  });

  it('keeps each form right when imports alternate between two forms', () => {
    const { workbook, addon } = setUpSurveys();
    const first = workbook.addForm(pulseSpec(threeResponses()));
    const second = workbook.addForm({
      ...pulseSpec([answer('s1', 4, 'zed@initech.io', { nps: 10 })]),
      title: 'Second pulse',
    });
    addon.importSurveyResponses(first.url);
    addon.importSurveyResponses(second.url);
    first.addResponses([answer('r4', 7, 'dee@umbrella.co.uk', { nps: 8 })]);
    second.editResponse('s1', { [Q.nps]: 3 }, '2024-05-08T00:00:00Z');
    expect(addon.importSurveyResponses(first.url)).toMatchObject({ added: 1, updated: 0, unmatched: 1 });
    expect(addon.importSurveyResponses(second.url)).toMatchObject({ added: 0, updated: 1, unmatched: 0 });
    const rows = rowsById(workbook.values(SURVEY));
    expect([...rows.keys()]).toEqual(['r1', 'r2', 'r3', 's1', 'r4']);
    expect(rows.get('s1')![5]).toBe(3);
  });

  it('matches earlier unmatched responses once the account sheet can tell their account', () => {
    // Initech has no domain yet, so eve@initech.io matches nothing.
    const accounts = surveyAccounts().map((row) =>
      row[0] === 'Initech' ? [row[0], '', ...row.slice(2)] : row,
    );
    const { workbook, addon } = setUpSurveys({ Accounts: accounts });
    const form = workbook.addForm(
      pulseSpec([...threeResponses(), answer('r4', 4, 'eve@initech.io', { nps: 6 })]),
    );
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ unmatched: 2 });
    form.addResponses([answer('r5', 6, 'dee@umbrella.co.uk', { nps: 8 })]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0, unmatched: 2 });
    expect(rowsById(workbook.values(SURVEY)).get('r4')!.slice(3, 10)).toEqual([
      'eve@initech.io',
      'eve@initech.io',
      6,
      '',
      '',
      '',
      'unmatched',
    ]);
    // r4 is older than the remembered time, so the form is not asked for it again: the sheet's row
    // is matched again instead.
    workbook.services.SpreadsheetApp.getActive()
      .getSheetByName('Accounts')!
      .getRange('B4')
      .setValue('initech.io');
    const again = measured(workbook, () => addon.importSurveyResponses(form.url));
    expect(again.result).toMatchObject({ added: 0, updated: 1, unmatched: 1 });
    expect(rowsById(workbook.values(SURVEY)).get('r4')!.slice(3, 10)).toEqual([
      'Initech',
      'eve@initech.io',
      6,
      '',
      '',
      '',
      'domain',
    ]);
    // Initech's NPS counts it: one detractor.
    const accountsNow = workbook.values('Accounts');
    expect(accountsNow[3][accountsNow[0].indexOf('NPS')]).toBe(-100);
    // The one still unmatched (r3, "Nobody Ltd") is listed as before.
    expect(
      workbook
        .values(SURVEY)
        .filter((row) => row[9] === 'unmatched')
        .map((row) => row[0]),
    ).toEqual(['r3']);
  });
});

describe('reading the answers', () => {
  const NPS = 'How likely are you to recommend us?';
  const COMPANY = 'Company name';
  const CSAT = 'How satisfied are you?';
  const CES = 'How easy was it to get help?';
  const PLAN = 'Plan';
  const COMMENT = 'Any comments?';
  const ITEMS = [NPS, COMPANY, CSAT, CES, PLAN, COMMENT];

  /**
   * Every combination of answered and skipped questions, each after three responses answering all
   * (so reading getItemResponses() stays the cheaper way and every combination goes through it).
   */
  function everyCombination(workbook: Workbook) {
    const value = (title: string, n: number): unknown =>
      ({
        [NPS]: n % 11,
        [COMPANY]: ['Acme Inc', 'globex.it', 'Initech'][n % 3],
        [CSAT]: 1 + (n % 5),
        [CES]: 1 + (n % 7),
        [PLAN]: n % 2 === 0 ? 'Free' : 'Pro',
        [COMMENT]: `comment ${n}`,
      })[title];
    const responses = Array.from({ length: 256 }, (_, n) => {
      const mask = n % 4 === 3 ? (n >> 2) % 64 : 63;
      const answers = Object.fromEntries(
        ITEMS.filter((_, k) => (mask >> k) & 1).map((title) => [title, value(title, n)]),
      );
      return {
        id: `c${n}`,
        timestamp: new Date(Date.parse('2024-05-01T00:00:00Z') + n * 60_000),
        email: 'someone@gmail.com',
        answers,
      };
    });
    const form = workbook.addForm({
      title: 'Every combination',
      collectsEmail: true,
      items: [
        { title: NPS, type: 'SCALE', lower: 0, upper: 10 },
        { title: COMPANY, type: 'TEXT' },
        { title: CSAT, type: 'SCALE', lower: 1, upper: 5 },
        { title: CES, type: 'SCALE', lower: 1, upper: 7 },
        { title: PLAN, type: 'LIST', choices: ['Free', 'Pro'] },
        { title: COMMENT, type: 'PARAGRAPH_TEXT' },
      ],
      responses,
    });
    return { form, responses };
  }

  it('puts every answer in its column whichever questions were skipped', () => {
    const { workbook, addon } = setUpSurveys();
    const { form, responses } = everyCombination(workbook);
    const calls = measured(workbook, () => addon.importSurveyResponses(form.url));
    expect(calls.result).toMatchObject({ added: 256, problems: [] });
    // Question by question would take 3 + 5 + 4.4 answered = 12.4 calls a response.
    expect(calls.form / responses.length).toBeLessThan(10.5);
    const rows = rowsById(workbook.values(SURVEY));
    const accountOf: Record<string, string> = {
      'Acme Inc': 'Acme Inc',
      'globex.it': 'Globex S.p.A.',
      Initech: 'Initech',
    };
    for (const response of responses) {
      const answers = response.answers as Record<string, unknown>;
      const company = answers[COMPANY] as string | undefined;
      expect(rows.get(response.id)!.slice(3, 9), response.id).toEqual([
        company === undefined ? 'someone@gmail.com' : accountOf[company],
        'someone@gmail.com',
        answers[NPS] ?? '',
        answers[CSAT] ?? '',
        answers[CES] ?? '',
        answers[COMMENT] ?? '',
      ]);
    }
  });

  it('reads one mapped question in about two calls a response besides its time, ID and e-mail', () => {
    const { workbook, addon } = setUpSurveys();
    const { form, responses } = everyCombination(workbook);
    const only = surveyMapping({ nps: NPS });
    const calls = measured(workbook, () => addon.importSurveyResponses(form.url, { mapping: only }));
    expect(calls.result).toMatchObject({ added: 256 });
    const rows = rowsById(workbook.values(SURVEY));
    for (const response of responses)
      expect(rows.get(response.id)![5]).toBe((response.answers as Record<string, unknown>)[NPS] ?? '');
    // Per response: its time, ID and e-mail, then getResponseForItem (or getItemResponses) and
    // getResponse when answered; opening the form adds a little.
    expect(calls.form / responses.length).toBeLessThan(5.3);
  });
});

describe('a first import too large for one run', () => {
  it('stops reading when time runs out, writes what it read, and the next import goes on from there', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    // Each time the form lists its responses five minutes pass, as they might with 20,000 of them.
    const first = workbook.forms[0].responses[0];
    first.timestamp = new (class extends Date {
      override getTime(): number {
        workbook.setNow(workbook.now().getTime() + 5 * 60_000);
        return super.getTime();
      }
    })(first.timestamp.getTime());
    const ids = () =>
      workbook
        .values(SURVEY)
        .slice(1)
        .map((row) => row[0]);

    const one = addon.importSurveyResponses(form.url);
    expect(one).toMatchObject({ added: 1, updated: 0 });
    expect(one.problems).toEqual([
      'Time ran out after reading 1 of 3 responses (the oldest first): the next import goes on from there. ' +
        'Import again, or let the schedule do it.',
    ]);
    expect(ids()).toEqual(['r1']);
    // It reads r1 again (submitted at the remembered time), then r2, and stops.
    const two = addon.importSurveyResponses(form.url);
    expect(two).toMatchObject({ added: 1, updated: 0 });
    expect(two.problems[0]).toMatch(/^Time ran out after reading 2 of 3 responses/);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0, problems: [] });
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 0, updated: 0, problems: [] });
    expect(ids()).toEqual(['r1', 'r2', 'r3']);
  });
});

describe('a star-rating CSAT question', () => {
  const RATED = 'How satisfied are you? (5 stars)';

  function ratingForm(workbook: Workbook, levels = 5) {
    return workbook.addForm({
      title: 'Support rating',
      collectsEmail: true,
      items: [
        { title: RATED, type: 'RATING', levels, icon: 'STAR' },
        { title: Q.comment, type: 'PARAGRAPH_TEXT' },
      ],
      responses: [
        { id: 'a1', timestamp: '2024-05-01T09:00:00Z', email: 'ann@acme.com', answers: { [RATED]: 5 } },
        { id: 'a2', timestamp: '2024-05-02T09:00:00Z', email: 'al@acme.com', answers: { [RATED]: 2 } },
        { id: 'g1', timestamp: '2024-05-03T09:00:00Z', email: 'gil@globex.it', answers: { [RATED]: '4' } },
        {
          id: 'g2',
          timestamp: '2024-05-04T09:00:00Z',
          email: 'gus@globex.it',
          answers: { [Q.comment]: 'n/a' },
        },
      ],
    });
  }

  it('is detected as CSAT 1–5 from the rating’s levels, imported, and feeds the account’s CSAT', () => {
    const { workbook, addon } = setUpSurveys();
    const form = ratingForm(workbook);
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.questions).toEqual([
      { title: RATED, detail: 'Rating 1–5' },
      { title: Q.comment, detail: 'Paragraph' },
    ]);
    expect(preview.mapping).toMatchObject({ nps: null, csat: RATED, csatScale: 5, comment: Q.comment });
    expect(preview.reasons.csat).toBe("1–5 rating, title mentions 'satisfied'");
    expect(preview.columnsToAdd).toEqual(['CSAT', 'Last survey']);

    const result = addon.importSurveyResponses(form.url);
    expect(result).toMatchObject({ added: 4, updated: 0, unmatched: 0, problems: [] });
    const rows = rowsById(workbook.values(SURVEY));
    expect(['a1', 'a2', 'g1', 'g2'].map((id) => rows.get(id)![6])).toEqual([5, 2, 4, '']);
    const accounts = workbook.values('Accounts');
    const csat = accounts[0].indexOf('CSAT');
    expect(csat).toBeGreaterThan(-1);
    // Top-two-box: Acme 5 and 2 → 50 %; Globex 4 → 100 %.
    expect(accounts[1][csat]).toBe(50);
    expect(accounts[2][csat]).toBe(100);

    // A later answer moves the account's CSAT.
    form.addResponses([
      { id: 'a3', timestamp: '2024-05-05T09:00:00Z', email: 'ann@acme.com', answers: { [RATED]: 4 } },
    ]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0 });
    const after = workbook.values('Accounts');
    expect(after[1][csat]).toBeCloseTo((2 / 3) * 100, 6);
  });

  it('takes a 10-star rating’s scale from its levels (no CSAT column: that counts 1–5 answers)', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm({
      title: 'Ten stars',
      collectsEmail: true,
      items: [{ title: 'Overall satisfaction', type: 'RATING', levels: 10 }],
      responses: [
        {
          id: 't1',
          timestamp: '2024-05-01T09:00:00Z',
          email: 'ann@acme.com',
          answers: { 'Overall satisfaction': 9 },
        },
      ],
    });
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.mapping).toMatchObject({ nps: null, csat: 'Overall satisfaction', csatScale: 10 });
    const result = addon.importSurveyResponses(form.url);
    expect(result.problems).toEqual([expect.stringMatching(/CSAT answers are on a 1–10 scale/)]);
    expect(rowsById(workbook.values(SURVEY)).get('t1')![6]).toBe(9);
  });
});
