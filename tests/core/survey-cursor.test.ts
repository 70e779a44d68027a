/** Reading a form a little at a time (cursor.ts), matching old unmatched rows again, rating questions. */
import { describe, expect, it } from 'vitest';
import {
  type AccountMatch,
  buildAccountIndex,
  cursorStart,
  describeQuestion,
  detectQuestions,
  type FormQuestion,
  type MatchInput,
  mappingFingerprint,
  nextCursor,
  readInTime,
  rematchUnmatched,
  type SurveyMapping,
  type SurveyResponse,
} from '../../src/core/survey-import';
import { ENGLISH } from '../../src/shared/messages/server';
import { type KeyedText, renderKeyed } from '../../src/shared/messages/server-keyed';

/** A reason or question type as an English user reads it. */
const english = (text: KeyedText) => renderKeyed(text, ENGLISH);

const MAPPING: SurveyMapping = {
  nps: 'Recommend?',
  csat: 'Satisfied?',
  csatScale: 5,
  ces: null,
  cesScale: null,
  account: 'Company',
  comment: 'Why?',
};
const KEY = 'form:abc';
const at = (day: number) => new Date(Date.UTC(2024, 4, day, 9));
const response = (id: string, day: number): SurveyResponse => ({
  id,
  submitted: at(day),
  form: 'Pulse',
  answers: {},
});

describe('mappingFingerprint', () => {
  it('is 8 hex digits, the same for the same mapping whatever its key order, another for another mapping', () => {
    const reordered = Object.fromEntries(Object.entries(MAPPING).reverse()) as unknown as SurveyMapping;
    expect(mappingFingerprint(MAPPING)).toMatch(/^[0-9a-f]{8}$/);
    expect(mappingFingerprint(reordered)).toBe(mappingFingerprint(MAPPING));
    expect(mappingFingerprint({ ...MAPPING, comment: null })).not.toBe(mappingFingerprint(MAPPING));
    expect(mappingFingerprint({ ...MAPPING, csatScale: 7 })).not.toBe(mappingFingerprint(MAPPING));
  });
});

describe('cursorStart', () => {
  const stored = nextCursor(KEY, MAPPING, [response('r1', 1), response('r2', 3), response('r3', 2)], null);
  const onSheet = (id: string) => id === 'r2';

  it('starts at the latest response imported', () => {
    expect(stored).toEqual({
      key: KEY,
      since: at(3).toISOString(),
      id: 'r2',
      mapping: mappingFingerprint(MAPPING),
    });
    expect(cursorStart(stored, KEY, MAPPING, onSheet)).toEqual({ since: at(3), id: 'r2' });
  });

  it('reads everything for another source, another mapping, a sheet without that response, or junk', () => {
    expect(cursorStart(stored, 'form:other', MAPPING, onSheet)).toBeNull();
    expect(cursorStart(stored, KEY, { ...MAPPING, nps: null }, onSheet)).toBeNull();
    expect(cursorStart(stored, KEY, MAPPING, () => false)).toBeNull();
    expect(cursorStart({ ...stored, since: 'yesterday' }, KEY, MAPPING, onSheet)).toBeNull();
    expect(cursorStart({ ...stored, id: 7 }, KEY, MAPPING, onSheet)).toBeNull();
    for (const junk of [undefined, null, 'x', 42, []])
      expect(cursorStart(junk, KEY, MAPPING, onSheet)).toBeNull();
  });
});

describe('nextCursor', () => {
  it('keeps the last of responses submitted in the same instant, and the previous cursor when nothing was read', () => {
    expect(nextCursor(KEY, MAPPING, [response('a', 2), response('b', 2)], null)?.id).toBe('b');
    expect(nextCursor(KEY, MAPPING, [], { since: at(4), id: 'x' })).toMatchObject({
      since: at(4).toISOString(),
      id: 'x',
    });
    expect(nextCursor(KEY, MAPPING, [], null)).toBeNull();
  });
});

describe('readInTime', () => {
  const items = [1, 2, 2, 3, 4].map((day, i) => ({ id: `r${i}`, day }));
  const read = (item: { id: string; day: number }) => response(item.id, item.day);
  const submitted = (item: { day: number }) => at(item.day);

  it('reads everything while there is time', () => {
    expect(readInTime(items, submitted, read, null, () => false)).toMatchObject({ remaining: 0 });
  });

  it('stops when time runs out, but only after a response later than the start', () => {
    const none = readInTime(items, submitted, read, null, () => true);
    expect(none.responses.map((r) => r.id)).toEqual(['r0']);
    expect(none.remaining).toBe(4);
    // From day 2: the two responses of day 2 were imported already; day 3 is the first new one.
    const fromTwo = readInTime(items.slice(1), submitted, read, at(2), () => true);
    expect(fromTwo.responses.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(fromTwo.remaining).toBe(1);
  });

  it('asks about time between responses only', () => {
    let asked = 0;
    readInTime(items, submitted, read, null, () => {
      asked++;
      return false;
    });
    expect(asked).toBe(items.length - 1);
  });
});

describe('rematchUnmatched', () => {
  const index = buildAccountIndex(
    ['Account', 'Domain'],
    [
      ['Acme Inc', 'acme.com'],
      ['Globex', ''],
    ],
  );
  const match = (input: MatchInput): AccountMatch | null => index.match(input);
  const row = (id: string, form: string, account: string, respondent: string, matchKind = 'unmatched') => [
    id,
    at(1),
    form,
    account,
    respondent,
    9,
    '',
    '',
    '=not a formula',
    matchKind,
  ];

  it('matches the form’s unmatched rows again by answer or e-mail, ready to write', () => {
    const rows = [
      row('a', 'Pulse', 'ann@acme.com', 'ann@acme.com'),
      row('b', 'Pulse', 'Globex S.p.A.', 'bob@gmail.com'),
      row('c', 'Pulse', 'Hooli', 'cy@gmail.com'),
      row('d', 'Other form', 'Globex', 'dee@gmail.com'),
      row('e', 'Pulse', 'Globex', 'eve@gmail.com'),
      row('f', 'Pulse', 'Acme Inc', 'fay@acme.com', 'domain'),
    ];
    const result = rematchUnmatched(rows, 'Pulse', new Set(['e']), match);
    expect(result.unmatched).toBe(1);
    expect(result.rows).toEqual([
      ["'a", at(1), "'Pulse", "'Acme Inc", "'ann@acme.com", 9, '', '', "'=not a formula", 'domain'],
      ["'b", at(1), "'Pulse", "'Globex", "'bob@gmail.com", 9, '', '', "'=not a formula", 'name'],
    ]);
  });

  it('follows an assignment made for the answer or, when there was none, for the e-mail', () => {
    const assignments = { hooli: 'Globex', 'cy@gmail.com': 'Acme Inc' };
    const assigned = (input: MatchInput) => index.match(input, assignments);
    const result = rematchUnmatched(
      [row('c', 'Pulse', 'Hooli', 'cy@gmail.com'), row('g', 'Pulse', 'cy@gmail.com', 'cy@gmail.com')],
      'Pulse',
      new Set(),
      assigned,
    );
    expect(result.rows.map((r) => [r[3], r[9]])).toEqual([
      ["'Globex", 'assigned'],
      ["'Acme Inc", 'assigned'],
    ]);
  });
});

describe('rating questions', () => {
  const rating = (title: string, levels: number): FormQuestion => ({
    title,
    type: 'RATING',
    lower: 1,
    upper: levels,
  });

  it('are described by their levels', () => {
    expect(english(describeQuestion(rating('Stars', 5)))).toBe('Rating 1–5');
    expect(english(describeQuestion({ title: 'Stars', type: 'RATING' }))).toBe('Rating 1–5');
  });

  it('are CSAT on their own number of levels when they ask about satisfaction', () => {
    for (const levels of [3, 5, 7, 10]) {
      const detected = detectQuestions([rating('How satisfied are you? (stars)', levels)]);
      expect(detected.mapping).toMatchObject({
        csat: 'How satisfied are you? (stars)',
        csatScale: levels,
        nps: null,
      });
      expect(english(detected.reasons.csat)).toBe(`1–${levels} rating, title mentions 'satisfied'`);
    }
  });

  it('are CSAT when 1–5 and about nothing else, NPS when 10 levels ask to recommend', () => {
    expect(detectQuestions([rating('Rate us', 5)]).mapping).toMatchObject({ csat: 'Rate us', csatScale: 5 });
    expect(detectQuestions([rating('Would you recommend us?', 10)]).mapping).toMatchObject({
      nps: 'Would you recommend us?',
      csat: null,
    });
    expect(detectQuestions([rating('Rate us', 4)]).mapping).toMatchObject({ csat: null, nps: null });
  });
});
