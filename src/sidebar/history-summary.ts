/** What the History tab says about a snapshot and its alerts, without the DOM. */
import type { Messages } from '../shared/messages';
import { format } from '../shared/messages';
import type { HealthAlert, SnapshotResult } from '../shared/protocol';
import type { NumberFormats } from './formatting';

export type BandKey = 'healthy' | 'atRisk' | 'unhealthy';

/** The band a server band name means ("At risk", "at  risk"…), or null for anything else. */
export function bandKeyOf(band: string): BandKey | null {
  const key = band.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === 'healthy') return 'healthy';
  if (key === 'at risk') return 'atRisk';
  if (key === 'unhealthy') return 'unhealthy';
  return null;
}

/** Worse bands rank lower; unknown text after every band. */
const RANK: Record<BandKey, number> = { unhealthy: 0, atRisk: 1, healthy: 2 };
const bandRank = (band: string): number => {
  const key = bandKeyOf(band);
  return key === null ? 3 : RANK[key];
};

/** Worst first: the worst band reached, then the biggest drop, then by account name. */
export function worstFirst(alerts: readonly HealthAlert[]): HealthAlert[] {
  return [...alerts].sort(
    (a, b) =>
      bandRank(a.toBand) - bandRank(b.toBand) || b.drop - a.drop || a.account.localeCompare(b.account),
  );
}

/** The three bands' names in the user's language. */
export function bandLabels(t: Messages): Record<BandKey, string> {
  return { healthy: t.bandHealthy, atRisk: t.bandAtRisk, unhealthy: t.bandUnhealthy };
}

/** A band name in the user's language when it is one of the three. */
export function bandLabel(band: string, t: Messages): string {
  const key = bandKeyOf(band);
  return key === null ? band : bandLabels(t)[key];
}

/** One line per thing the snapshot did, in the order the user asks about them. */
export function snapshotReport(
  result: SnapshotResult,
  t: Messages,
  numbers: NumberFormats,
  day: string,
): string[] {
  // Counts go in as numbers: `format` writes them in the active locale and picks plural forms.
  const lines = [
    format(result.replaced ? t.snapshotReplaced : t.snapshotTaken, { day, accounts: result.accounts }),
  ];
  for (const skipped of result.skipped) {
    lines.push(format(t.snapshotSkipped, { count: skipped.count, reason: skipped.reason }));
  }
  if (result.thinnedRows > 0) lines.push(format(t.snapshotThinned, { rows: result.thinnedRows }));
  if (result.columnsAdded.length > 0) {
    lines.push(format(t.snapshotColumnsAdded, { columns: numbers.list(result.columnsAdded) }));
  }
  lines.push(
    result.alerts.length === 0
      ? t.snapshotNoAlerts
      : format(t.snapshotAlerts, { count: result.alerts.length }),
  );
  lines.push(
    result.emailed > 0 ? format(t.snapshotEmailed, { count: result.emailed }) : t.snapshotNotEmailed,
  );
  return lines;
}
