/**
 * SoGoSurvey's (Sogolytics') export layout, as in the real exports listed in
 * tests/fixtures/surveys/README.md: what is read when the export is whole, and when a user
 * edited it (deleted the options row, or a column that is not a response number).
 */
import { describe, expect, it } from 'vitest';
import { readExportLayout } from '../../src/core/survey-import';

const HEADER = [
  '\uFEFF\uFEFFSr.No.',
  'Response No',
  'ParticipationStatus',
  '1.How likely is it that you would recommend us?',
  '2.Which products do you use? (select all that apply)',
  '',
  '3.Comments',
];
const OPTIONS = ['', '', '', ' ', 'Reports', 'Mobile app', ' '];

describe('readExportLayout, SoGoSurvey', () => {
  it('skips the options row, flattens the select-all question and keeps its own columns out', () => {
    const layout = readExportLayout([
      HEADER,
      OPTIONS,
      [1, 281, 'Incomplete', '', '', '', ''],
      [2, 1, 'Complete', 9, 'Reports', '', 'Fine'],
    ]);
    expect(layout).toMatchObject({
      vendor: 'sogosurvey',
      headerRows: 2,
      idColumn: 1,
      globalIds: false,
      dateColumn: -1,
    });
    expect(layout.titles).toEqual([
      'Sr.No.',
      'Response No',
      'ParticipationStatus',
      '1.How likely is it that you would recommend us?',
      '2.Which products do you use? (select all that apply) – Reports',
      '2.Which products do you use? (select all that apply) – Mobile app',
      '3.Comments',
    ]);
    expect([...layout.metaColumns].sort()).toEqual([0, 1, 2]);
  });

  it('reads row 2 as a response when the options row was deleted', () => {
    const layout = readExportLayout([HEADER, [2, 1, 'Complete', 9, 'Reports', '', 'Fine']]);
    expect(layout).toMatchObject({ vendor: 'sogosurvey', headerRows: 1, idColumn: 1 });
    expect(layout.titles[4]).toBe('2.Which products do you use? (select all that apply)');
  });

  it('numbers rows itself when Response No repeats (not an ID then: re-imports would merge rows)', () => {
    const layout = readExportLayout([
      HEADER,
      OPTIONS,
      [1, 'Complete', 'Complete', 9, '', '', ''],
      [2, 'Complete', 'Complete', 7, '', '', ''],
    ]);
    expect(layout).toMatchObject({ vendor: 'sogosurvey', idColumn: -1 });
  });
});
