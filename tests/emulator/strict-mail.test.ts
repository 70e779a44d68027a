/** MailApp limits, as strict as Apps Script: 50 recipients per message, 100 recipients per day. */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';

const addresses = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@x.io`).join(',');

describe('MailApp limits', () => {
  it('at most 50 recipients per message (to + cc + bcc); a refused message uses no quota', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const mail = wb.services.MailApp;
    expect(() => mail.sendEmail(addresses(51), 's', 'b')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(() =>
      mail.sendEmail({ to: addresses(20), cc: addresses(20, 'c'), bcc: addresses(11, 'b'), subject: 's' }),
    ).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(wb.mail).toEqual([]);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail({ to: addresses(20), cc: addresses(20, 'c'), bcc: addresses(10, 'b'), subject: 's' });
    expect(mail.getRemainingDailyQuota()).toBe(50);
  });

  it('100 recipients a day (consumer account), then Apps Script’s quota error', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const mail = wb.services.MailApp;
    mail.sendEmail(addresses(50), 's', 'b');
    mail.sendEmail(addresses(49), 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('a@x.io, b@x.io', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    mail.sendEmail('last@x.io', 's', 'b');
    expect(() => mail.sendEmail('more@x.io', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(wb.mail).toHaveLength(3);
    // Quotas are per user.
    wb.setActiveUser('bob@example.com');
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});
