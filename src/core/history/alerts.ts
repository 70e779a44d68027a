/**
 * Alerts after a snapshot: accounts that moved to a worse band since the previous snapshot (and,
 * if the user asks, scores that fell sharply inside a band), and the digest e-mail listing them.
 */
import { fail } from '../args';
import type { BandLabels } from '../bands';
import { normalizeKey } from '../cells';
import { readBand } from './band-rank';

export interface PreviousScore {
  score: number;
  band: string;
}

export interface CurrentScore {
  account: string;
  score: number;
  band: string;
}

export interface BandAlert {
  account: string;
  fromBand: string;
  toBand: string;
  fromScore: number;
  toScore: number;
  /** Points lost: fromScore − toScore. */
  drop: number;
  /** 'band': moved to a worse band; 'points': fell more than minPointDrop points without that. */
  rule: 'band' | 'points';
}

/**
 * Accounts that turned worse, worst first: the most bands lost, then the lowest band reached,
 * then the most points lost. Bands are compared in the order Healthy > At risk > Unhealthy (in the
 * team's labels, or the English defaults); any
 * other band text (`N/A`, blank) never raises a band alert. Previous keys match trimmed and
 * case-insensitive; accounts without a previous score are new and raise nothing.
 */
export function bandDrops(
  previous: ReadonlyMap<string, PreviousScore>,
  current: readonly CurrentScore[],
  options: { minPointDrop?: number | null; labels?: BandLabels } = {},
): BandAlert[] {
  const minPointDrop = options.minPointDrop ?? null;
  if (minPointDrop !== null && !(Number.isFinite(minPointDrop) && minPointDrop >= 0)) {
    fail(`The point drop that raises an alert must be a number ≥ 0, not ${String(minPointDrop)}.`);
  }
  const before = new Map<string, PreviousScore>();
  for (const [key, value] of previous)
    if (!before.has(normalizeKey(key))) before.set(normalizeKey(key), value);
  const seen = new Set<string>();
  const alerts: (BandAlert & { bandsLost: number; toRank: number })[] = [];
  for (const now of current) {
    const key = normalizeKey(now.account);
    const then = before.get(key);
    if (then === undefined || seen.has(key)) continue;
    seen.add(key);
    const [from, to] = [readBand(then.band, options.labels), readBand(now.band, options.labels)];
    const drop = then.score - now.score;
    const bandsLost = from !== null && to !== null ? from.rank - to.rank : 0;
    const rule =
      bandsLost > 0
        ? 'band'
        : minPointDrop !== null && Number.isFinite(drop) && drop > minPointDrop
          ? 'points'
          : null;
    if (rule === null) continue;
    alerts.push({
      account: now.account,
      fromBand: from?.band ?? then.band,
      toBand: to?.band ?? now.band,
      fromScore: then.score,
      toScore: now.score,
      drop,
      rule,
      bandsLost,
      toRank: to?.rank ?? Number.POSITIVE_INFINITY,
    });
  }
  alerts.sort(
    (a, b) =>
      b.bandsLost - a.bandsLost ||
      a.toRank - b.toRank ||
      (Number.isFinite(b.drop - a.drop) ? b.drop - a.drop : 0) ||
      (a.account < b.account ? -1 : a.account > b.account ? 1 : 0),
  );
  return alerts.map(({ bandsLost: _, toRank: __, ...alert }) => alert);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

export interface DigestContext {
  spreadsheetName: string;
  url: string;
  /** The snapshot day as the user reads it, e.g. `2026-11-23` in the spreadsheet's time zone. */
  date: string;
  /** Accounts listed before "and N more" (default 50). */
  maxListed?: number;
}

export interface AlertDigest {
  subject: string;
  text: string;
  html: string;
}

/** The digest e-mail: a plain-text body and an HTML body in which every name is escaped. */
export function alertDigest(alerts: readonly BandAlert[], context: DigestContext): AlertDigest {
  const name = oneLine(context.spreadsheetName) || 'your spreadsheet';
  const date = oneLine(context.date);
  const count = alerts.length;
  const accounts = `${count} account${count === 1 ? '' : 's'}`;
  const subject = `${count === 0 ? 'No accounts' : accounts} turned worse in ${clip(name, 80)}`;
  const listed = alerts.slice(0, Math.max(0, context.maxListed ?? 50));
  const more = count - listed.length;
  const intro = `${count === 0 ? 'No accounts' : accounts} turned worse in "${name}" in the snapshot of ${date}.`;
  const link = /^https?:\/\//i.test(context.url.trim()) ? context.url.trim() : null;

  const text = [
    intro,
    '',
    ...listed.map((alert) => `- ${oneLine(alert.account)}: ${change(alert)}`),
    ...(more > 0 ? [`…and ${more} more.`] : []),
    ...(link === null ? [] : ['', `Open the spreadsheet: ${link}`]),
  ].join('\n');

  const items = listed.map(
    (alert) => `<li><b>${escapeHtml(oneLine(alert.account))}</b>: ${escapeHtml(change(alert))}</li>`,
  );
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    ...(items.length > 0 ? [`<ul>${items.join('')}</ul>`] : []),
    ...(more > 0 ? [`<p>…and ${more} more.</p>`] : []),
    ...(link === null ? [] : [`<p><a href="${escapeHtml(link)}">Open ${escapeHtml(name)}</a></p>`]),
  ].join('\n');
  return { subject, text, html };
}

/** `Healthy → Unhealthy, score 82 → 35 (−47)` or `score 82 → 60 (−22), still Healthy`. */
function change(alert: BandAlert): string {
  const scores = `score ${points(alert.fromScore)} → ${points(alert.toScore)} (−${points(alert.drop)})`;
  if (alert.rule === 'band') return `${alert.fromBand} → ${alert.toBand}, ${scores}`;
  if (alert.toBand === '') return scores;
  return `${scores}, ${alert.toBand === alert.fromBand ? 'still' : 'now'} ${alert.toBand}`;
}

/** Scores are unrounded: one decimal is what a reader needs. */
function points(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 10) / 10) : '?';
}

/** Names go on one line: a line break in a name must not forge a line or an e-mail header. */
function oneLine(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
