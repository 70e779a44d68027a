/** The sidebar's browser-free parts: messages, the draft's checks, the preview, the client. */
import { afterEach, describe, expect, it } from 'vitest';
import { injectShim, rpcShimScript } from '../../dev/sidebar-host/shim';
import { healthExplain } from '../../src/core/explain';
import { healthScore } from '../../src/core/healthscore';
import { type HealthModel, modelToTable } from '../../src/core/model';
import { format, getMessages, resolvedLocale, textDirection } from '../../src/shared/messages';
import { en } from '../../src/shared/messages/en';
import { call } from '../../src/sidebar/client';
import {
  checkDraft,
  draftFrom,
  newMetric,
  setIncluded,
  setWeightText,
  snapshot,
  suggestFor,
} from '../../src/sidebar/draft';
import { computePreview } from '../../src/sidebar/preview';
import { accountSheet, FIXED_BANDS, sampleModel } from '../sidebar/fixture';

const NOW = Date.parse('2026-01-15T00:00:00Z');

describe('messages', () => {
  it('falls back to English and formats placeholders', () => {
    expect(getMessages('xx-YY')).toBe(en);
    expect(getMessages('en_GB')).toBe(en);
    expect(getMessages(undefined).sidebarTitle).toBe('Health score');
    expect(resolvedLocale('th-TH')).toBe('th');
    expect(resolvedLocale('de-DE')).toBe('en');
    expect(format('{band}: {count} ({missing})', { band: 'Healthy', count: 3 })).toBe(
      'Healthy: 3 ({missing})',
    );
  });

  it('knows right-to-left languages', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('he_IL')).toBe('rtl');
    expect(textDirection('it')).toBe('ltr');
    expect(textDirection('th')).toBe('ltr');
  });

  it('shares only the title and band names with the server, whose menu stays out of the sidebar', () => {
    expect([en.sidebarTitle, en.bandHealthy, en.bandAtRisk, en.bandUnhealthy]).toEqual([
      'Health score',
      'Healthy',
      'At risk',
      'Unhealthy',
    ]);
    expect('menuOpenPanel' in en).toBe(false);
  });
});

describe('draft', () => {
  it('round-trips the sample model unchanged', () => {
    const model = sampleModel();
    const check = checkDraft(draftFrom(model, FIXED_BANDS), en);
    expect(check.valid).toBe(true);
    expect(check.model).toEqual(model);
    expect(snapshot(check.model, check.bands)).toBe(snapshot(model, FIXED_BANDS));
  });

  it('collects core messages per field instead of throwing', () => {
    const draft = draftFrom(sampleModel(), FIXED_BANDS);
    const nps = draft.metrics[1];
    nps.redText = 'P120';
    nps.valuesText = 'a=1; a=2';
    nps.weightText = '-3';
    const check = checkDraft(draft, en);
    expect(check.valid).toBe(false);
    expect(check.metricErrors.get(nps.key)).toEqual({
      red: 'Red "P120": a percentile runs from P0 to P100.',
      values: 'Values: the label "a" is listed twice.',
      weight: en.weightInvalid,
    });
  });

  it('reports duplicates and an all-zero model', () => {
    const draft = draftFrom(sampleModel(), FIXED_BANDS);
    draft.metrics.push(newMetric('nps'));
    expect(checkDraft(draft, en).metricErrors.get(draft.metrics.at(-1)!.key)?.metric).toMatch(/listed twice/);
    draft.metrics.pop();
    for (const metric of draft.metrics) setIncluded(metric, false);
    expect(checkDraft(draft, en).modelError).toMatch(/every metric has weight 0/);
  });

  it('remembers the weight of a metric switched off', () => {
    const metric = newMetric('NPS');
    setWeightText(metric, '12.5');
    setIncluded(metric, false);
    expect(metric.weightText).toBe('0');
    setIncluded(metric, true);
    expect(metric.weightText).toBe('12.5');
  });

  it('suggests P10/P90, swapped when Red is above Green', () => {
    const headers = ['Name', 'Tickets'];
    const rows = Array.from({ length: 101 }, (_, i) => [`a${i}`, i]);
    const metric = newMetric('tickets');
    expect(suggestFor(metric, headers, rows, NOW)).toEqual({ red: 10, green: 90, count: 101 });
    metric.redText = 'P90';
    metric.greenText = 'P10';
    expect(suggestFor(metric, headers, rows, NOW)).toEqual({ red: 90, green: 10, count: 101 });
    expect(suggestFor(newMetric('Name'), headers, rows, NOW)).toBeNull();
  });
});

describe('preview', () => {
  it('matches HEALTHSCORE / HEALTHEXPLAIN over the whole portfolio', () => {
    const { headers, rows } = accountSheet(400, 3);
    const model: HealthModel = sampleModel();
    // Percentile thresholds everywhere, one that resolves to a single value.
    model.metrics[3] = {
      ...model.metrics[3],
      red: { kind: 'percentile', p: 20 },
      green: { kind: 'percentile', p: 80 },
    };
    // A constant column: its thresholds resolve to one value, so its numbers count as missing.
    headers.push('Constant');
    for (const row of rows) row.push(5);
    model.metrics.push({
      ...model.metrics[3],
      metric: 'Constant',
      red: { kind: 'percentile', p: 10 },
      green: { kind: 'percentile', p: 90 },
      missing: 30,
    });
    const data = { headers, rows, nameColumn: 0, nowMs: NOW };
    const result = computePreview(data, model, { kind: 'quartiles' });
    const table = modelToTable(model);
    const scores = (healthScore(rows, [headers], table, undefined, NOW) as unknown[][]).map(([s]) => s);
    const explained = (healthExplain(rows, [headers], table, 3, NOW) as string[][]).map(([text]) => text);
    const numeric = scores.filter((s): s is number => typeof s === 'number');
    expect(result.healthy + result.atRisk + result.unhealthy).toBe(numeric.length);
    expect(result.buckets.reduce((a, b) => a + b, 0)).toBe(numeric.length);
    const lowest = [...numeric].sort((a, b) => a - b).slice(0, 5);
    expect(result.lowest.map((account) => account.score)).toEqual(lowest);
    for (const account of result.lowest) {
      expect(account.drivers).toBe(explained[account.row]);
      expect(account.name).toBe(rows[account.row][0]);
    }
  });

  it('throws the core message when a metric has no column', () => {
    const model = sampleModel();
    model.metrics.push({ ...model.metrics[0], metric: 'Logins' });
    expect(() =>
      computePreview(
        { headers: ['Account', 'NPS'], rows: [['a', 1]], nameColumn: 0, nowMs: NOW },
        model,
        FIXED_BANDS,
      ),
    ).toThrow(/Health Model metrics .* match no column header/);
  });
});

describe('client and shim', () => {
  const global = globalThis as { google?: unknown };
  afterEach(() => {
    delete global.google;
  });

  it('wraps google.script.run in typed promises', async () => {
    const seen: unknown[] = [];
    const runner = (ok: (value: unknown) => void, fail: (error: unknown) => void): unknown => ({
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, fail),
      withFailureHandler: (handler: (error: unknown) => void) => runner(ok, handler),
      getSheetData: (name: string) => {
        seen.push(name);
        setTimeout(() => ok({ name, headers: [], rows: [], nameColumn: -1 }));
      },
      saveModel: () => setTimeout(() => fail({ message: 'no access' })),
    });
    global.google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
      },
    };
    await expect(call('getSheetData', 'Accounts')).resolves.toMatchObject({ name: 'Accounts' });
    expect(seen).toEqual(['Accounts']);
    await expect(call('saveModel', { model: sampleModel(), bands: FIXED_BANDS })).rejects.toThrow(
      'no access',
    );
    await expect(call('getSidebarState')).rejects.toThrow(
      'google.script.run has no endpoint "getSidebarState"',
    );
    delete global.google;
    await expect(call('getSidebarState')).rejects.toThrow('google.script.run is not available');
  });

  it('injects the shim at the top of <head>', () => {
    const html = injectShim('<html><head><title>x</title></head></html>', rpcShimScript('/api'));
    expect(html).toMatch(/^<html><head><script>\(function \(\) \{\n {2}var endpoint = "\/api";/);
    expect(html.indexOf('<title>')).toBeGreaterThan(html.indexOf('</script>'));
  });
});
