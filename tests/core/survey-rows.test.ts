import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccountMatch,
  matchInput,
  mergeSurveyRows,
  SURVEY_HEADERS,
  type SurveyMapping,
  type SurveyMerge,
  type SurveyResponse,
  type SurveyRow,
  surveyRow,
} from '../../src/core/survey-import';
import { CONTRACT_SURVEY_HEADERS } from '../support/contract';

const MAPPING: SurveyMapping = {
  nps: 'Recommend?',
  csat: 'Satisfied?',
  csatScale: 5,
  ces: 'Easy?',
  cesScale: 7,
  account: 'Company',
  comment: 'Why?',
};
const SUBMITTED = new Date(Date.UTC(2026, 4, 1, 9, 30));

const response = (id: string, answers: Record<string, unknown>, email = 'jane@acme.com'): SurveyResponse => ({
  id,
  submitted: SUBMITTED,
  form: 'Q2 pulse',
  email,
  answers,
});
const ACME: AccountMatch = { account: 'Acme, Inc.', by: 'domain' };
const rowOf = (id: string, answers: Record<string, unknown>, matched: AccountMatch | null = ACME) =>
  surveyRow(response(id, answers), MAPPING, matched).row;

/** What Sheets stores for a written cell: the apostrophe marking text goes, number-like text turns numeric. */
function storedCell(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  if (cell.startsWith("'")) return cell.slice(1);
  if (/^[=+\-@]/.test(cell)) throw new Error(`${cell} would be written as a formula`);
  if (/^\d+(\.\d+)?$/.test(cell.trim())) return Number(cell);
  if (/^(true|false)$/i.test(cell.trim())) return cell.trim().toLowerCase() === 'true';
  return cell;
}

/** The sheet's data rows after writing a merge's block, read back as Sheets would return them. */
function applyMerge(sheet: readonly (readonly unknown[])[], merge: SurveyMerge): unknown[][] {
  const next = sheet.map((row) => [...row]);
  merge.block.forEach((row, i) => {
    expect(row).toHaveLength(SURVEY_HEADERS.length);
    next[merge.startIndex + i] = row.map(storedCell);
  });
  return next;
}

describe('surveyRow', () => {
  it('has the contract headers', () => {
    expect(SURVEY_HEADERS).toEqual(CONTRACT_SURVEY_HEADERS);
  });

  it('builds the ten cells, scores as numbers', () => {
    const { row, problems } = surveyRow(
      response('r1', {
        'Recommend?': '9',
        'Satisfied?': 4,
        'Easy?': ' 2 ',
        Company: 'Acme',
        'Why?': 'Great',
      }),
      MAPPING,
      ACME,
    );
    expect(row.map(storedCell)).toEqual([
      'r1',
      SUBMITTED,
      'Q2 pulse',
      'Acme, Inc.',
      'jane@acme.com',
      9,
      4,
      2,
      'Great',
      'domain',
    ]);
    expect(problems).toEqual([]);
  });

  it('leaves blank or absent answers and unmapped questions blank', () => {
    const { row, problems } = surveyRow(
      response('r2', { 'Recommend?': '', 'Satisfied?': '  ' }),
      { ...MAPPING, ces: null, comment: null },
      null,
    );
    expect(row.slice(5, 9)).toEqual(['', '', '', '']);
    expect(problems).toEqual([]);
  });

  it('blanks and reports answers that are not whole numbers on the scale, naming the response', () => {
    const { row, problems } = surveyRow(
      response('r3', { 'Recommend?': '11', 'Satisfied?': '4.5', 'Easy?': 'very' }),
      MAPPING,
      null,
    );
    expect(row.slice(5, 8)).toEqual(['', '', '']);
    expect(problems.map((problem) => [problem.responseId, problem.field, problem.answer])).toEqual([
      ['r3', 'NPS', '11'],
      ['r3', 'CSAT', '4.5'],
      ['r3', 'CES', 'very'],
    ]);
    expect(problems[0].message).toBe(
      'The answer of response r3 to "Recommend?" is "11": NPS answers are whole numbers from 0 to 10.',
    );
  });

  it('uses the mapped CSAT and CES scales', () => {
    const mapping = { ...MAPPING, csatScale: 7, cesScale: 5 };
    const seven = surveyRow(response('r4', { 'Satisfied?': '7', 'Easy?': '6' }), mapping, null);
    expect(seven.row[6]).toBe(7);
    expect(seven.row[7]).toBe('');
    expect(seven.problems.map((problem) => problem.field)).toEqual(['CES']);
    const defaults = surveyRow(response('r5', { 'Satisfied?': '6', 'Easy?': '7' }), MAPPING, null);
    expect(defaults.row.slice(6, 8)).toEqual(['', 7]);
  });

  it('keeps the raw answer, else the e-mail, as the account of an unmatched response', () => {
    expect(rowOf('r6', { Company: ' Umbrella corp ' }, null).slice(3, 5).map(storedCell)).toEqual([
      ' Umbrella corp ',
      'jane@acme.com',
    ]);
    expect(storedCell(rowOf('r7', {}, null)[3])).toBe('jane@acme.com');
    expect(storedCell(rowOf('r7', {}, null)[9])).toBe('unmatched');
    const anonymous = surveyRow(response('r8', {}, ''), MAPPING, null).row;
    expect(anonymous.slice(3, 5)).toEqual(['', '']);
  });

  it('records how the account was matched', () => {
    for (const by of ['domain', 'name', 'id', 'assigned'] as const) {
      expect(storedCell(rowOf('r9', {}, { account: 'Acme', by })[9])).toBe(by);
    }
  });

  it('marks every comment as text, so nothing becomes a formula, number or date', () => {
    const comments = [
      '=HYPERLINK("https://evil.example","click")',
      '+1',
      '-',
      '@john',
      '007',
      'TRUE',
      '2026-01-01',
      '  leading spaces',
      'Great 👍🏽 support',
      'پشتیبانی عالی بود',
      'ดีมาก ขอบคุณ',
      'line one\nline two',
    ];
    for (const comment of comments) expect(rowOf('r10', { 'Why?': comment })[8]).toBe(`'${comment}`);
  });

  it('escapes every text cell: ID, form, account and respondent', () => {
    const { row } = surveyRow(
      {
        id: '-abc',
        submitted: SUBMITTED,
        form: '=Form',
        email: '@x@acme.com',
        answers: { Company: '+Acme' },
      },
      MAPPING,
      null,
    );
    expect(row.slice(0, 5)).toEqual(["'-abc", SUBMITTED, "'=Form", "'+Acme", "'@x@acme.com"]);
  });

  it('joins checkbox answers in the comment', () => {
    expect(storedCell(rowOf('r11', { 'Why?': ['Price', 'Support'] })[8])).toBe('Price, Support');
  });

  it('refuses a response without an ID', () => {
    expect(() => rowOf(' ', {})).toThrow(/no response ID/);
  });

  it('gives the matcher the account answer and the e-mail', () => {
    expect(matchInput(response('r', { Company: 'Acme' }), MAPPING)).toEqual({
      email: 'jane@acme.com',
      answer: 'Acme',
    });
    expect(matchInput(response('r', { Company: ' ' }), MAPPING)).toEqual({ email: 'jane@acme.com' });
    expect(matchInput(response('r', { Company: 'Acme' }), { ...MAPPING, account: null })).toEqual({
      email: 'jane@acme.com',
    });
  });
});

describe('mergeSurveyRows', () => {
  const a = rowOf('a', { 'Recommend?': '9', 'Why?': 'Love it' });
  const b = rowOf('b', { 'Recommend?': '3', 'Why?': '=SUM(1,2)' });
  const c = rowOf('c', { 'Recommend?': '10' });

  it('an edited response updates its answers but keeps the Account and Match the team set', () => {
    const sheet = applyMerge([], mergeSurveyRows([], [a, b]));
    sheet[0][3] = 'Acme Holdings'; // a CSM fixes the account of a matched response
    sheet[0][9] = 'assigned';
    const edited = rowOf('a', { 'Recommend?': '4', 'Why?': 'Support got slow' });
    const merge = mergeSurveyRows(sheet, [edited]);
    expect(merge.updated).toBe(1);
    const after = applyMerge(sheet, merge);
    expect([after[0][3], after[0][5], after[0][8], after[0][9]]).toEqual([
      'Acme Holdings',
      4,
      'Support got slow',
      'assigned',
    ]);
    // A row still unmatched takes the new match.
    const lost = applyMerge([], mergeSurveyRows([], [rowOf('u', { 'Recommend?': '7' }, null)]));
    const found = mergeSurveyRows(lost, [rowOf('u', { 'Recommend?': '7' })]);
    expect(applyMerge(lost, found)[0][9]).not.toBe('unmatched');
  });

  it('appends everything to an empty sheet', () => {
    const merge = mergeSurveyRows([], [a, b]);
    expect(merge).toEqual({ startIndex: 0, block: [a, b], added: 2, updated: 0, unchanged: 0 });
  });

  it('is idempotent: merging the same rows again writes nothing', () => {
    const sheet = applyMerge([], mergeSurveyRows([], [a, b, c]));
    expect(sheet[1][8]).toBe('=SUM(1,2)');
    expect(mergeSurveyRows(sheet, [a, b, c])).toEqual({
      startIndex: 3,
      block: [],
      added: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('updates an edited response in place, from its row on, re-escaping rows read back', () => {
    const sheet = applyMerge([], mergeSurveyRows([], [a, b, c]));
    const editedA = rowOf('a', { 'Recommend?': '6', 'Why?': 'Changed my mind' });
    const merge = mergeSurveyRows(sheet, [editedA, b, c]);
    expect(merge).toMatchObject({ startIndex: 0, added: 0, updated: 1, unchanged: 2 });
    // Row b read back as =SUM(1,2) is rewritten escaped, never as a formula.
    expect(merge.block).toEqual([editedA, b, c]);
    const next = applyMerge(sheet, merge);
    expect(next[0][5]).toBe(6);
    expect(mergeSurveyRows(next, [editedA, b, c]).block).toEqual([]);
  });

  it('starts the block at the first changed row and appends new responses in incoming order', () => {
    const sheet = applyMerge([], mergeSurveyRows([], [a, b]));
    const d = rowOf('d', {});
    const merge = mergeSurveyRows(sheet, [d, b, c, a]);
    expect(merge).toMatchObject({ startIndex: 2, block: [d, c], added: 2, updated: 0, unchanged: 2 });
    const editedB = rowOf('b', { 'Recommend?': '4' });
    expect(mergeSurveyRows(sheet, [a, editedB])).toMatchObject({
      startIndex: 1,
      block: [editedB],
      updated: 1,
    });
  });

  it('lets the last of duplicate incoming IDs win', () => {
    const a2 = rowOf('a', { 'Recommend?': '0' });
    const merge = mergeSurveyRows([], [a, b, a2]);
    expect(merge.block).toEqual([a2, b]);
    expect(merge.added).toBe(2);
  });

  it('keeps rows without an ID, blank rows and ragged rows', () => {
    const stored = (row: SurveyRow) => row.map(storedCell);
    const note = ['', '', '', 'manual note', '=not a formula'];
    const sheet = [stored(a), note, [], stored(b).slice(0, 8), ['', '', ''], []];
    const editedB = rowOf('b', { 'Recommend?': '5', 'Why?': '=SUM(1,2)' });
    const merge = mergeSurveyRows(sheet, [editedB, c]);
    expect(merge.startIndex).toBe(3);
    expect(merge.block).toEqual([editedB, c]);
    // An edit before a note row rewrites the note escaped and padded to ten cells.
    const editedA = rowOf('a', { 'Recommend?': '1' });
    const early = mergeSurveyRows(sheet, [editedA]);
    expect(early.startIndex).toBe(0);
    expect(early.block[1]).toEqual(['', '', '', "'manual note", "'=not a formula", '', '', '', '', '']);
    expect(early.block[2]).toEqual(['', '', '', '', '', '', '', '', '', '']);
    expect(early.block).toHaveLength(4);
    // The ragged row b (no Comment, no Match read) differs from the full row and is rewritten.
    expect(mergeSurveyRows(sheet, [b])).toMatchObject({ startIndex: 3, block: [b], updated: 1 });
  });

  it('fills trailing blank rows before growing the sheet', () => {
    const sheet = [a.map(storedCell), ['', ''], []];
    const merge = mergeSurveyRows(sheet, [c]);
    expect(merge).toMatchObject({ startIndex: 1, block: [c], added: 1 });
  });

  it('compares values as Sheets reads them back: dates by time, numbers and numeric text alike', () => {
    const numericComment = rowOf('n', { 'Why?': '42', Company: 'TRUE' }, null);
    const sheet: unknown[][] = [numericComment.map(storedCell)];
    sheet[0][1] = new Date(SUBMITTED.getTime());
    sheet[0][3] = true;
    sheet[0][8] = 42;
    expect(mergeSurveyRows(sheet, [numericComment])).toMatchObject({ block: [], unchanged: 1 });
    // Milliseconds a sheet keeps or drops do not make a response "edited".
    sheet[0][1] = new Date(SUBMITTED.getTime() + 400);
    expect(mergeSurveyRows(sheet, [numericComment])).toMatchObject({ block: [], unchanged: 1 });
    sheet[0][1] = new Date(SUBMITTED.getTime() + 1000);
    expect(mergeSurveyRows(sheet, [numericComment])).toMatchObject({ updated: 1 });
  });

  it('keeps a numeric-looking ID as text, and still finds it when a user retyped it as a number', () => {
    const numericId = rowOf('12345', { 'Recommend?': '8' });
    const sheet = applyMerge([], mergeSurveyRows([], [numericId]));
    expect(sheet[0][0]).toBe('12345');
    expect(mergeSurveyRows(sheet, [numericId])).toMatchObject({ added: 0, unchanged: 1, block: [] });
    sheet[0][0] = 12345;
    expect(mergeSurveyRows(sheet, [numericId])).toMatchObject({ added: 0, updated: 0 });
  });

  it('keeps exact characters through a write and read back (formulas escaped, spaces, emoji, RTL)', () => {
    const comments = ['=HYPERLINK("x")', '+1', '-', '@john', '  two spaces', '🎉 ok', 'عالی بود', "'quoted"];
    const rows = comments.map((comment, i) => rowOf(`id${i}`, { 'Why?': comment }));
    const sheet = applyMerge([], mergeSurveyRows([], rows));
    expect(sheet.map((row) => row[8])).toEqual(comments);
    expect(mergeSurveyRows(sheet, rows).block).toEqual([]);
  });

  it('merges 10,000 responses into 10,000 rows', () => {
    const many = (n: number, score: number) =>
      Array.from({ length: n }, (_, i) => rowOf(`resp-${i}`, { 'Recommend?': String((i + score) % 11) }));
    const sheet = applyMerge([], mergeSurveyRows([], many(10_000, 0)));
    const incoming = many(12_000, 0);
    incoming[9_999] = rowOf('resp-9999', { 'Recommend?': '0', 'Why?': 'edited' });
    const merge = mergeSurveyRows(sheet, incoming);
    expect(merge).toMatchObject({ startIndex: 9_999, added: 2_000, updated: 1, unchanged: 9_999 });
    expect(merge.block).toHaveLength(2_001);
  });

  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '42', '-x');
  const text = fc.oneof(
    fc.constantFrom('', '=A1', '+1', '-', '@me', ' spaced ', 'عالی', '🎉', 'TRUE', '7', "'q"),
    fc.string({ maxLength: 6 }),
  );
  const score = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 10 }).map(String),
    fc.constantFrom('x', '11'),
  );
  const incomingRow = fc
    .record({ id, comment: text, company: text, nps: score, at: fc.integer({ min: 0, max: 3 }) })
    .map(({ id, comment, company, nps, at }) => {
      const { row } = surveyRow(
        {
          id,
          submitted: new Date(SUBMITTED.getTime() + at * 60_000),
          form: 'F',
          email: 'x@y.com',
          answers: { 'Why?': comment, Company: company, 'Recommend?': nps },
        },
        MAPPING,
        null,
      );
      return row;
    });
  const extraRow = fc.oneof(
    fc.constant([] as unknown[]),
    fc.constant(['', '', '', 'note', '=x']),
    fc.constant(['', '', '']),
  );

  it('re-merging what was just written changes nothing, and every ID ends up once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(incomingRow, { maxLength: 8 }),
        fc.array(incomingRow, { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(10), extraRow), { maxLength: 3 }),
        (first, second, extras) => {
          let sheet = applyMerge([], mergeSurveyRows([], first));
          for (const [at, row] of extras) sheet.splice(Math.min(at, sheet.length), 0, [...row]);
          sheet = applyMerge(sheet, mergeSurveyRows(sheet, second));
          const again = mergeSurveyRows(sheet, second);
          expect(again.block).toEqual([]);
          expect(again.added + again.updated).toBe(0);
          const ids = sheet
            .filter((row) => row[0] !== '' && row[0] !== undefined)
            .map((row) => String(row[0]));
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(
            new Set([...first, ...second].map((row) => String(storedCell(row[0])))),
          );
          // Rows without an ID survive.
          const notes = sheet.filter((row) => row[3] === 'note').length;
          expect(notes).toBe(extras.filter(([, row]) => row[3] === 'note').length);
        },
      ),
    );
  });
});
