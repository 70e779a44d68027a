/** Overrides that ended, listed in the digest e-mail: in each of the five languages, escaped. */
import { describe, expect, it } from 'vitest';
import { alertDigest, type BandAlert, type EndedOverride } from '../../src/core/history/alerts';
import { serverTextOf } from '../../src/shared/messages/server';
import { serveTranslationFiles } from '../support/translation-files';

serveTranslationFiles();

const ended: EndedOverride[] = [
  {
    account: 'Acme <b>',
    score: 12,
    band: null,
    reason: 'Champion left & "budget"',
    by: 'Ana',
    until: '2026-12-03',
  },
  { account: 'Beta', score: null, band: 'Healthy', reason: 'Renewal signed', by: '', until: '2026-12-03' },
  {
    account: 'Gamma',
    score: 80.25,
    band: 'Healthy',
    reason: 'Exec sponsor\nback',
    by: 'Bo',
    until: '2026-12-01',
  },
];
const context = {
  spreadsheetName: 'CS Q4',
  url: 'https://docs.google.com/spreadsheets/d/abc',
  date: '4 Dec 2026',
};
const drop: BandAlert = {
  account: 'Delta',
  fromBand: 'Healthy',
  toBand: 'Unhealthy',
  fromScore: 80,
  toScore: 30,
  drop: 50,
  rule: 'band',
};

describe('ended overrides in the digest', () => {
  it('lists what was set, by whom, until when and why (English)', () => {
    const digest = alertDigest([], context, undefined, ended);
    expect(digest.subject).toBe('3 overrides ended in CS Q4');
    const lines = digest.text.split('\n');
    expect(lines[0]).toBe('3 overrides passed their Until date and stopped: the computed score shows again.');
    expect(lines).toContain('- Acme <b>: score 12 set by Ana until Dec 3, 2026: Champion left & "budget"');
    expect(lines).toContain('- Beta: band Healthy until Dec 3, 2026: Renewal signed');
    // A line break in a reason cannot forge a line of the e-mail.
    expect(lines).toContain(
      '- Gamma: score 80.3 and band Healthy set by Bo until Dec 1, 2026: Exec sponsor back',
    );
    expect(digest.html).toContain(
      '<b>Acme &lt;b&gt;</b>: score 12 set by Ana until Dec 3, 2026: Champion left &amp; &quot;budget&quot;',
    );
    expect(digest.html).not.toContain('<b>Acme <b>');
  });

  it('follows the band alerts when there are some, under the alerts subject', () => {
    const digest = alertDigest([drop], context, undefined, ended.slice(0, 1));
    expect(digest.subject).toBe('1 account turned worse in CS Q4');
    const text = digest.text;
    expect(text.indexOf('- Delta')).toBeLessThan(text.indexOf('1 override passed its Until date'));
  });

  for (const locale of ['it_IT', 'ro_RO', 'fa_IR', 'th_TH']) {
    it(`is written in the spreadsheet's language: ${locale}`, () => {
      const language = serverTextOf(locale)!;
      const digest = alertDigest([], context, language, ended);
      const t = language.messages;
      for (const key of ['digestEndedSubject', 'digestEndedIntro', 'digestEndedItem'] as const) {
        expect(t[key]).not.toBe(serverTextOf('en')!.messages[key]);
      }
      expect(digest.subject).toContain('CS Q4');
      for (const name of ['Acme', 'Beta', 'Gamma', 'Champion left', 'Ana', 'Renewal signed']) {
        expect(digest.text).toContain(name);
      }
      expect(digest.text).not.toMatch(/\{|\}/); // every placeholder filled
      if (locale === 'fa_IR') expect(digest.html).toContain('dir="rtl"');
    });
  }
});
