import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerDomain,
  assignmentKey,
  buildAccountIndex,
  domainOf,
  FREE_MAIL_DOMAINS,
  idKey,
  isFreeMailDomain,
  nameKey,
  suggestAccount,
} from '../../src/core/survey-import';

const HEADERS = ['Account name', 'Owner', 'Website', 'Account ID', 'ARR'];
const ROWS = [
  ['Acme, Inc.', 'ann', 'https://www.acme.com/about', 'ACC-001', 1000],
  ['Globex GmbH', 'bob', 'globex.de', 'ACC-002', 2000],
  ['Initech EU', 'cat', 'eu.initech.com', 'ACC-003', 3000],
  ['Initech', 'cat', 'initech.com', 'ACC-004', 4000],
  ['Società Rossi S.p.A.', 'dan', 'rossi.it', 'ACC-005', 5000],
  ['', 'eve', 'ghost.com', 'ACC-006', 0],
];
const index = buildAccountIndex(HEADERS, ROWS);

describe('domainOf', () => {
  it.each([
    ['https://www.Acme.com/about?x=1#top', 'acme.com'],
    ['http://acme.com:8080', 'acme.com'],
    ['www2.acme.com.', 'acme.com'],
    ['ACME.COM/', 'acme.com'],
    ['Jane.Doe@Sales.Acme.com', 'sales.acme.com'],
    ['mailto:jane@acme.com', 'acme.com'],
    ['https://user@acme.com/@john', 'acme.com'],
    ['  acme.co.uk  ', 'acme.co.uk'],
  ])('%s → %s', (text, domain) => {
    expect(domainOf(text)).toBe(domain);
  });

  it.each(['Acme', '', 'https://', 'acme..com', '-acme.com'])('%s has no domain', (text) => {
    expect(domainOf(text)).toBeNull();
  });

  it('reads answers as domains only when they look like one', () => {
    expect(answerDomain('acme.com')).toBe('acme.com');
    expect(answerDomain('jane@acme.com')).toBe('acme.com');
    expect(answerDomain('Acme Inc.')).toBeNull();
    expect(answerDomain('S.p.A.')).toBeNull();
    expect(answerDomain('v1.2')).toBeNull();
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.co.uk',
    'hotmail.it',
    'live.com',
    'msn.com',
    'yahoo.com',
    'yahoo.co.jp',
    'fr.yahoo.com',
    'icloud.com',
    'me.com',
    'aol.com',
    'proton.me',
    'protonmail.com',
    'gmx.de',
    'gmx.net',
    'web.de',
    'mail.ru',
    'yandex.ru',
    'libero.it',
    'virgilio.it',
    'qq.com',
    '163.com',
  ])('%s is free mail', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(['acme.com', 'live.acme.com', 'yahooligans.com', 'mygmail.com', 'gmail.acme.com.au'])(
    '%s is not free mail',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(false);
    },
  );

  it('lists every exact entry as free mail', () => {
    for (const domain of FREE_MAIL_DOMAINS.filter((entry) => !entry.endsWith('.*'))) {
      expect(isFreeMailDomain(domain), domain).toBe(true);
    }
  });
});

describe('nameKey and idKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME inc', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme Ltd.', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme S.r.l.', 'acme'],
    ['Acme Srl', 'acme'],
    ['Acme S.p.A.', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SAS', 'acme'],
    ['Acme S.A.R.L.', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme NV', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme & Co.', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme PLC', 'acme'],
    ['Acme Oy', 'acme'],
    ['Acme AB', 'acme'],
    ['Acme K.K.', 'acme'],
    ['The Acme Company', 'acme'],
    ['S.C. Acme S.R.L.', 'acme'],
    ['  A c m e  ', 'acme'],
    ['Société Générale', 'societegenerale'],
    ['Ştefănescu Ţesături SRL', 'stefanescutesaturi'],
    ['บริษัท เอบีซี จำกัด (มหาชน)', 'เอบีซี'],
    ['บริษัทเอบีซีจำกัด', 'เอบีซี'],
    ['شرکت ایران خودرو سهامی عام', 'ایرانخودرو'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('keeps a name that is only a legal form', () => {
    expect(nameKey('Corp')).toBe('corp');
    expect(nameKey('Co. Ltd')).toBe('co');
  });

  it('compares IDs without case, spacing or punctuation', () => {
    expect(idKey('ACC-001')).toBe(idKey(' acc 001 '));
    expect(idKey('ACC-001')).not.toBe(idKey('ACC-010'));
  });

  it('is idempotent and ignores case (property)', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(nameKey(name.toUpperCase())).toBe(nameKey(name.toLowerCase()));
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
      }),
    );
  });
});

describe('buildAccountIndex: columns', () => {
  it('finds the key, ID and domain columns by header', () => {
    expect(index.columns).toEqual({ key: 0, id: 3, domain: 2, domainFrom: 'domain' });
    expect(index.accounts).toEqual([
      'Acme, Inc.',
      'Globex GmbH',
      'Initech EU',
      'Initech',
      'Società Rossi S.p.A.',
    ]);
  });

  it('recognises other header spellings and defaults the key to column 0', () => {
    expect(buildAccountIndex(['Notes', 'Customer', 'Customer ID', 'Web site'], []).columns).toEqual({
      key: 1,
      id: 2,
      domain: 3,
      domainFrom: 'domain',
    });
    expect(buildAccountIndex(['Tier', 'ARR'], []).columns).toEqual({
      key: 0,
      id: null,
      domain: null,
      domainFrom: null,
    });
    expect(buildAccountIndex(['Organization', 'ID', 'E-mail'], []).columns).toEqual({
      key: 0,
      id: 1,
      domain: 2,
      domainFrom: 'email',
    });
  });

  it('honours an explicit key column and rejects a bad one', () => {
    expect(buildAccountIndex(['Name', 'Account'], [], 0).columns.key).toBe(0);
    expect(buildAccountIndex(['Name', 'Account'], []).columns.key).toBe(1);
    expect(() => buildAccountIndex(['Name'], [], 3)).toThrow(/past the last header/);
    expect(() => buildAccountIndex(['Name'], [], -1)).toThrow(/column number/);
  });
});

describe('AccountIndex.match', () => {
  it('matches the e-mail domain to the website column, returning the key text as in the sheet', () => {
    expect(index.match({ email: 'jane@acme.com' })).toEqual({ account: 'Acme, Inc.', by: 'domain' });
    expect(index.match({ email: ' Jane@ACME.com ' })).toEqual({ account: 'Acme, Inc.', by: 'domain' });
  });

  it('matches a subdomain to its parent, unless a closer account exists', () => {
    expect(index.match({ email: 'x@sales.acme.com' })).toEqual({ account: 'Acme, Inc.', by: 'domain' });
    expect(index.match({ email: 'x@eu.initech.com' })).toEqual({ account: 'Initech EU', by: 'domain' });
    expect(index.match({ email: 'x@paris.eu.initech.com' })).toEqual({ account: 'Initech EU', by: 'domain' });
    expect(index.match({ email: 'x@us.initech.com' })).toEqual({ account: 'Initech', by: 'domain' });
  });

  it('never matches free-mail domains, even when an account lists one', () => {
    const withGmail = buildAccountIndex(['Account', 'Domain'], [['Solo Consulting', 'gmail.com']]);
    expect(withGmail.match({ email: 'solo@gmail.com' })).toBeNull();
    expect(withGmail.match({ answer: 'gmail.com' })).toBeNull();
    expect(index.match({ email: 'jane@gmail.com' })).toBeNull();
  });

  it('falls back from a free-mail address to the answer', () => {
    expect(index.match({ email: 'jane@gmail.com', answer: 'ACME inc' })).toEqual({
      account: 'Acme, Inc.',
      by: 'name',
    });
  });

  it('matches answers by name ignoring case, spacing, punctuation, accents and legal forms', () => {
    for (const answer of ['acme', 'ACME Inc', 'Acme, Incorporated', ' acme  ltd. ', 'A.C.M.E. LLC']) {
      expect(index.match({ answer }), answer).toEqual({ account: 'Acme, Inc.', by: 'name' });
    }
    expect(index.match({ answer: 'Societa Rossi' })).toEqual({ account: 'Società Rossi S.p.A.', by: 'name' });
    expect(index.match({ answer: 'globex' })).toEqual({ account: 'Globex GmbH', by: 'name' });
  });

  it('matches answers by ID', () => {
    expect(index.match({ answer: 'acc 002' })).toEqual({ account: 'Globex GmbH', by: 'id' });
  });

  it('reads answers that are domains, URLs or e-mails as domains', () => {
    expect(index.match({ answer: 'https://www.globex.de/en' })).toEqual({
      account: 'Globex GmbH',
      by: 'domain',
    });
    expect(index.match({ answer: 'rossi.it' })).toEqual({ account: 'Società Rossi S.p.A.', by: 'domain' });
    expect(index.match({ answer: 'mario@rossi.it' })).toEqual({
      account: 'Società Rossi S.p.A.',
      by: 'domain',
    });
  });

  it('prefers the e-mail domain over the answer', () => {
    expect(index.match({ email: 'x@globex.de', answer: 'Acme' })).toEqual({
      account: 'Globex GmbH',
      by: 'domain',
    });
  });

  it('returns null for unknown companies and blank responses', () => {
    expect(index.match({ email: 'x@umbrella.com', answer: 'Umbrella' })).toBeNull();
    expect(index.match({})).toBeNull();
    expect(index.match({ answer: '   ' })).toBeNull();
    expect(index.match({ email: 'not an e-mail' })).toBeNull();
  });

  it('skips rows without a key', () => {
    expect(index.match({ email: 'x@ghost.com' })).toBeNull();
  });

  it('returns null rather than guessing between accounts that normalise alike', () => {
    const twins = buildAccountIndex(
      ['Account', 'Domain'],
      [
        ['Acme Inc', 'acme.com'],
        ['ACME Ltd', 'acme.io'],
        ['Shared Ltd', 'shared.com'],
        ['Shared Two', 'shared.com'],
      ],
    );
    expect(twins.match({ answer: 'Acme' })).toBeNull();
    // The exact name is no guess: it wins before the legal suffix is stripped.
    expect(twins.match({ answer: 'Acme Inc' })).toEqual({ account: 'Acme Inc', by: 'name' });
    expect(twins.match({ email: 'x@shared.com' })).toBeNull();
    // The domains still tell the twins apart.
    expect(twins.match({ email: 'x@acme.io', answer: 'Acme' })).toEqual({
      account: 'ACME Ltd',
      by: 'domain',
    });
  });

  it('treats rows of the same account (case or spacing aside) as one, not as ambiguous', () => {
    const dup = buildAccountIndex(
      ['Account', 'Domain'],
      [
        ['Acme', 'acme.com'],
        ['acme ', 'acme.com'],
      ],
    );
    expect(dup.match({ answer: 'Acme' })).toEqual({ account: 'Acme', by: 'name' });
    expect(dup.match({ email: 'a@acme.com' })).toEqual({ account: 'Acme', by: 'domain' });
    expect(dup.accounts).toEqual(['Acme']);
  });

  it('uses the domain of an e-mail column, and every domain of a cell listing several', () => {
    const byEmail = buildAccountIndex(
      ['Company', 'Email'],
      [
        ['Umbrella', 'ceo@umbrella.com'],
        ['Freelancer', 'me@gmail.com'],
      ],
    );
    expect(byEmail.match({ email: 'x@umbrella.com' })).toEqual({ account: 'Umbrella', by: 'domain' });
    expect(byEmail.match({ email: 'x@gmail.com' })).toBeNull();
    const several = buildAccountIndex(
      ['Account', 'Domain'],
      [['Hooli', 'hooli.com, hooli.io; https://hooli.xyz']],
    );
    expect(several.match({ email: 'x@hooli.xyz' })).toEqual({ account: 'Hooli', by: 'domain' });
  });

  it('matches numeric key and ID cells', () => {
    const numeric = buildAccountIndex(['Customer ID', 'Name'], [[1001, 'Vandelay']]);
    expect(numeric.columns).toMatchObject({ key: 1, id: 0 });
    expect(numeric.match({ answer: '1001' })).toEqual({ account: 'Vandelay', by: 'id' });
  });

  it('matches Thai and Persian company names', () => {
    const local = buildAccountIndex(['บริษัท'], [['บริษัท เอบีซี จำกัด'], ['شرکت ایران خودرو']]);
    expect(local.match({ answer: 'เอบีซี' })).toEqual({ account: 'บริษัท เอบีซี จำกัด', by: 'name' });
    expect(local.match({ answer: 'ايران خودرو' })).toEqual({ account: 'شرکت ایران خودرو', by: 'name' });
  });
});

describe('assignments', () => {
  it('keys by the normalised answer, else the lower-cased e-mail', () => {
    expect(assignmentKey({ answer: 'Umbrella Corp.', email: 'x@umbrella.com' })).toBe('umbrella');
    expect(assignmentKey({ answer: 'umbrella', email: 'y@gmail.com' })).toBe('umbrella');
    expect(assignmentKey({ email: ' Jane@Gmail.com ' })).toBe('jane@gmail.com');
    expect(assignmentKey({ answer: '--', email: 'Jane@Gmail.com' })).toBe('jane@gmail.com');
    expect(assignmentKey({})).toBe('');
  });

  it('applies a remembered assignment before any rule, as a Map or a plain object', () => {
    const response = { email: 'jane@gmail.com', answer: 'Umbrella Corp' };
    expect(index.match(response)).toBeNull();
    const assignments = { [assignmentKey(response)]: 'Globex GmbH' };
    expect(index.match(response, assignments)).toEqual({ account: 'Globex GmbH', by: 'assigned' });
    expect(index.match({ answer: 'UMBRELLA' }, new Map(Object.entries(assignments)))).toEqual({
      account: 'Globex GmbH',
      by: 'assigned',
    });
    // It wins even over a rule that would match.
    expect(index.match({ answer: 'acme' }, { acme: 'Initech' })).toEqual({
      account: 'Initech',
      by: 'assigned',
    });
  });

  it('returns the account as the sheet now spells it, and drops assignments to accounts that are gone', () => {
    expect(index.match({ answer: 'Umbrella' }, { umbrella: '  globex gmbh' })).toEqual({
      account: 'Globex GmbH',
      by: 'assigned',
    });
    expect(index.match({ answer: 'Umbrella' }, { umbrella: 'Deleted Account' })).toBeNull();
  });

  it('ignores inherited object keys', () => {
    expect(index.match({ answer: 'constructor' }, {})).toBeNull();
  });
});

describe('an exact name before legal suffixes are stripped', () => {
  it('matches "Rekall S.r.l." although a sibling differs only by its legal suffix', () => {
    const index = buildAccountIndex(['Account'], [['Rekall S.r.l.'], ['Rekall S.p.A.'], ['Initech']]);
    expect(index.match({ answer: 'Rekall S.r.l.' })).toEqual({ account: 'Rekall S.r.l.', by: 'name' });
    expect(index.match({ answer: '  rekall s.p.a. ' })).toEqual({ account: 'Rekall S.p.A.', by: 'name' });
    // Without the suffix it could be either: unmatched, never a guess.
    expect(index.match({ answer: 'Rekall' })).toBeNull();
  });
});

describe('suggestAccount: typos and abbreviations, only suggested', () => {
  const accounts = ['Initech', 'International Business Machines Corp.', 'Globex S.p.A.', 'Umbrella Corp'];
  it('suggests the account a small typo or an abbreviation means', () => {
    expect(suggestAccount('Initek', accounts)).toBe('Initech');
    expect(suggestAccount('IBM', accounts)).toBe('International Business Machines Corp.');
    expect(suggestAccount('Globx', accounts)).toBe('Globex S.p.A.');
  });
  it('suggests nothing far off, too short, or fitting two accounts alike', () => {
    expect(suggestAccount('Hooli', accounts)).toBeNull();
    expect(suggestAccount('A', accounts)).toBeNull();
    expect(suggestAccount('Acme', ['Acne', 'Acma'])).toBeNull();
  });
  it('never makes the index match: the response stays unmatched until the user assigns it', () => {
    expect(
      buildAccountIndex(
        ['Account'],
        accounts.map((account) => [account]),
      ).match({ answer: 'Initek' }),
    ).toBeNull();
  });
});
