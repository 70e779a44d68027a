/** Alert settings, the latest snapshot's alerts, and the digest e-mail (MailApp). */
import { fail } from '../core/args';
import { fitPrefix } from '../core/bytes';
import { normalizeKey } from '../core/cells';
import { alertDigest, type BandAlert, digestDay, type EndedOverride } from '../core/history/alerts';
import { dayNumber, keyOfDayNumber } from '../core/history/days';
import { holdsAt, type Overrides, untilDay } from '../core/overrides';
import { isFreeMailDomain } from '../core/survey-import/domains';
import type { AlertSettings, HealthAlert } from '../shared/protocol';
import { spreadsheetText } from './locale';
import { PROPERTY } from './names';
import { refuse } from './refuse';
import { MAIL_SCOPE, requireScopes } from './scopes';
import { documentProperties } from './spreadsheet';

const DEFAULT_SETTINGS: AlertSettings = { email: false, recipients: [], minPointDrop: null };
/** Alerts kept for the sidebar, at most. */
const STORED_ALERTS = 60;
/** Recipients of one e-mail (https://developers.google.com/apps-script/guides/services/quotas). */
export const MAX_RECIPIENTS = 50;
/**
 * A document property holds 9 KB with its key (https://developers.google.com/apps-script/guides/services/quotas):
 * the stored alerts keep as many of the worst as fit in 8,000 bytes, names clipped to 200 characters.
 */
export const STORED_ALERTS_BYTES = 8_000;
const STORED_NAME_CHARS = 200;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function readAlertSettings(stored: Record<string, string>): AlertSettings {
  try {
    const parsed = JSON.parse(stored[PROPERTY.alertSettings] ?? 'null') as Partial<AlertSettings> | null;
    return { ...DEFAULT_SETTINGS, ...(parsed ?? {}) };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Checks and stores the settings; a bad address is named. */
export function saveAlertSettingsFrom(candidate: unknown): AlertSettings {
  const settings = candidate as Partial<AlertSettings> | null;
  if (typeof settings !== 'object' || settings === null) fail('Nothing to save.');
  const named = (Array.isArray(settings.recipients) ? settings.recipients : [])
    .map((address) => String(address).trim())
    .filter((address) => address !== '');
  const recipients = named.filter(
    (address, i) => named.findIndex((other) => other.toLowerCase() === address.toLowerCase()) === i,
  );
  const bad = recipients.find((address) => !EMAIL.test(address));
  if (bad !== undefined) refuse('alertNotAnEmail', { address: bad });
  if (recipients.length > MAX_RECIPIENTS) {
    refuse('alertTooManyRecipients', { limit: MAX_RECIPIENTS, count: recipients.length });
  }
  const email = settings.email === true;
  if (email && recipients.length === 0) refuse('alertNoRecipients');
  const drop = settings.minPointDrop;
  if (
    drop !== null &&
    drop !== undefined &&
    !(typeof drop === 'number' && Number.isFinite(drop) && drop >= 0)
  ) {
    fail(`The point drop must be a number of 0 or more (got ${String(drop)}).`);
  }
  if (email) {
    checkRecipientsAreTeam(recipients);
    requireScopes([MAIL_SCOPE]);
  }
  const saved: AlertSettings = { email, recipients, minPointDrop: drop ?? null };
  documentProperties().setProperty(PROPERTY.alertSettings, JSON.stringify(saved));
  return saved;
}

/** The latest snapshot's alerts, and the last day a digest went out (one e-mail a day at most). */
export interface StoredAlerts {
  day: string;
  items: HealthAlert[];
  /** How many alerts the snapshot found (items holds the worst of them). */
  total?: number;
  emailedDay?: string | null;
}

export function storedAlerts(day: string, alerts: readonly BandAlert[], emailedDay: string | null): string {
  const clip = (text: string) =>
    text.length > STORED_NAME_CHARS ? `${text.slice(0, STORED_NAME_CHARS - 1)}…` : text;
  const items = alerts.slice(0, STORED_ALERTS).map((alert) => ({
    ...alert,
    account: clip(alert.account),
    fromBand: clip(alert.fromBand),
    toBand: clip(alert.toBand),
  }));
  return fitPrefix(items, STORED_ALERTS_BYTES, (kept) =>
    JSON.stringify({ day, items: kept, total: alerts.length, emailedDay }),
  ).text;
}

export function readStoredAlerts(stored: Record<string, string>): StoredAlerts | null {
  try {
    const parsed = JSON.parse(stored[PROPERTY.alerts] ?? 'null') as StoredAlerts | null;
    return parsed !== null && typeof parsed.day === 'string' && Array.isArray(parsed.items) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The digest goes out as the trigger's owner, so any editor must not be able to point it at any
 * address: recipients are people the spreadsheet is shared with (editors and viewers), or
 * addresses of the owner's own domain (not a free-mail domain). Sharing the file with view access
 * is how the owner lets an outside address receive it.
 */
function checkRecipientsAreTeam(recipients: readonly string[]): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const shared = new Set(
    [...spreadsheet.getEditors(), ...spreadsheet.getViewers()].map((user) => user.getEmail().toLowerCase()),
  );
  const ownerEmail = spreadsheet.getOwner()?.getEmail() ?? '';
  const ownerDomain = ownerEmail.split('@')[1]?.toLowerCase() ?? '';
  const teamDomain = ownerDomain !== '' && !isFreeMailDomain(ownerDomain) ? ownerDomain : null;
  const outside = recipients.filter((address) => {
    const lower = address.toLowerCase();
    return !shared.has(lower) && (teamDomain === null || lower.split('@')[1] !== teamDomain);
  });
  if (outside.length > 0) {
    const named = { addresses: outside.join(', '), count: outside.length };
    if (teamDomain === null) refuse('alertNotShared', named);
    refuse('alertNotSharedOrDomain', { ...named, domain: teamDomain });
  }
}

/** Whether a snapshot with these alerts (and overrides that ended) sends a digest at all. */
export function digestDue(
  settings: AlertSettings,
  alerts: readonly BandAlert[],
  ended: readonly EndedOverride[] = [],
): boolean {
  return settings.email && settings.recipients.length > 0 && alerts.length + ended.length > 0;
}

/**
 * Days an ended override stays due for the digest: a digest that goes out later (e-mail turned on
 * after a month) does not list overrides that ended long before it.
 */
const ENDED_DAYS = 31;
/** The reported overrides' property, kept well inside the 9 KB a document property holds. */
export const ENDED_BYTES = 8_000;

/** Ended overrides already listed, by Until day: `{"2026-12-03": ["k1", …]}` (hashed account keys). */
type Reported = Record<string, string[]>;

export interface EndedOverrides {
  /** Ended within ENDED_DAYS and not listed yet, in table order. */
  listed: EndedOverride[];
  /** Keys of `listed`, by Until day. */
  keys: Reported;
  /** What was reported before, pruned to ENDED_DAYS (written back as it is when nothing is sent). */
  stored: string;
  previous: Reported;
}

/**
 * Overrides of the table that passed their Until date (at AsOf) within the last ENDED_DAYS days and
 * that no digest has listed yet. An override is known by its account and Until day: one whose
 * Until is moved later and that ends again is listed again.
 */
export function endedOverrides(
  overrides: Overrides | null,
  asOfMs: number,
  today: string,
  reportedText: string | undefined,
): EndedOverrides {
  const first = keyOfDayNumber(dayNumber(today) - ENDED_DAYS);
  const previous = readReported(reportedText, first);
  const listed: EndedOverride[] = [];
  const keys: Reported = {};
  for (const override of overrides?.all ?? []) {
    if (holdsAt(override, asOfMs)) continue;
    const until = untilDay(override);
    if (until < first) continue;
    const key = accountKey(override.account);
    if (previous[until]?.includes(key) || keys[until]?.includes(key)) continue;
    keys[until] = [...(keys[until] ?? []), key];
    const { account, score, band, reason, by } = override;
    listed.push({ account, score, band, reason, by, until });
  }
  return { listed, keys, previous, stored: writeReported(previous) };
}

/** What a digest listing `ended.listed` leaves reported. */
export function reportedOverrides(ended: EndedOverrides): string {
  const merged: Reported = { ...ended.previous };
  for (const [day, keys] of Object.entries(ended.keys)) merged[day] = [...(merged[day] ?? []), ...keys];
  return writeReported(merged);
}

function readReported(text: string | undefined, first: string): Reported {
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const kept: Reported = {};
    for (const [day, keys] of Object.entries(parsed as Record<string, unknown>)) {
      if (day >= first && Array.isArray(keys)) kept[day] = keys.map(String);
    }
    return kept;
  } catch {
    return {};
  }
}

/** Newest days first, as many as fit: an older day dropped can only be listed again, never lost. */
function writeReported(reported: Reported): string {
  const days = Object.keys(reported).sort().reverse();
  return fitPrefix(days, ENDED_BYTES, (kept) =>
    JSON.stringify(Object.fromEntries(kept.map((day) => [day, reported[day]]))),
  ).text;
}

/** A short, stable key of an account name (32-bit FNV-1a, base 36): names can be long. */
function accountKey(account: string): string {
  let hash = 0x811c9dc5;
  for (const char of normalizeKey(account)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * One digest e-mail to the chosen addresses when the snapshot found alerts and the user turned
 * e-mail on (the only use of the script.send_mail scope). Returns the number of recipients.
 */
export function sendDigest(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: AlertSettings,
  alerts: readonly BandAlert[],
  day: string,
  ended: readonly EndedOverride[] = [],
): number {
  if (!digestDue(settings, alerts, ended)) return 0;
  // The team's e-mail: in the spreadsheet's language, not that of whoever took the snapshot.
  const language = spreadsheetText(spreadsheet);
  const digest = alertDigest(
    alerts,
    {
      spreadsheetName: spreadsheet.getName(),
      url: spreadsheet.getUrl(),
      date: digestDay(day, language.locale),
    },
    language,
    ended,
  );
  MailApp.sendEmail({
    to: settings.recipients.join(','),
    subject: digest.subject,
    body: digest.text,
    htmlBody: digest.html,
    name: language.messages.addonName,
  });
  return settings.recipients.length;
}
