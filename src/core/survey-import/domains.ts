/** Web domains out of e-mail addresses, URLs and website cells, and the free-mail ones to ignore. */

/**
 * Domains anyone can get an address at: they say nothing about the respondent's company, so they
 * never match an account. `name.*` stands for that provider under any country ending (yahoo.co.uk,
 * yahoo.it, gmx.de, yandex.ru…).
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.*',
  'hotmail.*',
  'live.*',
  'msn.com',
  'passport.com',
  'yahoo.*',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.*',
  'aim.com',
  'proton.me',
  'pm.me',
  'protonmail.com',
  'protonmail.ch',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'hey.com',
  'zohomail.com',
  'mail.com',
  'email.com',
  'gmx.*',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'wanadoo.fr',
  'sfr.fr',
  'btinternet.com',
  'sky.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'yandex.*',
  'ya.ru',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tiscali.it',
  'tin.it',
  'email.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'rediffmail.com',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sohu.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'chmail.ir',
];

const EXACT_FREE_MAIL = new Set(FREE_MAIL_DOMAINS.filter((domain) => !domain.endsWith('.*')));
const FREE_MAIL_NAMES = new Set(
  FREE_MAIL_DOMAINS.filter((domain) => domain.endsWith('.*')).map((domain) => domain.slice(0, -2)),
);
/** Second-level labels of country endings such as .co.uk, .com.br, .ne.jp. */
const COUNTRY_SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'ac']);

/** True for a free-mail domain or one of its subdomains (fr.yahoo.com, yahoo.co.uk). */
export function isFreeMailDomain(domain: string): boolean {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (EXACT_FREE_MAIL.has(labels.slice(i).join('.'))) return true;
    if (!FREE_MAIL_NAMES.has(labels[i])) continue;
    const ending = labels.slice(i + 1);
    if (ending.length === 1 || (ending.length === 2 && COUNTRY_SECOND_LEVELS.has(ending[0]))) return true;
  }
  return false;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const DOMAIN =
  /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?)+$/u;

/**
 * The domain of an e-mail address, URL or bare domain, lower-cased without scheme, `www.`, path,
 * port or trailing dot ("https://www.Acme.com:443/about" → "acme.com"); null if there is none.
 */
export function domainOf(text: string): string | null {
  let host = text.trim().toLowerCase();
  if (SCHEME.test(host)) {
    // A URL: the host ends at the path and may start with user@.
    host = host
      .replace(SCHEME, '')
      .replace(/[/?#].*$/, '')
      .replace(/^.*@/, '');
  } else {
    host = host.slice(host.lastIndexOf('@') + 1).replace(/[/?#].*$/, '');
  }
  host = host
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return DOMAIN.test(host) ? host : null;
}

/** The domain of text that reads as an e-mail, a URL or a bare domain (acme.com, not "Acme Inc."). */
export function answerDomain(text: string): string | null {
  const trimmed = text.trim();
  if (/\s/.test(trimmed)) return null;
  const domain = domainOf(trimmed);
  if (domain === null) return null;
  const ending = domain.slice(domain.lastIndexOf('.') + 1);
  // "S.p.A" or "v1.2" are not domains: a real ending is two letters or more.
  return /^\p{L}{2,}$/u.test(ending) ? domain : null;
}

/** The domain one level up (eu.acme.com → acme.com), or null at a registrable-looking domain. */
export function parentDomain(domain: string): string | null {
  const dot = domain.indexOf('.');
  const parent = domain.slice(dot + 1);
  return parent.includes('.') ? parent : null;
}
