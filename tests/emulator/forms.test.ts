import { describe, expect, it } from 'vitest';
import { createWorkbook, type FormSpec } from '../../dev/emulator/index';

const NPS = 'How likely are you to recommend us?';

const spec = (extra: Partial<FormSpec> = {}): FormSpec => ({
  title: 'Customer pulse',
  collectsEmail: true,
  items: [
    { title: NPS, type: 'SCALE', lower: 0, upper: 10 },
    { title: 'Account', type: 'TEXT' },
    { title: 'Anything else?', type: 'PARAGRAPH_TEXT' },
    { title: 'Plan', type: 'MULTIPLE_CHOICE', choices: ['Free', 'Pro'] },
    { title: 'Region', type: 'LIST', choices: ['EU', 'US'] },
  ],
  responses: [
    {
      id: 'r1',
      timestamp: '2024-05-01T09:00:00Z',
      email: 'ann@acme.com',
      answers: { [NPS]: 9, Account: 'Acme', Plan: 'Pro', Region: 'EU' },
    },
    {
      id: 'r2',
      timestamp: '2024-05-03T10:30:00Z',
      email: 'bob@beta.io',
      answers: { [NPS]: '3', Account: '0042', 'Anything else?': 'Slow support' },
    },
  ],
  ...extra,
});

function setup(extra: Partial<FormSpec> = {}) {
  const wb = createWorkbook({ Data: [['x']] });
  const handle = wb.addForm(spec(extra));
  return { wb, handle, FormApp: wb.services.FormApp };
}

const answersOf = (r: {
  getItemResponses(): { getItem(): { getTitle(): string }; getResponse(): unknown }[];
}) => r.getItemResponses().map((x) => [x.getItem().getTitle(), x.getResponse()]);

describe('FormApp: items', () => {
  it('lists items with titles, types and indexes, optionally by type', () => {
    const { handle, FormApp } = setup();
    const form = FormApp.openById(handle.id);
    expect(form.getTitle()).toBe('Customer pulse');
    expect(form.collectsEmail()).toBe(true);
    expect(form.getItems().map((i) => [i.getTitle(), i.getType(), i.getIndex()])).toEqual([
      [NPS, 'SCALE', 0],
      ['Account', 'TEXT', 1],
      ['Anything else?', 'PARAGRAPH_TEXT', 2],
      ['Plan', 'MULTIPLE_CHOICE', 3],
      ['Region', 'LIST', 4],
    ]);
    expect(form.getItems(FormApp.ItemType.SCALE).map((i) => i.getTitle())).toEqual([NPS]);
    expect(form.getItems(FormApp.ItemType.CHECKBOX)).toEqual([]);
    const id = form.getItems()[1].getId();
    expect(Number.isInteger(id)).toBe(true);
    expect(form.getItemById(id)?.getTitle()).toBe('Account');
  });

  it('converts to typed items with bounds and choices, and rejects the wrong type', () => {
    const { handle, FormApp } = setup();
    const [scale, text, para, choice, list] = FormApp.openById(handle.id).getItems();
    const s = scale.asScaleItem();
    expect([s.getTitle(), s.getLowerBound(), s.getUpperBound()]).toEqual([NPS, 0, 10]);
    expect(text.asTextItem().getTitle()).toBe('Account');
    expect(para.asParagraphTextItem().getType()).toBe('PARAGRAPH_TEXT');
    expect(
      choice
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Free', 'Pro']);
    expect(
      list
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['EU', 'US']);
    expect(() => scale.asTextItem()).toThrow('Invalid conversion for item type: SCALE');
    expect(() => text.asScaleItem()).toThrow('Invalid conversion for item type: TEXT');
    expect(() => list.asMultipleChoiceItem()).toThrow('Invalid conversion for item type: LIST');
  });
});

describe('FormApp: responses', () => {
  it('returns answers as strings and leaves unanswered items out', () => {
    const { handle, FormApp } = setup();
    const [r1, r2] = FormApp.openById(handle.id).getResponses();
    expect(r1.getId()).toBe('r1');
    expect(r1.getTimestamp()).toEqual(new Date('2024-05-01T09:00:00Z'));
    expect(r1.getRespondentEmail()).toBe('ann@acme.com');
    expect(answersOf(r1)).toEqual([
      [NPS, '9'],
      ['Account', 'Acme'],
      ['Plan', 'Pro'],
      ['Region', 'EU'],
    ]);
    expect(answersOf(r2)).toEqual([
      [NPS, '3'],
      ['Account', '0042'],
      ['Anything else?', 'Slow support'],
    ]);
    const items = FormApp.openById(handle.id).getItems();
    expect(r2.getResponseForItem(items[3])).toBeNull();
    expect(r2.getResponseForItem(items[0])?.getResponse()).toBe('3');
  });

  it('filters responses submitted at or after a date and finds one by id', () => {
    const { handle, FormApp } = setup();
    const form = FormApp.openById(handle.id);
    expect(form.getResponses(new Date('2024-05-02T00:00:00Z')).map((r) => r.getId())).toEqual(['r2']);
    expect(form.getResponses(new Date('2024-05-03T10:30:00Z')).map((r) => r.getId())).toEqual(['r2']);
    expect(form.getResponses(new Date('2024-05-03T10:30:00.001Z'))).toEqual([]);
    expect(form.getResponse('r2').getRespondentEmail()).toBe('bob@beta.io');
    expect(() => form.getResponse('nope')).toThrow('No response with ID nope exists for this form.');
  });

  it('gives an empty respondent email when the form does not collect them', () => {
    const { handle, FormApp } = setup({ collectsEmail: false });
    const form = FormApp.openById(handle.id);
    expect(form.collectsEmail()).toBe(false);
    expect(form.getResponses().map((r) => r.getRespondentEmail())).toEqual(['', '']);
  });

  it('opens by edit URL and by published URL; unknown ids and URLs throw', () => {
    const { handle, FormApp } = setup();
    const form = FormApp.openById(handle.id);
    expect(handle.url).toBe(form.getEditUrl());
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(handle.id);
    expect(form.getPublishedUrl()).not.toContain(handle.id);
    expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(handle.id);
    expect(FormApp.openByUrl(handle.publishedUrl).getTitle()).toBe('Customer pulse');
    expect(() => FormApp.openById('missing')).toThrow(/^No item with the given ID could be found/);
    expect(() => FormApp.openByUrl('https://docs.google.com/forms/d/missing/edit')).toThrow(/No item with/);
    expect(() => FormApp.openByUrl('not a url')).toThrow('Invalid argument: url');
  });

  it('counts every call on forms, items and responses under FormApp', () => {
    const { wb, handle, FormApp } = setup();
    const form = FormApp.openById(handle.id); // 1
    const items = form.getItems(); // 2
    items[0].asScaleItem().getUpperBound(); // 4
    form.getResponses()[0].getItemResponses()[0].getResponse(); // 7
    expect(wb.serviceCalls('FormApp')).toBe(7);
    expect(wb.serviceCalls()).toBe(7);
  });
});

describe('addForm: validation, addResponses and editResponse', () => {
  it('rejects unknown item titles, duplicate ids and invalid answers', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const bad = (answers: Record<string, unknown>, id = 'x') =>
      spec({ responses: [{ id, email: 'a@b.co', timestamp: 0, answers }] });
    expect(() => wb.addForm(bad({ Nope: 1 }))).toThrow('response x answers unknown item "Nope"');
    expect(() => wb.addForm(bad({ [NPS]: 11 }))).toThrow(/not a whole number in 0\.\.10/);
    expect(() => wb.addForm(bad({ Plan: 'Gold' }))).toThrow(/"Gold" is not one of \["Free","Pro"\]/);
    const dup = spec();
    dup.responses!.push({ ...dup.responses![0] });
    expect(() => wb.addForm(dup)).toThrow('duplicate response id r1');
    expect(() => wb.addForm(spec({ responses: [{ id: 'n', timestamp: 0, answers: {} }] }))).toThrow(
      /has no email, but the form collects email addresses/,
    );
    expect(wb.forms).toHaveLength(0);

    const handle = wb.addForm(spec());
    expect(() => handle.addResponses([{ id: 'r2', email: 'c@d.co', answers: {} }])).toThrow(
      'duplicate response id r2',
    );
    // A bad batch adds nothing, not even its valid first response.
    expect(() =>
      handle.addResponses([
        { id: 'ok', email: 'c@d.co', answers: {} },
        { id: 'bad', email: 'c@d.co', answers: { Nope: 1 } },
      ]),
    ).toThrow(/unknown item "Nope"/);
    expect(wb.services.FormApp.openById(handle.id).getResponses()).toHaveLength(2);
  });

  it('adds responses and edits one in place with a new timestamp', () => {
    const { handle, FormApp } = setup();
    handle.addResponses([
      { id: 'r3', timestamp: '2024-05-05T08:00:00Z', email: 'cy@gamma.org', answers: { [NPS]: 10 } },
    ]);
    handle.editResponse(
      'r1',
      { [NPS]: 6, Region: null, 'Anything else?': 'Now slower' },
      '2024-05-10T12:00:00Z',
    );
    const form = FormApp.openById(handle.id);
    const r1 = form.getResponse('r1');
    expect(r1.getTimestamp()).toEqual(new Date('2024-05-10T12:00:00Z'));
    expect(answersOf(r1)).toEqual([
      [NPS, '6'],
      ['Account', 'Acme'],
      ['Anything else?', 'Now slower'],
      ['Plan', 'Pro'],
    ]);
    // Oldest first by (last) submission time: the edit makes r1 the newest.
    expect(form.getResponses().map((r) => r.getId())).toEqual(['r2', 'r3', 'r1']);
    expect(form.getResponses(new Date('2024-05-04T00:00:00Z')).map((r) => r.getId())).toEqual(['r3', 'r1']);
    expect(() => handle.editResponse('nope', {})).toThrow('no response with id nope to edit');
  });
});

describe('addForm: linked response sheet', () => {
  const linked = () => {
    const wb = createWorkbook({
      Summary: [["=COUNTA('Form Responses 1'!A2:A)", "=AVERAGE('Form Responses 1'!C2:C)"]],
    });
    const handle = wb.addForm(spec({ destinationSheet: 'Form Responses 1' }));
    return {
      wb,
      handle,
      get ss() {
        return wb.services.SpreadsheetApp.getActive();
      },
    };
  };

  it('writes a header and one row per response, as Sheets stores form answers', () => {
    const { wb } = linked();
    expect(wb.values('Form Responses 1')).toEqual([
      ['Timestamp', 'Email Address', NPS, 'Account', 'Anything else?', 'Plan', 'Region'],
      [new Date('2024-05-01T09:00:00Z'), 'ann@acme.com', 9, 'Acme', '', 'Pro', 'EU'],
      [new Date('2024-05-03T10:30:00Z'), 'bob@beta.io', 3, '0042', 'Slow support', '', ''],
    ]);
    expect(wb.displayValues('Form Responses 1')[1][0]).toBe('5/1/2024 9:00:00');
    expect(wb.values('Summary')[0]).toEqual([2, 6]);
    expect(wb.serviceCalls()).toBe(0); // Forms' writes are not add-on calls
  });

  it('appends added responses and rewrites an edited one in place; formulas follow', () => {
    const { wb, handle, ss } = linked();
    handle.addResponses([
      { id: 'r3', timestamp: '2024-05-05T08:00:00Z', email: 'cy@gamma.org', answers: { Account: '=1+1' } },
    ]);
    handle.editResponse('r1', { [NPS]: 0, Plan: null }, '2024-05-10T12:00:00Z');
    const rows = wb.values('Form Responses 1');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([new Date('2024-05-10T12:00:00Z'), 'ann@acme.com', 0, 'Acme', '', '', 'EU']);
    expect(rows[3]).toEqual([new Date('2024-05-05T08:00:00Z'), 'cy@gamma.org', '', '=1+1', '', '', '']);
    expect(wb.formulas('Form Responses 1')[3][3]).toBe(''); // an answer is never a formula
    expect(wb.values('Summary')[0]).toEqual([3, 1.5]);
    expect(ss.getSheetByName('Form Responses 1')!.getFrozenRows()).toBe(1);
  });

  it('links the sheet to the form: getFormUrl, destination id, openByUrl', () => {
    const { wb, handle, ss } = linked();
    const sheet = ss.getSheetByName('Form Responses 1')!;
    expect(sheet.getFormUrl()).toBe(handle.url);
    expect(ss.getSheetByName('Summary')!.getFormUrl()).toBeNull();
    expect(ss.getFormUrl()).toBe(handle.url);
    const form = wb.services.FormApp.openByUrl(sheet.getFormUrl()!);
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(form.getDestinationType()).toBe(wb.services.FormApp.DestinationType.SPREADSHEET);

    const unlinked = wb.services.FormApp.openById(wb.addForm(spec({ responses: [] })).id);
    expect(() => unlinked.getDestinationId()).toThrow('This form currently has no response destination.');
    expect(
      createWorkbook({ A: [[1]] })
        .services.SpreadsheetApp.getActive()
        .getFormUrl(),
    ).toBeNull();

    // Deleting the response sheet unlinks the form; later responses stay on the form only.
    ss.deleteSheet(sheet);
    handle.addResponses([{ id: 'r9', email: 'z@z.io', answers: {} }]);
    expect(ss.getFormUrl()).toBeNull();
    expect(ss.getSheetByName('Form Responses 1')).toBeNull();
    expect(form.getResponses()).toHaveLength(3);
    expect(() => form.getDestinationId()).toThrow('This form currently has no response destination.');
  });

  it('refuses a destination sheet that already holds data', () => {
    const wb = createWorkbook({ Data: [[1]] });
    expect(() => wb.addForm(spec({ destinationSheet: 'Data' }))).toThrow(/already holds data/);
    expect(wb.forms).toHaveLength(0);
  });
});
