/** The Surveys tab in headless Chromium: preview, adjust the mapping, import, assign, schedule. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../dev/sidebar-host/serve';
import type { SurveyImportOptions, SurveyMapping } from '../../src/shared/protocol';
import {
  detectedMapping,
  FORM_URL,
  fixtureHandlers,
  RESPONSES_SHEET,
  SURVEY_QUESTIONS,
  surveyPreview,
  unmatchedResponses,
  XSS,
} from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();
const [NPS_Q, CSAT_Q, CES_Q, ACCOUNT_Q, COMMENT_Q] = SURVEY_QUESTIONS.map((question) => question.title);

const mappingSelect = (page: Page, field: string) => page.getByRole('combobox', { name: field, exact: true });
const preview = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByTestId('survey-preview').waitFor();
};

describe('Surveys tab (headless Chromium)', () => {
  it('loads when first opened: unmatched responses, the schedule waiting for a first import', async () => {
    const page = await sidebar.open();
    expect(sidebar.callsOf('getSurveyState')).toEqual([]);
    await page.getByRole('tab', { name: 'Surveys' }).click();
    await expect.poll(() => page.getByTestId('unmatched').locator('li').count()).toBe(3);
    expect(sidebar.callsOf('getSurveyState')).toEqual([[]]);
    // No responses sheet here: the form path is chosen, the sheet select waits.
    expect(await page.getByRole('radio', { name: 'Google Form' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Responses sheet' }).isDisabled()).toBe(true);
    expect(await page.getByText('Reading a form asks for permission to see your Google Forms.').count()).toBe(
      1,
    );
    expect(await page.getByText('Needs no extra permission.').count()).toBe(1);
    const schedule = page.getByRole('combobox', { name: 'Import new responses' });
    expect(await schedule.isDisabled()).toBe(true);
    expect(
      await page.getByText('Import once first: the schedule imports the same source again.').count(),
    ).toBe(1);
    expect(await page.getByTestId('survey-job').textContent()).toBe('Not run yet.');
  });

  it('previews a form: detected mapping and counts; imports exactly the mapping chosen', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'Surveys');
    const formInput = page.getByRole('textbox', { name: 'Form URL or ID' });
    // No source yet: a message on the field, no call.
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect.poll(() => formInput.getAttribute('aria-invalid')).toBe('true');
    expect(sidebar.callsOf('previewSurveyImport')).toEqual([]);

    await formInput.fill(FORM_URL);
    await preview(page);
    expect(sidebar.callsOf('previewSurveyImport')).toEqual([[{ kind: 'form', form: FORM_URL }]]);
    expect(await page.locator('.form-title').textContent()).toBe('Form: Customer pulse, Q1');
    expect(await page.getByTestId('mapping-origin').textContent()).toBe(
      'Detected from the questions: check each field before importing.',
    );
    expect(await page.getByTestId('survey-counts').textContent()).toBe(
      '48 responses: 12 new, 41 matched to accounts, 7 unmatched.',
    );
    const detected = detectedMapping();
    expect(await mappingSelect(page, 'NPS (0–10)').inputValue()).toBe(NPS_Q);
    expect(await mappingSelect(page, 'CSAT').inputValue()).toBe(CSAT_Q);
    expect(await mappingSelect(page, 'CES (effort)').inputValue()).toBe('');
    expect(await mappingSelect(page, 'Account').inputValue()).toBe(ACCOUNT_Q);
    expect(await mappingSelect(page, 'Comment').inputValue()).toBe(COMMENT_Q);
    expect(await mappingSelect(page, 'NPS (0–10)').locator('option').allTextContents()).toEqual([
      '— none —',
      ...SURVEY_QUESTIONS.map((question) => question.title),
    ]);
    expect(await mappingSelect(page, 'Account').locator('option').first().textContent()).toBe(
      '— none: match by respondent e-mail —',
    );
    const csatScale = page.getByRole('textbox', { name: 'Top of the CSAT scale' });
    const cesScale = page.getByRole('textbox', { name: 'Top of the CES (effort) scale' });
    expect(await csatScale.inputValue()).toBe('5');
    expect(await cesScale.isDisabled()).toBe(true);
    // Each field says what its question is and why it was picked.
    const mapping = page.getByTestId('survey-mapping');
    expect(await mapping.locator('.map-row .hint').allTextContents()).toEqual([
      'Scale 0–10 · detected: a 0–10 scale asking how likely to recommend',
      'Scale 1–5 · detected: "satisfied" in a 1–5 scale question',
      '',
      'Short answer · detected: "company" in a short-answer question',
      'Paragraph · detected: the only paragraph question',
    ]);
    const addColumns = page.getByRole('checkbox', {
      name: 'Add NPS, CSAT, Last survey columns to the account sheet',
    });
    expect(await addColumns.isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Days of responses the scores count' }).inputValue()).toBe(
      '180',
    );

    // The user maps the CES question the detection missed; its scale comes from the question.
    await mappingSelect(page, 'CES (effort)').selectOption(CES_Q);
    expect(await cesScale.inputValue()).toBe('7');
    expect(await cesScale.isEnabled()).toBe(true);
    await page.screenshot({ path: 'test-results/sidebar-surveys.png', fullPage: true });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.locator('.import-summary').textContent())
      .toBe('12 added, 3 updated, 3 unmatched.');
    const expected: SurveyMapping = { ...detected, ces: CES_Q, cesScale: 7 };
    const options: SurveyImportOptions = { mapping: expected, addColumns: true, windowDays: 180 };
    expect(sidebar.callsOf('importSurveyResponses')).toEqual([[{ kind: 'form', form: FORM_URL }, options]]);
    const result = page.getByTestId('import-result');
    expect(await result.textContent()).toContain('Columns added: NPS, CSAT, Last survey.');
    expect(await result.locator('.problems li').allTextContents()).toEqual([
      'R_0042: CSAT "7" is above the 1–5 scale',
    ]);
    // The state is read again: the schedule now has a source to import.
    await expect.poll(() => sidebar.callsOf('getSurveyState').length).toBe(2);
    const schedule = page.getByRole('combobox', { name: 'Import new responses' });
    await expect.poll(() => schedule.isEnabled()).toBe(true);
    await schedule.selectOption('daily');
    await expect.poll(() => sidebar.callsOf('setSurveySchedule')).toEqual([['daily']]);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('shows how sure each field is, flags the one left to check, and fits at 300 px', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'Surveys');
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill(FORM_URL);
    await preview(page);
    const mapping = page.getByTestId('survey-mapping');
    expect(await mapping.locator('.map-row .confidence').allTextContents()).toEqual([
      'Sure',
      'Sure',
      'Please check',
      'Likely',
      'Sure',
    ]);
    // The field left for the user is flagged, with what to do; the badge is read with the select.
    const ces = mappingSelect(page, 'CES (effort)');
    expect(await mapping.locator('.map-row.needs-check select').getAttribute('data-field')).toBe('ces');
    const checkNote = 'Not sure enough to choose it for you: pick the right question above.';
    expect(await mapping.locator('.confidence-note').allTextContents()).toEqual([checkNote]);
    const description = await ces.evaluate((select) =>
      (select.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' | '),
    );
    expect(description).toBe(`Please check |  | ${checkNote}`);
    // Nothing runs past the 300 px panel, badges included.
    const overflow = await mapping.evaluate((group) => {
      const right = group.getBoundingClientRect().right;
      return Array.from(group.querySelectorAll('.confidence, label, select'))
        .filter((element) => element.getBoundingClientRect().right > right + 0.5)
        .map((element) => element.textContent);
    });
    expect(overflow).toEqual([]);
    const colours = await mapping
      .locator('.confidence')
      .evaluateAll((badges) => badges.map((badge) => getComputedStyle(badge).backgroundColor));
    expect(new Set(colours).size).toBe(3); // sure, likely and please check look different

    await mapping.screenshot({ path: 'test-results/sidebar-surveys-confidence.png' });

    // Choosing the CES question makes it the user's: the flag and its note go.
    await ces.selectOption(CES_Q);
    expect(await mapping.locator('.map-row.needs-check').count()).toBe(0);
    expect(await mapping.locator('.confidence-check').isHidden()).toBe(true);
    expect(await mapping.getByText(checkNote).isHidden()).toBe(true);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('stops an import that would blank imported values (NPS mapped to the company question) until the user confirms', async () => {
    const handlers = fixtureHandlers();
    const importAs = handlers.importSurveyResponses;
    // The server's answer to that mapping (tests/addon/surveys-exports.test.ts): nothing written, the counts.
    handlers.importSurveyResponses = (from, options) =>
      options?.mapping?.nps === ACCOUNT_Q && options.confirmOverwrite !== true
        ? {
            added: 0,
            updated: 0,
            unmatched: 0,
            problems: [],
            columnsAdded: [],
            confirm: { blanked: 55, changed: 0 },
          }
        : importAs(from, options);
    const page = await sidebar.open(handlers, 'Surveys');
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill(FORM_URL);
    await preview(page);
    // At 300 px the chosen question is shown whole under its select, and on hover.
    const npsSelect = mappingSelect(page, 'NPS (0–10)');
    expect(await npsSelect.getAttribute('title')).toBe(NPS_Q);
    expect(await page.locator('.survey-question').first().textContent()).toBe(NPS_Q);

    await npsSelect.selectOption(ACCOUNT_Q);
    await mappingSelect(page, 'Account').selectOption('');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const warning = page.getByTestId('overwrite-warning');
    await expect
      .poll(() => warning.textContent())
      .toBe(
        'Nothing imported yet: this would blank 55 and change 0 values already imported. A question chosen for the wrong field does this: check the mapping above.',
      );
    expect(await page.locator('.import-summary').count()).toBe(0);
    expect(sidebar.callsOf('importSurveyResponses')).toHaveLength(1);
    expect(sidebar.callsOf('importSurveyResponses')[0][1]).not.toHaveProperty('confirmOverwrite');

    await page.getByRole('button', { name: 'Import anyway' }).click();
    await expect.poll(() => sidebar.callsOf('importSurveyResponses').length).toBe(2);
    expect(sidebar.callsOf('importSurveyResponses')[1][1]).toMatchObject({ confirmOverwrite: true });
    await expect.poll(() => page.locator('.import-summary').count()).toBe(1);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('imports from a responses sheet with the columns left out, a shorter window and no account question', async () => {
    const page = await sidebar.open(fixtureHandlers({ responsesSheet: true }), 'Surveys');
    // A responses sheet exists: that path (no permission needed) is chosen, with that sheet.
    await expect.poll(() => page.getByRole('radio', { name: /^Sheet of responses/ }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Responses sheet' }).inputValue()).toBe(RESPONSES_SHEET);
    await preview(page);
    expect(sidebar.callsOf('previewSurveyImport')).toEqual([[{ kind: 'sheet', sheet: RESPONSES_SHEET }]]);
    await mappingSelect(page, 'Account').selectOption('');
    await page.getByRole('checkbox', { name: /^Add NPS, CSAT, Last survey columns/ }).uncheck();
    const days = page.getByRole('textbox', { name: 'Days of responses the scores count' });
    await days.fill('0');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => days.getAttribute('aria-invalid')).toBe('true');
    expect(sidebar.callsOf('importSurveyResponses')).toEqual([]);
    await days.fill('90');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => sidebar.callsOf('importSurveyResponses').length).toBe(1);
    expect(sidebar.callsOf('importSurveyResponses')[0]).toEqual([
      { kind: 'sheet', sheet: RESPONSES_SHEET },
      { mapping: { ...detectedMapping(), account: null }, addColumns: false, windowDays: 90 },
    ]);
  });

  it('asks for a new preview when the source changes, and checks the scales', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'Surveys');
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill(FORM_URL);
    await preview(page);
    await page.getByRole('textbox', { name: 'Top of the CSAT scale' }).fill('1');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByText('Enter the top of the scale: a whole number from 2 to 100.').count())
      .toBe(1);
    expect(sidebar.callsOf('importSurveyResponses')).toEqual([]);
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill('1FAIpQLSe-other-form');
    expect(await page.getByTestId('survey-preview').isVisible()).toBe(false);
    expect(await page.getByTestId('survey-status').textContent()).toBe(
      'The source changed: preview it before importing.',
    );
  });

  it('offers a suggested account for an unmatched answer, assigned only when the user clicks Assign', async () => {
    const handlers = fixtureHandlers();
    const stateOf = handlers.getSurveyState;
    handlers.getSurveyState = () => {
      const state = stateOf();
      return {
        ...state,
        unmatched: state.unmatched.map((response, i) =>
          i === 1 ? { ...response, suggestion: 'Umbrella Corp 6' } : response,
        ),
      };
    };
    const page = await sidebar.open(handlers, 'Surveys');
    const list = page.getByTestId('unmatched');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    const [, umbrella] = unmatchedResponses();
    const account = page.getByRole('combobox', { name: `Account of ${umbrella.respondent}` });
    expect(await account.inputValue()).toBe('Umbrella Corp 6');
    expect(await list.locator('li').nth(1).getByTestId('suggestion').textContent()).toBe(
      'Probably Umbrella Corp 6 (a typo or an abbreviation): check, then Assign.',
    );
    expect(
      await page
        .getByRole('combobox', { name: `Account of ${unmatchedResponses()[0].respondent}` })
        .inputValue(),
    ).toBe('');
    expect(sidebar.callsOf('assignSurveyResponse')).toEqual([]);
    await page.getByRole('button', { name: `Assign the response of ${umbrella.respondent}` }).click();
    await expect
      .poll(() => sidebar.callsOf('assignSurveyResponse'))
      .toEqual([[{ responseId: 'R_0111', account: 'Umbrella Corp 6' }]]);
  });

  // The list is drawn again when the import's refreshed state arrives; a choice made between the
  // import's summary and that refresh was lost, and Assign then said "Choose an account first".
  it('keeps an account chosen for an unmatched response when an import refreshes the list', async () => {
    const base = fixtureHandlers();
    let hold: Promise<void> | null = null;
    let release = () => {};
    const handlers: Handlers = {
      ...base,
      getSurveyState: async () => {
        await hold;
        return base.getSurveyState();
      },
    };
    const page = await sidebar.open(handlers, 'Surveys');
    const list = page.getByTestId('unmatched');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill(FORM_URL);
    await preview(page);
    hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('.import-summary').waitFor();
    await expect.poll(() => sidebar.callsOf('getSurveyState').length).toBe(2);

    const [, umbrella] = unmatchedResponses();
    const account = page.getByRole('combobox', { name: `Account of ${umbrella.respondent}` });
    await account.selectOption('Umbrella Corp 6');
    const firstItem = await list.locator('li').first().elementHandle();
    release();
    await expect.poll(() => firstItem?.evaluate((item) => item.isConnected)).toBe(false);
    expect(await account.inputValue()).toBe('Umbrella Corp 6');
    await page.getByRole('button', { name: `Assign the response of ${umbrella.respondent}` }).click();
    await expect
      .poll(() => sidebar.callsOf('assignSurveyResponse'))
      .toEqual([[{ responseId: 'R_0111', account: 'Umbrella Corp 6' }]]);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('assigns an unmatched response to the chosen account', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'Surveys');
    const list = page.getByTestId('unmatched');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    const [, umbrella] = unmatchedResponses();
    const item = list.locator('li').nth(1);
    expect(await item.locator('.name').textContent()).toBe(umbrella.respondent);
    expect(await item.locator('.hint').textContent()).toBe('Answered: Umbrella Corporation');
    expect(await item.locator('.score').textContent()).toBe('Jan 13, 2026, 4:02 PM');

    // Nothing chosen: a message, no call.
    const assign = page.getByRole('button', { name: `Assign the response of ${umbrella.respondent}` });
    await assign.click();
    expect(await page.getByTestId('assign-status').textContent()).toBe('Choose an account first.');
    expect(sidebar.callsOf('assignSurveyResponse')).toEqual([]);

    const account = page.getByRole('combobox', { name: `Account of ${umbrella.respondent}` });
    expect(await account.locator('option').count()).toBe(301);
    await account.selectOption('Umbrella Corp 6');
    await assign.click();
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(sidebar.callsOf('assignSurveyResponse')).toEqual([
      [{ responseId: 'R_0111', account: 'Umbrella Corp 6' }],
    ]);
    expect(await list.locator('.name').allTextContents()).toEqual([
      'pat@initech.example',
      'lee@unknown.example',
    ]);
    expect(await page.getByTestId('assign-status').textContent()).toBe(
      'The response of sam@umbrella.example now counts for Umbrella Corp 6.',
    );
    // Focus stays in the list, on the response that moved up.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Account of lee@unknown.example',
    );
    await page.getByTestId('unmatched').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/sidebar-surveys-unmatched.png' });
  });

  it('shows a remembered form source and its scheduled runs, failure included', async () => {
    const base = fixtureHandlers();
    const page = await sidebar.open(
      {
        ...base,
        getSurveyState: () => ({
          ...base.getSurveyState(),
          source: FORM_URL,
          schedule: {
            schedule: 'hourly',
            lastRun: '2026-01-15T09:00:00.000Z',
            lastError: 'The form was deleted.',
          },
        }),
        setSurveySchedule: () => {
          throw new Error('Too many triggers on this spreadsheet.');
        },
      },
      'Surveys',
    );
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Form URL or ID' }).inputValue())
      .toBe(FORM_URL);
    expect(await page.getByRole('radio', { name: 'Google Form' }).isChecked()).toBe(true);
    const schedule = page.getByRole('combobox', { name: 'Import new responses' });
    expect(await schedule.inputValue()).toBe('hourly');
    expect(await page.getByTestId('survey-job-error').textContent()).toBe(
      'The last run failed: The form was deleted.',
    );
    await schedule.selectOption('off');
    await expect
      .poll(() =>
        page.getByText('Could not change the schedule: Too many triggers on this spreadsheet.').count(),
      )
      .toBe(1);
    expect(await schedule.inputValue()).toBe('hourly');
    expect(sidebar.callsOf('setSurveySchedule')).toEqual([['off']]);
  });

  it('shows form titles, question titles, respondents and accounts literally', async () => {
    const base = fixtureHandlers();
    const questions = [...SURVEY_QUESTIONS.slice(0, 4), { title: XSS, detail: '<b>Paragraph</b>' }];
    const page = await sidebar.open(
      {
        ...base,
        previewSurveyImport: () => ({
          ...surveyPreview(),
          formTitle: XSS,
          questions,
          mapping: { ...detectedMapping(), comment: XSS },
          reasons: { comment: '<i>long</i> answers' },
        }),
        getSurveyState: () => ({
          ...base.getSurveyState(),
          unmatched: [
            { responseId: 'R_1', submitted: '2026-01-14T10:00:00.000Z', respondent: XSS, answer: XSS },
          ],
          accounts: ['<img src=y onerror=alert(2)>', 'Initech GmbH 2'],
        }),
      },
      'Surveys',
    );
    await page.getByRole('textbox', { name: 'Form URL or ID' }).fill(FORM_URL);
    await preview(page);
    expect(await page.locator('.form-title').textContent()).toBe(`Form: ${XSS}`);
    expect(await mappingSelect(page, 'Comment').inputValue()).toBe(XSS);
    expect(await mappingSelect(page, 'Comment').locator('option').allTextContents()).toContain(XSS);
    expect(await page.getByTestId('unmatched').locator('.name').textContent()).toBe(XSS);
    await page
      .getByRole('combobox', { name: `Account of ${XSS}` })
      .selectOption('<img src=y onerror=alert(2)>');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => sidebar.callsOf('importSurveyResponses').length).toBe(1);
    expect((sidebar.callsOf('importSurveyResponses')[0][1] as SurveyImportOptions).mapping?.comment).toBe(
      XSS,
    );
    expect(await page.locator('img, b, i').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });
});
