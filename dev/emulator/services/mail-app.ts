// MailApp: nothing is sent; each message is recorded on workbook.mail. The daily quota
// (workbook.mailQuota, 100 like a consumer account: quotas page "Email recipients per day 100 / day")
// drops by one per recipient (to, cc and bcc), and one message may have at most 50 recipients
// ("Email recipients per message 50 / msg"); both errors use Apps Script's wording.
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  /** The effective user, who sends the mail in Apps Script. */
  from: string;
  /** When it was sent (the workbook's clock, see setNow). */
  date: Date;
}

export interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

type MailOptions = Omit<MailMessage, 'to' | 'subject' | 'body'>;

/** Quotas page: "Email recipients per message 50 / msg" (to + cc + bcc). */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export class MailApp extends GasObject {
  constructor(private readonly wb: Workbook) {
    super();
  }

  getRemainingDailyQuota(): number {
    return this.wb.mailQuota;
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body, options?) and
   * sendEmail(to, replyTo, subject, body).
   */
  sendEmail(
    recipientOrMessage: string | MailMessage,
    subject?: string,
    body?: string,
    optionsOrBody?: MailOptions | string,
  ): void {
    let m: MailMessage;
    if (typeof recipientOrMessage === 'object' && recipientOrMessage !== null) m = { ...recipientOrMessage };
    else if (typeof optionsOrBody === 'string')
      m = { to: recipientOrMessage, replyTo: subject, subject: body, body: optionsOrBody };
    else m = { ...optionsOrBody, to: recipientOrMessage, subject, body };
    this.send(m);
  }

  private addresses(list: string | undefined): string[] {
    const out: string[] = [];
    for (const part of String(list ?? '').split(',')) {
      const raw = part.trim();
      if (!raw) continue;
      // "Ann Lee <ann@example.com>" is accepted too.
      const address = /<([^>]*)>\s*$/.exec(raw)?.[1].trim() ?? raw;
      if (!ADDRESS.test(address)) throw this.wb.error(`Invalid email: ${raw}`);
      out.push(address);
    }
    return out;
  }

  private send(m: MailMessage): void {
    const to = this.addresses(m.to);
    if (!to.length) throw this.wb.error('Failed to send email: no recipient');
    const recipients = to.length + this.addresses(m.cc).length + this.addresses(m.bcc).length;
    if (m.replyTo) this.addresses(m.replyTo);
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE)
      throw this.wb.error('Limit Exceeded: Email Recipients Per Message.');
    if (recipients > this.wb.mailQuota)
      throw this.wb.error('Service invoked too many times for one day: email.');
    this.wb.mailQuota -= recipients;
    const sent: SentMail = {
      to: String(m.to).trim(),
      cc: String(m.cc ?? '').trim(),
      bcc: String(m.bcc ?? '').trim(),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      noReply: !!m.noReply,
      from: this.wb.effectiveUserEmail,
      date: this.wb.now(),
    };
    if (m.htmlBody !== undefined) sent.htmlBody = String(m.htmlBody);
    if (m.name !== undefined) sent.name = String(m.name);
    if (m.replyTo !== undefined) sent.replyTo = String(m.replyTo);
    this.wb.mail.push(sent);
  }
}
