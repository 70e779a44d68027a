/** Workbooks and forms shared by the survey import tests (tests/addon/surveys*.test.ts). */
import type { FormResponseSpec, FormSpec } from '../../dev/emulator';
import type { SurveyMapping } from '../../src/shared/protocol';
import { type Addon, workbookWith } from './helpers';

export const NOW = '2024-05-10T00:00:00Z';

/** Accounts with a Domain column and no NPS / CSAT yet, so the import adds those columns. */
export function surveyAccounts(): unknown[][] {
  return [
    ['Account', 'Domain', 'ARR', 'Logins'],
    ['Acme Inc', 'acme.com', 1000, 40],
    ['Globex S.p.A.', 'globex.it', 2000, 10],
    ['Initech', 'initech.io', 3000, 25],
    ['Umbrella Corp', 'umbrella.co.uk', 500, 30],
  ];
}

export const Q = {
  nps: 'How likely are you to recommend us to a colleague?',
  csat: 'How satisfied are you with our support?',
  company: 'Company name',
  comment: 'Any comments?',
} as const;

export function pulseSpec(responses: FormResponseSpec[], extra: Partial<FormSpec> = {}): FormSpec {
  return {
    title: 'Customer pulse',
    collectsEmail: true,
    items: [
      { title: Q.nps, type: 'SCALE', lower: 0, upper: 10 },
      { title: Q.csat, type: 'SCALE', lower: 1, upper: 5 },
      { title: Q.company, type: 'TEXT' },
      { title: Q.comment, type: 'PARAGRAPH_TEXT' },
    ],
    responses,
    ...extra,
  };
}

/** A response on day `day` of May 2024. */
export function answer(
  id: string,
  day: number,
  email: string,
  answers: Partial<Record<keyof typeof Q, unknown>>,
): FormResponseSpec {
  const byTitle: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(answers)) byTitle[Q[field as keyof typeof Q]] = value;
  return { id, timestamp: `2024-05-${String(day).padStart(2, '0')}T09:00:00Z`, email, answers: byTitle };
}

/** Three responses: matched by e-mail domain, by a name with a legal suffix, and not at all. */
export function threeResponses(): FormResponseSpec[] {
  return [
    answer('r1', 1, 'ann@acme.com', { nps: 9, csat: 5, comment: 'Great support' }),
    answer('r2', 2, 'bob@gmail.com', { nps: 3, csat: 2, company: 'Globex SpA' }),
    answer('r3', 3, 'cy@hotmail.com', { nps: 7, company: 'Nobody Ltd' }),
  ];
}

/** The account sheet, set up (score columns and Health Model), at NOW. */
export function setUpSurveys(
  sheets: Record<string, unknown[][]> = { Accounts: surveyAccounts() },
): ReturnType<typeof workbookWith> & { addon: Addon } {
  const built = workbookWith(sheets);
  built.workbook.setNow(NOW);
  built.addon.setUpHealthScore(Object.keys(sheets)[0]);
  return built;
}

export const SURVEY = 'Survey Responses';

/**
 * A mapping as the sidebar sends it: every field, those not given null (no question). The server
 * reads a missing field as null too, so this only spells out what a partial mapping meant.
 */
export function surveyMapping(fields: Partial<SurveyMapping>): SurveyMapping {
  return {
    nps: null,
    csat: null,
    csatScale: null,
    ces: null,
    cesScale: null,
    account: null,
    comment: null,
    ...fields,
  };
}

/** Survey Responses rows by Response ID (header left out). */
export function rowsById(values: unknown[][]): Map<string, unknown[]> {
  return new Map(values.slice(1).map((row) => [String(row[0]), row]));
}
