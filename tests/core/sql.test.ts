/**
 * The SQL generator (the BigQuery export, docs/bigquery.md) without a database: what it refuses,
 * how it quotes, and that its BigQuery text parses with a BigQuery-dialect parser (node-sql-parser)
 * and uses only the functions docs/bigquery.md lists. Whether the SQL computes what the core
 * computes: tests/integration/sql-duckdb.test.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import nodeSqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv, sheetValue } from '../../dev/csv';
import { parseModelTable } from '../../src/core/model';
import { columnKind, generateHealthSql, type HealthSqlOptions, type SqlColumn } from '../../src/core/sql';
import { BIGQUERY, DUCKDB } from '../../src/core/sql/dialect';
import { caseArb, segmentedCaseArb } from './sql-cases';

const parser = new nodeSqlParser.Parser();
const parseBigQuery = (sql: string) => parser.astify(sql, { database: 'BigQuery' });

const accounts = parseCsv(readFileSync('examples/accounts.csv', 'utf8'));
const model = parseCsv(readFileSync('examples/health-model.csv', 'utf8')).map((row) => row.map(sheetValue));
const headers = accounts[0];
/** The sample sheet as a BigQuery table: Renewal a DATE, the rest STRING (as typed text). */
const columns: SqlColumn[] = headers.map((name) => ({ name, type: name === 'Renewal' ? 'DATE' : 'STRING' }));
const bigquery = (options: Partial<HealthSqlOptions> = {}, source = { model, columns }) =>
  generateHealthSql(source, { dialect: 'bigquery', table: 'my-project.crm.accounts', ...options });

/** The sample model with a Segment column: by CSM, three segments, with or without default rows. */
const segmented = (withDefault: boolean): unknown[][] => [
  [...model[0], 'Segment'],
  ...(withDefault ? model.slice(1).map((row) => [...row, '']) : []),
  ...model.slice(1, 5).map((row) => [...row, 'csm = Tom  Becker']),
  ...model.slice(3).map((row) => [...row, 'CSM: Giulia Rossi; Sara Ahmadi']),
  ...model.slice(6).map((row) => [...row, 'CSM = Niran Chaiyaporn']),
];

/** The generators' DuckDB column types as BigQuery names them. */
const bigQueryType: Record<string, string> = {
  VARCHAR: 'STRING',
  DOUBLE: 'FLOAT64',
  BOOLEAN: 'BOOL',
  DATE: 'DATE',
  TIMESTAMP: 'TIMESTAMP',
};

/**
 * BigQuery column names cannot hold a backtick (and node-sql-parser does not read the \` escape
 * the generator writes for one): left out of generated names here.
 */
const unticked = (cell: unknown) => (typeof cell === 'string' ? cell.replace(/`/g, '') : cell);

describe('generateHealthSql: the BigQuery text', () => {
  it('parses as BigQuery: view, snapshot and history table, fixed and quartile bands', () => {
    for (const healthyAt of [70, 'quartiles'] as const) {
      const sql = bigquery({
        idColumn: 'Account',
        healthyAt,
        asOf: '@run_time',
        labels: ['Sano', 'A rischio', 'Critico'],
      });
      expect(sql.view).toMatch(
        /^-- .*\nCREATE OR REPLACE VIEW `my-project`\.`crm`\.`accounts_health` AS\nWITH\n/,
      );
      expect(() => parseBigQuery(sql.view)).not.toThrow();
      expect(() => parseBigQuery(sql.snapshot!)).not.toThrow();
      expect(() => parseBigQuery(sql.historyTable!)).not.toThrow();
      expect(sql.snapshot).toMatch(
        /^INSERT INTO `my-project`\.`crm`\.`history` \(`date`, `account`, `score`, `band`\)/,
      );
    }
  });

  it('the parser does reject broken SQL (so the check above means something)', () => {
    const { view } = bigquery();
    expect(() => parseBigQuery(view.replace(') AS __hs_ranked', ' AS __hs_ranked'))).toThrow();
    expect(() => parseBigQuery(view.replace('CREATE OR REPLACE VIEW', 'CREATE OR REPLACE VEIW'))).toThrow();
    expect(() => parseBigQuery(view.replace(/ OVER \(ORDER BY/, ' OVER (ORDER'))).toThrow();
  });

  it('parses for generated models (names with quotes, backticks, dots; every column type)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const model = c.model.map((row, r) => (r === 0 ? row : [unticked(row[0]), ...row.slice(1)]));
        const sql = generateHealthSql(
          {
            model,
            columns: c.headers.map((name, i) => ({
              name: unticked(name) as string,
              type: bigQueryType[c.types[i]],
            })),
          },
          { dialect: 'bigquery', table: 'ds.t', idColumn: 'Account', ...c.options },
        );
        parseBigQuery(sql.view);
        parseBigQuery(sql.snapshot!);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('parses for generated segmented models (text, number and boolean segment columns)', () => {
    fc.assert(
      fc.property(segmentedCaseArb, (c) => {
        const model = c.model.map((row, r) => (r === 0 ? row : [unticked(row[0]), ...row.slice(1)]));
        const columns = c.headers.map((name, i) => ({
          name: unticked(name) as string,
          type: bigQueryType[c.types[i]],
        }));
        const sql = generateHealthSql(
          { model, columns },
          { dialect: 'bigquery', table: 'ds.t', idColumn: 'Account', ...c.options },
        );
        parseBigQuery(sql.view);
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it('uses only the functions docs/bigquery.md lists', () => {
    const documented = new Set(
      [...readFileSync('docs/bigquery.md', 'utf8').matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]),
    );
    const typed: SqlColumn[] = headers.map((name, i) => ({
      name,
      type: ['STRING', 'FLOAT64', 'BOOL', 'DATE', 'TIMESTAMP', 'INT64'][i % 6],
    }));
    const bySegment = (type: string) => ({
      model: segmented(false),
      columns: columns.map((column) => (column.name === 'CSM' ? { ...column, type } : column)),
    });
    const texts = [
      bigquery({ idColumn: 'Account' }),
      bigquery({ idColumn: 'Account', healthyAt: 'quartiles', asOf: new Date(0) }),
      bigquery({ idColumn: 'Account', asOf: '@run_time' }, { model, columns: typed }),
      ...['STRING', 'FLOAT64', 'BOOL'].map((type) => bigquery({ idColumn: 'Account' }, bySegment(type))),
    ].flatMap((sql) => [sql.view, sql.snapshot!, sql.historyTable!]);
    const keywords = new Set([
      'AS',
      'AND',
      'OR',
      'NOT',
      'IN',
      'THEN',
      'WHEN',
      'FROM',
      'OVER',
      'EXISTS',
      'VIEW',
      'TABLE',
      'JOIN',
    ]);
    const used = new Set(
      texts.flatMap((text) =>
        [...text.replace(/'(?:[^'\\]|\\.)*'|`[^`]*`/g, '').matchAll(/\b([A-Z_][A-Z0-9_]*)\s*\(/g)].map(
          (m) => m[1],
        ),
      ),
    );
    const undocumented = [...used].filter((name) => !keywords.has(name) && !documented.has(name));
    expect(undocumented).toEqual([]);
  });
});

describe('generateHealthSql: quoting', () => {
  it('quotes identifiers and strings for each dialect', () => {
    expect(BIGQUERY.ident('a`b\\c')).toBe('`a\\`b\\\\c`');
    expect(BIGQUERY.text("it's \\ \n")).toBe("'it\\'s \\\\ \\u000a'");
    expect(DUCKDB.ident('say "hi"')).toBe('"say ""hi"""');
    expect(DUCKDB.text("it's")).toBe("'it''s'");
    expect(BIGQUERY.number(15)).toBe('15.0');
    expect(BIGQUERY.number(-0.25)).toBe('(-0.25)');
    expect(DUCKDB.number(0.15)).toBe('0.15e0');
    expect(DUCKDB.number(1e21)).toBe('1e+21');
  });

  it('writes metric names with quotes into identifiers and texts safely', () => {
    const odd = 'It\'s (very) "odd"; 100%';
    const sql = generateHealthSql(
      {
        model: [
          ['Metric', 'Weight'],
          [odd, 1],
        ],
        columns: [
          { name: 'id', type: 'STRING' },
          { name: odd, type: 'STRING' },
        ],
      },
      { dialect: 'bigquery', table: 'ds.t', idColumn: 'id' },
    );
    expect(sql.view).toContain('__hs_src.`It\'s (very) "odd"; 100%`');
    expect(sql.view).toContain("'It\\'s (very) \"odd\"; 100% -'");
    expect(() => parseBigQuery(sql.view)).not.toThrow();
  });
});

describe('generateHealthSql: what it refuses', () => {
  const refuse =
    (source: Parameters<typeof generateHealthSql>[0], options: Partial<HealthSqlOptions>) => () =>
      generateHealthSql(source, { dialect: 'duckdb', table: 't', ...options });

  it('a metric without a column, as HEALTHSCORE does (with the closest header)', () => {
    const few = columns.filter((column) => column.name !== 'NPS' && column.name !== 'CSAT');
    expect(refuse({ model, columns: [...few, { name: 'NPS score', type: 'STRING' }] }, {})).toThrow(
      /Health Model metrics "NPS" \(closest header: "NPS score"\), "CSAT" \(closest header: "CSM"\) match no column header/,
    );
  });

  it('a metric whose column type SQL cannot read as a cell, naming the metric', () => {
    const typed = columns.map((column) =>
      column.name === 'NPS' ? { ...column, type: 'ARRAY<INT64>' } : column,
    );
    expect(refuse({ model, columns: typed }, {})).toThrow(
      /metric "NPS": its column "NPS" is of type ARRAY<INT64>/,
    );
    // A column no metric reads may have any type.
    const notes = [...columns, { name: 'Notes', type: 'JSON' }];
    expect(refuse({ model, columns: notes }, {})).not.toThrow();
  });

  it('Red and Green so close that 100 / (Green − Red) overflows, naming the metric', () => {
    const tight = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['NPS', 1, 0, 1e-307],
    ];
    expect(refuse({ model: tight, columns }, {})).toThrow(
      /metric "NPS": Red 0 and Green 1e-307 are so close/,
    );
  });

  it('a Values label that SQL lower-cases differently from Sheets, naming the metric', () => {
    const turkish = [
      ['Metric', 'Weight', 'Values'],
      ['Goals met', 1, 'İyi=100; Kötü=0'],
    ];
    expect(refuse({ model: turkish, columns }, {})).toThrow(/metric "Goals met": its label "İyi" holds "İ"/);
  });

  it('options as HEALTHSCORE, HEALTHBAND and HEALTHEXPLAIN refuse their arguments', () => {
    const source = { model, columns };
    expect(refuse(source, { healthyAt: 40, unhealthyBelow: 60 })).toThrow(
      'healthy_at (40) must be above unhealthy_below (60).',
    );
    expect(refuse(source, { minCoverage: 150 })).toThrow(/min_coverage 150 must be between 0 and 1/);
    expect(refuse(source, { top: 1.5 })).toThrow(/top 1.5 must be a whole number/);
    expect(refuse(source, { labels: ['Good', 'good', 'Bad'] })).toThrow(/"Good" is given twice/);
    expect(refuse(source, { idColumn: 'Customer' })).toThrow(/idColumn "Customer" is not one of the columns/);
    expect(refuse(source, { asOf: new Date(Number.NaN) })).toThrow('asOf is an invalid date.');
  });

  it('column names the view needs for itself, or that SQL cannot tell apart', () => {
    const withScore = [...columns, { name: 'Score', type: 'FLOAT64' }];
    expect(refuse({ model, columns: withScore }, {})).toThrow(
      /column "Score" has the name of an output column/,
    );
    expect(refuse({ model, columns: withScore }, { idColumn: 'Account' })).not.toThrow();
    expect(refuse({ model, columns: [...columns, { name: 'nps', type: 'STRING' }] }, {})).toThrow(
      /columns "NPS" and "nps" differ only in case/,
    );
    expect(refuse({ model, columns: [...columns, { name: '__hs_x', type: 'STRING' }] }, {})).toThrow(/__hs_/);
  });

  it('model problems, with the model parser’s messages', () => {
    const twice = [...model, ['nps', 5]];
    expect(refuse({ model: twice, columns }, {})).toThrow(/"nps" is listed twice/);
    expect(refuse({ model: { metrics: [] }, columns }, {})).toThrow(/no metrics/);
  });
});

describe('generateHealthSql: output shape', () => {
  it('without idColumn: every column, then score, band, drivers; no snapshot', () => {
    const sql = generateHealthSql({ model, columns }, { dialect: 'duckdb', table: 'crm.accounts' });
    expect(sql.viewName).toBe('"crm"."accounts_health"');
    expect(sql.snapshot).toBeNull();
    const last = sql.query.slice(sql.query.lastIndexOf('\nSELECT '));
    expect(last).toContain('"Account", "Domain"');
    expect(last).toMatch(/AS "score", .* AS "band", .* AS "drivers"\nFROM __hs_explained$/);
  });

  it('accepts the parsed model as well as its table', () => {
    const fromTable = generateHealthSql({ model, columns }, { dialect: 'duckdb', table: 't' });
    const fromParsed = generateHealthSql(
      { model: parseModelTable(model), columns },
      { dialect: 'duckdb', table: 't' },
    );
    expect(fromParsed.view).toBe(fromTable.view);
  });

  it('reads warehouse type names', () => {
    expect(columnKind('STRING')).toBe('string');
    expect(columnKind('varchar(20)')).toBe('string');
    expect(columnKind('NUMERIC(10, 2)')).toBe('number');
    expect(columnKind('INT64')).toBe('number');
    expect(columnKind('BOOL')).toBe('boolean');
    expect(columnKind('DATETIME')).toBe('timestamp');
    expect(columnKind('timestamp with time zone')).toBe('timestamp');
    expect(columnKind('GEOGRAPHY')).toBeNull();
  });
});

describe('generateHealthSql: a model with segments', () => {
  const duck = (source: Parameters<typeof generateHealthSql>[0], options: Partial<HealthSqlOptions> = {}) =>
    generateHealthSql(source, { dialect: 'duckdb', table: 't', ...options });
  /** The body of one CTE of the view. */
  const cte = (view: string, name: string) => {
    const start = view.indexOf(`\n${name} AS (\n`);
    return start === -1 ? null : view.slice(start, view.indexOf('\n)', start));
  };

  it('a Segment column left blank writes exactly the SQL of the model without it', () => {
    const blankSegments = model.map((row, r) => [...row, r === 0 ? 'Segment' : '']);
    for (const options of [{}, { idColumn: 'Account', healthyAt: 'quartiles' as const }]) {
      expect(bigquery(options, { model: blankSegments, columns }).view).toBe(bigquery(options).view);
      expect(duck({ model: blankSegments, columns }, options).view).toBe(
        duck({ model, columns }, options).view,
      );
    }
  });

  it('scores each part in steps of its own and puts the parts back together before the bands', () => {
    const { view } = bigquery(
      { idColumn: 'Account', healthyAt: 'quartiles' },
      { model: segmented(true), columns },
    );
    expect(view.split('\n')[0]).toContain(
      '(27 metrics, segmented by csm: 3 segments and the default rows); regenerate rather than edit.',
    );
    // The default part first (segments.ts modelParts), then the segments as the model lists them.
    expect(cte(view, '__hs_segments')).toContain(
      "WHEN 'tom becker' THEN 1 WHEN 'giulia rossi' THEN 2 WHEN 'sara ahmadi' THEN 2 WHEN 'niran chaiyaporn' THEN 3 ELSE 0 END AS __hs_part",
    );
    for (const p of [0, 1, 2, 3]) {
      expect(cte(view, `__hs_p${p}_text`)).toContain(
        `FROM (SELECT * FROM __hs_segments WHERE __hs_part = ${p}) AS __hs_src`,
      );
      expect(cte(view, `__hs_p${p}_explained`)).not.toBeNull();
    }
    // Percentiles (and the P0/P100 of a metric without Red and Green) rank within their part.
    for (const p of [0, 1, 2, 3]) expect(cte(view, `__hs_p${p}_limits`)).toContain(`FROM __hs_p${p}_cells)`);
    expect(cte(view, '__hs_explained')).toBe(
      '\n__hs_explained AS (\n' +
        [0, 1, 2, 3]
          .map((p) => `  SELECT \`Account\`, __hs_blank, __hs_score, __hs_drivers FROM __hs_p${p}_explained`)
          .join('\n  UNION ALL\n'),
    );
    expect(cte(view, '__hs_quartiles')).toContain('FROM __hs_explained');
    expect(() => parseBigQuery(view)).not.toThrow();
  });

  it('without default rows, accounts of no segment get no score and say which segment', () => {
    const { view, snapshot } = bigquery({ idColumn: 'Account' }, { model: segmented(false), columns });
    expect(cte(view, '__hs_segments')).toContain('ELSE -1 END AS __hs_part');
    // The column as the model's first segment spells it, as HEALTHEXPLAIN writes it.
    const unscored = cte(view, '__hs_explained')!.split('UNION ALL').pop()!;
    expect(unscored).toContain(
      "CAST(NULL AS FLOAT64) AS __hs_score, 'no model for csm = ' || CASE WHEN __hs_src.`CSM` IS NULL",
    );
    expect(unscored).toMatch(/FROM __hs_segments AS __hs_src WHERE __hs_part = -1$/);
    expect(() => parseBigQuery(view)).not.toThrow();
    expect(() => parseBigQuery(snapshot!)).not.toThrow();
  });

  it('a number column matches the numbers whose String() is the value; a boolean column true / false', () => {
    const tiers = (type: string, segment: string) =>
      duck({
        model: [
          ['Metric', 'Weight', 'Segment'],
          ['NPS', 1, segment],
          ['NPS', 1, ''],
        ],
        columns: [
          { name: 'Tier', type },
          { name: 'NPS', type: 'DOUBLE' },
        ],
      }).view;
    // `01` and `2.50` are no number's text, as in the sheet (String(1) is "1").
    expect(cte(tiers('INTEGER', 'Tier = 1, 01, 2.50, -3, 1e+21'), '__hs_segments')).toContain(
      'CASE CASE WHEN isfinite(CAST(__hs_src."Tier" AS DOUBLE)) THEN CAST(__hs_src."Tier" AS DOUBLE) END ' +
        'WHEN 1.0e0 THEN 1 WHEN (-3.0e0) THEN 1 WHEN 1e+21 THEN 1 ELSE 0 END',
    );
    expect(cte(tiers('BOOLEAN', 'Tier = TRUE, yes'), '__hs_segments')).toContain(
      `CASE CASE WHEN __hs_src."Tier" THEN 'true' WHEN NOT __hs_src."Tier" THEN 'false' END WHEN 'true' THEN 1 ELSE 0 END`,
    );
    // No value a cell can hold: every row is the default's.
    expect(cte(tiers('DOUBLE', 'Tier = 01'), '__hs_segments')).toContain('SELECT *, 0 AS __hs_part FROM');
  });

  it('refuses a segment column it cannot key on, naming it', () => {
    const source = (type: string, segment = 'Tier = Gold') => ({
      model: [
        ['Metric', 'Weight', 'Segment'],
        ['NPS', 1, segment],
      ],
      columns: [
        { name: 'Tier', type },
        { name: 'NPS', type: 'STRING' },
      ],
    });
    expect(() => duck(source('DATE'))).toThrow(
      /segment column "Tier" is of type DATE; SQL can match segments on a string, number or boolean column only/,
    );
    expect(() => duck(source('JSON'))).toThrow(/segment column "Tier" is of type JSON/);
    expect(() => duck(source('VARCHAR', 'Tier = İzmir'))).toThrow(
      /segment "Tier = İzmir": its value "İzmir" holds "İ"/,
    );
    // HEALTHSCORE's own message when no column has the segments' name.
    expect(() => duck(source('VARCHAR', 'Tiers = Gold'))).toThrow(
      'The Health Model segments use the column "Tiers", which matches no column header (closest header: "Tier").',
    );
  });

  it('refuses a segment metric without a column, as HEALTHSCORE does', () => {
    const rows = [...segmented(true), ['Renewals', 3, '', '', '', '', '', '', 'CSM = Tom Becker']];
    expect(() => duck({ model: rows, columns })).toThrow(
      /"Renewals" \(closest header: "Renewal"\) matches no column header/,
    );
  });
});
