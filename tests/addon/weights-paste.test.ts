/**
 * HEALTHWEIGHTS' output pasted (as values) over the Health Model, as the README
 * says, gives a model the scores read, also when the model has blank rows between metrics and a
 * Notes column; an array result Sheets cannot place shows Sheets' own #REF! message.
 */
import { describe, expect, it } from 'vitest';
import { generatedAccounts, workbookWith } from './helpers';

const COUNT = 60;
const LEARN = `=HEALTHWEIGHTS(Accounts!A2:H${COUNT + 1}, Accounts!A1:H1, HealthModel, Accounts!I2:I${COUNT + 1})`;

function setUp() {
  const rows = generatedAccounts(COUNT);
  rows[0].push('Churned');
  for (const [i, row] of rows.slice(1).entries()) row.push(i % 3 === 0 ? 'yes' : 'no');
  const scene = workbookWith({ Accounts: rows, Learn: [] });
  scene.addon.setUpHealthScore('Accounts');
  const spreadsheet = scene.workbook.services.SpreadsheetApp.getActive();
  return { ...scene, spreadsheet };
}

/** The model as the team left it: a blank row after the third metric, a note on each metric. */
function spacedModel(spreadsheet: ReturnType<typeof setUp>['spreadsheet']): unknown[][] {
  const sheet = spreadsheet.getSheetByName('Health Model')!;
  const table = sheet
    .getRange('A1:H')
    .getValues()
    .filter((row) => row[0] !== '');
  const notes = table.map((row, i) => (i === 0 ? row : [...row.slice(0, 7), `note ${row[0]}`]));
  const spaced = [...notes.slice(0, 4), Array(8).fill(''), ...notes.slice(4)];
  sheet.getRange(1, 1, spaced.length, 8).setValues(spaced);
  return spaced;
}

describe('pasting HEALTHWEIGHTS over the Health Model', () => {
  it('with blank rows and notes: every metric gets its learned weight and the scores stay numbers', () => {
    const { workbook, addon, spreadsheet } = setUp();
    spacedModel(spreadsheet);
    const learn = spreadsheet.getSheetByName('Learn')!;
    learn.getRange('A1').setFormula(LEARN);
    const output = learn.getDataRange().getValues();
    expect(workbook.cellError('Learn', 'A1')).toBeNull();
    const learned = new Map(
      output
        .slice(1)
        .filter((row) => row[0] !== '')
        .map((row) => [row[0], row[1]]),
    );

    // Edit ▸ Paste special ▸ Values only, at A1 of the Health Model.
    spreadsheet
      .getSheetByName('Health Model')!
      .getRange(1, 1, output.length, output[0].length)
      .setValues(output);

    const scores = workbook
      .values('Accounts')
      .slice(1)
      .map((row) => row[9]);
    expect(scores.every((score) => typeof score === 'number')).toBe(true);
    const state = addon.getSidebarState();
    expect(state.model?.metrics.map(({ metric, weight }) => [metric, weight])).toEqual([...learned]);
  });

  it('an array result that would overwrite data shows Sheets’ #REF! naming the cell', () => {
    const { workbook, spreadsheet } = setUp();
    const learn = spreadsheet.getSheetByName('Learn')!;
    learn.getRange('C3').setValue('in the way');
    learn.getRange('A1').setFormula(LEARN);
    expect(workbook.values('Learn')[0][0]).toBe('#REF!');
    expect(workbook.cellError('Learn', 'A1')).toBe(
      'Array result was not expanded because it would overwrite data in C3.',
    );
  });
});
