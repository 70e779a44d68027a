/**
 * A model per segment and overrides that expire, through the built Code.js as Sheets calls it:
 * the new arguments come last, so every call the contract describes works as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonScope, callAsSheets, loadBuiltAddon, plain } from '../support/bundle';

let addon: AddonScope;
const call = (name: string, ...args: unknown[]) => plain(callAsSheets(addon, name, ...args));

beforeAll(() => {
  addon = loadBuiltAddon();
});

const DAY = 86_400_000;
const ASOF = new Date('2026-12-04T00:00:00Z');
const HEADERS = [['Account', 'Tier', 'Seats used', 'Open tickets']];
const ROWS = [
  ['Acme', 'Enterprise', 80, 8],
  ['Globex', 'SMB', 20, 0],
  ['Initech', 'Mid-market', 50, 4],
];
const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes', 'Segment'],
  ['Seats used', 1, 0, 100, 'Adoption', '', '', '', ''],
  ['Open tickets', 1, 10, 0, 'Support', '', '', '', 'Tier = Enterprise'],
  ['Seats used', 1, 0, 100, 'Adoption', '', '', '', 'Tier = Enterprise'],
];
const OVERRIDES = [
  ['Account', 'Score', 'Band', 'Reason', 'By', 'Until'],
  ['Globex', 75, '', 'Exec sponsor signed', 'Ana', new Date(ASOF.getTime() + 10 * DAY)],
  ['Initech', '', 'Unhealthy', 'Champion left', '', ASOF],
];

describe('segments (Segment column of the Health Model)', () => {
  it('scores, explains and groups each account with its segment’s model', () => {
    expect(call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, ASOF)).toEqual([[50], [20], [50]]);
    expect(call('HEALTHEXPLAIN', ROWS, HEADERS, MODEL, 3, ASOF)).toEqual([
      ['Open tickets -40.0; Seats used -10.0'],
      ['Seats used -80.0'],
      ['Seats used -50.0'],
    ]);
    expect(call('HEALTHGROUPS', ROWS, HEADERS, MODEL, ASOF)).toEqual([
      [80, 20],
      [20, ''],
      [50, ''],
    ]);
  });
});

describe('overrides (the last argument)', () => {
  it('shows a hand-set score and band while they hold, with who and why', () => {
    expect(call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, ASOF, OVERRIDES)).toEqual([[50], [75], [50]]);
    const accounts = ROWS.map((row) => [row[0]]);
    expect(call('HEALTHBAND', [[50], [75], [50]], 70, 40, '', accounts, OVERRIDES, ASOF)).toEqual([
      ['At risk'],
      ['Healthy'],
      ['Unhealthy'],
    ]);
    expect(call('HEALTHEXPLAIN', ROWS, HEADERS, MODEL, 3, ASOF, OVERRIDES)).toEqual([
      ['Open tickets -40.0; Seats used -10.0'],
      ['20.0 from the model; override by Ana: Exec sponsor signed, until 2026-12-14; Seats used -80.0'],
      ['override: Champion left, until 2026-12-04; Seats used -50.0'],
    ]);
  });

  it('stops by itself the day after Until', () => {
    const tomorrow = new Date(ASOF.getTime() + DAY);
    const accounts = ROWS.map((row) => [row[0]]);
    expect(call('HEALTHBAND', [[50], [75], [50]], 70, 40, '', accounts, OVERRIDES, tomorrow)).toEqual([
      ['At risk'],
      ['Healthy'],
      ['At risk'],
    ]);
    const later = new Date(ASOF.getTime() + 11 * DAY);
    expect(call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, later, OVERRIDES)).toEqual([[50], [20], [50]]);
  });

  it('names the Overrides row at fault', () => {
    const bad = [OVERRIDES[0], ['Globex', 175, '', 'typo', '', ASOF]];
    expect(() => call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, ASOF, bad)).toThrow(
      /Overrides row 2 \(Globex\): Score 175 must be a number from 0 to 100/,
    );
  });
});
