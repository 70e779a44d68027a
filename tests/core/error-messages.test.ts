/**
 * The custom functions' messages in every language: every error a formula can meet throws a
 * catalogue key, every language has every key with English's placeholders, and a pseudo-locale
 * shows that no word of a message bypasses the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { asOfArg } from '../../src/core/args';
import { healthAuc } from '../../src/core/auc';
import { healthBand } from '../../src/core/bands';
import {
  cacPayback,
  churnRate,
  customerLifetimeValue,
  grossRevenueRetention,
  netRevenueRetention,
} from '../../src/core/business';
import { healthExplain, healthGroups } from '../../src/core/explain';
import { healthScore } from '../../src/core/healthscore';
import { backtest } from '../../src/core/history/backtest';
import { parseModelTable } from '../../src/core/model';
import { type SurveyMapping, surveyRow } from '../../src/core/survey-import';
import { NPS_SCALE, parseScale, readAnswers, surveyScore } from '../../src/core/surveys';
import { healthTrend } from '../../src/core/trend';
import { healthWeights } from '../../src/core/weights';
import { driversText, ENGLISH_DRIVER_MESSAGES } from '../../src/shared/messages/drivers';
import { localizeError } from '../../src/shared/messages/errors';
import { type ErrorKey, type ErrorMessages, errorsEn } from '../../src/shared/messages/errors-en';
import {
  type ErrorParam,
  type ErrorText,
  LocalizedError,
  renderText,
} from '../../src/shared/messages/errors-render';
import { ERROR_SOURCES } from '../../src/shared/messages/errors-sources';
import { format } from '../../src/shared/messages/text';
import { serveTranslationFiles } from '../support/translation-files';

const filesRead = serveTranslationFiles();

const NOW = Date.UTC(2026, 10, 2);
const HEADERS = [['Account', 'NPS', 'Logins']];
const ROWS = [
  ['Acme', 50, 10],
  ['Beta', -20, ''],
];
const model = (...rows: unknown[][]) => [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing'],
  ...rows,
];
const MODEL = model(['NPS', 1, -100, 100, '', '', ''], ['Logins', 1, 0, 20, '', '', '']);
const UNTIL = new Date(NOW + 86_400_000);
const OVERRIDES_HEADER = ['Account', 'Score', 'Band', 'Reason', 'By', 'Until'];
const withOverrides = (overrides: unknown) => healthScore(ROWS, HEADERS, MODEL, undefined, NOW, overrides);
const withOverride = (row: unknown[]) => withOverrides([OVERRIDES_HEADER, row]);
const score = (m: unknown, values: unknown = ROWS, headers: unknown = HEADERS, coverage?: unknown) =>
  healthScore(values, headers, m, coverage, NOW);
const metricRow = (cells: Partial<Record<'Weight' | 'Red' | 'Green' | 'Values' | 'Missing', unknown>>) =>
  model([
    'NPS',
    cells.Weight ?? 1,
    cells.Red ?? '',
    cells.Green ?? '',
    '',
    cells.Values ?? '',
    cells.Missing ?? '',
  ]);

const LOGINS_MODEL = model(['Logins', 1, 0, 10, '', '', '']);
const TEN = Array.from({ length: 10 }, (_, i) => [`Account ${i}`, i]);
const FIVE_EACH = TEN.map((_, i) => (i < 5 ? 'churned' : 'retained'));
/** A backtest of ten accounts, five of each outcome; `changes` makes it fail. */
const backtestOf = (changes: { rows?: unknown[][]; outcomes?: unknown[] }) =>
  backtest({
    headers: ['Account', 'Logins'],
    rows: changes.rows ?? TEN,
    model: parseModelTable(LOGINS_MODEL),
    modelTable: LOGINS_MODEL,
    outcomes: changes.outcomes ?? FIVE_EACH,
    bands: { healthyAt: 70, unhealthyBelow: 40 },
    nowMs: NOW,
  });

const NPS_ONLY: SurveyMapping = {
  nps: 'Recommend?',
  csat: null,
  csatScale: null,
  ces: null,
  cesScale: null,
  account: null,
  comment: null,
};
/** A survey response's row (core/survey-import/rows.ts); an answer off its scale becomes a problem. */
const rowOf = (id: string, answers: Record<string, unknown>) =>
  surveyRow({ id, submitted: new Date(NOW), form: 'Pulse', answers }, NPS_ONLY, null);

/**
 * A failing call per situation a formula (or the survey import, whose problems the user reads in
 * the import's report) can meet; together they reach every error key.
 */
const FAILURES: Record<string, () => unknown> = {
  'as_of not a date': () => asOfArg('yesterday', NOW),
  'top not a whole number': () => healthExplain(ROWS, HEADERS, MODEL, 1.5, NOW),
  'top a range': () => healthExplain(ROWS, HEADERS, MODEL, [[1, 2]], NOW),
  'min_coverage text': () => score(MODEL, ROWS, HEADERS, 'lots'),
  'min_coverage a date': () => score(MODEL, ROWS, HEADERS, new Date(NOW)),
  'min_coverage an invalid date': () => score(MODEL, ROWS, HEADERS, new Date(Number.NaN)),
  'headers of two rows': () => score(MODEL, ROWS, [HEADERS[0], HEADERS[0]]),
  'no model': () => healthScore(ROWS, HEADERS, undefined, undefined, NOW),
  'model a single cell': () => score('HealthModel'),
  'values wider than headers': () => score(MODEL, ROWS, [['Account', 'NPS']]),
  'a metric header twice': () => score(MODEL, [[1, 2, 3]], [['NPS', 'NPS', 'Logins']]),
  'a renamed metric': () => score(MODEL, ROWS, [['Account', 'NPS', 'Login']]),
  'two metrics with no column': () => score(MODEL, [[1, 2, 3]], [['Account', 'Churn', 'Plan']]),
  'inline weight negative': () => healthScore([[50]], [[-1]], undefined, undefined, NOW),
  'inline weights all 0': () => healthScore([[50]], [[0]], undefined, undefined, NOW),
  'inline sub-score above 100': () => healthScore([[150]], [[1]], undefined, undefined, NOW),
  'model without metrics': () => score(model()),
  'model header twice': () =>
    score([
      ['Metric', 'Metric', 'Weight'],
      ['NPS', 'NPS', 1],
    ]),
  'model header without Weight': () =>
    score([
      ['', ''],
      ['NPS', 1],
    ]),
  'metric listed twice': () => score(model(['NPS', 1], ['nps', 1])),
  'Red without Green': () => score(metricRow({ Red: 0 })),
  'Red equal to Green': () => score(metricRow({ Red: 5, Green: 5 })),
  'every weight 0': () => score(metricRow({ Weight: 0 })),
  'weight blank': () => score(metricRow({ Weight: ' ' })),
  'weight text': () => score(metricRow({ Weight: 'heavy' })),
  'weight negative': () => score(metricRow({ Weight: -0.5 })),
  'missing out of range': () => score(metricRow({ Missing: 120 })),
  'threshold too large': () => score(metricRow({ Red: 1e16, Green: 0 })),
  'percentile above P100': () => score(metricRow({ Red: 'P120', Green: 'P90' })),
  'threshold text': () => score(metricRow({ Red: 'low', Green: 'P90' })),
  'threshold a date': () => score(metricRow({ Red: new Date(NOW), Green: 'P90' })),
  'Values entry without a score': () => score(metricRow({ Values: 'Stable' })),
  'Values score above 100': () => score(metricRow({ Values: 'Stable=160' })),
  'Values label twice': () => score(metricRow({ Values: 'Stable=60; stable=70' })),
  'no Group for HEALTHGROUPS': () => healthGroups(ROWS, HEADERS, MODEL, NOW),
  'five band labels': () => healthBand([[50]], 70, 40, [['a', 'b', 'c', 'd', 'e']]),
  'band labels twice': () => healthBand([[50]], 70, 40, [['Good', 'good', 'Bad']]),
  'band labels a 2×2 range': () =>
    healthBand([[50]], 70, 40, [
      ['a', 'b'],
      ['c', 'd'],
    ]),
  'bands in the wrong order': () => healthBand([[50]], 40, 70),
  'healthy_at text': () => healthBand([[50]], 'high', undefined),
  'unhealthy_below text': () => healthBand([[50]], 70, 'low'),
  'a score above 100': () => healthBand(150, undefined, undefined),
  'a score above 100 in a range': () => healthBand([[50], [150]], undefined, undefined),
  'an NPS answer of 11': () => readAnswers([[9], [11]], NPS_SCALE),
  'scale below 2': () => parseScale(1, 5),
  'unknown survey kind': () => surveyScore('Acme', [['Acme']], [[9]], 'BEST', undefined, undefined, NOW),
  'response columns of different lengths': () =>
    surveyScore('Acme', [['Acme'], ['Beta']], [[9]], 'NPS', undefined, undefined, NOW),
  'response columns of different lengths, with dates': () =>
    surveyScore('Acme', [['Acme'], ['Beta']], [[9], [7]], 'NPS', [[new Date(NOW)]], undefined, NOW),
  'LAST without dates': () => surveyScore('Acme', [['Acme']], [[9]], 'LAST', undefined, undefined, NOW),
  'within_days without dates': () => surveyScore('Acme', [['Acme']], [[9]], 'NPS', undefined, 30, NOW),
  'within_days negative': () => surveyScore('Acme', [['Acme']], [[9]], 'NPS', undefined, -1, NOW),
  'a MEAN of text': () => surveyScore('Acme', [['Acme']], [['great']], 'MEAN', undefined, undefined, NOW),
  'history columns of different lengths': () =>
    healthTrend('Acme', [['Acme']], [[new Date(NOW)]], [[1], [2]], 30),
  'trend days text': () => healthTrend('Acme', [['Acme']], [[new Date(NOW)]], [[1]], 'month'),
  'business columns of different lengths': () => churnRate([[10], [20]], [[1], [2], [3]]),
  'a blank argument in a column': () => churnRate([[10], ['']], [[1], [2]]),
  'a text argument': () => grossRevenueRetention('lots', 0, 0),
  'a start of 0': () => churnRate(0, 0),
  'a negative loss': () => netRevenueRetention(100, 0, -5, 0),
  'a margin of 120%': () => customerLifetimeValue(100, 1.2, 0.1),
  'losses above the start MRR, in a column': () =>
    grossRevenueRetention([[100], [100]], [[80], [10]], [[30], [0]]),
  'more customers lost than there were': () => churnRate(10, 12),
  'a payback that never comes': () => cacPayback(100, 0, 0.5),
  'HEALTHWEIGHTS outcomes shorter than values': () =>
    healthWeights([[1], [2]], [['Logins']], LOGINS_MODEL, [['yes']], NOW),
  'HEALTHWEIGHTS on two accounts': () =>
    healthWeights([[1], [2]], [['Logins']], LOGINS_MODEL, [['yes'], ['no']], NOW),
  'an outcome it cannot read': () => healthAuc([[1], [2]], [['yes'], ['maybe']]),
  'HEALTHAUC without a retained account': () => healthAuc([[1], [2]], [['yes'], ['lost']]),
  'backtest outcomes shorter than the table': () => backtestOf({ outcomes: FIVE_EACH.slice(1) }),
  'backtest outcomes all blank': () => backtestOf({ outcomes: FIVE_EACH.map(() => '') }),
  'backtest with one churned account': () =>
    backtestOf({ outcomes: FIVE_EACH.map((_, i) => (i ? 'no' : 'yes')) }),
  'backtest where no metric separates': () => backtestOf({ rows: TEN.map(([account]) => [account, 5]) }),
  // Segments (reference §9)
  'a segment cell without =': () => score(segmented(['Logins', 1, 0, 20, 'Enterprise'])),
  'segments on two columns': () =>
    score(segmented(['Logins', 1, 0, 20, 'Tier = A'], ['NPS', 1, -100, 100, 'Plan = B'])),
  'a segment value twice': () =>
    score(segmented(['Logins', 1, 0, 20, 'Tier = A'], ['NPS', 1, -100, 100, 'Tier = A, B'])),
  'a segment of weight 0': () => score(segmented(['Logins', 0, 0, 20, 'Tier = A'])),
  'a segment column with no header': () => score(segmented(['Logins', 1, 0, 20, 'Tier = A'])),
  'a segment column renamed': () =>
    score(
      segmented(['Logins', 1, 0, 20, 'Tier = A']),
      [['Acme', 50, 10, 'A']],
      [['Account', 'NPS', 'Logins', 'Tiers']],
    ),
  // Overrides (reference §9)
  'overrides a single cell': () => withOverrides([]),
  'overrides without an account header': () => withOverrides([['', 'Score', 'Reason', 'Until']]),
  'overrides without Reason': () => withOverrides([['Account', 'Score', 'Until']]),
  'overrides keyed by no header': () => withOverrides([['Company', 'Score', 'Reason', 'Until']]),
  'an override with neither score nor band': () => withOverride(['Acme', '', '', 'x', '', UNTIL]),
  'an override score of 120': () => withOverride(['Acme', 120, '', 'x', '', UNTIL]),
  'an override without a reason': () => withOverride(['Acme', 50, '', '', '', UNTIL]),
  'an override without Until': () => withOverride(['Acme', 50, '', 'x', '', '']),
  'two overrides of one account': () =>
    withOverrides([OVERRIDES_HEADER, ['Acme', 50, '', 'x', '', UNTIL], ['acme', 60, '', 'y', '', UNTIL]]),
  'an override band no label names': () =>
    healthBand(
      [[50]],
      70,
      40,
      undefined,
      [['Acme']],
      [OVERRIDES_HEADER, ['Acme', '', 'Great', 'x', '', UNTIL]],
      NOW,
    ),
  // The survey import's rows: an answer it leaves blank is reported, a response without an ID stops it
  'a survey answer off its scale': () => {
    throw new LocalizedError(rowOf('r1', { 'Recommend?': 11 }).problems[0].text);
  },
  'a survey response without an ID': () => rowOf(' ', {}),
  'accounts shorter than scores': () =>
    healthBand(
      [[50], [60]],
      70,
      40,
      undefined,
      [['Acme']],
      [OVERRIDES_HEADER, ['Acme', 10, '', 'x', '', UNTIL]],
      NOW,
    ),
};

function segmented(...rows: unknown[][]): unknown[][] {
  return [['Metric', 'Weight', 'Red', 'Green', 'Segment'], ['NPS', 1, -100, 100, ''], ...rows];
}

function errorOf(run: () => unknown): LocalizedError {
  try {
    run();
  } catch (error) {
    if (error instanceof LocalizedError) return error;
    throw new Error(`not a catalogue error: ${(error as Error).message}`);
  }
  throw new Error('did not fail');
}

/** The keys a message uses, nested ones included. */
function keysOf(text: ErrorText, into = new Set<ErrorKey>()): Set<ErrorKey> {
  into.add(text.key);
  const visit = (value: ErrorParam): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      into.add('listJoin');
    } else if (typeof value === 'object') keysOf(value as ErrorText, into);
  };
  Object.values(text.params).forEach(visit);
  return into;
}

/** The texts a message inserts as they are (sheet data, argument names, numbers). */
function leavesOf(text: ErrorText): string[] {
  const leaves: string[] = [];
  const visit = (value: ErrorParam): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object') leaves.push(...leavesOf(value as ErrorText));
    else leaves.push(String(value));
  };
  Object.values(text.params).forEach(visit);
  return leaves;
}

const PLURAL = /\{(\w+),\s*plural,((?:\s*=?\w+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;

/** The placeholders a message shows (`{name}`, or a plural's `#`). */
function shown(message: string): string[] {
  const names = new Set<string>();
  const rest = message.replace(PLURAL, (_, name: string, branches: string) => {
    if (branches.includes('#')) names.add(name);
    for (const [, inner] of branches.matchAll(/\{(\w+)\}/g)) names.add(inner);
    return '';
  });
  for (const [, name] of rest.matchAll(/\{(\w+)\}/g)) names.add(name);
  return [...names].sort();
}

describe('error catalogues', () => {
  it('have every key of English in every language, with the placeholders English shows', () => {
    for (const [language, messages] of Object.entries(ERROR_SOURCES)) {
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(errorsEn).sort());
      for (const key of Object.keys(errorsEn) as ErrorKey[]) {
        expect(shown(messages[key]), `${language}.${key}`).toEqual(shown(errorsEn[key]));
        const params = Object.fromEntries(shown(messages[key]).map((name) => [name, 3]));
        expect(format(messages[key], params, language), `${language}.${key}`).not.toMatch(/[{}#]/);
      }
    }
  });

  it('are reached by the failures a formula can meet: every error key, each through failWith', () => {
    const used = new Set<ErrorKey>();
    for (const run of Object.values(FAILURES)) keysOf(errorOf(run).text, used);
    const drivers: ErrorKey[] = [
      'driverLoss',
      'driversMissing',
      'driversJoin',
      'driversNoSegment',
      'driversOverride',
      'driversOverrideAnonymous',
      'driversModelScore',
    ];
    const unused = (Object.keys(errorsEn) as ErrorKey[]).filter(
      (key) => !used.has(key) && !drivers.includes(key),
    );
    expect(unused).toEqual([]);
  });

  it('leave no word outside the catalogue (pseudo-locale: every message a marker and its placeholders)', () => {
    const pseudo = Object.fromEntries(
      (Object.keys(errorsEn) as ErrorKey[]).map((key) => [
        key,
        key === 'listJoin'
          ? '⟦,⟧'
          : `⟦${key}⟧${shown(errorsEn[key])
              .map((name) => `{${name}}`)
              .join('⟦·⟧')}`,
      ]),
    ) as ErrorMessages;
    for (const [name, run] of Object.entries(FAILURES)) {
      const { text } = errorOf(run);
      let rest = renderText(text, pseudo).replace(/⟦[^⟧]*⟧/g, ' ');
      for (const leaf of leavesOf(text).sort((a, b) => b.length - a.length))
        rest = rest.split(leaf).join(' ');
      expect(rest.trim(), name).toMatch(/^[\s\d.-]*$/);
    }
  });

  it('render in English exactly as core throws them, and in Italian and Persian in their own words', () => {
    const renamed = errorOf(FAILURES['a renamed metric']);
    expect(renamed.message).toBe(
      'The Health Model metric "Logins" (closest header: "Login") matches no column header. Rename the column back, or change the metric in the Health Model.',
    );
    expect(localizeError(renamed, 'en_GB')).toBe(renamed);
    expect(localizeError(renamed, 'de_DE')).toBe(renamed);
    expect(filesRead, 'English, and a language without a file, read none').toEqual([]);
    expect((localizeError(renamed, 'it_IT') as Error).message).toBe(
      'La metrica "Logins" (l’intestazione più simile è "Login") del Health Model non corrisponde a nessuna intestazione di colonna. Ridai alla colonna il suo nome oppure cambia la metrica nel Health Model.',
    );
    const persian = (localizeError(renamed, 'fa_IR') as Error).message;
    // Right to left from its first mark; the Latin names, and the inserted phrase, isolated.
    expect(persian).toMatch(
      /^\u200fشاخص \u2068«\u2068Logins\u2069» \(نزدیک‌ترین سرستون: «\u2068Login\u2069»\)\u2069 از Health Model با هیچ سرستونی جور نیست\./,
    );
    // A fraction keeps its digits, in the locale's notation.
    expect((localizeError(errorOf(FAILURES['weight negative']), 'it') as Error).message).toBe(
      'Health Model, riga 2 ("NPS"): Weight -0,5 è negativo; i pesi devono essere ≥ 0.',
    );
    expect((localizeError(errorOf(FAILURES['weight negative']), 'fa') as Error).message).toContain('۰٫۵');
    const plain = new Error('not from the catalogue');
    expect(localizeError(plain, 'it')).toBe(plain);
    expect(filesRead, 'each language file read once').toEqual(['i18n-it', 'i18n-fa']);
  });
});

describe('drivers', () => {
  const explain = (drivers?: ReturnType<typeof driversText>) =>
    healthExplain(
      [
        [50, 2, ''],
        ['', '', ''],
      ],
      [['NPS', 'Tickets', 'Logins']],
      model(
        ['NPS', 30, -100, 100, '', '', ''],
        ['Tickets', 20, 10, 0, '', '', ''],
        ['Logins', 50, 0, 100, '', '', ''],
      ),
      3,
      NOW,
      drivers,
    );

  it('keep the contract’s English by default', () => {
    expect(explain()).toEqual([['NPS -15.0; Tickets -8.0; missing: Logins'], ['']]);
    expect(explain(driversText(errorsEn))).toEqual(explain());
    expect(ENGLISH_DRIVER_MESSAGES).toEqual({
      driverLoss: errorsEn.driverLoss,
      driversMissing: errorsEn.driversMissing,
      driversJoin: errorsEn.driversJoin,
      listJoin: errorsEn.listJoin,
      driversNoSegment: errorsEn.driversNoSegment,
      driversOverride: errorsEn.driversOverride,
      driversOverrideAnonymous: errorsEn.driversOverrideAnonymous,
      driversModelScore: errorsEn.driversModelScore,
    });
  });

  // Rounded as toFixed rounds (English's figure: 9.95 is 9.9 in every language), written as Intl writes it.
  it('write the points in each language’s digits and signs (checked against Intl itself)', () => {
    for (const language of ['it', 'ro', 'fa', 'th']) {
      const intl = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const drivers = driversText({ ...ERROR_SOURCES[language], driverLoss: '{points}' }, language);
      for (const points of [0.04, 0.05, 1.25, 9.95, 14, 33.333, 99.96, 100]) {
        expect(drivers.loss('m', points).replace('\u200f', ''), `${language} ${points}`).toBe(
          intl.format(-Number(points.toFixed(1))),
        );
      }
    }
  });

  it('follow Italian words and decimals, and read right to left in Persian', () => {
    expect(explain(driversText(ERROR_SOURCES.it, 'it-IT'))).toEqual([
      ['NPS -15,0; Tickets -8,0; dati mancanti: Logins'],
      [''],
    ]);
    expect(explain(driversText(ERROR_SOURCES.fa, 'fa'))).toEqual([
      ['\u200f\u2068NPS\u2069 \u200e−۱۵٫۰؛ \u2068Tickets\u2069 \u200e−۸٫۰؛ بدون داده: \u2068Logins\u2069'],
      [''],
    ]);
  });
});
