/** The alert settings form read into AlertSettings, with a message per field it cannot accept. */
import type { Messages } from '../shared/messages';
import { format } from '../shared/messages';
import type { AlertSettings } from '../shared/protocol';
import { parseLocaleNumber } from './locale-numbers';

// Deliberately plain: one @, no spaces or list punctuation, a dot in the domain. The server
// (MailApp) has the last word; this catches typos and a missing comma before saving.
const EMAIL = /^[^\s@,;<>()"']+@[^\s@,;<>()"'.]+(?:\.[^\s@,;<>()"'.]+)+$/;

export type RecipientList = { ok: true; recipients: string[] } | { ok: false; invalid: string };

/** Addresses separated by commas, semicolons, spaces or new lines; repeats kept once. */
export function parseRecipients(text: string): RecipientList {
  const recipients: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '') continue;
    if (!EMAIL.test(part)) return { ok: false, invalid: part };
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    recipients.push(part);
  }
  return { ok: true, recipients };
}

export interface AlertForm {
  email: boolean;
  recipientsText: string;
  pointDrop: boolean;
  pointDropText: string;
}

export type AlertFormCheck =
  | { ok: true; settings: AlertSettings }
  | { ok: false; errors: { recipients?: string; pointDrop?: string } };

/** `locale`: the notation the points are typed in ("7,5" in Italian; English when left out). */
export function checkAlertForm(form: AlertForm, t: Messages, locale = 'en'): AlertFormCheck {
  const errors: { recipients?: string; pointDrop?: string } = {};
  const list = parseRecipients(form.recipientsText);
  if (!list.ok) errors.recipients = format(t.recipientInvalid, { address: list.invalid });
  else if (form.email && list.recipients.length === 0) errors.recipients = t.recipientsMissing;
  let minPointDrop: number | null = null;
  if (form.pointDrop) {
    const points = parseLocaleNumber(form.pointDropText, locale);
    if (!Number.isFinite(points) || points <= 0 || points >= 100) errors.pointDrop = t.pointDropInvalid;
    else minPointDrop = points;
  }
  if (errors.recipients !== undefined || errors.pointDrop !== undefined) return { ok: false, errors };
  return {
    ok: true,
    settings: { email: form.email, recipients: list.ok ? list.recipients : [], minPointDrop },
  };
}
