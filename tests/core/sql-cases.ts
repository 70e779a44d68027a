/**
 * Tables and Health Models for the SQL tests, as fast-check arbitraries: the same cells as a sheet
 * passes them to the core and as a warehouse table holds them.
 */
import fc from 'fast-check';
import { parseNumericText, SENTIMENT_WORDS } from '../../src/core/cells';
import type { HealthSqlOptions } from '../../src/core/sql';

export const AS_OF = new Date('2026-06-30T00:00:00Z');
export const NOW_MS = AS_OF.getTime();
const DAY_MS = 86_400_000;

/** A table as the sheet holds it (core cells) and as the warehouse holds it (SQL values, types). */
export interface Case {
  headers: string[];
  /** DuckDB type of each column. */
  types: string[];
  /** Cells as Sheets passes them: '' for blank, numbers, strings, booleans, Dates. */
  rows: unknown[][];
  /** The same cells in the table: null for NULL. */
  sqlRows: unknown[][];
  model: unknown[][];
  options: Omit<HealthSqlOptions, 'dialect' | 'table' | 'idColumn' | 'asOf'>;
}

/** §8 digits, used in generated text only once the core reads them (another change adds them). */
const LOCAL_DIGITS_READ = parseNumericText('\u06f1\u06f2') === 12;
const LOCAL = [
  { digits: '۰۱۲۳۴۵۶۷۸۹', point: '٫', comma: '٬' },
  { digits: '٠١٢٣٤٥٦٧٨٩', point: '٫', comma: '٬' },
  { digits: '๐๑๒๓๔๕๖๗๘๙', point: '.', comma: ',' },
];

const NAMES = [
  'NPS',
  'Support tickets',
  'It\'s "odd"',
  'back`tick',
  'Ünïcode métric',
  'spaces  inside',
  'a.b',
  'Score x',
  '100% sure',
  'naïve; value',
  'tab\there',
  'CSAT',
];
const LABELS = ['Churning', 'Stable', 'Expanding', 'At  Risk', 'ok', 'Quiet', '5', 'Red', 'Ça va', 'n/a'];
const JUNK = [
  'n/a',
  '#N/A',
  '-',
  'TBD',
  '1,5',
  '$-',
  '--5',
  '+-5',
  '12,34',
  '5 5',
  '%',
  '.',
  '5.',
  'yes please',
];
const JUNK_MORE = [
  'true',
  '1e3',
  '0x10',
  'Infinity',
  'NaN',
  '$ - 5',
  '5%%',
  '1,2345',
  '.5.5',
  '٫',
  '₹',
  '+',
  '¥ 7 %',
  '5٫5',
  '1٬234',
  '5٪',
  '۵.',
  '๕,๕',
];

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'timestamp';
const SQL_TYPE: Record<Kind, string> = {
  string: 'VARCHAR',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

interface Cell {
  core: unknown;
  sql: unknown;
}
const blankCell: Cell = { core: '', sql: null };

const numberThreshold = fc.oneof(
  fc.constantFrom(-50, 0, 1, 3, 10, 50, 90, 100, 0.5, 1000, -400, 365),
  fc.double({ min: -500, max: 1000, noNaN: true, noDefaultInfinity: true }),
);
const percentileThreshold = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(12.5, 33.3, 99.9)), fc.boolean())
  .map(([p, lower]) => `${lower ? 'p' : 'P'}${p}`);
const thresholdsArb = fc.oneof(
  fc.constant(['', ''] as unknown[]),
  // (Red and Green so close that 100 / (Green − Red) overflows are refused: see sql.test.ts.)
  fc.tuple(numberThreshold, numberThreshold).filter(([a, b]) => Number.isFinite(100 / (b - a))),
  fc.tuple(percentileThreshold, percentileThreshold).filter(([a, b]) => a.slice(1) !== b.slice(1)),
  fc.tuple(numberThreshold, percentileThreshold),
  fc.tuple(percentileThreshold, numberThreshold),
);
const valuesArb = fc.option(
  fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: LABELS.length - 1 }),
      fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(99.5, 33.3, 0.25)),
    ),
    { minLength: 1, maxLength: 4, selector: ([label]) => label },
  ),
  { nil: null },
);
const metricArb = fc.record({
  weight: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 100 }),
    fc.double({ min: 0.01, max: 5, noNaN: true }).map((w) => Math.round(w * 1000) / 1000),
  ),
  thresholds: thresholdsArb,
  values: valuesArb,
  missing: fc.oneof(
    fc.constant(''),
    fc.constant('skip'),
    fc.integer({ min: 0, max: 100 }),
    fc.constant(62.5),
  ),
  kind: fc.constantFrom<Kind>(
    'string',
    'string',
    'string',
    'number',
    'number',
    'boolean',
    'date',
    'timestamp',
  ),
  headerStyle: fc.constantFrom('same', 'upper', 'spaced'),
});

function styledHeader(name: string, style: string): string {
  if (style === 'upper') return name.toUpperCase();
  if (style === 'spaced') return ` ${name.replace(/ /g, '  ')} `;
  return name;
}

const padding = fc.constantFrom('', ' ', '  ', '\u00a0', '\t');
const blankTextArb = fc.constantFrom<Cell>(
  { core: '', sql: null },
  { core: '', sql: '' },
  { core: '   ', sql: '   ' },
  { core: '\u00a0', sql: '\u00a0' },
  { core: ' \t', sql: ' \t' },
);

const numericTextArb = fc
  .record({
    value: fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.integer({ min: 0, max: 10_000_000 }).map((v) => v / 100),
      fc.constantFrom(0, 5, 50, 99.5, 0.25),
    ),
    sign: fc.constantFrom('', '', '-', '+'),
    currency: fc.constantFrom('', '', '$', '€', '£', '¥', '₹'),
    signFirst: fc.boolean(),
    space: fc.constantFrom('', '', ' '),
    thousands: fc.boolean(),
    percent: fc.constantFrom('', '', '%', ' %'),
    bareFraction: fc.boolean(),
    local: fc.integer({ min: -3, max: LOCAL.length - 1 }),
    nativePercent: fc.boolean(),
    pad: padding,
  })
  .map((t) => {
    let [whole, fraction] = String(t.value).split('.');
    if (t.thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    let number = fraction === undefined ? whole : `${whole}.${fraction}`;
    if (t.bareFraction && whole === '0' && fraction !== undefined) number = `.${fraction}`;
    if (LOCAL_DIGITS_READ && t.local >= 0) {
      const { digits, point, comma } = LOCAL[t.local];
      number = number.replace(/[0-9.,]/g, (ch) =>
        ch === '.' ? point : ch === ',' ? comma : digits[Number(ch)],
      );
    }
    const prefix = t.signFirst ? `${t.sign}${t.space}${t.currency}` : `${t.currency}${t.space}${t.sign}`;
    const percent = LOCAL_DIGITS_READ && t.nativePercent ? t.percent.replace('%', '٪') : t.percent;
    const text = `${t.pad}${prefix}${number}${percent}${t.pad}`;
    return { core: text, sql: text };
  });

const wordArb = fc
  .tuple(fc.constantFrom(...SENTIMENT_WORDS.keys()), fc.constantFrom('lower', 'upper', 'title'), padding)
  .map(([word, style, pad]) => {
    const cased =
      style === 'upper'
        ? word.toUpperCase()
        : style === 'title'
          ? word[0].toUpperCase() + word.slice(1)
          : word;
    const text = `${pad}${cased}${pad}`;
    return { core: text, sql: text };
  });

function labelArb(labels: readonly string[]): fc.Arbitrary<Cell> {
  return fc
    .tuple(fc.constantFrom(...labels), fc.constantFrom('same', 'upper', 'lower', 'spaced'), padding)
    .map(([label, style, pad]) => {
      const styled =
        style === 'upper'
          ? label.toUpperCase()
          : style === 'lower'
            ? label.toLowerCase()
            : style === 'spaced'
              ? label.replace(/ +/g, ' \u00a0 ')
              : label;
      const text = `${pad}${styled}${pad}`;
      return { core: text, sql: text };
    });
}

function cellArb(kind: Kind, labels: readonly string[]): fc.Arbitrary<Cell> {
  switch (kind) {
    case 'number':
      return fc.oneof(
        fc.constant(blankCell),
        fc
          .oneof(
            fc.constantFrom(0, 1, 2, 3, 5, 10, 50, 100, -3),
            fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
          )
          .map((x) => ({ core: x, sql: x })),
      );
    case 'boolean':
      return fc.oneof(
        fc.constant(blankCell),
        fc.boolean().map((b) => ({ core: b, sql: b })),
      );
    case 'date':
      return fc.oneof(
        fc.constant(blankCell),
        fc.integer({ min: -1500, max: 1500 }).map((days) => {
          const date = new Date(NOW_MS - days * DAY_MS);
          return { core: date, sql: date };
        }),
      );
    case 'timestamp':
      return fc.oneof(
        fc.constant(blankCell),
        fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((ms) => {
          const date = new Date(NOW_MS + ms);
          return { core: date, sql: date };
        }),
      );
    default: {
      const texts: fc.Arbitrary<Cell>[] = [
        blankTextArb,
        numericTextArb,
        numericTextArb,
        wordArb,
        fc.constantFrom(...JUNK, ...JUNK_MORE).map((text) => ({ core: text, sql: text })),
      ];
      if (labels.length > 0) texts.push(labelArb(labels), labelArb(labels));
      return fc.oneof(...texts);
    }
  }
}

const optionsArb: fc.Arbitrary<Case['options']> = fc.record(
  {
    minCoverage: fc.constantFrom(0, 0.25, 0.5, 0.8, 1, 50),
    top: fc.integer({ min: 0, max: 5 }),
    healthyAt: fc.constantFrom<number | 'quartiles'>(70, 50, 90, 'quartiles'),
    unhealthyBelow: fc.constantFrom(40, 49.5, 10),
    labels: fc.constant(['Good', 'Watch', 'Bad', 'No score']),
  },
  { requiredKeys: [] },
);

export const caseArb: fc.Arbitrary<Case> = fc
  .integer({ min: 1, max: 6 })
  .chain((m) =>
    fc.record({
      names: fc.uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: m, maxLength: m }),
      metrics: fc.array(metricArb, { minLength: m, maxLength: m }),
      rowCount: fc.integer({ min: 1, max: 24 }),
      options: optionsArb,
    }),
  )
  .chain(({ names, metrics, rowCount, options }) => {
    const specs = metrics.map((metric, j) => ({
      ...metric,
      // At least one metric counts.
      weight: j === 0 && metric.weight === 0 ? 1 : metric.weight,
      name: NAMES[names[j]],
      labels: (metric.values ?? []).map(([label]) => LABELS[label]),
    }));
    const rowArb = fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 8,
        arbitrary: fc.tuple(
          fc.oneof(
            fc.constant(blankCell),
            fc.constantFrom('Acme', 'Initech').map((a) => ({ core: a, sql: a })),
          ),
          ...specs.map((spec) => cellArb(spec.kind, spec.labels)),
        ),
      },
    );
    return fc.record({
      specs: fc.constant(specs),
      options: fc.constant(options),
      rows: fc.array(rowArb, { minLength: rowCount, maxLength: rowCount }),
    });
  })
  .map(({ specs, options, rows }) => {
    const width = specs.length + 1;
    const cells = rows.map((row) => (row === null ? Array.from({ length: width }, () => blankCell) : row));
    const model: unknown[][] = [
      ['Metric', 'Weight', 'Red', 'Green', 'Values', 'Missing', 'Notes'],
      ...specs.map((spec) => [
        spec.name,
        spec.weight,
        spec.thresholds[0],
        spec.thresholds[1],
        spec.values === null
          ? ''
          : spec.values.map(([label, score]) => `${LABELS[label]}=${score}`).join('; '),
        spec.missing,
        '',
      ]),
    ];
    return {
      headers: ['Account', ...specs.map((spec) => styledHeader(spec.name, spec.headerStyle))],
      types: ['VARCHAR', ...specs.map((spec) => SQL_TYPE[spec.kind])],
      rows: cells.map((row) => row.map((cell) => cell.core)),
      sqlRows: cells.map((row) => row.map((cell) => cell.sql)),
      model,
      options,
    };
  });

// ---- Segmented models (contract §9) -------------------------------------------------------------

/**
 * How a table is segmented: the Tier column's type, the segments as the model's Segment cells list
 * their values (odd case and spacing on purpose), and the Tier cells accounts hold (matching ones
 * in other spellings, blanks, values of no segment). Numbers match by the text String() prints:
 * `01` matches nothing.
 */
const SEGMENTINGS: Record<
  'string' | 'number' | 'boolean',
  { type: string; segments: string[]; cells: Cell[] }
> = {
  string: {
    type: 'VARCHAR',
    segments: ['Enterprise', 'Mid  Market; smb', 'Strategic'],
    cells: [
      'Enterprise',
      ' enterprise ',
      'ENTERPRISE',
      'mid market',
      'Mid \u00a0 Market',
      'SMB',
      '\tSmb',
      'strategic',
      'Strategic ',
      'Gold',
      ' Other  tier ',
    ]
      .map((text): Cell => ({ core: text, sql: text }))
      .concat([blankCell, { core: '', sql: '' }, { core: '  ', sql: '  ' }]),
  },
  number: {
    type: 'DOUBLE',
    segments: ['1', '2, 2.5', '3, 01'],
    cells: [1, 2, 2.5, 3, 4, 0.5, -7, 1e21].map((x): Cell => ({ core: x, sql: x })).concat([blankCell]),
  },
  boolean: {
    type: 'BOOLEAN',
    segments: ['TRUE', 'false'],
    cells: [true, false].map((b): Cell => ({ core: b, sql: b })).concat([blankCell]),
  },
};
const SEGMENT_COLUMN_SPELLINGS = ['Tier', 'tier', ' TIER '];
const SEGMENT_SEPARATORS = [' = ', '=', ': ', ' : '];

const ruleArb = fc.record({
  column: fc.nat(),
  weight: metricArb.map((metric) => metric.weight),
  thresholds: thresholdsArb,
  values: valuesArb,
  missing: metricArb.map((metric) => metric.missing),
  order: fc.double({ min: 0, max: 1, noNaN: true }),
});

/**
 * A table with a Tier column and a model of 2–3 segments (each its own metrics, weights and
 * thresholds), with or without default rows, the rows of the parts interleaved in the table.
 */
export const segmentedCaseArb: fc.Arbitrary<Case> = fc
  .record({
    segmenting: fc.constantFrom<keyof typeof SEGMENTINGS>('string', 'string', 'string', 'number', 'boolean'),
    withDefault: fc.boolean(),
    columns: fc.uniqueArray(
      fc.record({
        name: fc.integer({ min: 0, max: NAMES.length - 1 }),
        kind: metricArb.map((metric) => metric.kind),
        headerStyle: metricArb.map((metric) => metric.headerStyle),
      }),
      { minLength: 1, maxLength: 5, selector: (column) => column.name },
    ),
    parts: fc.array(fc.array(ruleArb, { minLength: 1, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
    spelling: fc.array(
      fc.tuple(fc.constantFrom(...SEGMENT_COLUMN_SPELLINGS), fc.constantFrom(...SEGMENT_SEPARATORS)),
      { minLength: 4, maxLength: 4 },
    ),
    rowCount: fc.integer({ min: 1, max: 40 }),
    options: optionsArb,
  })
  .chain(({ segmenting, withDefault, columns, parts, spelling, rowCount, options }) => {
    const { segments } = SEGMENTINGS[segmenting];
    // Part 0 is the default; parts 1… the segments. A rule's column is its index modulo the pool,
    // each column once per part; a part's first rule counts.
    const partRules = parts.slice(withDefault ? 0 : 1, segments.length + 1).map((rules) => {
      const byColumn = new Map(rules.map((rule) => [rule.column % columns.length, rule]));
      return [...byColumn].map(([column, rule], k) => ({
        ...rule,
        column,
        weight: k === 0 && rule.weight === 0 ? 1 : rule.weight,
      }));
    });
    const first = withDefault ? 0 : 1;
    const modelRows = partRules.flatMap((rules, i) => {
      const part = first + i;
      const [column, separator] = spelling[part];
      const segmentCell = part === 0 ? '' : `${column}${separator}${segments[part - 1]}`;
      return rules.map((rule) => ({ rule, segmentCell }));
    });
    modelRows.sort((a, b) => a.rule.order - b.rule.order);
    const labelsOf = columns.map((_, k) =>
      [
        ...new Set(
          partRules.flatMap((rules) =>
            rules.filter((rule) => rule.column === k).flatMap((rule) => rule.values ?? []),
          ),
        ),
      ].map(([label]) => LABELS[label]),
    );
    const width = columns.length + 2;
    const rowArb = fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      {
        weight: 10,
        arbitrary: fc.tuple(
          fc.constantFrom('Acme', 'Initech').map((a) => ({ core: a, sql: a }) as Cell),
          fc.constantFrom(...SEGMENTINGS[segmenting].cells),
          ...columns.map((column, k) => cellArb(column.kind, labelsOf[k])),
        ),
      },
    );
    return fc.array(rowArb, { minLength: rowCount, maxLength: rowCount }).map((rows) => {
      const cells = rows.map((row) => row ?? Array.from({ length: width }, () => blankCell));
      const model: unknown[][] = [
        ['Metric', 'Weight', 'Red', 'Green', 'Values', 'Missing', 'Segment'],
        ...modelRows.map(({ rule, segmentCell }) => [
          NAMES[columns[rule.column].name],
          rule.weight,
          rule.thresholds[0],
          rule.thresholds[1],
          rule.values === null
            ? ''
            : rule.values.map(([label, score]) => `${LABELS[label]}=${score}`).join('; '),
          rule.missing,
          segmentCell,
        ]),
      ];
      return {
        headers: [
          'Account',
          'Tier',
          ...columns.map((column) => styledHeader(NAMES[column.name], column.headerStyle)),
        ],
        types: ['VARCHAR', SEGMENTINGS[segmenting].type, ...columns.map((column) => SQL_TYPE[column.kind])],
        rows: cells.map((row) => row.map((cell) => cell.core)),
        sqlRows: cells.map((row) => row.map((cell) => cell.sql)),
        model,
        options,
      };
    });
  });
