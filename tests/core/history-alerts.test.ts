/** Alerts after a snapshot: worse bands, sharp score drops, and the digest e-mail. */
import { describe, expect, it } from 'vitest';
import { alertDigest, type BandAlert, bandDrops, escapeHtml } from '../../src/core/history/alerts';

const previous = new Map([
  ['Acme', { score: 82, band: 'Healthy' }],
  ['Beta', { score: 65, band: 'At risk' }],
  ['Gamma', { score: 75, band: 'Healthy' }],
  ['Delta', { score: 90, band: 'Healthy' }],
  ['Eps', { score: 50, band: 'N/A' }],
  ['Zeta', { score: 30, band: 'Unhealthy' }],
  ['  Eta ', { score: 72, band: 'healthy' }],
]);

const current = [
  { account: 'Acme', score: 35, band: 'Unhealthy' }, // two bands down
  { account: 'Beta', score: 38, band: 'Unhealthy' }, // one band down, to the worst
  { account: 'Gamma', score: 68, band: 'At risk' }, // one band down
  { account: 'Delta', score: 71, band: 'Healthy' }, // −19 points, same band
  { account: 'Eps', score: 10, band: 'Unhealthy' }, // unknown band before
  { account: 'Zeta', score: 80, band: 'Healthy' }, // better
  { account: 'ETA', score: 69.96, band: 'At risk' }, // keys match trimmed, any case
  { account: 'New Co', score: 5, band: 'Unhealthy' }, // no previous snapshot
];

describe('bandDrops', () => {
  it('alerts accounts that moved to a worse band only, worst first', () => {
    const alerts = bandDrops(previous, current);
    expect(alerts.map((alert) => alert.account)).toEqual(['Acme', 'Beta', 'Gamma', 'ETA']);
    expect(alerts[0]).toEqual({
      account: 'Acme',
      fromBand: 'Healthy',
      toBand: 'Unhealthy',
      fromScore: 82,
      toScore: 35,
      drop: 47,
      rule: 'band',
    });
    expect(alerts[3].fromBand).toBe('Healthy'); // the canonical spelling of "healthy"
    expect(alerts.every((alert) => alert.rule === 'band')).toBe(true);
  });

  it('adds score drops of more than minPointDrop points without a band change, after band alerts', () => {
    const alerts = bandDrops(previous, current, { minPointDrop: 15 });
    expect(alerts.map((alert) => [alert.account, alert.rule])).toEqual([
      ['Acme', 'band'],
      ['Beta', 'band'],
      ['Gamma', 'band'],
      ['ETA', 'band'],
      ['Eps', 'points'], // −40 points; its old band was unknown
      ['Delta', 'points'], // −19
    ]);
    expect(bandDrops(previous, current, { minPointDrop: 19 }).some((a) => a.account === 'Delta')).toBe(false);
    expect(bandDrops(previous, current, { minPointDrop: null })).toEqual(bandDrops(previous, current));
  });

  it('ignores band text it does not know', () => {
    const alerts = bandDrops(new Map([['A', { score: 80, band: 'Great' }]]), [
      { account: 'A', score: 10, band: 'Unhealthy' },
    ]);
    expect(alerts).toEqual([]);
  });

  it('rejects a negative or non-numeric point drop', () => {
    expect(() => bandDrops(previous, current, { minPointDrop: -1 })).toThrow(/must be a number ≥ 0/);
    expect(() => bandDrops(previous, current, { minPointDrop: Number.NaN })).toThrow(/must be a number ≥ 0/);
  });
});

const alert = (account: string, extra: Partial<BandAlert> = {}): BandAlert => ({
  account,
  fromBand: 'Healthy',
  toBand: 'Unhealthy',
  fromScore: 81.26,
  toScore: 35,
  drop: 46.26,
  rule: 'band',
  ...extra,
});

const context = {
  spreadsheetName: 'CS <Q4> & "renewals"',
  url: 'https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
  date: '2026-11-23',
};

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('alertDigest', () => {
  const alerts = [
    alert('<script>alert(1)</script>'),
    alert('A&B "Co"'),
    alert("O'Brien Ltd", {
      rule: 'points',
      fromBand: 'At risk',
      toBand: 'At risk',
      fromScore: 60,
      toScore: 45,
      drop: 15,
    }),
  ];
  const digest = alertDigest(alerts, context);

  it('has a sane subject', () => {
    expect(digest.subject).toBe('3 accounts turned worse in CS <Q4> & "renewals"');
    expect(alertDigest([alerts[0]], context).subject).toMatch(/^1 account turned worse in /);
    const long = alertDigest(alerts, {
      ...context,
      spreadsheetName: `Line one\nBcc: x@y.z ${'x'.repeat(200)}`,
    });
    expect(long.subject).not.toMatch(/\n/);
    expect(long.subject.length).toBeLessThan(120);
  });

  it('escapes every account name and the spreadsheet name in the HTML', () => {
    expect(digest.html).not.toContain('<script>');
    expect(digest.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(digest.html).toContain('A&amp;B &quot;Co&quot;');
    expect(digest.html).toContain('O&#39;Brien Ltd');
    expect(digest.html).toContain('CS &lt;Q4&gt; &amp; &quot;renewals&quot;');
    expect(digest.html).toContain('href="https://docs.google.com/spreadsheets/d/abc?x=1&amp;y=2"');
    // Only the markup the digest writes itself remains.
    const tags = digest.html.match(/<\/?[a-z]+/g) ?? [];
    expect(new Set(tags)).toEqual(
      new Set(['<p', '</p', '<ul', '</ul', '<li', '</li', '<b', '</b', '<a', '</a']),
    );
  });

  it('leaves the plain text unescaped and says what changed', () => {
    expect(digest.text).toContain(
      '- <script>alert(1)</script>: Healthy → Unhealthy, score 81.3 → 35 (−46.3)',
    );
    expect(digest.text).toContain('- A&B "Co": ');
    expect(digest.text).toContain("- O'Brien Ltd: score 60 → 45 (−15), still At risk");
    expect(digest.text).toContain('in "CS <Q4> & "renewals"" in the snapshot of 2026-11-23');
    expect(digest.text).toContain('Open the spreadsheet: https://docs.google.com/spreadsheets/d/abc?x=1&y=2');
  });

  it('lists at most 50 accounts, then says how many more', () => {
    const many = Array.from({ length: 57 }, (_, i) => alert(`Account ${i}`));
    const big = alertDigest(many, context);
    expect(big.subject).toMatch(/^57 accounts/);
    expect(big.text.match(/^- /gm)).toHaveLength(50);
    expect(big.text).toContain('…and 7 more.');
    expect(big.html.match(/<li>/g)).toHaveLength(50);
    expect(big.html).toContain('…and 7 more.');
    expect(alertDigest(many, { ...context, maxListed: 10 }).text).toContain('…and 47 more.');
  });

  it('never links a URL that is not http(s)', () => {
    const sneaky = alertDigest(alerts, { ...context, url: 'javascript:alert(1)' });
    expect(sneaky.html).not.toContain('<a ');
    expect(sneaky.text).not.toContain('javascript:');
  });
});
