/**
 * Which account a survey response belongs to: by the respondent's e-mail domain, then by what they
 * answered (a domain, the account's name or its ID), or by an assignment the user made earlier.
 * When two accounts fit equally the response stays unmatched: a wrong account is worse than none.
 */
import { fail } from '../args';
import { isBlank, normalizeKey } from '../cells';
import { answerDomain, domainOf, isFreeMailDomain, parentDomain } from './domains';
import { idKey, nameKey } from './names';
import { foldText, wordsOf } from './text';

/** Headers (compared folded, punctuation as spaces) that name the account key column, best first. */
export const ACCOUNT_KEY_HEADERS: readonly string[] = [
  'account name',
  'account',
  'company name',
  'company',
  'customer name',
  'customer',
  'client name',
  'client',
  'organisation name',
  'organization name',
  'organisation',
  'organization',
  'nome azienda',
  'azienda',
  'ragione sociale',
  'cliente',
  'nume companie',
  'companie',
  'firma',
  'nume client',
  'نام شرکت',
  'شرکت',
  'مشتری',
  'ชื่อบริษัท',
  'บริษัท',
  'ลูกค้า',
  'name',
  'nome',
  'nume',
  'نام',
  'ชื่อ',
];

export const ACCOUNT_ID_HEADERS: readonly string[] = [
  'account id',
  'customer id',
  'client id',
  'company id',
  'organisation id',
  'organization id',
  'id',
  'crm id',
  'salesforce id',
  'hubspot id',
  'external id',
  'account number',
  'customer number',
  'account no',
  'customer no',
  'codice cliente',
  'id cliente',
  'cod client',
  'id client',
  'شناسه',
  'کد مشتری',
  'รหัสลูกค้า',
];

/** Columns holding the account's web domain (or website URL). */
export const DOMAIN_HEADERS: readonly string[] = [
  'domain',
  'email domain',
  'company domain',
  'website',
  'web site',
  'website url',
  'url',
  'homepage',
  'web',
  'site',
  'dominio',
  'sito web',
  'sito',
  'domeniu',
  'site web',
  'دامنه',
  'وب سایت',
  'وب‌سایت',
  'โดเมน',
  'เว็บไซต์',
];

/** Columns of the account's e-mail address, whose domain is used when there is no domain column. */
export const EMAIL_HEADERS: readonly string[] = [
  'email',
  'e mail',
  'email address',
  'e mail address',
  'contact email',
  'primary email',
  'main email',
  'billing email',
  'indirizzo email',
  'adresa email',
  'ایمیل',
  'อีเมล',
];

/** What identifies a response: the respondent's e-mail and their answer to the account question. */
export interface MatchInput {
  email?: string;
  answer?: string;
}

export interface AccountMatch {
  /** The account key cell's text exactly as in the sheet. */
  account: string;
  by: 'domain' | 'name' | 'id' | 'assigned';
}

/** Accounts the user picked for responses that did not match, by {@link assignmentKey}. */
export type Assignments = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface AccountColumns {
  key: number;
  id: number | null;
  domain: number | null;
  /** Whether `domain` holds domains/URLs or e-mail addresses. */
  domainFrom: 'domain' | 'email' | null;
}

export interface AccountIndex {
  readonly columns: AccountColumns;
  /** Distinct accounts in sheet order, as their key cells read (what an assignment can pick). */
  readonly accounts: readonly string[];
  match(response: MatchInput, assignments?: Assignments): AccountMatch | null;
}

/** Lookup table whose entry is null when two different accounts share the key. */
type UniqueIndex = Map<string, string | null>;

export function buildAccountIndex(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  keyColumn?: number,
): AccountIndex {
  const columns = findColumns(headers, keyColumn);
  const accountsByKey = new Map<string, string>();
  // The name as written (case and spacing aside), before legal suffixes are stripped: "Rekall
  // S.r.l." finds its account even when a sibling "Rekall S.p.A." shares the stripped name.
  const byExactName: UniqueIndex = new Map();
  const byName: UniqueIndex = new Map();
  const byId: UniqueIndex = new Map();
  const byDomain: UniqueIndex = new Map();
  for (const row of rows) {
    const cell = row[columns.key];
    if (isBlank(cell)) continue;
    const account = String(cell);
    if (!accountsByKey.has(normalizeKey(account))) accountsByKey.set(normalizeKey(account), account);
    addUnique(byExactName, normalizeKey(account), account);
    addUnique(byName, nameKey(account), account);
    if (columns.id !== null && !isBlank(row[columns.id]))
      addUnique(byId, idKey(String(row[columns.id])), account);
    if (columns.domain !== null && !isBlank(row[columns.domain])) {
      for (const domain of domainsIn(String(row[columns.domain]))) addUnique(byDomain, domain, account);
    }
  }

  /** The account of a domain or, failing that, of its closest parent (eu.acme.com → acme.com). */
  const accountOfDomain = (domain: string | null): string | null => {
    if (domain === null || isFreeMailDomain(domain)) return null;
    for (let level: string | null = domain; level !== null; level = parentDomain(level)) {
      const account = byDomain.get(level);
      if (account !== undefined) return account;
    }
    return null;
  };

  const assigned = (response: MatchInput, assignments: Assignments | undefined): string | null => {
    const key = assignmentKey(response);
    const account = key === '' || assignments === undefined ? undefined : lookup(assignments, key);
    // An assignment to an account since deleted or renamed no longer holds.
    return account === undefined ? null : (accountsByKey.get(normalizeKey(account)) ?? null);
  };

  const match = (response: MatchInput, assignments?: Assignments): AccountMatch | null => {
    const assignedAccount = assigned(response, assignments);
    if (assignedAccount !== null) return { account: assignedAccount, by: 'assigned' };
    const email = response.email?.trim() ?? '';
    const byEmail = email.includes('@') ? accountOfDomain(domainOf(email)) : null;
    if (byEmail !== null) return { account: byEmail, by: 'domain' };
    const answer = response.answer ?? '';
    if (isBlank(answer)) return null;
    const exact = byExactName.get(normalizeKey(answer));
    if (exact) return { account: exact, by: 'name' };
    const byAnswerDomain = accountOfDomain(answerDomain(answer));
    if (byAnswerDomain !== null) return { account: byAnswerDomain, by: 'domain' };
    const byNameAccount = byName.get(nameKey(answer));
    if (byNameAccount) return { account: byNameAccount, by: 'name' };
    const byIdAccount = byId.get(idKey(answer));
    if (byIdAccount) return { account: byIdAccount, by: 'id' };
    return null;
  };

  return { columns, accounts: [...accountsByKey.values()], match };
}

/**
 * The key a manual assignment of an unmatched response is remembered under, so later responses
 * from the same company follow it: the answer's name key if there is one, else the e-mail
 * lower-cased; '' when the response has neither.
 */
export function assignmentKey(response: MatchInput): string {
  const answer = nameKey(response.answer ?? '');
  return answer !== '' ? answer : (response.email ?? '').trim().toLowerCase();
}

function lookup(assignments: Assignments, key: string): string | undefined {
  if (assignments instanceof Map) return assignments.get(key);
  const record = assignments as Readonly<Record<string, string>>;
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Accounts differing only in case or spacing are one account (SURVEYSCORE matches them alike). */
function addUnique(index: UniqueIndex, key: string, account: string): void {
  if (key === '') return;
  const existing = index.get(key);
  if (existing === undefined) index.set(key, account);
  else if (existing !== null && normalizeKey(existing) !== normalizeKey(account)) index.set(key, null);
}

/** Domains of a website or e-mail cell, which may list several ("acme.com, acme.io"). */
function domainsIn(cell: string): string[] {
  const domains: string[] = [];
  for (const part of cell.split(/[\s,;]+/)) {
    const domain = part === '' ? null : domainOf(part);
    if (domain !== null && !isFreeMailDomain(domain)) domains.push(domain);
  }
  return domains;
}

const headerKey = (header: unknown) => wordsOf(foldText(String(header ?? ''))).join(' ');

function findColumns(headers: readonly unknown[], keyColumn: number | undefined): AccountColumns {
  if (keyColumn !== undefined && !(Number.isInteger(keyColumn) && keyColumn >= 0)) {
    fail(`The account key column must be a column number from 0, not ${keyColumn}.`);
  }
  if (keyColumn !== undefined && headers.length > 0 && keyColumn >= headers.length) {
    fail(`The account key column ${keyColumn} is past the last header (the sheet has ${headers.length}).`);
  }
  const keys = headers.map(headerKey);
  const find = (candidates: readonly string[], taken: readonly number[]): number | null => {
    for (const candidate of candidates) {
      const folded = headerKey(candidate);
      const column = keys.findIndex((key, i) => key === folded && !taken.includes(i));
      if (column !== -1) return column;
    }
    return null;
  };
  const key = keyColumn ?? find(ACCOUNT_KEY_HEADERS, []) ?? 0;
  const id = find(ACCOUNT_ID_HEADERS, [key]);
  const taken = id === null ? [key] : [key, id];
  const domain = find(DOMAIN_HEADERS, taken);
  if (domain !== null) return { key, id, domain, domainFrom: 'domain' };
  const email = find(EMAIL_HEADERS, taken);
  return { key, id, domain: email, domainFrom: email === null ? null : 'email' };
}
