/** The new tabs' browser-free helpers: recipients, chart scales, outcome guess, survey mapping. */
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/shared/messages/en';
import type { SidebarState, SurveyMapping } from '../../src/shared/protocol';
import { checkAlertForm, parseRecipients } from '../../src/sidebar/alert-settings';
import { churnOf, compareModels, guessOutcomeColumn } from '../../src/sidebar/backtest-summary';
import { bandChartGeometry, CHART_BOX, niceMax } from '../../src/sidebar/band-chart-geometry';
import { calendarDay, numberFormats } from '../../src/sidebar/formatting';
import { bandKeyOf, snapshotReport, worstFirst } from '../../src/sidebar/history-summary';
import { sheetDataStore, sidebarStateStore } from '../../src/sidebar/sidebar-state';
import {
  guessResponsesSheet,
  mappingFrom,
  questionOptions,
  scaleFromDetail,
  selectionsFrom,
  sourceChoice,
} from '../../src/sidebar/survey-mapping';
import {
  backtestResult,
  historyAlerts,
  historyCounts,
  SURVEY_QUESTIONS,
  surveyPreview,
} from '../sidebar/fixture';

describe('alert recipients', () => {
  it('splits on commas, semicolons, spaces and new lines; keeps each address once', () => {
    expect(
      parseRecipients(
        ' anna@example.com,ben@example.co.uk; \n ANNA@example.com  c.d+alerts@sub.example.org,',
      ),
    ).toEqual({
      ok: true,
      recipients: ['anna@example.com', 'ben@example.co.uk', 'c.d+alerts@sub.example.org'],
    });
    expect(parseRecipients('')).toEqual({ ok: true, recipients: [] });
  });

  it('names the first address that is not one', () => {
    for (const bad of [
      'ben(at)example.com',
      'ben@example',
      'ben@@example.com',
      '@example.com',
      'ben@example.',
      'ben@.com',
      '"ben"@x.com',
    ]) {
      expect(parseRecipients(`anna@example.com, ${bad}, other`)).toEqual({ ok: false, invalid: bad });
    }
  });

  it('checks the whole form with messages from the catalogue', () => {
    const form = { email: true, recipientsText: 'a@b.co', pointDrop: false, pointDropText: 'ignored' };
    expect(checkAlertForm(form, en)).toEqual({
      ok: true,
      settings: { email: true, recipients: ['a@b.co'], minPointDrop: null },
    });
    expect(checkAlertForm({ ...form, recipientsText: 'a@b' }, en)).toEqual({
      ok: false,
      errors: { recipients: '"a@b" is not an e-mail address.' },
    });
    expect(checkAlertForm({ ...form, recipientsText: ' ' }, en)).toEqual({
      ok: false,
      errors: { recipients: en.recipientsMissing },
    });
    // E-mail off: no recipient needed, the list is still kept.
    expect(checkAlertForm({ ...form, email: false, recipientsText: '' }, en)).toMatchObject({ ok: true });
    expect(checkAlertForm({ ...form, pointDrop: true, pointDropText: '12.5' }, en)).toMatchObject({
      ok: true,
      settings: { minPointDrop: 12.5 },
    });
    for (const text of ['', '0', '-3', '100', 'ten']) {
      expect(checkAlertForm({ ...form, pointDrop: true, pointDropText: text }, en)).toEqual({
        ok: false,
        errors: { pointDrop: en.pointDropInvalid },
      });
    }
  });
});

describe('history chart geometry', () => {
  it('rounds the top up to a number the eye can read', () => {
    expect([0, 1, 3, 7, 10, 11, 16, 24, 30, 290, 300, 301, 420, 999, 10_001].map(niceMax)).toEqual([
      1, 1, 3, 8, 10, 15, 20, 25, 30, 300, 300, 400, 500, 1000, 15_000,
    ]);
  });

  it('stacks Unhealthy, At risk, Healthy from the baseline, segments meeting exactly', () => {
    const points = historyCounts(14);
    const geometry = bandChartGeometry(points);
    const plotHeight = CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom;
    expect(geometry.max).toBe(300);
    expect(geometry.baseline).toBe(CHART_BOX.height - CHART_BOX.bottom);
    expect(geometry.ticks).toEqual([
      { value: 0, y: geometry.baseline },
      { value: 150, y: geometry.baseline - plotHeight / 2 },
      { value: 300, y: CHART_BOX.top },
    ]);
    expect(geometry.bars).toHaveLength(14);
    expect(geometry.outlined).toBe(true);
    for (const [i, bar] of geometry.bars.entries()) {
      expect(bar.point).toBe(points[i]);
      expect(bar.segments.map((segment) => segment.band)).toEqual(['unhealthy', 'atRisk', 'healthy']);
      const [unhealthy, atRisk, healthy] = bar.segments;
      expect(unhealthy.y + unhealthy.height).toBeCloseTo(geometry.baseline, 5);
      expect(atRisk.y + atRisk.height).toBeCloseTo(unhealthy.y, 5);
      expect(healthy.y + healthy.height).toBeCloseTo(atRisk.y, 5);
      // Every day holds 300 accounts: each bar reaches the top.
      expect(healthy.y).toBeCloseTo(CHART_BOX.top, 5);
      expect(unhealthy.height).toBeCloseTo((points[i].unhealthy / 300) * plotHeight, 1);
    }
    // Bars in order, inside the plot, with gaps.
    const last = geometry.bars.at(-1)!;
    expect(geometry.bars[0].x).toBeGreaterThan(CHART_BOX.left);
    expect(last.x + last.width).toBeLessThan(CHART_BOX.width - CHART_BOX.right);
    expect(geometry.bars[1].x).toBeGreaterThan(geometry.bars[0].x + geometry.bars[0].width);
  });

  it('leaves out empty bands, and thin bars lose their outline and gaps', () => {
    const geometry = bandChartGeometry([{ day: '2026-01-01', healthy: 5, atRisk: 0, unhealthy: 2 }]);
    expect(geometry.max).toBe(8);
    expect(geometry.bars[0].segments.map((segment) => [segment.band, segment.count])).toEqual([
      ['unhealthy', 2],
      ['healthy', 5],
    ]);
    const year = bandChartGeometry(historyCounts(365));
    expect(year.outlined).toBe(false);
    expect(year.bars[1].x).toBeCloseTo(year.bars[0].x + year.bars[0].width, 1);
    expect(bandChartGeometry([]).bars).toEqual([]);
  });
});

describe('history summary', () => {
  it('orders alerts worst first: worst band reached, then the biggest drop', () => {
    expect(worstFirst(historyAlerts()).map((alert) => alert.account)).toEqual([
      'Axiom S.r.l. 13',
      'Bluth Ltd 7',
      'Dunder Mifflin Corp 1',
      'Initech GmbH 2',
    ]);
    expect(bandKeyOf(' at  RISK ')).toBe('atRisk');
    expect(bandKeyOf('N/A')).toBeNull();
  });

  it('reports everything a snapshot did', () => {
    const numbers = numberFormats('en-US');
    const result = {
      day: '2026-01-15',
      accounts: 1297,
      replaced: false,
      skipped: [
        { count: 2, reason: 'no score' },
        { count: 1, reason: 'duplicate' },
      ],
      alerts: historyAlerts(),
      emailed: 0,
      thinnedRows: 0,
      columnsAdded: ['Trend'],
    };
    expect(snapshotReport(result, en, numbers, 'Jan 15, 2026')).toEqual([
      'Snapshot of Jan 15, 2026: 1,297 accounts.',
      '2 left out: no score.',
      '1 left out: duplicate.',
      'Columns added to the account sheet: Trend.',
      '4 alerts found.',
      'No e-mail sent.',
    ]);
  });

  it('formats calendar days as days, whatever the time zone', () => {
    expect(calendarDay('2026-01-15', 'en-US')).toBe('Jan 15, 2026');
    expect(calendarDay('2026-01-01', 'en-US', 'short')).toBe('Jan 1');
    expect(calendarDay('last week', 'en-US')).toBe('last week');
  });
});

describe('backtest summary', () => {
  it('guesses the outcome column by whole words, strongest first', () => {
    expect(guessOutcomeColumn(['Account', 'Renewal', 'Status', 'Churned?'])).toBe('Churned?');
    expect(guessOutcomeColumn(['Account', 'Renewal date', 'Renewal status'])).toBe('Renewal status');
    expect(guessOutcomeColumn(['Account', 'Churn', 'Lost reason'])).toBe('Churn');
    expect(guessOutcomeColumn(['Account', 'RENEWED (y/n)'])).toBe('RENEWED (y/n)');
    expect(guessOutcomeColumn(['Account', 'Renewal', 'Lossless', 'Outcomes'])).toBeNull();
    expect(guessOutcomeColumn([])).toBeNull();
  });

  it('judges on held-out AUC, calling small differences even', () => {
    const { current, learned } = backtestResult('Churned?');
    expect(compareModels(current, learned)).toEqual({
      better: 'learned',
      difference: expect.closeTo(0.071, 6),
    });
    expect(compareModels(learned, current).better).toBe('current');
    expect(compareModels(current, { ...learned, heldOutAuc: 0.708 }).better).toBe('same');
    expect(compareModels({ ...current, heldOutAuc: null }, learned)).toEqual({
      better: 'unknown',
      difference: 0,
    });
  });

  it('finds band churn by name in any order', () => {
    const { learned } = backtestResult('Churned?');
    expect(churnOf(learned, 'healthy')).toEqual({ band: 'Healthy', accounts: 150, churned: 0, churnRate: 0 });
    expect(churnOf(learned, 'unhealthy')?.churned).toBe(30);
    expect(churnOf({ ...learned, perBand: [] }, 'atRisk')).toBeNull();
    const numbers = numberFormats('en-US');
    expect([numbers.percent(0.4286), numbers.percent(null), numbers.times(7), numbers.times(null)]).toEqual([
      '42.9%',
      '–',
      '7×',
      '–',
    ]);
    expect([numbers.auc(0.7), numbers.auc(null), numbers.aucChange(0.071), numbers.aucChange(-0.05)]).toEqual(
      ['0.70', '–', '+0.07', '-0.05'],
    );
  });
});

describe('survey mapping', () => {
  const mapping: SurveyMapping = surveyPreview().mapping;

  it('round-trips a mapping through the selects', () => {
    const selections = selectionsFrom(mapping);
    expect(selections).toEqual({
      questions: {
        nps: SURVEY_QUESTIONS[0].title,
        csat: SURVEY_QUESTIONS[1].title,
        ces: '',
        account: SURVEY_QUESTIONS[3].title,
        comment: SURVEY_QUESTIONS[4].title,
      },
      scales: { csat: '5', ces: '' },
    });
    expect(mappingFrom(selections, en)).toEqual({ ok: true, mapping });
  });

  it('reads none as null, and a chosen scale question needs its scale', () => {
    const selections = selectionsFrom(mapping);
    selections.questions.account = '';
    selections.questions.ces = SURVEY_QUESTIONS[2].title;
    selections.scales.ces = ' 7 ';
    expect(mappingFrom(selections, en)).toEqual({
      ok: true,
      mapping: { ...mapping, account: null, ces: SURVEY_QUESTIONS[2].title, cesScale: 7 },
    });
    for (const bad of ['', '1', '4.5', '101', 'five']) {
      selections.scales.ces = bad;
      expect(mappingFrom(selections, en)).toEqual({ ok: false, errors: { ces: en.surveyScaleInvalid } });
    }
    // No CSAT question: its scale is neither read nor sent.
    selections.scales.ces = '7';
    selections.questions.csat = '';
    selections.scales.csat = 'junk';
    expect(mappingFrom(selections, en)).toMatchObject({ ok: true, mapping: { csat: null, csatScale: null } });
  });

  it('offers the form’s questions and keeps a remembered title the form lost', () => {
    const titles = SURVEY_QUESTIONS.map((question) => question.title);
    expect(questionOptions(SURVEY_QUESTIONS, mapping)).toEqual(titles);
    expect(questionOptions(SURVEY_QUESTIONS.slice(1), mapping)).toEqual([...titles.slice(1), titles[0]]);
  });

  it('reads the top of a scale from the question', () => {
    expect(['Scale 0–10', 'Scale 1-5', 'Linear scale 1 to 7', 'Paragraph', ''].map(scaleFromDetail)).toEqual([
      10,
      5,
      7,
      null,
      null,
    ]);
  });

  it('reads the remembered source, and guesses the responses sheet', () => {
    const sheets = ['Accounts', 'Form Responses 1'];
    expect(sourceChoice(null, sheets)).toBeNull();
    expect(sourceChoice('Form Responses 1', sheets)).toEqual({ kind: 'sheet', sheet: 'Form Responses 1' });
    expect(sourceChoice('1FAIpQLSe', sheets)).toEqual({ kind: 'form', form: '1FAIpQLSe' });
    expect(sourceChoice({ kind: 'form', form: 'x' }, sheets)).toEqual({ kind: 'form', form: 'x' });
    expect(guessResponsesSheet(['Accounts', 'Survey export', 'Form responses 2'])).toBe('Form responses 2');
    expect(guessResponsesSheet(['Accounts', 'NPS survey'])).toBe('NPS survey');
    expect(guessResponsesSheet(['Accounts'])).toBeNull();
  });
});

describe('shared sidebar state', () => {
  const global = globalThis as { google?: unknown };
  afterEach(() => {
    delete global.google;
  });

  it('fetches getSidebarState once for every tab, again on reload, and after a failure', async () => {
    let calls = 0;
    let fail = false;
    const state = {
      sheets: [],
      accountSheet: null,
      model: null,
      modelProblem: null,
      bands: { kind: 'quartiles' },
    };
    const runner = (ok: (value: unknown) => void, failed: (error: unknown) => void): unknown => ({
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, failed),
      withFailureHandler: (handler: (error: unknown) => void) => runner(ok, handler),
      getSidebarState: () => {
        calls++;
        setTimeout(() =>
          fail ? failed(new Error('offline')) : ok({ ...state, accountSheet: `call ${calls}` }),
        );
      },
    });
    global.google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
      },
    };
    const store = sidebarStateStore();
    const [first, second] = await Promise.all([store.get(), store.get()]);
    expect(first).toBe(second);
    expect(calls).toBe(1);
    expect(((await store.reload()) as SidebarState).accountSheet).toBe('call 2');
    expect((await store.get()).accountSheet).toBe('call 2');
    fail = true;
    await expect(store.reload()).rejects.toThrow('offline');
    fail = false;
    expect((await store.get()).accountSheet).toBe('call 4');
    expect(calls).toBe(4);
  });

  it('fetches getSheetData once per sheet for every tab, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const runner = (ok: (value: unknown) => void, failed: (error: unknown) => void): unknown => ({
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, failed),
      withFailureHandler: (handler: (error: unknown) => void) => runner(ok, handler),
      getSheetData: (name: string) => {
        asked.push(name);
        setTimeout(() =>
          fail && name === 'B' ? failed(new Error('offline')) : ok({ name, call: asked.length }),
        );
      },
    });
    global.google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
      },
    };
    const store = sheetDataStore();
    const [first, second] = await Promise.all([store.get('A'), store.get('A')]);
    expect(first).toBe(second);
    await expect(store.get('B')).rejects.toThrow('offline');
    fail = false;
    expect(await store.get('B')).toEqual({ name: 'B', call: 3 });
    expect(await store.get('A')).toBe(first);
    expect(asked).toEqual(['A', 'B', 'B']);
  });
});
