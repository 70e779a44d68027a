/** What the Model tab says about a metric (src/sidebar/metric-advice.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/shared/messages/en';
import { checkDraft, draftFrom, type MetricDraft, newMetric, setWeightText } from '../../src/sidebar/draft';
import {
  adviseMetric,
  closestFreeHeader,
  isCountColumn,
  type SheetColumns,
  weightSpreadWarning,
} from '../../src/sidebar/metric-advice';
import { FIXED_BANDS } from '../sidebar/fixture';

const sheet: SheetColumns = {
  nameColumn: 0,
  headers: [
    'Account',
    'Contact e-mail',
    'Goals achieved',
    'Support tickets (90d)',
    'Active users %',
    'Status',
    'Churned',
  ],
  rows: [
    ['Initech', 'ana@initech.io', 'good', 11, '90%', 'Active', 'no'],
    ['Umbrella', 'tom@umbrella.io', 'fair', 4, '56%', 'Cancelled', 'yes'],
    ['Bluth', 'sara@bluth.com', 'poor', 0, '74%', 'Active', 'no'],
  ],
};

function metric(name: string, weight = '10', red = '', green = ''): MetricDraft {
  const draft = newMetric(name);
  setWeightText(draft, weight);
  draft.redText = red;
  draft.greenText = green;
  return draft;
}

const advise = (draft: MetricDraft, others: MetricDraft[] = [draft]) =>
  adviseMetric(draft, sheet, others, en, 'en');

describe('a metric whose column is gone', () => {
  it('names the closest header no other metric uses, even when the rename is more than a typo', () => {
    const goals = metric('Goals met');
    expect(advise(goals)).toEqual({ missing: { closest: 'Goals achieved' }, refusal: null, warning: null });
    expect(closestFreeHeader(metric('Support ticket (90d)'), sheet.headers, [])).toBe(
      'Support tickets (90d)',
    );
    // A header already taken by another metric is not offered.
    const taken = [goals, metric('Goals achieved')];
    expect(closestFreeHeader(goals, sheet.headers, taken)).not.toBe('Goals achieved');
  });

  it('offers nothing to map to when every column is taken, and says nothing of a metric that does not count', () => {
    const all = sheet.headers.map((header) => metric(header));
    expect(closestFreeHeader(metric('Logins'), sheet.headers, all)).toBeNull();
    expect(advise(metric('Logins', '0')).missing).toBeNull();
  });
});

describe('columns that must never be scored', () => {
  it('refuses the outcome, by its name or by a Status column holding cancellations, saying it leaks the answer', () => {
    expect(advise(metric('Churned')).refusal).toMatch(
      /^"Churned" says whether the account left: scoring with it leaks the answer\./,
    );
    expect(advise(metric('Status')).refusal).toMatch(/^"Status" .*leaks the answer/);
  });

  it('refuses names, IDs, e-mails and URLs', () => {
    expect(advise(metric('Account')).refusal).toBe(
      '"Account" identifies accounts (name, ID, e-mail or web address); it says nothing about health.',
    );
    expect(advise(metric('Contact e-mail')).refusal).toMatch(/^"Contact e-mail" identifies accounts/);
  });

  it('lets an ordinary column through, and one left out of the score (weight 0)', () => {
    expect(advise(metric('Support tickets (90d)'))).toEqual({ missing: null, refusal: null, warning: null });
    expect(advise(metric('Churned', '0')).refusal).toBeNull();
  });
});

describe('a percentage threshold on a count', () => {
  it('warns on "7%" for a count column, not on a share column nor on a plain number', () => {
    expect(advise(metric('Support tickets (90d)', '10', '20', '7%')).warning).toBe(
      '"Support tickets (90d)" holds counts, so "7%" means a fraction of 1. Enter a count, e.g. 7, not 7%.',
    );
    expect(advise(metric('Active users %', '10', '40%', '80%')).warning).toBeNull();
    expect(advise(metric('Support tickets (90d)', '10', '20', '7')).warning).toBeNull();
  });

  it('reads counts as whole numbers of 0 or more, some above 1', () => {
    expect(isCountColumn([0, 3, '12', ''])).toBe(true);
    expect(isCountColumn([0, 1, 1])).toBe(false);
    expect(isCountColumn([2.5, 3])).toBe(false);
    expect(isCountColumn([-1, 3])).toBe(false);
    expect(isCountColumn(['45%', 3])).toBe(false);
  });
});

describe('weights of wildly different magnitude', () => {
  it('warns when the largest is 100 times the smallest or more, naming both', () => {
    const metrics = [metric('NPS', '1000'), metric('CSAT', '5'), metric('Logins', '10')];
    expect(weightSpreadWarning(metrics, en, 'en')).toBe(
      '"NPS" weighs over 100 times as much as "CSAT", which then barely moves a score.',
    );
    expect(weightSpreadWarning([metric('NPS', '99'), metric('CSAT', '1')], en, 'en')).toBeNull();
    expect(weightSpreadWarning([metric('NPS', '1000'), metric('CSAT', '0')], en, 'en')).toBeNull();
  });
});

describe('band thresholds', () => {
  it('refuses a threshold outside 0–100 in the draft', () => {
    const draft = draftFrom(null, FIXED_BANDS);
    draft.bands.healthyAtText = '170';
    draft.bands.unhealthyBelowText = '-5';
    const check = checkDraft(draft, en);
    expect(check.bandErrors).toEqual({ healthyAt: en.bandOutOfRange, unhealthyBelow: en.bandOutOfRange });
    expect(check.bands).toBeNull();
    draft.bands.healthyAtText = '100';
    draft.bands.unhealthyBelowText = '0';
    expect(checkDraft(draft, en).bands).toEqual({ kind: 'fixed', healthyAt: 100, unhealthyBelow: 0 });
  });
});
