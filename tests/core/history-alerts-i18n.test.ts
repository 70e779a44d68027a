/** The digest e-mail in the spreadsheet's language: Italian, and Persian (right to left). */
import { describe, expect, it } from 'vitest';
import { alertDigest, type BandAlert, digestDay } from '../../src/core/history/alerts';
import { serverTextOf } from '../../src/shared/messages/server';
import { serveTranslationFiles } from '../support/translation-files';

serveTranslationFiles();

const italian = serverTextOf('it_IT')!;
const persian = serverTextOf('fa_IR')!;
const FSI = '\u2068';
const PDI = '\u2069';

const alert = (account: string, extra: Partial<BandAlert> = {}): BandAlert => ({
  account,
  fromBand: 'Sano',
  toBand: 'Critico',
  fromScore: 81.26,
  toScore: 35,
  drop: 46.26,
  rule: 'band',
  ...extra,
});

const context = {
  spreadsheetName: 'CS <Q4> & "rinnovi"',
  url: 'https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
  date: '2026-11-23',
};

/** Only the markup the digest writes itself (tag names; attributes aside). */
const tags = (html: string) => new Set(html.match(/<\/?[a-z]+/g) ?? []);

describe('the digest in Italian', () => {
  const alerts = [
    alert('<script>alert(1)</script>'),
    alert('A&B "Co"'),
    alert("L'Oréal Italia", {
      rule: 'points',
      fromBand: 'A rischio',
      toBand: 'A rischio',
      fromScore: 60,
      toScore: 45,
      drop: 15,
    }),
    alert('Delta', { rule: 'points', fromBand: 'Sano', toBand: 'A rischio', drop: 22.5 }),
  ];
  const digest = alertDigest(alerts, { ...context, date: digestDay(context.date, italian.locale) }, italian);

  it('writes the subject and the intro with Italian plural forms and the date as Italians do', () => {
    expect(italian.locale).toBe('it-IT');
    expect(digest.subject).toBe('4 account sono peggiorati in CS <Q4> & "rinnovi"');
    expect(alertDigest([alerts[0]], context, italian).subject).toMatch(/^1 account è peggiorato in /);
    expect(alertDigest([], context, italian).subject).toMatch(/^Nessun account è peggiorato in /);
    expect(digest.text.split('\n')[0]).toBe(
      '4 account sono peggiorati in "CS <Q4> & "rinnovi"" nello snapshot del 23 nov 2026.',
    );
  });

  it('says what changed in Italian, with a decimal comma', () => {
    expect(digest.text).toContain('- <script>alert(1)</script>: Sano → Critico, punteggio 81,3 → 35 (−46,3)');
    expect(digest.text).toContain("- L'Oréal Italia: punteggio 60 → 45 (−15), ancora A rischio");
    expect(digest.text).toContain('- Delta: punteggio 81,3 → 35 (−22,5), ora A rischio');
    expect(digest.text).toContain(
      'Apri il foglio di lavoro: https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
    );
  });

  it('escapes every name and every message in the HTML', () => {
    expect(digest.html).not.toContain('<script>');
    expect(digest.html).toContain('<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>');
    expect(digest.html).toContain('<b>A&amp;B &quot;Co&quot;</b>');
    expect(digest.html).toContain('<b>L&#39;Oréal Italia</b>: punteggio 60 → 45 (−15), ancora A rischio');
    expect(digest.html).toContain(
      '<p>4 account sono peggiorati in &quot;CS &lt;Q4&gt; &amp; &quot;rinnovi&quot;&quot; nello snapshot',
    );
    expect(digest.html).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/abc?x=1&amp;y=2">Apri CS &lt;Q4&gt; &amp; &quot;rinnovi&quot;</a>',
    );
    expect(tags(digest.html)).toEqual(
      new Set(['<p', '</p', '<ul', '</ul', '<li', '</li', '<b', '</b', '<a', '</a']),
    );
  });

  it('counts the accounts it leaves out in Italian', () => {
    const many = Array.from({ length: 57 }, (_, i) => alert(`Account ${i}`));
    const big = alertDigest(many, context, italian);
    expect(big.subject).toMatch(/^57 account sono peggiorati/);
    expect(big.text.match(/^- /gm)).toHaveLength(50);
    expect(big.text).toContain('…e altri 7.');
    expect(big.html).toContain('<p>…e altri 7.</p>');
    expect(alertDigest(many.slice(0, 51), context, italian).text).toContain('…e un altro.');
  });

  it('calls a spreadsheet without a name "il tuo foglio di lavoro"', () => {
    expect(alertDigest([alerts[0]], { ...context, spreadsheetName: ' ' }, italian).subject).toBe(
      '1 account è peggiorato in il tuo foglio di lavoro',
    );
  });
});

describe('the digest in Persian', () => {
  const alerts = [
    alert('Acme <Corp>', { fromBand: 'سالم', toBand: 'بحرانی' }),
    alert('بیمه پارس', {
      rule: 'points',
      fromBand: 'در معرض خطر',
      toBand: 'در معرض خطر',
      fromScore: 60,
      toScore: 45,
      drop: 15,
    }),
  ];
  const digest = alertDigest(alerts, { ...context, date: digestDay(context.date, persian.locale) }, persian);

  it('writes Persian digits and the Persian calendar, and isolates every inserted text', () => {
    expect(persian.locale).toBe('fa-IR');
    expect(digestDay('2026-11-23', 'fa-IR')).toBe('۲ آذر ۱۴۰۵');
    expect(digest.subject).toBe(`وضعیت ۲ حساب در ${FSI}CS <Q4> & "rinnovi"${PDI} بدتر شد`);
    expect(digest.text.split('\n')[0]).toBe(
      `در اسنپ‌شات ${FSI}۲ آذر ۱۴۰۵${PDI} وضعیت ۲ حساب در «${FSI}CS <Q4> & "rinnovi"${PDI}» بدتر شد.`,
    );
    expect(digest.text).toContain(
      `- ${FSI}Acme <Corp>${PDI}: ${FSI}سالم${PDI} ← ${FSI}بحرانی${PDI}، ${FSI}امتیاز ۸۱٫۳ ← ۳۵ (−۴۶٫۳)${PDI}`,
    );
    expect(digest.text).toContain(`همچنان ${FSI}در معرض خطر${PDI}`);
    expect(digest.text).not.toMatch(/81|35|score/);
  });

  it('marks the HTML right to left and escapes every name', () => {
    expect(digest.html).toContain(`<p dir="rtl">در اسنپ‌شات`);
    expect(digest.html).toContain(`<ul dir="rtl"><li><b>${FSI}Acme &lt;Corp&gt;${PDI}</b>: `);
    expect(digest.html).not.toContain('<Corp>');
    expect(digest.html).toContain(`«${FSI}CS &lt;Q4&gt; &amp; &quot;rinnovi&quot;${PDI}»`);
    expect(tags(digest.html)).toEqual(
      new Set(['<p', '</p', '<ul', '</ul', '<li', '</li', '<b', '</b', '<a', '</a']),
    );
  });

  it('keeps bidi marks out of the link, so a mail client links the whole address and nothing more', () => {
    expect(digest.text.split('\n').at(-1)).toBe(
      'باز کردن صفحه‌گسترده: https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
    );
    expect(digest.html).toContain(
      `<p dir="rtl"><a href="https://docs.google.com/spreadsheets/d/abc?x=1&amp;y=2">باز کردن ${FSI}CS`,
    );
  });

  it('counts the accounts it leaves out in Persian digits', () => {
    const many = Array.from({ length: 57 }, (_, i) => alert(`Account ${i}`));
    const big = alertDigest(many, context, persian);
    expect(big.text).toContain('…و ۷ حساب دیگر.');
    expect(big.html).toContain('<p dir="rtl">…و ۷ حساب دیگر.</p>');
  });
});

describe('digestDay', () => {
  it('writes a day as the locale does, and leaves anything else alone', () => {
    expect(digestDay('2026-11-23', 'it-IT')).toBe('23 nov 2026');
    expect(digestDay('2026-11-23', 'en-US')).toBe('Nov 23, 2026');
    expect(digestDay('2026-11-23', 'th-TH')).toBe('23 พ.ย. 2569');
    expect(digestDay('yesterday', 'it-IT')).toBe('yesterday');
  });
});
