/**
 * "Export for CRM" in the History tab: writes the CRM Export sheet from the account sheet and says
 * what was written (and what was left out, and why).
 */
import { format } from '../../shared/messages';
import type { CrmExportResult } from '../../shared/protocol';
import { call } from '../client';
import { h, replaceChildren, uid } from '../dom';
import { calendarDay, errorMessage } from '../formatting';
import type { TabContext } from '../tabs/context';

/** The report's lines, in the panel's language. */
export function crmExportReport(
  result: CrmExportResult,
  context: Pick<TabContext, 't' | 'locale'>,
): string[] {
  const { t, locale } = context;
  const lines = [
    format(t.crmExported, {
      accounts: result.accounts,
      source: result.source,
      sheet: result.sheet,
      day: calendarDay(result.updated, locale),
    }),
  ];
  if (!result.created) lines.push(t.crmReplaced);
  if (result.withoutId > 0) lines.push(format(t.crmWithoutId, { count: result.withoutId }));
  if (result.duplicates > 0) lines.push(format(t.crmDuplicates, { count: result.duplicates }));
  return lines;
}

export function crmExportSection(context: TabContext): HTMLElement {
  const { t } = context;
  const headingId = uid('crm');
  const report = h('div', {
    cls: 'report',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'crm-report' },
  });
  const button = h('button', {
    cls: 'secondary',
    text: t.crmExport,
    attrs: { type: 'button' },
    on: { click: () => void run() },
  });

  async function run(): Promise<void> {
    button.disabled = true;
    replaceChildren(report, h('p', { text: t.crmExporting }));
    try {
      // The account sheet the panel works on; the server falls back to the one set up last.
      const sheet = await context.sidebar.get().then(
        (state) => state.accountSheet ?? undefined,
        () => undefined,
      );
      const result = await (sheet === undefined ? call('exportForCrm') : call('exportForCrm', sheet));
      replaceChildren(
        report,
        h(
          'ul',
          { cls: 'report-lines' },
          ...crmExportReport(result, context).map((line) => h('li', { text: line })),
        ),
      );
    } catch (error) {
      replaceChildren(
        report,
        h('p', { cls: 'error', text: format(t.crmExportFailed, { message: errorMessage(error) }) }),
      );
    } finally {
      button.disabled = false;
    }
  }

  return h(
    'section',
    { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { attrs: { id: headingId }, text: t.crmHeading }),
    h('p', { cls: 'hint', text: t.crmHint }),
    button,
    report,
  );
}
