import { describe, expect, it } from 'vitest';
import { isMissingAnswer, readExportLayout } from '../../src/core/survey-import';
import { scaleInTitle } from '../../src/core/survey-import/title-scale';

describe('readExportLayout', () => {
  it('flattens SurveyMonkey’s merged headers and keeps its metadata out of the questions', () => {
    const layout = readExportLayout([
      [
        'Respondent ID',
        'Collector ID',
        'Start Date',
        'End Date',
        'Email Address',
        'Q1?',
        'Contact',
        '',
        'Pick',
        '',
      ],
      ['', '', '', '', '', 'Response', 'Name', 'Email Address', 'Red', 'Other (please specify)'],
      [11, 22, '05/02/2024 09:14:03 AM', '05/02/2024 09:16:40 AM', '', 9, 'Ann', 'ann@acme.com', 'Red', ''],
    ]);
    expect(layout).toMatchObject({ vendor: 'surveymonkey', headerRows: 2, idColumn: 0, dateColumn: 3 });
    expect(layout.titles.slice(5)).toEqual([
      'Q1?',
      'Contact – Name',
      'Contact – Email Address',
      'Pick – Red',
      'Pick – Other (please specify)',
    ]);
    expect([...layout.metaColumns].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes Qualtrics’ question text from row 2 and skips the ImportId row', () => {
    const layout = readExportLayout([
      ['StartDate', 'RecordedDate', 'ResponseId', 'RecipientEmail', 'Q1'],
      ['Start Date', 'Recorded Date', 'Response ID', 'Recipient Email', 'How likely…?'],
      [
        '{"ImportId":"startDate"}',
        '{"ImportId":"recordedDate"}',
        '{"ImportId":"_recordId"}',
        '{"ImportId":"recipientEmail"}',
        '{"ImportId":"QID1"}',
      ],
      ['2024-05-01 08:02:11', '2024-05-01 08:05:41', 'R_1', '', 8],
    ]);
    expect(layout).toMatchObject({ vendor: 'qualtrics', headerRows: 3, idColumn: 2, dateColumn: 1 });
    expect(layout.titles).toEqual([
      'Start Date',
      'Recorded Date',
      'Response ID',
      'Recipient Email',
      'How likely…?',
    ]);
    expect(layout.metaColumns.has(3)).toBe(false);
  });

  it('knows Typeform by "#" and Submit Date (UTC); Network ID is metadata, not an ID', () => {
    const layout = readExportLayout([
      ['#', 'Q?', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID'],
      ['abc', 5, '2024-05-02 09:00:01', '2024-05-02 09:03:12', 'n1'],
      ['def', 6, '2024-05-02 09:00:01', '2024-05-02 09:03:12', 'n1'],
    ]);
    expect(layout).toMatchObject({ vendor: 'typeform', idColumn: 0, dateColumn: 3 });
    expect(layout.metaColumns.has(4)).toBe(true);
  });

  it('finds a generic export’s ID and date by name, snake_case too, and only when they hold IDs and dates', () => {
    const rows = [
      ['response_id', 'company', 'submitted_at'],
      [1, 'Acme', '2024-05-01T09:00:00Z'],
      [2, 'Globex', '2024-05-02T09:00:00Z'],
    ];
    expect(readExportLayout(rows)).toMatchObject({ vendor: 'generic', idColumn: 0, dateColumn: 2 });
    // A repeated or blank "ID" would merge responses on re-import: the row number stands for it.
    expect(readExportLayout([...rows, [2, 'Initech', 'soon']])).toMatchObject({
      idColumn: -1,
      dateColumn: -1,
    });
    expect(
      readExportLayout([
        ['Customer', 'NPS'],
        ['Acme', 9],
      ]),
    ).toMatchObject({ idColumn: -1, dateColumn: -1 });
  });

  it('keeps the Google Forms Timestamp in the spreadsheet’s language and gives it no ID column', () => {
    expect(
      readExportLayout([
        ['Informazioni cronologiche', 'Q'],
        ['2024-05-01', 1],
      ]),
    ).toMatchObject({
      vendor: 'google-forms',
      dateColumn: 0,
      idColumn: -1,
    });
  });
});

describe('missing answers and stated scales', () => {
  it('reads NA, N/A, "-", "Prefer not to say" in several languages as no answer, and nothing else', () => {
    for (const cell of [
      'NA',
      ' n/a ',
      '-',
      'Prefer not to say',
      'Preferisco non rispondere',
      'Keine Angabe',
      '',
      null,
    ])
      expect(isMissingAnswer(cell)).toBe(true);
    for (const cell of ['No', 'None of the above', 0, 'Nadia']) expect(isMissingAnswer(cell)).toBe(false);
  });

  it('reads "1 to 5", "(1-7)", "0–10", "out of 10" and Persian digits, not "30-60 days"', () => {
    expect(scaleInTitle('How easy was it, from 1 to 5?')).toEqual({ lower: 1, upper: 5 });
    expect(scaleInTitle('Satisfaction (1-7)')).toEqual({ lower: 1, upper: 7 });
    expect(scaleInTitle('Rate us out of 10')).toEqual({ lower: 0, upper: 10 });
    expect(scaleInTitle('از ۱ تا ۵ چقدر راضی هستید؟')).toEqual({ lower: 1, upper: 5 });
    expect(scaleInTitle('Da 1 a 5, quanto sei soddisfatto?')).toEqual({ lower: 1, upper: 5 });
    expect(scaleInTitle('Orders in the last 30-60 days')).toBeNull();
  });
});
