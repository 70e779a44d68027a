/**
 * What an action refuses reaches the user in their language: the menu's alert and the sidebar's
 * failure both, with the menu item named as their menu names it and numbers in their digits.
 */
import { describe, expect, it } from 'vitest';
import { distFile } from '../../dev/dist-path.mjs';
import { createWorkbook, loadAddon } from '../../dev/emulator';
import { type Addon, generatedAccounts } from './helpers';

function open(userLocale: string) {
  const workbook = createWorkbook({ Accounts: generatedAccounts(3) }, { userLocale });
  workbook.setNow('2026-11-02T09:00:00Z');
  const addon = loadAddon(workbook, distFile('Code.js')) as Addon;
  return { workbook, addon };
}

describe('refusals in the user’s language', () => {
  it('Italian: a snapshot from the menu before set-up, named by the Italian menu', () => {
    const { workbook, addon } = open('it');
    addon.takeHealthSnapshotFromMenu();
    expect(workbook.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'Configura prima l’health score sul foglio dei tuoi account (menu: "Configura l’health score").',
    ]);
  });

  it('Italian: the sidebar’s traffic lights on a sheet not set up', () => {
    const { addon } = open('it');
    expect(() => addon.applyTrafficLights('Accounts')).toThrow(
      '"Accounts" non ha ancora le colonne "Health score" e "Health band": esegui prima "Configura l’health score".',
    );
  });

  it('Romanian: recipients outside the team, one and several', () => {
    const { workbook, addon } = open('ro');
    addon.setUpHealthScore('Accounts');
    workbook.sharing.owner = 'lead@acme.io';
    const save = (recipients: string[]) =>
      addon.saveAlertSettings({ email: true, recipients, minPointDrop: null });
    expect(() => save(['a@rival.com'])).toThrow(
      /^Această foaie de calcul nu este partajată cu adresa a@rival\.com/,
    );
    expect(() => save(['a@rival.com', 'b@rival.com'])).toThrow(
      /^Această foaie de calcul nu este partajată cu adresele a@rival\.com, b@rival\.com/,
    );
  });

  it('Persian: a count in Persian digits', () => {
    const { addon } = open('fa');
    const recipients = Array.from({ length: 51 }, (_, i) => `cs${i}@example.com`);
    expect(() => addon.saveAlertSettings({ email: true, recipients, minPointDrop: null })).toThrow(
      /حداکثر می‌توان برای ۵۰ نشانی فرستاد .*؛ ۵۱ نشانی وارد شده است/,
    );
  });

  it('Italian: learned weights it cannot apply, the reason in Italian too', () => {
    const { addon } = open('it');
    addon.setUpHealthScore('Accounts');
    const table = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['NPS', 'molto', -50, 50],
    ];
    expect(() => addon.applyLearnedWeights({ table })).toThrow(
      /^Impossibile applicare il modello appreso: .*non è un numero/,
    );
  });

  it('English stays as it was', () => {
    const { addon } = open('en');
    expect(() => addon.applyTrafficLights('Accounts')).toThrow(
      '"Accounts" has no "Health score" and "Health band" columns yet: run Set up health score first.',
    );
  });
});

describe('the Health Model’s problem, as the sidebar shows it', () => {
  it('is in the user’s language, before set-up and for a table it cannot read', () => {
    const { workbook, addon } = open('it');
    expect(addon.getSidebarState().modelProblem).toBe(
      'Non c’è ancora l’intervallo denominato HealthModel: esegui "Configura l’health score".',
    );
    addon.setUpHealthScore('Accounts');
    const model = workbook.services.SpreadsheetApp.getActive().getSheetByName('Health Model')!;
    model.getRange('B2').setValue('molto'); // a weight that is not a number
    expect(addon.getSidebarState().modelProblem).toBe(
      'Health Model, riga 2 ("CSM sentiment"): Weight "molto" non è un numero.',
    );
  });
});
