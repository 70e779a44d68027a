/**
 * Alerts after a snapshot: accounts that moved to a worse band since the previous snapshot (and,
 * if the user asks, scores that fell sharply inside a band), and the digest e-mail listing them.
 */

import { serverEn } from '../../shared/messages/server-en';
import {
  format,
  formatIsolated,
  isolate,
  isRightToLeft,
  type MessageParams,
} from '../../shared/messages/text';
import { fail } from '../args';
import type { BandLabels } from '../bands';
import { normalizeKey } from '../cells';
import type { OverrideDay } from '../overrides';
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
  /** The snapshot day as the user reads it, e.g. `2026-11-23` or `digestDay(day, locale)`. */
  date: string;
  /** Accounts listed before "and N more" (default 50). */
  maxListed?: number;
}

/** An override that passed its Until date and stopped by itself: listed once in the next digest. */
export type EndedOverride = OverrideDay;

/** The digest's words: the `digest*` messages of the server catalogue (shared/messages/server-en.ts). */
export type DigestMessages = Pick<
  typeof serverEn,
  | 'digestEndedSubject'
  | 'digestEndedIntro'
  | 'digestEndedItem'
  | 'digestEndedItemNoBy'
  | 'digestEndedScore'
  | 'digestEndedBand'
  | 'digestEndedScoreBand'
  | 'digestSubject'
  | 'digestIntro'
  | 'digestMore'
  | 'digestOpen'
  | 'digestOpenLink'
  | 'digestUnnamed'
  | 'digestBandChange'
  | 'digestScores'
  | 'digestStill'
  | 'digestNow'
>;

/** A language for the digest: its messages, and the Intl locale its numbers are written in. */
export interface DigestLanguage {
  messages: Readonly<DigestMessages>;
  locale: string;
}

const ENGLISH_DIGEST: DigestLanguage = { messages: serverEn, locale: 'en' };

export interface AlertDigest {
  subject: string;
  text: string;
  html: string;
}

/**
 * The digest e-mail in `language` (default English): a plain-text body and an HTML body in which
 * every name and every message is escaped. In a right-to-left language the HTML says so (`dir`)
 * and names are bidi-isolated, so a Latin account name cannot reorder the line around it.
 * Overrides that ended (`ended`) follow the alerts, each with what was set, by whom, until when
 * and why; a digest of ended overrides alone says so in its subject.
 */
export function alertDigest(
  alerts: readonly BandAlert[],
  context: DigestContext,
  language: DigestLanguage = ENGLISH_DIGEST,
  ended: readonly EndedOverride[] = [],
): AlertDigest {
  const { messages: t, locale } = language;
  const say = (template: string, params: MessageParams) => formatIsolated(template, params, locale);
  const rtl = isRightToLeft(locale);
  const name = oneLine(context.spreadsheetName) || t.digestUnnamed;
  const date = oneLine(context.date);
  const count = alerts.length;
  const subject =
    count === 0 && ended.length > 0
      ? say(t.digestEndedSubject, { count: ended.length, sheet: clip(name, 80) })
      : say(t.digestSubject, { count, sheet: clip(name, 80) });
  const listed = alerts.slice(0, Math.max(0, context.maxListed ?? 50));
  const more = count - listed.length;
  const intro = count === 0 && ended.length > 0 ? null : say(t.digestIntro, { count, sheet: name, date });
  const endedIntro = ended.length === 0 ? null : say(t.digestEndedIntro, { count: ended.length });
  const endedLines = ended.map((override) => endedText(override, t, say, locale));
  const endedAccount = (override: EndedOverride) =>
    rtl ? isolate(oneLine(override.account)) : oneLine(override.account);
  const moreText = more > 0 ? say(t.digestMore, { more }) : null;
  // The link stays out of any bidi isolation: a mail client would take the marks for part of it.
  const link = /^https?:\/\//i.test(context.url.trim()) ? context.url.trim() : null;
  const account = (alert: BandAlert) => (rtl ? isolate(oneLine(alert.account)) : oneLine(alert.account));
  const change = (alert: BandAlert) => changeText(alert, t, say);

  const text = [
    ...(intro === null ? [] : [intro, '', ...listed.map((alert) => `- ${account(alert)}: ${change(alert)}`)]),
    ...(moreText === null ? [] : [moreText]),
    ...(endedIntro === null
      ? []
      : [
          ...(intro === null ? [] : ['']),
          endedIntro,
          '',
          ...ended.map((override, i) => `- ${endedAccount(override)}: ${endedLines[i]}`),
        ]),
    ...(link === null ? [] : ['', format(t.digestOpen, { url: link }, locale)]),
  ].join('\n');

  const dir = rtl ? ' dir="rtl"' : '';
  const items = listed.map(
    (alert) => `<li><b>${escapeHtml(account(alert))}</b>: ${escapeHtml(change(alert))}</li>`,
  );
  const endedItems = ended.map(
    (override, i) => `<li><b>${escapeHtml(endedAccount(override))}</b>: ${escapeHtml(endedLines[i])}</li>`,
  );
  const html = [
    ...(intro === null ? [] : [`<p${dir}>${escapeHtml(intro)}</p>`]),
    ...(items.length > 0 ? [`<ul${dir}>${items.join('')}</ul>`] : []),
    ...(moreText === null ? [] : [`<p${dir}>${escapeHtml(moreText)}</p>`]),
    ...(endedIntro === null
      ? []
      : [`<p${dir}>${escapeHtml(endedIntro)}</p>`, `<ul${dir}>${endedItems.join('')}</ul>`]),
    ...(link === null
      ? []
      : [
          `<p${dir}><a href="${escapeHtml(link)}">${escapeHtml(say(t.digestOpenLink, { sheet: name }))}</a></p>`,
        ]),
  ].join('\n');
  return { subject, text, html };
}

/** `Healthy → Unhealthy, score 82 → 35 (−47)` or `score 82 → 60 (−22), still Healthy`. */
function changeText(
  alert: BandAlert,
  t: Readonly<DigestMessages>,
  say: (template: string, params: MessageParams) => string,
): string {
  const scores = say(t.digestScores, {
    from: points(alert.fromScore),
    to: points(alert.toScore),
    drop: points(alert.drop),
  });
  if (alert.rule === 'band')
    return say(t.digestBandChange, { from: alert.fromBand, to: alert.toBand, scores });
  if (alert.toBand === '') return scores;
  return say(alert.toBand === alert.fromBand ? t.digestStill : t.digestNow, { scores, band: alert.toBand });
}

/** `score 80 set by Ana until 12 Dec 2026: Champion left` (names and reasons on one line). */
function endedText(
  override: EndedOverride,
  t: Readonly<DigestMessages>,
  say: (template: string, params: MessageParams) => string,
  locale: string,
): string {
  const score = override.score === null ? null : points(override.score);
  const band = override.band === null ? null : oneLine(override.band);
  const set =
    score !== null && band !== null
      ? say(t.digestEndedScoreBand, { score, band })
      : score !== null
        ? say(t.digestEndedScore, { score })
        : say(t.digestEndedBand, { band: band ?? '' });
  const params = { set, date: digestDay(override.until, locale), reason: oneLine(override.reason) };
  const by = oneLine(override.by);
  return by === '' ? say(t.digestEndedItemNoBy, params) : say(t.digestEndedItem, { ...params, by });
}

/**
 * A snapshot day (`2026-11-23`) as a reader of `locale` writes a date: `23 nov 2026` in Italian,
 * the Persian or Buddhist calendar where the locale uses it. Anything else is returned as it is.
 */
export function digestDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  const [year, month, date] = match.slice(1).map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, date)),
    );
  } catch {
    return day;
  }
}

/** Scores are unrounded: one decimal is what a reader needs (written in the locale by `format`). */
function points(score: number): number | string {
  return Number.isFinite(score) ? Math.round(score * 10) / 10 : '?';
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
