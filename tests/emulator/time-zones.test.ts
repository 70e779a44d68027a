/**
 * The spreadsheet's time zone (createWorkbook(sheets, { timeZone })): date cells are wall-clock
 * times there, NOW()/TODAY(), display formats and clock-trigger events use it, and
 * Session.getScriptTimeZone() stays the script project's own zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven-events
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';

const SCRIPT = `
var last = null;
function zones() {
  return [SpreadsheetApp.getActive().getSpreadsheetTimeZone(), Session.getScriptTimeZone()];
}
function stamp() {
  return Utilities.formatDate(new Date(), SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}
function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function tick(e) { last = JSON.parse(JSON.stringify(e)); return last; }
/** @customfunction */
function ISO(d) { return d instanceof Date ? d.toISOString() : 'not a date'; }
/** @customfunction */
function NEXT(d) { return new Date(d.getTime() + 86400000); }
`;

function load(wb: Workbook): Record<string, (...args: unknown[]) => unknown> {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-tz-')), 'Code.js');
  writeFileSync(file, SCRIPT);
  return loadAddon(wb, file) as Record<string, (...args: unknown[]) => unknown>;
}

// zone, midnight of 2024-05-01 there, 23:30 on 2024-05-01 there, 00:30 on 2024-05-02 there (as instants)
const ZONES: [string, string, string, string][] = [
  ['Asia/Tokyo', '2024-04-30T15:00:00.000Z', '2024-05-01T14:30:00.000Z', '2024-05-01T15:30:00.000Z'],
  ['America/Los_Angeles', '2024-05-01T07:00:00.000Z', '2024-05-02T06:30:00.000Z', '2024-05-02T07:30:00.000Z'],
  ['Asia/Tehran', '2024-04-30T20:30:00.000Z', '2024-05-01T20:00:00.000Z', '2024-05-01T21:00:00.000Z'],
  ['Asia/Bangkok', '2024-04-30T17:00:00.000Z', '2024-05-01T16:30:00.000Z', '2024-05-01T17:30:00.000Z'],
];

describe('the spreadsheet time zone', () => {
  it('defaults to Etc/UTC; the script zone is the project’s, not the file’s', () => {
    const plain = createWorkbook({ S: [[1]] });
    expect(load(plain).zones()).toEqual(['Etc/UTC', 'Etc/UTC']);
    const tokyo = createWorkbook({ S: [[1]] }, { timeZone: 'Asia/Tokyo' });
    expect(load(tokyo).zones()).toEqual(['Asia/Tokyo', 'Etc/UTC']);
    const both = createWorkbook({ S: [[1]] }, { timeZone: 'Asia/Tokyo', scriptTimeZone: 'Europe/Paris' });
    expect(load(both).zones()).toEqual(['Asia/Tokyo', 'Europe/Paris']);
    expect(() => createWorkbook({ S: [[1]] }, { timeZone: 'Mars/Olympus' })).toThrow(
      'Invalid time zone: Mars/Olympus',
    );
  });

  describe.each(ZONES)('%s', (timeZone, midnight, lateEvening, earlyMorning) => {
    const DAY = 86_400_000;

    it('a typed date is midnight in the zone, for getValue, formulas, custom functions and display', () => {
      const wb = createWorkbook({ S: [[]] }, { timeZone });
      load(wb);
      const sheet = wb.services.SpreadsheetApp.getActive().getSheetByName('S')!;
      sheet.getRange('A1').setValue('2024-05-01');
      sheet.getRange('B1:E1').setFormulas([['=A1+1', '=DAY(A1)', '=ISO(A1)', '=NEXT(A1)']]);
      const [a, b, c, d, e] = sheet.getRange('A1:E1').getValues()[0];
      expect((a as Date).toISOString()).toBe(midnight);
      expect((b as Date).toISOString()).toBe(new Date(Date.parse(midnight) + DAY).toISOString());
      expect(c).toBe(1);
      expect(d).toBe(midnight); // a custom function gets the instant
      expect((e as Date).toISOString()).toBe(new Date(Date.parse(midnight) + DAY).toISOString());
      expect(sheet.getRange('A1:E1').getDisplayValues()[0]).toEqual([
        '5/1/2024',
        '5/2/2024',
        '1',
        midnight,
        '5/2/2024',
      ]);
    });

    it('a Date given to createWorkbook is that wall-clock time in the zone', () => {
      const wb = createWorkbook(
        { S: [[new Date('2024-05-01'), new Date('2024-05-01T23:30:00Z')]] },
        { timeZone },
      );
      const [a, b] = wb.values('S')[0] as Date[];
      expect(a.toISOString()).toBe(midnight);
      expect(b.toISOString()).toBe(lateEvening);
      expect(wb.displayValues('S')[0]).toEqual(['5/1/2024', '5/1/2024 23:30:00']);
    });

    it('displays instants written by a script in the zone, also under a number format', () => {
      const wb = createWorkbook({ S: [[]] }, { timeZone });
      const range = wb.services.SpreadsheetApp.getActive().getSheetByName('S')!.getRange('A1');
      range.setValue(new Date(lateEvening));
      expect((range.getValue() as Date).toISOString()).toBe(lateEvening);
      expect(range.getDisplayValue()).toBe('5/1/2024 23:30:00');
      range.setNumberFormat('yyyy-mm-dd hh:mm');
      expect(range.getDisplayValue()).toBe('2024-05-01 23:30');
    });

    it('at 23:30 and at 00:30 local time: NOW(), TODAY(), formatDate and clock-trigger events use the zone', () => {
      const wb = createWorkbook(
        { S: [['=TODAY()', '=DAY(NOW())', '=HOUR(NOW())', '=MINUTE(NOW())']] },
        { timeZone },
      );
      const addon = load(wb);
      addon.install();
      const zoneField = timeZone;

      wb.setNow(lateEvening);
      expect(wb.displayValues('S')[0]).toEqual(['5/1/2024', '1', '23', '30']);
      expect((wb.values('S')[0][0] as Date).toISOString()).toBe(midnight);
      expect(addon.stamp()).toBe('2024-05-01 23:30');
      expect(wb.fireTrigger('tick')).toMatchObject({
        year: 2024,
        month: 5,
        'day-of-month': 1,
        'day-of-week': 3, // Wednesday
        hour: 23,
        minute: 30,
        timezone: zoneField,
      });

      wb.setNow(earlyMorning);
      expect(wb.displayValues('S')[0]).toEqual(['5/2/2024', '2', '0', '30']);
      expect(addon.stamp()).toBe('2024-05-02 00:30');
      expect(wb.fireTrigger('tick')).toMatchObject({
        'day-of-month': 2,
        'day-of-week': 4,
        hour: 0,
        minute: 30,
      });
    });
  });

  it('setSpreadsheetTimeZone keeps each date cell’s wall-clock value, so its instant moves', () => {
    const wb = createWorkbook({ S: [[new Date('2024-05-01')]] });
    const ss = wb.services.SpreadsheetApp.getActive();
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    expect((wb.values('S')[0][0] as Date).toISOString()).toBe('2024-04-30T15:00:00.000Z');
    expect(wb.displayValues('S')[0][0]).toBe('5/1/2024');
    expect(() => ss.setSpreadsheetTimeZone('Nowhere/Land')).toThrow('Invalid time zone: Nowhere/Land');
  });

  it('Utilities.formatDate honours any IANA zone and GMT offsets', () => {
    const wb = createWorkbook({ S: [[1]] });
    const u = wb.services.Utilities;
    const at = new Date('2024-05-01T20:00:00Z');
    expect(u.formatDate(at, 'Asia/Tehran', 'yyyy-MM-dd HH:mm XXX')).toBe('2024-05-01 23:30 +03:30');
    expect(u.formatDate(at, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm Z')).toBe('2024-05-01 13:00 -0700');
    expect(u.formatDate(at, 'GMT+9', 'yyyy-MM-dd HH:mm')).toBe('2024-05-02 05:00');
    expect(() => u.formatDate(at, 'Nowhere/Land', 'yyyy')).toThrow('Invalid time zone: Nowhere/Land');
  });
});
