import { describe, expect, it } from 'vitest';
import { healthBand } from '../../src/core/bands';
import { healthExplain, healthGroups } from '../../src/core/explain';
import { healthScore } from '../../src/core/healthscore';
import { modelToTable, parseModelTable } from '../../src/core/model';
import { parseSegmentText } from '../../src/core/segments';
import { healthWeights } from '../../src/core/weights';

const NOW = Date.UTC(2026, 11, 4);
const headers = [['Account', 'Tier', 'Usage', 'Tickets']];
const accounts = [
  ['Acme', 'Enterprise', 90, 10],
  ['Bolt', 'enterprise ', 30, 0],
  ['Core', 'SMB', 90, 10],
  ['Dart', '', 30, 0],
  ['', '', '', ''],
];
const header = ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Segment'];
/** Default model: usage only. Enterprise: tickets only (fewer is better). */
const model = [
  header,
  ['Usage', 1, 0, 100, 'Adoption', ''],
  ['Tickets', 1, 10, 0, 'Support', 'Tier = Enterprise, Strategic'],
];

describe('a model per segment', () => {
  it('scores each account with its segment’s rows and the rest with the default rows', () => {
    expect(healthScore(accounts, headers, model, 0.5, NOW)).toEqual([[0], [100], [90], [30], ['']]);
  });

  it('ranks percentile thresholds within the segment', () => {
    const percentile = [
      header,
      ['Usage', 1, 'P0', 'P100', '', ''],
      ['Usage', 1, 'P0', 'P100', '', 'Tier = Enterprise'],
    ];
    // Enterprise usage runs 30–90, the others' 30–90 as well but apart: each ranks in its own call.
    const rows = [
      ['A', 'Enterprise', 50, 0],
      ['B', 'Enterprise', 60, 0],
      ['C', 'SMB', 10, 0],
      ['D', 'SMB', 20, 0],
    ];
    expect(healthScore(rows, headers, percentile, 0.5, NOW)).toEqual([[0], [100], [0], [100]]);
  });

  it('without default rows, an account of another segment is N/A and its explanation names the segment', () => {
    const only = [header, ['Tickets', 1, 10, 0, '', 'Tier = Enterprise']];
    expect(healthScore(accounts, headers, only, 0.5, NOW)).toEqual([[0], [100], ['N/A'], ['N/A'], ['']]);
    const texts = healthExplain(accounts, headers, only, 3, NOW) as string[][];
    expect(texts[2][0]).toBe('no model for Tier = SMB');
    expect(texts[3][0]).toBe('no model for Tier = ""');
    expect(texts[4][0]).toBe('');
  });

  it('explains and groups each account by its own segment’s metrics', () => {
    const texts = healthExplain(accounts, headers, model, 3, NOW) as string[][];
    expect(texts.map((row) => row[0])).toEqual(['Tickets -100.0', '', 'Usage -10.0', 'Usage -70.0', '']);
    expect(healthGroups(accounts, headers, model, NOW)).toEqual([
      ['', 0],
      ['', 100],
      [90, ''],
      [30, ''],
      ['', ''],
    ]);
  });

  it('refuses what would make the segments ambiguous, naming the model row', () => {
    const twoColumns = [...model, ['Usage', 1, 0, 100, '', 'Region = EMEA']];
    expect(() => parseModelTable(twoColumns)).toThrow(/row 4.*"Region".*"Tier"/);
    const valueTwice = [...model, ['Usage', 1, 0, 100, '', 'Tier = Strategic']];
    expect(() => parseModelTable(valueTwice)).toThrow(/row 4.*"Strategic".*Tier = Enterprise, Strategic/);
    const noWeight = [...model, ['Usage', 0, 0, 100, '', 'Tier = SMB']];
    expect(() => parseModelTable(noWeight)).toThrow(/row 4.*segment Tier = SMB has weight 0/);
    expect(() => parseModelTable([...model, ['Usage', 1, 0, 100, '', 'Enterprise']])).toThrow(
      /row 4.*Segment "Enterprise" should look like Column = value/,
    );
    // One metric may appear once per segment.
    expect(parseModelTable([...model, ['Usage', 1, 0, 100, '', 'Tier=SMB']]).metrics).toHaveLength(3);
    expect(() =>
      parseModelTable([...model, ['Tickets', 1, 10, 0, '', 'tier = enterprise, strategic']]),
    ).toThrow(/row 4.*listed twice/);
  });

  it('names the segment column and the closest header when the account sheet has none', () => {
    const renamed = [['Account', 'Tiers', 'Usage', 'Tickets']];
    expect(() => healthScore(accounts, renamed, model, 0.5, NOW)).toThrow(
      /segments use the column "Tier".*closest header: "Tiers"/,
    );
  });

  it('checks every segment’s metrics even when no account is in it', () => {
    const ghost = [...model, ['Renewals', 1, 0, 1, '', 'Tier = Startup']];
    expect(() => healthScore(accounts, headers, ghost, 0.5, NOW)).toThrow(/Renewals/);
  });

  it('writes the Segment column back only for a model that has segments', () => {
    const table = modelToTable(parseModelTable(model));
    expect(table[0].at(-1)).toBe('Segment');
    expect(table[2].at(-1)).toBe('Tier = Enterprise, Strategic');
    expect(parseModelTable(table)).toEqual(parseModelTable(model));
    expect(modelToTable(parseModelTable(model.map((row) => row.slice(0, 5))))[0]).not.toContain('Segment');
  });

  it('reads segment cells with = or :, and , or ; between values', () => {
    expect(parseSegmentText(' Plan : Pro ;  Business ')).toEqual({
      column: 'Plan',
      values: ['Pro', 'Business'],
    });
    expect(parseSegmentText('Plan =')).toBeNull();
  });

  it('leaves HEALTHBAND and a model without segments as they were', () => {
    expect(healthScore(accounts, headers, model.map((row) => row.slice(0, 5)).slice(0, 2), 0.5, NOW)).toEqual(
      [[90], [30], [90], [30], ['']],
    );
    expect(healthBand([[90], [30]], 70, 40)).toEqual([['Healthy'], ['Unhealthy']]);
  });
});

describe('HEALTHWEIGHTS per segment', () => {
  /** Enterprise churns when tickets are high; SMB when usage is low; noise elsewhere. */
  function portfolio(n: number): { rows: unknown[][]; outcomes: boolean[] } {
    const rows: unknown[][] = [];
    const outcomes: boolean[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < n; i++) {
      const enterprise = i % 2 === 0;
      const usage = Math.round(random() * 100);
      const tickets = Math.round(random() * 20);
      const risk = enterprise ? tickets / 20 : 1 - usage / 100;
      rows.push([`A${i}`, enterprise ? 'Enterprise' : 'SMB', usage, tickets]);
      outcomes.push(random() < risk * 0.8);
    }
    return { rows, outcomes };
  }

  it('learns each segment from its own accounts and keeps the Segment column', () => {
    const { rows, outcomes } = portfolio(800);
    const table = [
      header,
      ['Usage', 50, '', '', '', ''],
      ['Tickets', 50, '', '', '', ''],
      ['Usage', 50, '', '', '', 'Tier = Enterprise'],
      ['Tickets', 50, '', '', '', 'Tier = Enterprise'],
    ];
    const learned = healthWeightsOf(rows, table, outcomes);
    expect(learned[0]).toEqual(['Metric', 'Weight', 'Red', 'Green', 'AUC', 'Group', 'Segment']);
    const weight = (r: number) => learned[r][1] as number;
    // Default rows learn from SMB accounts (usage matters); Enterprise rows from theirs (tickets).
    expect(weight(1)).toBeGreaterThan(weight(2));
    expect(weight(4)).toBeGreaterThan(weight(3));
    expect(weight(1) + weight(2)).toBeCloseTo(100, 5);
    expect(weight(3) + weight(4)).toBeCloseTo(100, 5);
    expect(learned[3][6]).toBe('Tier = Enterprise');
    // What it returns is a model HEALTHSCORE takes as it is.
    expect(() => healthScore(rows, headers, learned, 0.5, NOW)).not.toThrow();
  });

  it('keeps the current weights of a segment with too few churned accounts to learn from', () => {
    const { rows, outcomes } = portfolio(400);
    rows.push(['Z1', 'Startup', 50, 5], ['Z2', 'Startup', 10, 15]);
    outcomes.push(true, false);
    const table = [
      header,
      ['Usage', 1, '', '', '', ''],
      ['Usage', 3, 0, 100, '', 'Tier = Startup'],
      ['Tickets', 1, 20, 0, '', 'Tier = Startup'],
    ];
    const learned = healthWeightsOf(rows, table, outcomes);
    expect(learned.slice(2).map((row) => row.slice(0, 4))).toEqual([
      ['Usage', 75, 0, 100],
      ['Tickets', 25, 20, 0],
    ]);
  });
});

function healthWeightsOf(rows: unknown[][], table: unknown[][], outcomes: boolean[]): unknown[][] {
  return healthWeights(
    rows,
    headers,
    table,
    outcomes.map((churned) => [churned]),
    NOW,
  );
}
