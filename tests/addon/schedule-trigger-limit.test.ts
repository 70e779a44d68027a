/**
 * Google allows one user 20 triggers of an add-on across all their documents. A schedule the
 * trigger could not be made for must not be stored: the panel would show a schedule that never runs.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { generatedAccounts, workbookWith } from './helpers';
import { pulseSpec, threeResponses } from './surveys-fixtures';

const TOO_MANY = /Nothing was scheduled: .* at most 20 spreadsheets, and you already do in 20\./;

function setUp() {
  const scene = workbookWith({ Accounts: generatedAccounts(3) });
  scene.workbook.setNow('2026-11-02T09:00:00Z');
  scene.addon.setUpHealthScore('Accounts');
  return scene;
}

/** The user's schedules in `count` other spreadsheets: one trigger of this add-on in each. */
function schedulesElsewhere(workbook: Workbook, count: number): void {
  for (let i = 0; i < count; i++) {
    workbook.triggers.push({
      id: `elsewhere-${i}`,
      handler: 'runScheduledJobs',
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { everyDays: 1, atHour: 6 },
      owner: workbook.userEmail,
      documentId: `other-spreadsheet-${i}`,
    });
  }
}

const triggersHere = (workbook: Workbook) =>
  workbook.triggers.filter((trigger) => trigger.documentId === workbook.id).map((t) => t.schedule);

describe('a schedule Google refuses a trigger for', () => {
  it('is not stored: the user is told why, and the schedule stays off', () => {
    const { workbook, addon } = setUp();
    schedulesElsewhere(workbook, 20);
    const properties = JSON.stringify([...workbook.properties.document]);
    expect(() => addon.setSnapshotSchedule('daily')).toThrow(TOO_MANY);
    expect(addon.getHistoryState().snapshots.schedule).toBe('off');
    expect(triggersHere(workbook)).toEqual([]);
    expect(JSON.stringify([...workbook.properties.document])).toBe(properties);
  });

  it('keeps the document’s running schedule and its trigger when a faster one is refused', () => {
    const { workbook, addon } = setUp();
    addon.setSnapshotSchedule('daily');
    const form = workbook.addForm(pulseSpec(threeResponses()));
    addon.importSurveyResponses(form.url, { addColumns: false });
    // The hourly trigger replaces the daily one; this time its creation fails after the delete.
    workbook.failOn('create', { message: 'Service unavailable: Apps Script' });
    expect(() => addon.setSurveySchedule('hourly')).toThrow('Service unavailable: Apps Script');
    expect(addon.getHistoryState().snapshots.schedule).toBe('daily');
    expect(triggersHere(workbook)).toEqual([{ everyDays: 1, atHour: 6 }]);
    // The trigger put back is the one the document names: it runs the snapshot, not deletes itself.
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(1);
  });

  it('keeps the running schedule and its trigger when storing a change fails, off or faster', () => {
    const { workbook, addon } = setUp();
    addon.setSnapshotSchedule('daily');
    addon.importSurveyResponses(workbook.addForm(pulseSpec(threeResponses())).url, { addColumns: false });
    for (const change of [() => addon.setSnapshotSchedule('off'), () => addon.setSurveySchedule('hourly')]) {
      workbook.failOn('setProperties', { message: 'Service unavailable: Properties' });
      expect(change).toThrow('Service unavailable: Properties');
      expect(addon.getHistoryState().snapshots.schedule).toBe('daily');
      expect(addon.getSurveyState().schedule).toMatchObject({ schedule: 'off' });
      expect(triggersHere(workbook)).toEqual([{ everyDays: 1, atHour: 6 }]);
      expect(workbook.fireTrigger('runScheduledJobs')).toBe(1); // the snapshot, not a self-removal
      workbook.setNow(new Date(workbook.now().getTime() + 86_400_000).toISOString());
    }
  });

  it('works again once the user has turned a schedule off elsewhere', () => {
    const { workbook, addon } = setUp();
    schedulesElsewhere(workbook, 20);
    expect(() => addon.setSnapshotSchedule('daily')).toThrow(TOO_MANY);
    workbook.triggers.splice(
      workbook.triggers.findIndex((t) => t.id === 'elsewhere-0'),
      1,
    );
    expect(addon.setSnapshotSchedule('daily').schedule).toBe('daily');
    expect(triggersHere(workbook)).toEqual([{ everyDays: 1, atHour: 6 }]);
  });

  it('is explained in the user’s language', () => {
    const { workbook, addon } = setUp();
    workbook.userLocale = 'it';
    schedulesElsewhere(workbook, 20);
    expect(() => addon.setSnapshotSchedule('daily')).toThrow(
      /^Non è stato pianificato nulla: .* al massimo 20 /,
    );
  });
});
