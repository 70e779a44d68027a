/**
 * The Surveys tab: import NPS / CSAT / CES answers from a Google Form or a form-responses sheet
 * (preview the detected mapping, adjust it, import), match the responses no account claimed, and
 * import new responses on a schedule.
 */
import { format } from '../../shared/messages';
import type { Schedule, SurveyState } from '../../shared/protocol';
import { call } from '../client';
import { jobStatusView } from '../components/job-status';
import { loadStatus } from '../components/load-status';
import { surveyImport } from '../components/survey-import';
import { surveySourcePicker } from '../components/survey-source';
import { unmatchedList } from '../components/unmatched-list';
import { h, replaceChildren, uid } from '../dom';
import { errorMessage } from '../formatting';
import type { TabContext } from './context';

export function mountSurveysTab(root: HTMLElement, context: TabContext): void {
  const { t, locale } = context;
  const loading = loadStatus(t);

  const source = surveySourcePicker(t, () => {
    // A preview belongs to its source: another source must be previewed before importing.
    if (previewSection.hidden) return;
    previewSection.hidden = true;
    previewStatus.textContent = t.surveyPreviewAgain;
  });
  const previewButton = h('button', {
    cls: 'primary',
    text: t.surveyPreview,
    attrs: { type: 'button' },
    on: { click: () => void runPreview() },
  });
  const previewStatus = h('p', {
    cls: 'line-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'survey-status' },
  });
  const headingId = uid('surveys');
  const previewId = uid('import');
  const previewSection = h('section', {
    cls: 'panel',
    attrs: { 'aria-labelledby': previewId, hidden: true, 'data-testid': 'survey-preview' },
  });

  const unmatched = unmatchedList(t, locale, (state) => show(state));

  const scheduleId = uid('survey-schedule');
  const job = jobStatusView(t, locale, 'survey-job');
  const scheduleSelect = h(
    'select',
    {
      attrs: { id: scheduleId, 'aria-describedby': job.element.id },
      on: { change: () => void setSchedule(scheduleSelect.value as Schedule) },
    },
    ...(
      [
        ['off', t.scheduleOff],
        ['hourly', t.scheduleHourly],
        ['daily', t.scheduleDaily],
      ] as const
    ).map(([value, text]) => h('option', { attrs: { value }, text })),
  );
  const scheduleNote = h('p', { cls: 'hint' });
  const scheduleError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite' } });
  const scheduleHeadingId = uid('schedule');
  let savedSchedule: Schedule = 'off';

  const content = h(
    'div',
    { attrs: { hidden: true } },
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
      h('h2', { attrs: { id: headingId }, text: t.surveysHeading }),
      source.element,
      previewButton,
      previewStatus,
    ),
    previewSection,
    unmatched.element,
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': scheduleHeadingId } },
      h('h2', { attrs: { id: scheduleHeadingId }, text: t.surveyScheduleHeading }),
      h('label', { attrs: { for: scheduleId }, text: t.surveyScheduleLabel }),
      scheduleSelect,
      scheduleNote,
      scheduleError,
      job.element,
    ),
  );
  replaceChildren(root, loading.element, content);

  /** The unmatched list and the schedule, from a SurveyState. */
  function show(state: SurveyState): void {
    unmatched.show(state);
    savedSchedule = state.schedule.schedule;
    scheduleSelect.value = savedSchedule;
    // The schedule imports the source imported last: there must be one.
    scheduleSelect.disabled = state.source === null;
    scheduleNote.textContent = state.source === null ? t.surveyScheduleNeedsImport : t.surveyScheduleHint;
    job.show(state.schedule);
  }

  async function load(): Promise<void> {
    const [sidebar, state] = await Promise.all([context.sidebar.get(), call('getSurveyState')]);
    source.fill(
      sidebar.sheets.map((sheet) => sheet.name),
      state.source,
    );
    previewStatus.textContent = '';
    show(state);
    content.hidden = false;
  }

  async function runPreview(): Promise<void> {
    const chosen = source.chosen();
    if (chosen === null) return;
    previewButton.disabled = true;
    previewStatus.textContent = t.surveyPreviewing;
    try {
      const preview = await call('previewSurveyImport', chosen);
      previewStatus.textContent = '';
      replaceChildren(
        previewSection,
        h('h2', { attrs: { id: previewId }, text: t.surveyImportHeading }),
        // New unmatched responses after an import, and a source the schedule can now import.
        surveyImport(chosen, preview, t, locale, async () => show(await call('getSurveyState'))),
      );
      previewSection.hidden = false;
    } catch (error) {
      previewStatus.textContent = format(t.surveyPreviewFailed, { message: errorMessage(error) });
    } finally {
      previewButton.disabled = false;
    }
  }

  async function setSchedule(schedule: Schedule): Promise<void> {
    scheduleSelect.disabled = true;
    scheduleError.textContent = '';
    try {
      const status = await call('setSurveySchedule', schedule);
      savedSchedule = status.schedule;
      job.show(status);
    } catch (error) {
      scheduleError.textContent = format(t.scheduleFailed, { message: errorMessage(error) });
    } finally {
      scheduleSelect.value = savedSchedule;
      scheduleSelect.disabled = false;
    }
  }

  void loading.run(load);
}
