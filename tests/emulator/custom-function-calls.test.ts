/**
 * A custom function runs in an execution of its own (Sheets recalculates the cell after the
 * script's write has ended), so the service calls it makes are counted apart from the action that
 * edited the sheet, and a failure injected into that action never lands in a formula instead.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

const SCRIPT = `
/** @customfunction */
function LOCALE_OF(x) { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() + ':' + x; }
function editData() { SpreadsheetApp.getActive().getRange('Data!A1').setValue(9); }
`;

function setup() {
  const wb = createWorkbook({ Data: [[5]], Out: [['=LOCALE_OF(Data!A1)']] });
  const scope = loadScript(wb, SCRIPT);
  return { wb, scope };
}

describe('service calls made by custom functions', () => {
  it('count under "<service> in custom functions", not against the action that made the sheet recalculate', () => {
    const { wb, scope } = setup();
    const [before, allBefore] = [wb.serviceCalls('SpreadsheetApp'), wb.serviceCalls()];
    const apartBefore = wb.serviceCalls('SpreadsheetApp in custom functions');
    scope.editData();
    expect(wb.values('Out')[0][0]).toBe('en_US:9');
    // getActive, getRange, setValue: the action's three calls only, also in the total.
    expect(wb.serviceCalls('SpreadsheetApp') - before).toBe(3);
    expect(wb.serviceCalls() - allBefore).toBe(3);
    expect(wb.serviceCalls('SpreadsheetApp in custom functions')).toBeGreaterThan(apartBefore);
  });

  it('never count as changing calls; of the action, only the write does', () => {
    const { wb, scope } = setup();
    const before = wb.changingCalls();
    expect(wb.values('Out')[0][0]).toBe('en_US:5'); // the custom function ran: getActive…, getSpreadsheetLocale
    expect(wb.changingCalls()).toBe(before);
    scope.editData(); // getActive, getRange: readers; setValue: a change
    expect(wb.values('Out')[0][0]).toBe('en_US:9');
    expect(wb.changingCalls()).toBe(before + 1);
  });

  it('never take a failure injected for the action', () => {
    const { wb, scope } = setup();
    // Fail the action's fourth call: it has only three, so nothing may fail, not even the formula.
    wb.failOn('*', { after: 3 });
    scope.editData();
    expect(wb.values('Out')[0][0]).toBe('en_US:9');
    expect(wb.cellError('Out', 'A1')).toBeNull();
    wb.failOn(null);
  });
});

describe('a custom function’s time limit', () => {
  it('shows "Exceeded maximum execution time" for a call that ran past it', () => {
    const slow = `
/** @customfunction */
function SLOW(ms) { var end = Date.now() + ms; while (Date.now() < end) {} return 'done'; }
`;
    const wb = createWorkbook({ Out: [['=SLOW(1)', '=SLOW(700)']] });
    wb.customFunctionLimitMs = 350; // Apps Script's 30 s, scaled down (with room for a busy machine)
    loadScript(wb, slow);
    expect(wb.values('Out')[0][0]).toBe('done');
    expect(wb.displayValues('Out')[0][1]).toBe('#ERROR!');
    expect(wb.cellError('Out', 'B1')).toBe('Exceeded maximum execution time');
  });
});

describe('a custom function given a volatile argument', () => {
  it('never finishes in Sheets: NOW(), TODAY(), RAND() or RANDBETWEEN() anywhere in an argument', () => {
    const echo = `
/** @customfunction */
function ECHO(x) { return x; }
`;
    const wb = createWorkbook({
      Out: [
        ['=ECHO(TODAY())', '=ECHO(1 + RAND())', '=ECHO(A2)', '=ECHO(YEAR(NOW()) > 0)'],
        ['=DATE(2026,1,2)'],
      ],
    });
    loadScript(wb, echo);
    expect(wb.displayValues('Out')[0]).toEqual(['#ERROR!', '#ERROR!', expect.any(String), '#ERROR!']);
    expect(wb.cellError('Out', 'A1')).toMatch(/^Loading\.\.\. \(forever in Sheets/);
    expect(wb.values('Out')[0][2]).toEqual(new Date('2026-01-02T00:00:00Z'));
  });
});
