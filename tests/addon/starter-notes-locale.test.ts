/**
 * The starter model's Notes follow the spreadsheet's language, like the rest of what set-up
 * writes: core suggests each note as a message key, set-up renders it from the server
 * catalogue of the spreadsheet's locale.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { serverEn } from '../../src/shared/messages/server-en';
import { serverFa } from '../../src/shared/messages/server-fa';
import { serverIt } from '../../src/shared/messages/server-it';
import { type Addon, CODE } from './helpers';

/** A bill (shown but off), plan labels nobody has scored yet, a count where lower is better, usage. */
const ACCOUNTS = [
  ['Account', 'Monthly charges', 'Plan', 'Support tickets', 'Logins'],
  ['Acme', 1200, 'Aurora', 2, 40],
  ['Globex', 800, 'Borealis', 7, 12],
  ['Initech', 300, 'Aurora', 0, 25],
  ['Umbrella', 2500, 'Borealis', 4, 31],
  ['Hooli', 950, 'Aurora', 1, 18],
];

function setUpIn(locale: string): Workbook {
  const workbook = createWorkbook({ Accounts: ACCOUNTS }, { locale, userLocale: 'en' });
  (loadAddon(workbook, CODE) as Addon).setUpHealthScore('Accounts');
  return workbook;
}

/** The Notes column of the Health Model sheet, by metric. */
function notesByMetric(workbook: Workbook): Record<string, string> {
  const [header, ...rows] = workbook.values('Health Model');
  const notes = header.indexOf('Notes');
  return Object.fromEntries(
    rows.filter((row) => row[0] !== '').map((row) => [String(row[0]), String(row[notes])]),
  );
}

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('the starter model’s Notes', () => {
  it('are Italian in an Italian spreadsheet, whatever the user’s own language', () => {
    const notes = notesByMetric(setUpIn('it_IT'));
    expect(notes).toEqual({
      Logins: serverIt.starterNoteRamp,
      'Support tickets': serverIt.starterNoteLowerIsBetter,
      Plan: 'Assegna un punteggio a queste etichette in Values, poi dai un peso alla metrica: Aurora / Borealis.',
      'Monthly charges': `Disattivata: l’importo di una fattura, da solo, non dice se il cliente è in salute. ${serverIt.starterNoteRamp}`,
      'CSM sentiment': serverIt.starterNoteNoColumn,
      'Customer sentiment': serverIt.starterNoteNoColumn,
      Engagement: serverIt.starterNoteNoColumn,
      Advocacy: serverIt.starterNoteNoColumn,
      Outcomes: serverIt.starterNoteNoColumn,
    });
  });

  it('are Persian in a Persian spreadsheet', () => {
    const notes = notesByMetric(setUpIn('fa_IR'));
    expect(notes['Support tickets']).toBe(serverFa.starterNoteLowerIsBetter);
    expect(plain(notes.Plan)).toBe(serverFa.starterNoteScoreLabels.replace('{labels}', 'Aurora / Borealis'));
    expect(notes.Outcomes).toBe(serverFa.starterNoteNoColumn);
  });

  it('stay as they always read in an English spreadsheet', () => {
    const notes = notesByMetric(setUpIn('en_US'));
    expect(notes.Logins).toBe('Red/Green from P10/P90 of the data.');
    expect(notes['Monthly charges']).toBe(
      'Off: the size of a bill is not health by itself. Red/Green from P10/P90 of the data.',
    );
    expect(notes.Plan).toBe(
      'Score these labels in Values, then give the metric a weight: Aurora / Borealis.',
    );
    expect(notes.Advocacy).toBe(serverEn.starterNoteNoColumn);
  });
});
