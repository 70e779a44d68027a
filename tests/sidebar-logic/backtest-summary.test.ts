/** The Backtest tab's reading of headers and learned weights, without the DOM. */
import { describe, expect, it } from 'vitest';
import { DOMINANT_SHARE, dominantMetric, guessOutcomeColumn } from '../../src/sidebar/backtest-summary';

describe('guessOutcomeColumn', () => {
  it('finds the outcome columns of public churn data and in the five languages', () => {
    expect(guessOutcomeColumn(['RowNumber', 'Tenure', 'Exited'])).toBe('Exited');
    expect(guessOutcomeColumn(['Age', 'Attrition_Flag'])).toBe('Attrition_Flag');
    expect(guessOutcomeColumn(['Cliente', 'Disdetta'])).toBe('Disdetta');
    expect(guessOutcomeColumn(['حساب', 'ریزش'])).toBe('ریزش');
    // As before: a Status column when nothing names churn.
    expect(guessOutcomeColumn(['Account', 'Status'])).toBe('Status');
    expect(guessOutcomeColumn(['Account', 'Logins'])).toBeNull();
  });
});

describe('dominantMetric', () => {
  it('flags a model with almost all its weight on one metric, and only then', () => {
    expect(
      dominantMetric([
        { metric: 'Logins', weight: 100 },
        { metric: 'NPS', weight: 0 },
      ]),
    ).toEqual({
      metric: 'Logins',
      share: 1,
    });
    expect(
      dominantMetric([
        { metric: 'Logins', weight: 80 },
        { metric: 'NPS', weight: 20 },
      ])?.share,
    ).toBe(DOMINANT_SHARE);
    expect(
      dominantMetric([
        { metric: 'Logins', weight: 79 },
        { metric: 'NPS', weight: 21 },
      ]),
    ).toBeNull();
    expect(dominantMetric([{ metric: 'Logins', weight: 0 }])).toBeNull();
  });
});
