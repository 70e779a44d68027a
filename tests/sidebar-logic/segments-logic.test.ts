/**
 * The sidebar's browser-free logic of segments and overrides (contract §9): segments in the draft
 * and the preview, the overrides form.
 */
import { describe, expect, it } from 'vitest';
import { healthScore } from '../../src/core/healthscore';
import { type HealthModel, modelToTable } from '../../src/core/model';
import { OVERRIDE_DAYS } from '../../src/server/names';
import { en } from '../../src/shared/messages/en';
import { toWireCell } from '../../src/shared/protocol';
import { checkDraft, draftFrom, newMetric, snapshot } from '../../src/sidebar/draft';
import {
  addDays,
  BY_KEY,
  checkOverride,
  defaultUntil,
  type OverrideFields,
  rememberBy,
  rememberedBy,
} from '../../src/sidebar/override-form';
import { computePreview, toPreviewData } from '../../src/sidebar/preview';
import {
  addSegment,
  distinctValues,
  metricsOf,
  removeSegment,
  takenValues,
  typedValues,
} from '../../src/sidebar/segment-draft';
import { accountSheet, FIXED_BANDS, sampleModel } from '../sidebar/fixture';

const NOW = Date.parse('2026-01-15T00:00:00Z');
const SEGMENT = 'CSM = Andrei Popescu, Tom Becker';

function segmentedModel(): HealthModel {
  const model = sampleModel();
  return {
    metrics: [
      ...model.metrics,
      ...model.metrics.map((rule) => ({
        ...rule,
        weight: rule.metric === 'NPS' ? 50 : rule.weight,
        segment: SEGMENT,
      })),
    ],
  };
}

describe('segments in the draft', () => {
  it('a model without segments round-trips to the very same object', () => {
    const model = sampleModel();
    const check = checkDraft(draftFrom(model, FIXED_BANDS), en);
    expect(check.valid).toBe(true);
    expect(snapshot(check.model, check.bands)).toBe(snapshot(model, FIXED_BANDS));
    expect(check.model?.metrics.some((rule) => 'segment' in rule)).toBe(false);
  });

  it('accepts one metric per segment and keeps each rule in its segment', () => {
    const model = segmentedModel();
    const draft = draftFrom(model, FIXED_BANDS);
    expect(draft.segments).toEqual([SEGMENT]);
    expect(draft.segmentColumn).toBe('CSM');
    expect(metricsOf(draft, SEGMENT)).toHaveLength(sampleModel().metrics.length);
    const check = checkDraft(draft, en);
    expect(check.valid).toBe(true);
    expect(check.model).toEqual(model);
  });

  it('a metric twice in one segment is an error on its card; a segment with every weight 0 is the model’s', () => {
    const draft = draftFrom(segmentedModel(), FIXED_BANDS);
    const twice = newMetric('NPS', 'en', SEGMENT);
    draft.metrics.push(twice);
    expect(checkDraft(draft, en).metricErrors.get(twice.key)?.metric).toMatch(/NPS/);
    draft.metrics.pop();
    for (const metric of metricsOf(draft, SEGMENT)) metric.weightText = '0';
    const check = checkDraft(draft, en);
    expect(check.valid).toBe(false);
    expect(check.metricErrors.size).toBe(0);
    expect(check.modelError).toMatch(/Andrei Popescu/);
  });

  it('adds a segment from the default rules, refuses a value taken, removes one with its rules', () => {
    const draft = draftFrom(sampleModel(), FIXED_BANDS);
    const defaults = metricsOf(draft, '').length;
    expect(addSegment(draft, 'CSM', [], true)).toEqual({ problem: 'noValues' });
    expect(addSegment(draft, 'CSM', ['Tom Becker', ' tom  becker ', 'Sara Ahmadi'], true)).toEqual({
      segment: 'CSM = Tom Becker, Sara Ahmadi',
    });
    const copies = metricsOf(draft, 'CSM = Tom Becker, Sara Ahmadi');
    expect(copies).toHaveLength(defaults);
    // Copies are rows of their own: editing one leaves the default alone.
    expect(new Set(draft.metrics.map((metric) => metric.key)).size).toBe(draft.metrics.length);
    expect(addSegment(draft, 'CSM', ['sara ahmadi'], false)).toEqual({
      taken: 'sara ahmadi',
      by: 'CSM = Tom Becker, Sara Ahmadi',
    });
    expect([...takenValues(draft).keys()]).toEqual(['tom becker', 'sara ahmadi']);
    expect(checkDraft(draft, en).valid).toBe(true);
    removeSegment(draft, 'CSM = Tom Becker, Sara Ahmadi');
    expect(draft.segments).toEqual([]);
    expect(draft.metrics).toHaveLength(defaults);
  });

  it('offers a column’s distinct values, most frequent first, and none for an ID-like column', () => {
    const { headers, rows } = accountSheet(64);
    expect(distinctValues(headers, rows, 'csm')?.[0]).toBe('Andrei Popescu');
    expect(distinctValues(headers, rows, 'Account')).toBeNull();
    expect(distinctValues(headers, rows, 'No such column')).toEqual([]);
    expect(typedValues(' Gold ; silver,, gold ')).toEqual(['Gold', 'silver']);
  });
});

describe('the preview of one segment', () => {
  it('counts only the segment’s accounts, scored as the sheet scores them (percentiles within it)', () => {
    const { headers, rows } = accountSheet(200);
    const data = toPreviewData(
      { name: 'Accounts', headers, rows: rows.map((row) => row.map(toWireCell)), nameColumn: 0 },
      NOW,
    );
    const model = segmentedModel();
    const column = headers.indexOf('CSM');
    const inSegment = data.rows.filter((row) =>
      ['Andrei Popescu', 'Tom Becker'].includes(String(row[column])),
    );
    const segment = computePreview(data, model, FIXED_BANDS, SEGMENT);
    const rest = computePreview(data, model, FIXED_BANDS, '');
    expect(segment.total).toBe(inSegment.length);
    expect(segment.total + rest.total).toBe(computePreview(data, sampleModel(), FIXED_BANDS).total);
    // The segment's scores are those of its accounts scored alone with its rules.
    const alone = healthScore(
      inSegment,
      [headers],
      modelToTable({
        metrics: segmentedModel()
          .metrics.filter((rule) => rule.segment === undefined)
          .map((rule) => ({ ...rule, weight: rule.metric === 'NPS' ? 50 : rule.weight })),
      }),
      undefined,
      NOW,
    ) as unknown[][];
    const expected = alone.map(([score]) => score).filter((score) => typeof score === 'number') as number[];
    expect(segment.lowest[0].score).toBe(Math.min(...expected));
    expect(
      segment.lowest.every((low) =>
        ['Andrei Popescu', 'Tom Becker'].includes(String(data.rows[low.row][column])),
      ),
    ).toBe(true);
  });
});

describe('the overrides form', () => {
  const fields = (changes: Partial<OverrideFields> = {}): OverrideFields => ({
    account: 'Initech GmbH',
    kind: 'score',
    scoreText: '35',
    band: 'At risk',
    reason: 'Champion left',
    by: ' Ana ',
    until: '2026-02-14',
    ...changes,
  });

  it('defaults Until to 30 days from today, across month and year ends', () => {
    expect(defaultUntil('2026-01-15')).toBe(addDays('2026-01-15', OVERRIDE_DAYS));
    expect(defaultUntil('2026-01-15')).toBe('2026-02-14');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('turns the fields into the request, score or band', () => {
    expect(checkOverride(fields(), '2026-01-15', en)).toEqual({
      errors: null,
      request: {
        account: 'Initech GmbH',
        score: 35,
        band: null,
        reason: 'Champion left',
        by: 'Ana',
        until: '2026-02-14',
      },
    });
    expect(checkOverride(fields({ kind: 'band', scoreText: '' }), '2026-01-15', en).request).toMatchObject({
      score: null,
      band: 'At risk',
    });
    expect(checkOverride(fields({ scoreText: '7,5' }), '2026-01-15', en, 'it').request?.score).toBe(7.5);
  });

  it('names each field at fault', () => {
    const check = checkOverride(
      fields({ account: '', scoreText: '101', reason: ' ', until: '2026-01-14' }),
      '2026-01-15',
      en,
    );
    expect(check.errors).toEqual({
      account: en.overrideAccountRequired,
      score: en.overrideScoreInvalid,
      reason: en.overrideReasonRequired,
      until: en.overrideUntilInvalid,
    });
    expect(checkOverride(fields({ until: '2026-02-30' }), '2026-01-15', en).errors?.until).toBe(
      en.overrideUntilInvalid,
    );
  });

  it('remembers the name in the browser’s storage, and survives storage that refuses', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    rememberBy(storage, ' Ana ');
    expect(store.get(BY_KEY)).toBe('Ana');
    expect(rememberedBy(storage)).toBe('Ana');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(rememberedBy(refusing)).toBe('');
    expect(() => rememberBy(refusing, 'Ana')).not.toThrow();
  });
});
