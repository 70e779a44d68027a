/**
 * The server in the user's and the spreadsheet's language: the menu, toasts and dialogs
 * follow the user's locale, else the spreadsheet's; the Health Model sheet set-up creates and the
 * digest e-mail follow the spreadsheet's. createWorkbook's { locale, userLocale } set what
 * Spreadsheet.getSpreadsheetLocale() and Session.getActiveUserLocale() answer.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { columnLetter } from '../../src/core/a1';
import { serverIt } from '../../src/shared/messages/server-it';
import { serverRo } from '../../src/shared/messages/server-ro';
import { type Addon, CODE, generatedAccounts, openEvent } from './helpers';

function open(
  options: { locale?: string; userLocale?: string; timeZone?: string },
  accounts = generatedAccounts(30),
): { workbook: Workbook; addon: Addon } {
  const workbook = createWorkbook({ Accounts: accounts }, options);
  const addon = loadAddon(workbook, CODE) as Addon;
  workbook.setNow('2026-11-02T09:00:00Z');
  return { workbook, addon };
}

const captions = (workbook: Workbook) =>
  workbook
    .values('Health Model')
    .slice(0, 9)
    .map((row) => row[9]);
const labels = (workbook: Workbook) =>
  workbook
    .values('Health Model')
    .slice(5, 9)
    .map((row) => row[10]);
const menu = (workbook: Workbook) =>
  workbook.ui.menus.at(-1)!.items.flatMap((item) => ('caption' in item ? [item.caption] : []));

const ITALIAN_CAPTIONS = [
  'Soglie delle fasce',
  'Sano da',
  'Critico sotto',
  'Punteggi calcolati al',
  'Nomi delle fasce',
  'Sano',
  'A rischio',
  'Critico',
  'Senza punteggio',
];
const COLOURS: Record<string, string> = { Sano: '#b7e1cd', 'A rischio': '#fce8b2', Critico: '#f4c7c3' };

describe('set-up in an Italian spreadsheet', () => {
  it('names the bands in Italian; HEALTHBAND writes them and the traffic lights colour them', () => {
    const accounts = generatedAccounts(30);
    accounts.push(['Vuoto Srl', '', '', '', '', '', '', '']); // nothing to score
    const { workbook, addon } = open({ locale: 'it_IT', timeZone: 'Europe/Rome' }, accounts);
    addon.setUpHealthScore('Accounts');

    expect(captions(workbook)).toEqual(ITALIAN_CAPTIONS);
    expect(labels(workbook)).toEqual(['Sano', 'A rischio', 'Critico', 'Senza punteggio']);
    // Only i18n-it.html is read (a template and its raw content each time), no other language's
    // file: once by set-up, and once by each custom function that writes Italian (HEALTHBAND's
    // labels, HEALTHEXPLAIN's drivers), as each runs in an execution of its own with no cache.
    expect(workbook.serviceCalls('HtmlService')).toBe(2);
    expect(workbook.serviceCalls('HtmlService in custom functions')).toBe(4);
    const model = workbook.values('Health Model');
    expect([model[1][10], model[2][10]]).toEqual([70, 40]);
    expect(workbook.displayValues('Health Model')[3][10]).toBe('2026-11-02');
    expect(workbook.namedRanges()).toMatchObject({ BandLabels: "'Health Model'!K6:K9" });

    const values = workbook.values('Accounts');
    const band = values[0].indexOf('Health band');
    const score = values[0].indexOf('Health score');
    const rows = values.slice(1);
    const bands = rows.map((row) => row[band]);
    expect(new Set(bands.slice(0, -1)).size).toBeGreaterThan(1);
    for (const text of bands.slice(0, -1)) expect(['Sano', 'A rischio', 'Critico']).toContain(text);
    expect(bands.at(-1)).toBe('Senza punteggio');
    rows.forEach((row, i) => {
      const colour = COLOURS[String(row[band])] ?? null;
      expect(workbook.cellBackground('Accounts', `${columnLetter(band + 1)}${i + 2}`)).toBe(colour);
      expect(workbook.cellBackground('Accounts', `${columnLetter(score + 1)}${i + 2}`)).toBe(colour);
    });
  });

  it('in Romanian, Persian and Thai too; English keeps its N/A', () => {
    const expected: Record<string, string[]> = {
      ro_RO: ['Sănătos', 'La risc', 'Critic', 'Fără scor'],
      fa_IR: ['سالم', 'در معرض خطر', 'بحرانی', 'بدون امتیاز'],
      th_TH: ['สุขภาพดี', 'มีความเสี่ยง', 'วิกฤต', 'ไม่มีคะแนน'],
      en_GB: ['Healthy', 'At risk', 'Unhealthy', 'N/A'],
      de_DE: ['Healthy', 'At risk', 'Unhealthy', 'N/A'],
    };
    for (const [locale, names] of Object.entries(expected)) {
      const { workbook, addon } = open({ locale }, generatedAccounts(8));
      addon.setUpHealthScore('Accounts');
      expect(labels(workbook), locale).toEqual(names);
      const values = workbook.values('Accounts');
      const band = values[0].indexOf('Health band');
      for (const row of values.slice(1)) expect(names, locale).toContain(row[band]);
    }
  });

  it('in English (or a language without a catalogue) reads no language file: set-up, formulas, menu', () => {
    for (const locale of ['en_GB', 'de_DE']) {
      const { workbook, addon } = open({ locale, userLocale: locale }, generatedAccounts(8));
      addon.onOpen(openEvent('FULL'));
      addon.setUpHealthScore('Accounts');
      addon.applyTrafficLights();
      const read =
        workbook.serviceCalls('HtmlService') + workbook.serviceCalls('HtmlService in custom functions');
      expect(read, locale).toBe(0);
    }
  });

  it('recognises its own Italian block on a second set-up, even with a name gone; nothing is rewritten', () => {
    const { workbook, addon } = open({ locale: 'it_IT' });
    addon.setUpHealthScore('Accounts');
    workbook.services.SpreadsheetApp.getActive().getRange("'Health Model'!K6").setValue('Ottimo');
    workbook.removeNamedRange('AsOf');
    workbook.removeNamedRange('BandLabels');
    const again = addon.setUpHealthScore('Accounts')!;
    expect(again.changed).toBe(true);
    expect(workbook.namedRanges()).toMatchObject({
      AsOf: "'Health Model'!K4",
      BandLabels: "'Health Model'!K6:K9",
    });
    expect(captions(workbook)).toEqual(ITALIAN_CAPTIONS);
    expect(labels(workbook)).toEqual(['Ottimo', 'A rischio', 'Critico', 'Senza punteggio']);
  });

  it('leaves a sheet set up in English as it is when the spreadsheet’s locale changes', () => {
    const { workbook, addon } = open({ locale: 'en_US' });
    addon.setUpHealthScore('Accounts');
    workbook.locale = 'it_IT';
    addon.setUpHealthScore('Accounts');
    expect(labels(workbook)).toEqual(['Healthy', 'At risk', 'Unhealthy', 'N/A']);
    expect(captions(workbook)[0]).toBe('Band thresholds');
  });
});

describe('the menu, toasts and dialogs', () => {
  it('speak the user’s language: menu, toasts with Italian plurals, Help', () => {
    const { workbook, addon } = open({ locale: 'en_US', userLocale: 'it' });
    addon.onOpen(openEvent('FULL'));
    expect(menu(workbook).slice(0, 3)).toEqual([
      'Apri il pannello health score',
      'Configura l’health score',
      'Applica i semafori',
    ]);
    expect(menu(workbook)).toContain(serverIt.menuHelp);
    addon.setUpHealthScore();
    expect(workbook.ui.toasts.at(-1)?.message).toMatch(
      /^Health score configurato su "Accounts" con \d+ metriche\.$/,
    );
    addon.applyTrafficLights();
    expect(workbook.ui.toasts.at(-1)?.message).toBe('Semafori applicati su "Accounts" (8 regole).');
    addon.takeHealthSnapshotFromMenu();
    expect(workbook.ui.toasts.at(-1)?.message).toBe('Snapshot creato: 30 account, 0 peggiorati.');
    addon.showHelp();
    expect(workbook.ui.alerts.at(-1)?.title).toBe('Customer Health Score: guida');
    // The user reads Italian; the spreadsheet is English, so are its bands.
    expect(labels(workbook)).toEqual(['Healthy', 'At risk', 'Unhealthy', 'N/A']);
  });

  it('fall back to the spreadsheet’s language when the user’s has no catalogue (or Session says nothing)', () => {
    const german = open({ locale: 'it_IT', userLocale: 'de' });
    german.addon.onOpen(openEvent('FULL'));
    expect(menu(german.workbook)[0]).toBe(serverIt.menuOpenPanel);

    const unknown = open({ locale: 'ro_RO', userLocale: '' });
    unknown.addon.onOpen(openEvent('LIMITED'));
    expect(menu(unknown.workbook)[0]).toBe(serverRo.menuOpenPanel);
    unknown.addon.setUpHealthScore();
    expect(unknown.workbook.ui.toasts.at(-1)?.message).toMatch(
      /^Scorul de sănătate a fost configurat în „Accounts”/,
    );

    const english = open({ locale: 'it_IT', userLocale: 'en' });
    english.addon.onOpen(openEvent('FULL'));
    expect(menu(english.workbook)[0]).toBe('Open health panel');
  });

  it('an error from the menu is titled in the user’s language', () => {
    const { workbook, addon } = open({ locale: 'en_US', userLocale: 'fa' });
    workbook.services.SpreadsheetApp.getActive().insertSheet('Vuoto');
    addon.setUpHealthScore();
    expect(workbook.ui.alerts.at(-1)?.title).toBe('Customer Health Score: مشکلی پیش آمد');
  });

  it('stay English before authorisation (AuthMode.NONE), reading no locale at all', () => {
    const { workbook, addon } = open({ locale: 'it_IT', userLocale: 'it' });
    workbook.simpleTrigger('onOpen', addon);
    expect(menu(workbook)[0]).toBe('Open health panel');
    expect(workbook.serviceCalls('Session')).toBe(0);
  });
});

describe('the digest e-mail', () => {
  it('is in the spreadsheet’s language, whoever takes the snapshot', () => {
    const { workbook, addon } = open({ locale: 'it_IT', userLocale: 'en' }, generatedAccounts(6));
    addon.setUpHealthScore('Accounts');
    addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    addon.takeHealthSnapshot();
    workbook.services.SpreadsheetApp.getActive()
      .getSheetByName('Accounts')!
      .getRange(2, 2, 6, 7)
      .setValues(Array.from({ length: 6 }, () => ['red', -100, 0, 'no', 0, 'poor', 30]));
    workbook.setNow('2026-11-03T09:00:00Z');
    const result = addon.takeHealthSnapshot();
    expect(result.alerts.length).toBeGreaterThan(0);
    expect(workbook.mail).toHaveLength(1);
    const mail = workbook.mail[0];
    const count = result.alerts.length;
    expect(mail.subject).toBe(
      `${count} account ${count === 1 ? 'è peggiorato' : 'sono peggiorati'} in ${workbook.name}`,
    );
    expect(mail.body).toContain('nello snapshot del 3 nov 2026.');
    expect(mail.body).toMatch(/: (Sano|A rischio) → Critico, punteggio [\d,]+ → [\d,]+ \(−[\d,]+\)/);
    expect(mail.body).toContain('Apri il foglio di lavoro: https://docs.google.com/spreadsheets/d/');
    expect(mail.htmlBody).toContain(`>Apri ${workbook.name}</a>`);
    expect(mail.name).toBe('Customer Health Score');
  });
});
