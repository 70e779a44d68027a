/**
 * The starter model's notes: core keeps their English (the sidebar suggests starter models without
 * the server catalogue) and set-up writes them from the server catalogues: both must say the same.
 */
import { describe, expect, it } from 'vitest';
import { readStarterSheet, type StarterNoteKey, starterNoteText } from '../../src/core/starter';
import { serverEn } from '../../src/shared/messages/server-en';
import { serverIt } from '../../src/shared/messages/server-it';

const KEYS: StarterNoteKey[] = [
  'starterNoteRamp',
  'starterNoteLowerIsBetter',
  'starterNoteBuiltInWords',
  'starterNoteCheckValues',
  'starterNoteScoreLabels',
  'starterNoteOff',
];

describe('starter notes', () => {
  it.each(KEYS)('%s: core’s English is the server catalogue’s', (key) => {
    expect(starterNoteText({ key, params: {} })).toBe(serverEn[key]);
  });

  it('each metric carries its note as a key, nested for a metric shown but off', () => {
    const rows = [
      [1200, 'Aurora', 2],
      [800, 'Borealis', 7],
      [300, 'Aurora', 0],
    ];
    const { metrics } = readStarterSheet(['Monthly charges', 'Plan', 'Support tickets'], rows, 0);
    const byName = Object.fromEntries(metrics.map((metric) => [metric.rule.metric, metric]));
    expect(byName['Monthly charges'].note).toEqual({
      key: 'starterNoteOff',
      params: { note: { key: 'starterNoteRamp', params: {} } },
    });
    expect(byName.Plan.note).toEqual({
      key: 'starterNoteScoreLabels',
      params: { labels: 'Aurora / Borealis' },
    });
    expect(byName['Support tickets'].rule.notes).toBe(serverEn.starterNoteLowerIsBetter);
    expect(starterNoteText(byName['Monthly charges'].note, serverIt)).toBe(
      `${serverIt.starterNoteOff.replace(' {note}', '')} ${serverIt.starterNoteRamp}`,
    );
  });
});
