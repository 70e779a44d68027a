/** Unmatched responses and their assignment, the scheduled import, the menu action and the scopes asked. */
import { describe, expect, it } from 'vitest';
import { denyScopes, requiredScopes } from '../../dev/emulator/services/script-app';
import { untyped } from './helpers';
import { answer, pulseSpec, rowsById, SURVEY, setUpSurveys, threeResponses } from './surveys-fixtures';

describe('unmatched responses', () => {
  function imported() {
    const built = setUpSurveys();
    const form = built.workbook.addForm(
      pulseSpec([
        ...threeResponses(),
        answer('r4', 4, 'dan@gmail.com', { nps: 2 }),
        answer('r5', 5, 'eli@yahoo.com', { nps: 9, company: 'nobody ltd.' }),
      ]),
    );
    built.addon.importSurveyResponses(form.url);
    return { ...built, form };
  }

  it('are kept on the sheet and listed with what the respondent answered', () => {
    const { addon, workbook } = imported();
    const state = addon.getSurveyState();
    expect(state.unmatched).toEqual([
      {
        responseId: 'r3',
        submitted: '2024-05-03T09:00:00.000Z',
        respondent: 'cy@hotmail.com',
        answer: 'Nobody Ltd',
      },
      {
        responseId: 'r4',
        submitted: '2024-05-04T09:00:00.000Z',
        respondent: 'dan@gmail.com',
        answer: 'dan@gmail.com',
      },
      {
        responseId: 'r5',
        submitted: '2024-05-05T09:00:00.000Z',
        respondent: 'eli@yahoo.com',
        answer: 'nobody ltd.',
      },
    ]);
    expect(state.accounts).toEqual(['Acme Inc', 'Globex S.p.A.', 'Initech', 'Umbrella Corp']);
    expect(workbook.values(SURVEY).filter((row) => row[9] === 'unmatched')).toHaveLength(3);
  });

  it('can be assigned: the rows with the same answer follow, and later responses too', () => {
    const { addon, workbook, form } = imported();
    const before = workbook.values(SURVEY);
    const state = addon.assignSurveyResponse({ responseId: 'r3', account: 'umbrella corp' });
    expect(state.unmatched.map((response) => response.responseId)).toEqual(['r4']);
    const after = workbook.values(SURVEY);
    // In place: same rows, only Account and Match of r3 and r5 ("Nobody Ltd" / "nobody ltd.") changed.
    expect(after.map((row) => row[0])).toEqual(before.map((row) => row[0]));
    const rows = rowsById(after);
    expect([rows.get('r3')![3], rows.get('r3')![9]]).toEqual(['Umbrella Corp', 'assigned']);
    expect([rows.get('r5')![3], rows.get('r5')![9]]).toEqual(['Umbrella Corp', 'assigned']);
    expect(rows.get('r4')).toEqual(before[4]);
    expect(
      workbook
        .formulas(SURVEY)
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    expect(workbook.values('Accounts')[4][4]).toBe(((1 - 0) / 2) * 100); // Umbrella: NPS 7 and 9

    // Remembered: a re-import keeps the assignment, and a new response with that answer follows it.
    form.addResponses([answer('r6', 6, 'fox@gmail.com', { nps: 10, company: 'NOBODY LTD' })]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 1, updated: 0, unmatched: 1 });
    expect(rowsById(workbook.values(SURVEY)).get('r6')!.slice(3, 10)).toEqual([
      'Umbrella Corp',
      'fox@gmail.com',
      10,
      '',
      '',
      '',
      'assigned',
    ]);
  });

  it('are assigned by e-mail when the respondent named no company', () => {
    const { addon, workbook, form } = imported();
    addon.assignSurveyResponse({ responseId: 'r4', account: 'Initech' });
    form.addResponses([answer('r7', 7, 'DAN@gmail.com', { nps: 10 })]);
    addon.importSurveyResponses(form.url);
    const rows = rowsById(workbook.values(SURVEY));
    expect([rows.get('r4')![3], rows.get('r7')![3], rows.get('r7')![9]]).toEqual([
      'Initech',
      'Initech',
      'assigned',
    ]);
  });

  it('refuse an account or a response that does not exist, changing nothing', () => {
    const { addon, workbook } = imported();
    const before = workbook.values(SURVEY);
    expect(() => addon.assignSurveyResponse({ responseId: 'r3', account: 'Hooli' })).toThrow(
      'There is no account "Hooli" in "Accounts".',
    );
    expect(() => addon.assignSurveyResponse({ responseId: 'zz', account: 'Initech' })).toThrow(
      'There is no response "zz" on the Survey Responses sheet.',
    );
    expect(() => addon.assignSurveyResponse({ responseId: 'r1', account: 'Initech' })).toThrow(
      'Response "r1" is already matched to "Acme Inc".',
    );
    expect(workbook.values(SURVEY)).toEqual(before);
    expect(workbook.properties.document.has('healthScore.surveyAssignments')).toBe(false);
  });
});

describe('scheduled import', () => {
  it('needs a survey imported first', () => {
    const { addon, workbook } = setUpSurveys();
    expect(() => addon.setSurveySchedule('daily')).toThrow(/No survey has been imported yet/);
    expect(workbook.triggers).toHaveLength(0);
  });

  it('keeps one trigger per document: on, on again, another schedule, off', () => {
    const { addon, workbook } = setUpSurveys();
    addon.importSurveyResponses(workbook.addForm(pulseSpec(threeResponses())).url);
    const handlers = () => workbook.triggers.map((trigger) => [trigger.handler, trigger.schedule]);
    expect(addon.setSurveySchedule('daily')).toMatchObject({ schedule: 'daily', lastError: null });
    addon.setSurveySchedule('daily');
    expect(handlers()).toEqual([['runScheduledJobs', { everyDays: 1, atHour: 6 }]]);
    addon.setSurveySchedule('hourly');
    expect(handlers()).toEqual([['runScheduledJobs', { everyHours: 1 }]]);
    expect(() => untyped(addon).setSurveySchedule('weekly')).toThrow(/one of off, hourly, daily/);
    expect(addon.setSurveySchedule('off')).toMatchObject({ schedule: 'off' });
    expect(workbook.triggers).toHaveLength(0);
    expect(addon.getSurveyState().schedule.schedule).toBe('off');
  });

  it('imports the remembered source with its mapping when the trigger fires; a failure shows in the sidebar', () => {
    const { addon, workbook } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const mapping = addon.previewSurveyImport(form.url).mapping;
    addon.importSurveyResponses(form.url, { mapping: { ...mapping, comment: null } });
    addon.setSurveySchedule('hourly');
    form.addResponses([answer('r4', 9, 'dee@umbrella.co.uk', { nps: 10, comment: 'not imported' })]);
    workbook.setNow('2024-05-10T07:00:00Z');
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(1);
    expect(addon.getSurveyState().schedule.lastError).toBeNull();
    expect(rowsById(workbook.values(SURVEY)).get('r4')!.slice(3, 9)).toEqual([
      'Umbrella Corp',
      'dee@umbrella.co.uk',
      10,
      '',
      '',
      '',
    ]);
    let state = addon.getSurveyState();
    expect(state.schedule).toEqual({
      schedule: 'hourly',
      lastRun: '2024-05-10T07:00:00.000Z',
      lastError: null,
    });

    // The form was deleted: the run fails, is recorded, and is rethrown for Apps Script's e-mail.
    const forms = workbook.forms.splice(0);
    workbook.setNow('2024-05-10T08:00:00Z');
    expect(() => workbook.fireTrigger('runScheduledJobs')).toThrow(/There is no form at/);
    state = addon.getSurveyState();
    expect(state.schedule.lastRun).toBe('2024-05-10T08:00:00.000Z');
    expect(state.schedule.lastError).toMatch(/^There is no form at "https:\/\/docs.google.com\/forms\/d\//);

    // A failure injected in the write is recorded too; the next good run clears it.
    workbook.forms.push(...forms);
    form.addResponses([answer('r5', 9, 'eve@initech.io', { nps: 6 })]);
    workbook.failOn('setValues', { message: 'Service Spreadsheets timed out' });
    expect(() => workbook.fireTrigger('runScheduledJobs')).toThrow('Service Spreadsheets timed out');
    expect(addon.getSurveyState().schedule.lastError).toBe('Service Spreadsheets timed out');
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(1);
    expect(rowsById(workbook.values(SURVEY)).has('r5')).toBe(true);
    expect(addon.getSurveyState().schedule.lastError).toBeNull();
  });

  it('a trigger the document no longer names removes itself instead of importing', () => {
    const { addon, workbook } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    addon.setSurveySchedule('daily');
    // Another editor's trigger, left behind when this one took over.
    const stale = { ...workbook.triggers[0], id: 'someone-elses-trigger' };
    workbook.triggers.push(stale);
    form.addResponses([answer('r4', 9, 'dee@umbrella.co.uk', { nps: 10 })]);
    expect(workbook.fireTrigger('someone-elses-trigger')).toBe(0);
    expect(workbook.triggers.map((trigger) => trigger.id)).not.toContain('someone-elses-trigger');
    expect(workbook.values(SURVEY)).toHaveLength(4);
  });
});

describe('menu action', () => {
  it('explains what to do before the first import, then imports again and shows the counts', () => {
    const { addon, workbook } = setUpSurveys();
    expect(addon.importSurveysFromMenu()).toBeUndefined();
    // Not an error: the alert is titled like the menu item and says where the first import is made.
    expect(workbook.ui.alerts.at(-1)).toMatchObject({
      title: 'Import survey responses',
      prompt: expect.stringMatching(
        /No survey has been imported yet\. Open .*Open health panel.*Surveys tab/,
      ),
    });
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    form.addResponses([answer('r4', 9, 'dee@umbrella.co.uk', { nps: 10 })]);
    expect(addon.importSurveysFromMenu()).toMatchObject({ added: 1, updated: 0, unmatched: 1 });
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      'Survey responses imported: 1 added, 0 updated, 1 unmatched.',
    );
  });

  it('shows an import failure as an alert', () => {
    const { addon, workbook } = setUpSurveys();
    addon.importSurveyResponses(workbook.addForm(pulseSpec(threeResponses())).url);
    workbook.locks.set('document', {});
    expect(addon.importSurveysFromMenu()).toBeUndefined();
    expect(workbook.ui.alerts.at(-1)).toMatchObject({ title: expect.stringMatching(/something went wrong/) });
    expect(workbook.ui.alerts.at(-1)?.prompt).toMatch(/Another survey import/);
  });
});

describe('scopes', () => {
  const FORMS = 'https://www.googleapis.com/auth/forms';
  const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';

  it('asks for the Forms scope on the form path only, and for triggers only when scheduling', () => {
    const { addon, workbook } = setUpSurveys();
    workbook.addForm(pulseSpec(threeResponses(), { destinationSheet: 'Form Responses 1' }));
    addon.previewSurveyImport({ kind: 'sheet', sheet: 'Form Responses 1' });
    addon.importSurveyResponses({ kind: 'sheet', sheet: 'Form Responses 1' });
    addon.getSurveyState();
    expect(requiredScopes(workbook)).toEqual([]);
    addon.setSurveySchedule('daily');
    expect(requiredScopes(workbook)).toEqual([[TRIGGERS]]);
    addon.previewSurveyImport(workbook.forms[0].editUrl);
    expect(requiredScopes(workbook)).toEqual([[TRIGGERS], [FORMS]]);
  });

  it('turning on a scheduled form import asks for Forms and triggers at once; a job without Forms says so', () => {
    const { addon, workbook } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url);
    addon.setSurveySchedule('hourly');
    expect(requiredScopes(workbook)).toContainEqual([FORMS, TRIGGERS]);
    // The user later revokes the Forms permission: the job names what is missing in the tab.
    denyScopes(workbook, [FORMS]);
    const formCalls = workbook.serviceCalls('FormApp');
    expect(() => workbook.fireTrigger('runScheduledJobs')).toThrow(
      /has not allowed the add-on to read forms/,
    );
    expect(workbook.serviceCalls('FormApp')).toBe(formCalls);
    const state = addon.getSurveyState();
    expect(state.schedule.lastError).toMatch(/turn the schedule on again/);
    denyScopes(workbook, null);
  });

  it('lets a refused consent stop the form path as it is (not as “no form”), touching no form', () => {
    const { addon, workbook } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    denyScopes(workbook, [FORMS]);
    const formCalls = workbook.serviceCalls('FormApp');
    expect(() => addon.importSurveyResponses(form.url)).toThrow(
      'Authorization is required to perform that action.',
    );
    expect(workbook.serviceCalls('FormApp')).toBe(formCalls);
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain(SURVEY);
    denyScopes(workbook, null);
    expect(addon.importSurveyResponses(form.url).added).toBe(3);
  });
});
