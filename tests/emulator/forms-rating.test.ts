/** FormApp RATING items: RatingItem, RatingIconType, string answers, numbers in the response sheet. */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';

const setup = () => {
  const wb = createWorkbook({ Data: [['x']] });
  const handle = wb.addForm({
    title: 'Pulse',
    destinationSheet: 'Form Responses 1',
    items: [
      { title: 'Stars', type: 'RATING', levels: 5, icon: 'STAR' },
      { title: 'Love', type: 'RATING', levels: 10, icon: 'HEART' },
      { title: 'Default', type: 'RATING' },
      { title: 'Comment', type: 'TEXT' },
    ],
    responses: [
      { id: 'r1', timestamp: '2024-05-01T09:00:00Z', answers: { Stars: 4, Love: '10', Comment: '5' } },
      { id: 'r2', timestamp: '2024-05-02T09:00:00Z', answers: { Default: 1 } },
    ],
  });
  return { wb, handle, FormApp: wb.services.FormApp };
};

describe('FormApp: RATING items', () => {
  it('are RatingItems with a scale level and an icon', () => {
    const { handle, FormApp } = setup();
    expect(FormApp.ItemType.RATING).toBe('RATING');
    expect(FormApp.RatingIconType).toEqual({ STAR: 'STAR', HEART: 'HEART', THUMB_UP: 'THUMB_UP' });
    const form = FormApp.openById(handle.id);
    const ratings = form.getItems(FormApp.ItemType.RATING).map((i) => i.asRatingItem());
    expect(ratings.map((r) => [r.getTitle(), r.getRatingScaleLevel(), r.getRatingIcon()])).toEqual([
      ['Stars', 5, FormApp.RatingIconType.STAR],
      ['Love', 10, FormApp.RatingIconType.HEART],
      ['Default', 5, FormApp.RatingIconType.STAR],
    ]);
    expect(() => form.getItems()[0].asScaleItem()).toThrow('Invalid conversion for item type: RATING');
    expect(() => form.getItems()[3].asRatingItem()).toThrow('Invalid conversion for item type: TEXT');
  });

  it('answers arrive as strings; the linked sheet shows numbers', () => {
    const { wb, handle, FormApp } = setup();
    const [r1] = FormApp.openById(handle.id).getResponses();
    expect(r1.getItemResponses().map((x) => [x.getItem().getTitle(), x.getResponse()])).toEqual([
      ['Stars', '4'],
      ['Love', '10'],
      ['Comment', '5'],
    ]);
    expect(wb.values('Form Responses 1').map((row) => row.slice(1))).toEqual([
      ['Stars', 'Love', 'Default', 'Comment'],
      [4, 10, '', '5'],
      ['', '', 1, ''],
    ]);
  });

  it('addForm validates levels, icons and answers', () => {
    const wb = createWorkbook({ Data: [['x']] });
    const form = (item: object, answers: Record<string, unknown> = {}) =>
      wb.addForm({
        title: 'F',
        items: [{ title: 'R', type: 'RATING', ...item }],
        responses: [{ id: 'a', answers }],
      });
    expect(() => form({ levels: 2 })).toThrow(/levels 3\.\.10/);
    expect(() => form({ levels: 11 })).toThrow(/levels 3\.\.10/);
    expect(() => form({ icon: 'SMILE' })).toThrow(/unknown icon SMILE/);
    expect(() => form({ levels: 3 }, { R: 4 })).toThrow(/not a whole number in 1\.\.3/);
    expect(() => form({}, { R: 0 })).toThrow(/not a whole number in 1\.\.5/);
    expect(() => form({}, { R: 2.5 })).toThrow(/not a whole number/);
    expect(form({ levels: 3, icon: 'THUMB_UP' }, { R: '3' }).id).toMatch(/^emulated-form-/);
  });
});
