/** The catalogues against English, and `format`'s plural forms, numbers and bidi isolation. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  format,
  getMessages,
  LANGUAGES,
  type Messages,
  pickLocale,
  resolvedLocale,
  textDirection,
  useLocale,
} from '../../src/shared/messages';
import { en } from '../../src/shared/messages/en';
import { fa } from '../../src/shared/messages/fa';
import { it as italian } from '../../src/shared/messages/it';
import { ro } from '../../src/shared/messages/ro';
import { getServerMessages } from '../../src/shared/messages/server';
import { serverEn } from '../../src/shared/messages/server-en';
import { SERVER_TRANSLATIONS } from '../../src/shared/messages/server-sources';
import { surveyWordsEn } from '../../src/shared/messages/survey-words-en';
import { format as fill } from '../../src/shared/messages/text';
import { th } from '../../src/shared/messages/th';
import { TRANSLATED_LANGUAGES } from '../../src/shared/messages/translations';
import { chooseLanguage, formattingLocale } from '../../src/sidebar/language';
import { serveTranslationFiles } from '../support/translation-files';

serveTranslationFiles();
/**
 * The server's English: Code.js's catalogue and the survey detector's words, which only the
 * survey importer carries (a translated language has both in its file).
 */
const SERVER_ENGLISH: Readonly<Record<string, string>> = { ...serverEn, ...surveyWordsEn };
/** The server's catalogues, English first, the others read from their language files. */
const serverCatalogues = (): Readonly<Record<string, string>>[] => [
  SERVER_ENGLISH,
  ...TRANSLATED_LANGUAGES.map((language) => getServerMessages(language)),
];

const CATALOGUES: Record<string, Messages> = { it: italian, ro, fa, th };
const PLURAL = /\{(\w+),\s*plural,((?:\s*=?\w+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(=?\w+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/** The names a message shows (`{name}`, or a plural's `#`) and the ones it only counts by. */
function placeholders(message: string): { shown: Set<string>; all: Set<string> } {
  const shown = new Set<string>();
  const all = new Set<string>();
  const rest = message.replace(PLURAL, (_, name: string, branches: string) => {
    all.add(name);
    if (branches.includes('#')) shown.add(name);
    for (const [, , text] of branches.matchAll(BRANCH)) {
      for (const [, inner] of text.matchAll(/\{(\w+)\}/g)) {
        shown.add(inner);
        all.add(inner);
      }
    }
    return '';
  });
  for (const [, name] of rest.matchAll(/\{(\w+)\}/g)) {
    shown.add(name);
    all.add(name);
  }
  return { shown, all };
}

afterEach(() => useLocale('en'));

describe('catalogues', () => {
  it('are registered, with every key of English and no other', () => {
    expect(LANGUAGES.map((language) => language.locale)).toEqual(['en', 'it', 'ro', 'fa', 'th']);
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      expect(getMessages(locale)).toBe(messages);
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(en).sort());
    }
    // The server's catalogues (menu, toasts, alerts, e-mail) are apart from the sidebar's.
    expect(serverCatalogues()).toHaveLength(5);
    for (const messages of serverCatalogues())
      expect(Object.keys(messages).sort()).toEqual(Object.keys(SERVER_ENGLISH).sort());
  });

  it('server translations are read from their language files exactly as written', () => {
    expect(serverCatalogues()).toEqual([SERVER_ENGLISH, ...Object.values(SERVER_TRANSLATIONS)]);
  });

  it('server catalogues keep every placeholder English shows, and invent none', () => {
    for (const [i, messages] of serverCatalogues().entries()) {
      for (const key of Object.keys(SERVER_ENGLISH)) {
        const english = placeholders(SERVER_ENGLISH[key]);
        const translated = placeholders(messages[key]);
        expect([...translated.shown].sort(), `server ${i}.${key}`).toEqual([...english.shown].sort());
        for (const name of translated.all)
          expect(english.all.has(name), `server ${i}.${key}: {${name}}`).toBe(true);
      }
    }
  });

  it('keep every placeholder English shows, and invent none', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(en) as (keyof Messages)[]) {
        const english = placeholders(en[key]);
        const translated = placeholders(messages[key]);
        expect([...translated.shown].sort(), `${locale}.${key}`).toEqual([...english.shown].sort());
        for (const name of translated.all)
          expect(english.all.has(name), `${locale}.${key}: {${name}}`).toBe(true);
      }
    }
  });

  it('use only the plural categories of their language, always with "other"', () => {
    for (const [locale, messages] of Object.entries({ en, ...CATALOGUES })) {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const [key, message] of Object.entries(messages)) {
        for (const [, , branches] of message.matchAll(PLURAL)) {
          const names = [...branches.matchAll(BRANCH)].map((branch) => branch[1]);
          expect(names, `${locale}.${key}`).toContain('other');
          for (const name of names) {
            expect(name.startsWith('=') || categories.has(name), `${locale}.${key}: ${name}`).toBe(true);
          }
        }
      }
    }
  });

  it('fill every message completely', () => {
    for (const [locale, messages] of Object.entries({ en, ...CATALOGUES })) {
      for (const [key, message] of Object.entries(messages)) {
        const params = Object.fromEntries([...placeholders(message).all].map((name) => [name, 3]));
        expect(format(message, params, locale), `${locale}.${key}`).not.toMatch(/[{}#]/);
      }
    }
  });

  it('are chosen by locale, most specific first, English when none fits', () => {
    expect(resolvedLocale('ro-RO')).toBe('ro');
    expect(resolvedLocale('fa_IR')).toBe('fa');
    expect(pickLocale([null, 'de-DE', 'it-CH', 'en-US'])).toBe('it');
    expect(pickLocale(['', 'en-GB', 'th'])).toBe('en');
    expect(pickLocale(['de', 'fr'])).toBe('en');
    expect(textDirection('fa')).toBe('rtl');
  });

  it('prefer the switcher’s choice, then the server’s locale, then the browser’s; numbers in the most specific', () => {
    expect(chooseLanguage('ro', ['it_IT', 'en-US'])).toBe('ro');
    expect(chooseLanguage(null, ['fa_IR', 'en-US'])).toBe('fa');
    expect(chooseLanguage('xx', ['', 'th-TH'])).toBe('th');
    expect(formattingLocale('it', ['de-CH', 'it_CH', 'it'])).toBe('it-CH');
    expect(formattingLocale('th', ['en-US', 'th-TH'])).toBe('th-TH');
    expect(formattingLocale('fa', ['en-US'])).toBe('fa');
    expect(formattingLocale('en', ['not a tag!', 'en-GB'])).toBe('en-GB');
  });
});

describe('format', () => {
  it('picks English plural forms', () => {
    expect(format(en.snapshotEmailed, { count: 1 })).toBe('Alert e-mail sent to 1 recipient.');
    expect(format(en.snapshotEmailed, { count: 2 })).toBe('Alert e-mail sent to 2 recipients.');
    expect(format(en.sheetRows, { rows: 1234, columns: 1 })).toBe('1,234 accounts, 1 column');
    expect(format(en.alertRulePoints, { points: 1 })).toBe('dropped 1 point');
    expect(format(en.alertRulePoints, { points: 20.5 })).toBe('dropped 20.5 points');
  });

  it('picks the Romanian one, few and other forms ("20 de conturi")', () => {
    const rows = (count: number) => format(ro.bucket, { from: 10, to: 20, count }, 'ro');
    expect(rows(1)).toBe('Scoruri 10–20: 1 cont');
    expect(rows(3)).toBe('Scoruri 10–20: 3 conturi');
    expect(rows(19)).toBe('Scoruri 10–20: 19 conturi');
    expect(rows(20)).toBe('Scoruri 10–20: 20 de conturi');
    expect(rows(101)).toBe('Scoruri 10–20: 101 conturi');
    expect(rows(1500)).toBe('Scoruri 10–20: 1.500 de conturi');
    expect(format(ro.alertRulePoints, { points: 20.5 }, 'ro')).toBe('a scăzut cu 20,5 puncte');
  });

  it('writes Italian numbers and forms', () => {
    useLocale('it');
    expect(format(italian.snapshotAlerts, { count: 1 })).toBe('1 avviso trovato.');
    expect(format(italian.snapshotAlerts, { count: 12 })).toBe('12 avvisi trovati.');
    expect(format(italian.alertRulePoints, { points: 20.5 })).toBe('calo di 20,5 punti');
    expect(format(italian.backtestAucHint, {})).toContain('AUC 0,5');
  });

  it('writes Persian digits, isolates inserted text and keeps plain counts in Persian and Thai', () => {
    useLocale('fa');
    expect(format(fa.sheetRows, { rows: 1234, columns: 5 })).toBe('۱٬۲۳۴ حساب، ۵ ستون');
    expect(format(fa.notInSheet, { metric: 'NPS' })).toBe('این برگه ستون «\u2068NPS\u2069» ندارد.');
    useLocale('th');
    expect(format(th.sheetRows, { rows: 1, columns: 5 })).toBe('1 บัญชี 5 คอลัมน์');
    expect(format(th.notInSheet, { metric: 'NPS' })).toBe('ชีตนี้ไม่มีคอลัมน์ "NPS"');
  });

  it('without a locale (the server) writes numbers as they are and leaves unknown names', () => {
    expect(fill(serverEn.toastSetUpDone, { sheet: 'Accounts', metrics: 1 })).toBe(
      'Health score set up on "Accounts" with 1 metric.',
    );
    expect(fill('{n, plural, =0 {none} one {# row} other {# rows}} in {sheet}', { n: 0 })).toBe(
      'none in {sheet}',
    );
    expect(fill('{n} of {total}', { n: 1234 })).toBe('1234 of {total}');
  });
});
