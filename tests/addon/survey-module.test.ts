/**
 * The survey importer is a project file of its own (surveys.html), evaluated only when a survey
 * is imported or shown (src/server/survey-module.ts): everything else runs without it, and its
 * errors still reach the menu's alert in the user's language.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFile } from '../../dev/dist-path.mjs';
import { createWorkbook, loadAddon } from '../../dev/emulator';
import { isLocalizedError, LocalizedError } from '../../src/shared/messages/errors-render';
import { serverIt } from '../../src/shared/messages/server-it';
import type { Addon } from './helpers';
import { pulseSpec, setUpSurveys, surveyAccounts, threeResponses } from './surveys-fixtures';

/** The built add-on without its importer file (the language files are not needed either). */
function codeWithoutImporter(): string {
  const dir = mkdtempSync(join(tmpdir(), 'no-importer-'));
  copyFileSync(distFile('Code.js'), join(dir, 'Code.js'));
  return join(dir, 'Code.js');
}

describe('the survey importer, loaded when used', () => {
  it('is not needed to set up, score, colour, snapshot or save: only the Surveys tab reads it', () => {
    const workbook = createWorkbook({ Accounts: surveyAccounts() });
    const addon = loadAddon(workbook, codeWithoutImporter()) as Addon;
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    expect(workbook.values('Accounts')[1].some((cell) => typeof cell === 'number')).toBe(true);
    addon.applyTrafficLights('Accounts');
    addon.takeHealthSnapshot();
    expect(workbook.values('Health History').length).toBeGreaterThan(1);
    expect(() => addon.getSurveyState()).toThrow(/No HTML file named surveys/);
  });

  it('reads the file once per execution and answers as the bundled code did', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const reads = () => workbook.serviceCalls('HtmlService');
    const before = reads();
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.questions.length).toBeGreaterThan(0);
    expect(reads() - before).toBe(2); // createTemplateFromFile, getRawContent
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 3 });
  });

  it('its failures reach the menu’s alert in the user’s language', () => {
    const { workbook, addon } = setUpSurveys();
    addon.importSurveyResponses(workbook.addForm(pulseSpec(threeResponses())).url);
    workbook.userLocale = 'it';
    workbook.locks.set('document', {});
    expect(addon.importSurveysFromMenu()).toBeUndefined();
    expect(workbook.ui.alerts.at(-1)?.prompt).toBe(serverIt.surveyBusy);
  });

  it('a core error from the importer’s own copy of the error class is recognised for translation', () => {
    // The importer bundles core apart, so its LocalizedError is another class with the same shape.
    class ImportersLocalizedError extends Error {
      readonly text = { key: 'noModel', params: {} };
    }
    expect(isLocalizedError(new ImportersLocalizedError('No model'))).toBe(true);
    expect(isLocalizedError(new LocalizedError({ key: 'noModel', params: {} }))).toBe(true);
    expect(isLocalizedError(new Error('No model'))).toBe(false);
    expect(isLocalizedError({ text: { key: 'noModel', params: {} } })).toBe(false);
  });
});
