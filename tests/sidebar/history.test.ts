/** The History tab in headless Chromium: snapshot now, daily schedule, chart, alerts, alert settings. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureHandlers, historyAlerts, SNAPSHOT_ERROR, XSS } from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();

const daily = (page: Page) => page.getByRole('checkbox', { name: 'Take a snapshot every day' });
const alertNames = (page: Page) => page.getByTestId('alerts').locator('.name').allTextContents();

describe('History tab (headless Chromium)', () => {
  it('loads when first opened: schedule, last error, chart and alerts worst first', async () => {
    const page = await sidebar.open();
    expect(sidebar.callsOf('getHistoryState')).toEqual([]);
    await page.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => sidebar.callsOf('getHistoryState')).toEqual([[]]);
    await expect.poll(() => daily(page).isChecked()).toBe(true);
    expect(await page.getByTestId('snapshot-job').textContent()).toBe(
      `Last run: Jan 15, 2026, 6:00 AM.The last run failed: ${SNAPSHOT_ERROR}`,
    );
    expect(await page.getByTestId('snapshot-job-error').isVisible()).toBe(true);

    const chart = page.getByRole('img', { name: /^Accounts per band on 14 snapshot days/ });
    expect(await chart.getAttribute('aria-label')).toBe(
      'Accounts per band on 14 snapshot days, Jan 2, 2026 to Jan 15, 2026. Latest: 153 healthy, 97 at risk, 50 unhealthy.',
    );
    // Three stacked segments a day, outlined, in the traffic-light colours.
    expect(await chart.locator('rect').count()).toBe(42);
    const fills = await chart
      .locator('rect')
      .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute('fill')))]);
    expect(fills.sort()).toEqual(['#b7e1cd', '#f4c7c3', '#fce8b2']);
    expect(await chart.locator('rect').first().getAttribute('stroke')).toBe('#c5221f');
    // The numbers, for screen readers, in a visually hidden table.
    const table = page.getByTestId('history-table');
    expect(await table.locator('tbody tr').count()).toBe(14);
    expect(await table.locator('tbody tr').last().locator('th, td').allTextContents()).toEqual([
      'Jan 15, 2026',
      '153',
      '97',
      '50',
    ]);
    // Clipped to a pixel, yet in the accessibility tree.
    expect(
      await table.evaluate((element) => element.parentElement!.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(1);
    expect(await page.getByRole('table', { name: 'Accounts per band on each snapshot day' }).count()).toBe(1);

    expect(await alertNames(page)).toEqual([
      'Axiom S.r.l. 13',
      'Bluth Ltd 7',
      'Dunder Mifflin Corp 1',
      'Initech GmbH 2',
    ]);
    const items = page.getByTestId('alerts').locator('li');
    // One decimal on both sides, whatever the rounding gave.
    expect(await items.first().locator('.score').textContent()).toBe('74.0 → 35.0');
    expect(await items.first().locator('.hint').textContent()).toBe('Healthy → Unhealthy · band change');
    expect(await items.nth(2).locator('.hint').textContent()).toBe('At risk → At risk · dropped 20.5 points');
    expect(
      await page.getByText('4 accounts turned worse in the snapshot of Jan 15, 2026, worst first.').count(),
    ).toBe(1);
    await page.screenshot({ path: 'test-results/sidebar-history.png', fullPage: true });
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('takes a snapshot and says what happened, then redraws', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'History');
    await daily(page).waitFor();
    // Alert settings being edited are not reset by the refresh after the snapshot.
    const recipients = page.getByRole('textbox', { name: 'Recipients' });
    await recipients.fill('cs-lead@example.com, anna@example.com');
    await page.getByRole('button', { name: 'Take snapshot now' }).click();
    const report = page.getByTestId('snapshot-report');
    await expect
      .poll(() => report.locator('li').allTextContents())
      .toEqual([
        'Snapshot of Jan 15, 2026: 297 accounts. It replaced today’s earlier snapshot.',
        '3 left out: no score.',
        '12 history rows older than 90 days thinned to one a week.',
        '3 alerts found.',
        'Alert e-mail sent to 1 recipient.',
      ]);
    expect(sidebar.callsOf('takeHealthSnapshot')).toEqual([[]]);
    // The chart, alerts and status come from a fresh getHistoryState.
    await expect.poll(() => sidebar.callsOf('getHistoryState').length).toBe(2);
    await expect
      .poll(() => alertNames(page))
      .toEqual(['Bluth Ltd 7', 'Dunder Mifflin Corp 1', 'Initech GmbH 2']);
    expect(await page.getByTestId('snapshot-job-error').textContent()).toBe('');
    expect(
      await page.getByRole('img', { name: /Latest: 170 healthy, 90 at risk, 37 unhealthy\.$/ }).count(),
    ).toBe(1);
    expect(await recipients.inputValue()).toBe('cs-lead@example.com, anna@example.com');
  });

  it('shows the empty chart before two snapshots, and the first snapshot’s new column', async () => {
    const page = await sidebar.open(fixtureHandlers({ historyDays: 0 }), 'History');
    await expect
      .poll(() => page.getByTestId('history-chart-empty').textContent())
      .toMatch(/^The chart appears after two snapshots/);
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await page.getByText('No snapshot yet.').count()).toBe(1);
    await page.getByRole('button', { name: 'Take snapshot now' }).click();
    await expect
      .poll(() => page.getByTestId('snapshot-report').locator('li').first().textContent())
      .toBe('Snapshot of Jan 15, 2026: 297 accounts.');
    expect(await page.getByTestId('snapshot-report').textContent()).toContain(
      'Columns added to the account sheet: Trend.',
    );
    // One snapshot is still no trend.
    await expect.poll(() => sidebar.callsOf('getHistoryState').length).toBe(2);
    expect(await page.getByTestId('history-chart-empty').count()).toBe(1);
  });

  it('says when the last snapshot was taken, not "Not run yet", once there is one', async () => {
    const base = fixtureHandlers({ historyDays: 0 });
    const neverScheduled = { schedule: 'off', lastRun: null, lastError: null } as const;
    // As the server does: a snapshot taken by hand leaves the schedule's last run alone.
    const page = await sidebar.open(
      { ...base, getHistoryState: () => ({ ...base.getHistoryState(), snapshots: neverScheduled }) },
      'History',
    );
    const job = page.getByTestId('snapshot-job');
    await expect.poll(() => job.textContent()).toBe('Not run yet.');
    await page.getByRole('button', { name: 'Take snapshot now' }).click();
    await expect.poll(() => job.textContent()).toBe('Last run: Jan 15, 2026.');
  });

  it('wraps a long e-mail address between its parts, never inside a word, at 300 px', async () => {
    const base = fixtureHandlers();
    const account = 'customer.success.operations@northwind-subsidiary-holdings.example.com';
    const alert = { ...historyAlerts()[0], account };
    const page = await sidebar.open(
      {
        ...base,
        getHistoryState: () => ({ ...base.getHistoryState(), alerts: { day: '2026-01-15', items: [alert] } }),
      },
      'History',
    );
    const name = page.getByTestId('alerts').locator('.name');
    await expect.poll(() => name.textContent()).toBe(account);
    // The character each line starts with, read from the layout.
    const lineStarts = await name.evaluate((element) => {
      const starts: number[] = [];
      const text = element.textContent ?? '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let top = Number.NEGATIVE_INFINITY;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rectTop = range.getClientRects()[0]?.top ?? top;
          if (rectTop > top + 1) starts.push(offset + i);
          top = Math.max(top, rectTop);
        }
        offset += (node.textContent ?? '').length;
      }
      return starts.map((start) => text.slice(Math.max(0, start - 1), start + 1));
    });
    expect(lineStarts.length).toBeGreaterThan(1);
    // Each line after the first starts right after "@", "." or "/".
    for (const pair of lineStarts.slice(1)) expect(pair[0]).toMatch(/[@./]/);
  });

  it('shows a failed snapshot', async () => {
    const page = await sidebar.open(
      {
        ...fixtureHandlers(),
        takeHealthSnapshot: () => {
          throw new Error('There is no Health score column: run Set up health score.');
        },
      },
      'History',
    );
    await page.getByRole('button', { name: 'Take snapshot now' }).click();
    await expect
      .poll(() => page.getByTestId('snapshot-report').textContent())
      .toBe('The snapshot failed: There is no Health score column: run Set up health score.');
    expect(await page.getByRole('button', { name: 'Take snapshot now' }).isEnabled()).toBe(true);
  });

  it('turns the daily snapshot off and on; a failure puts the switch back and says why', async () => {
    const handlers = fixtureHandlers();
    const page = await sidebar.open(handlers, 'History');
    await expect.poll(() => daily(page).isChecked()).toBe(true);
    await daily(page).uncheck();
    await expect.poll(() => sidebar.callsOf('setSnapshotSchedule')).toEqual([['off']]);
    await expect.poll(() => daily(page).isEnabled()).toBe(true);
    expect(await daily(page).isChecked()).toBe(false);
    await daily(page).check();
    await expect.poll(() => sidebar.callsOf('setSnapshotSchedule')).toEqual([['off'], ['daily']]);

    const failing = await sidebar.open(
      {
        ...handlers,
        setSnapshotSchedule: () => {
          throw new Error('Authorization is required to run this every day.');
        },
      },
      'History',
    );
    await expect.poll(() => daily(failing).isChecked()).toBe(true);
    await daily(failing).click();
    await expect
      .poll(() =>
        failing
          .getByText('Could not change the schedule: Authorization is required to run this every day.')
          .count(),
      )
      .toBe(1);
    expect(await daily(failing).isChecked()).toBe(true);
  });

  it('checks the recipients before saving the alert settings', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'History');
    const recipients = page.getByRole('textbox', { name: 'Recipients' });
    await expect.poll(() => recipients.inputValue()).toBe('cs-lead@example.com');
    await recipients.fill('anna@example.com, ben(at)example.com');
    const save = page.getByRole('button', { name: 'Save alert settings' });
    await save.click();
    const errorId = (await recipients.getAttribute('aria-describedby'))!;
    await expect
      .poll(() => page.locator(`#${errorId}`).textContent())
      .toBe('"ben(at)example.com" is not an e-mail address.');
    expect(await recipients.getAttribute('aria-invalid')).toBe('true');
    expect(await recipients.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(sidebar.callsOf('saveAlertSettings')).toEqual([]);
    await page.getByTestId('alert-settings-status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/sidebar-history-settings.png' });

    // A points drop needs a number; then everything saves as typed.
    await recipients.fill('anna@example.com; ben@example.com\nANNA@example.com');
    await page.getByRole('checkbox', { name: 'Also alert when a score drops by more than' }).check();
    const points = page.getByRole('textbox', { name: 'Points a score must drop by to raise an alert' });
    await save.click();
    await expect
      .poll(() => page.getByText('Enter the points: a number above 0 and below 100.').count())
      .toBe(1);
    expect(sidebar.callsOf('saveAlertSettings')).toEqual([]);
    await points.fill('15');
    await save.click();
    await expect
      .poll(() => page.getByTestId('alert-settings-status').textContent())
      .toBe('Alert settings saved.');
    expect(sidebar.callsOf('saveAlertSettings')).toEqual([
      [{ email: true, recipients: ['anna@example.com', 'ben@example.com'], minPointDrop: 15 }],
    ]);
    expect(await recipients.getAttribute('aria-invalid')).toBe('false');
    expect(await recipients.inputValue()).toBe('anna@example.com, ben@example.com');
    expect(await page.getByText('Turning on e-mail asks for permission to send e-mail as you.').count()).toBe(
      1,
    );
  });

  it('shows account names and reasons literally', async () => {
    const base = fixtureHandlers();
    const alerts = historyAlerts().map((alert, i) => ({
      ...alert,
      account: `<img src=x onerror=alert(${i})>`,
    }));
    const page = await sidebar.open(
      {
        ...base,
        getHistoryState: () => ({ ...base.getHistoryState(), alerts: { day: '2026-01-15', items: alerts } }),
        takeHealthSnapshot: () => ({ ...base.takeHealthSnapshot(), skipped: [{ count: 1, reason: XSS }] }),
      },
      'History',
    );
    await expect.poll(() => alertNames(page)).toContain('<img src=x onerror=alert(3)>');
    await page.getByRole('button', { name: 'Take snapshot now' }).click();
    await expect
      .poll(() => page.getByTestId('snapshot-report').textContent())
      .toContain(`1 left out: ${XSS}.`);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });
});
