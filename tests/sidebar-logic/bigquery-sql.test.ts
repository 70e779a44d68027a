/** The BigQuery panel's browser-free part: column types read from the sheet, names, refusals in words. */
import { describe, expect, it } from 'vitest';
import { type HealthModel, plainRule } from '../../src/core/model';
import { getMessages } from '../../src/shared/messages';
import { toWireCell } from '../../src/shared/protocol';
import { bigQuerySql, inferColumns, sqlProblem, tableName } from '../../src/sidebar/bigquery-sql';
import { toPreviewData } from '../../src/sidebar/preview';
import { accountSheet, FIXED_BANDS, sampleModel } from '../sidebar/fixture';

const en = getMessages('en');
const REQUEST = { table: 'my-project.crm.accounts', idColumn: 'Account', history: '' };

describe('inferColumns', () => {
  it('types the sample sheet as a BigQuery load of it would', () => {
    const { headers, rows } = accountSheet(60);
    const data = toPreviewData(
      { name: 'Accounts', headers, rows: rows.map((row) => row.map(toWireCell)), nameColumn: 0 },
      0,
    );
    const types = Object.fromEntries(
      inferColumns(data.headers, data.rows).map((column) => [column.name, column.type]),
    );
    expect(types).toMatchObject({
      Account: 'STRING',
      Renewal: 'DATE',
      CSAT: 'FLOAT64',
      'Key features used': 'FLOAT64',
      'CSM sentiment': 'STRING',
    });
    // The sample's messy cells ("$1,250,000", "n/a", "TBD" among numbers) make a column text,
    // which the SQL reads as the sheet does.
    expect([types.ARR, types.NPS]).toEqual(['STRING', 'STRING']);
  });

  it('tells dates from timestamps, booleans from numbers, and leaves mixes and blanks as text', () => {
    // Midnight in Rome, winter and summer: two UTC times of day, both on the hour.
    const dates = [new Date('2026-01-15T23:00:00Z'), new Date('2026-07-15T22:00:00Z'), ''];
    const logins = [new Date('2026-01-15T09:31:12Z'), new Date('2026-01-16T17:02:00Z')];
    const rows = [0, 1, 2].map((i) => [
      dates[i],
      logins[i] ?? '',
      [true, false, ''][i],
      [1, true, 3][i],
      '',
      ' ',
    ]);
    const columns = inferColumns(
      ['Renewal', 'Last login', 'Churned', 'Mixed', 'Empty', 'Renewal ', '  '],
      rows,
    );
    expect(columns).toEqual([
      { name: 'Renewal', type: 'DATE' },
      { name: 'Last login', type: 'TIMESTAMP' },
      { name: 'Churned', type: 'BOOL' },
      { name: 'Mixed', type: 'STRING' },
      { name: 'Empty', type: 'STRING' },
    ]);
  });
});

describe('table names', () => {
  it('takes project.dataset.table or dataset.table, and nothing else', () => {
    expect(tableName(' my-project . crm.accounts ')).toEqual(['my-project', 'crm', 'accounts']);
    expect(tableName('crm.accounts')).toEqual(['crm', 'accounts']);
    for (const bad of ['accounts', 'a.b.c.d', 'crm..accounts', 'crm.my accounts', 'crm.`x`']) {
      expect(tableName(bad), bad).toBeNull();
    }
  });
});

describe('bigQuerySql', () => {
  const columns = inferColumns(['Account', 'NPS', 'CSAT'], [['Acme', 10, 80]]);
  const model: HealthModel = { metrics: [plainRule('NPS', 10), plainRule('CSAT', 5)] };

  it('writes the view and a self-contained daily snapshot; quartiles too', () => {
    const outcome = bigQuerySql(model, { kind: 'quartiles' }, columns, REQUEST, en);
    if (outcome.kind !== 'sql') throw new Error(JSON.stringify(outcome));
    expect(outcome.viewName).toBe('`my-project`.`crm`.`accounts_health`');
    expect(outcome.view.endsWith(';')).toBe(true);
    expect(outcome.snapshot).toMatch(/^CREATE TABLE IF NOT EXISTS .*;\n\nINSERT INTO [^;]*;$/s);
    expect(bigQuerySql(model, FIXED_BANDS, columns, { ...REQUEST, table: ' ' }, en)).toEqual({
      kind: 'empty',
    });
    expect(bigQuerySql(model, FIXED_BANDS, columns, { ...REQUEST, history: 'history' }, en)).toEqual({
      kind: 'problem',
      message: en.bigQueryHistoryInvalid,
    });
  });

  it('says what SQL cannot express in the user’s language, naming the metric', () => {
    const close: HealthModel = {
      metrics: [
        {
          ...plainRule('NPS', 10),
          red: { kind: 'number', value: 0 },
          green: { kind: 'number', value: 1e-320 },
        },
      ],
    };
    expect(bigQuerySql(close, FIXED_BANDS, columns, REQUEST, en)).toEqual({
      kind: 'problem',
      message:
        'BigQuery cannot score NPS: its Red and Green are so close that the score cannot be computed as the sheet does. Move them further apart.',
    });
    const it = getMessages('it');
    const outcome = bigQuerySql(close, FIXED_BANDS, columns, REQUEST, it);
    expect(outcome).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/^BigQuery non può calcolare NPS: /),
    });

    const typed = [
      { name: 'Account', type: 'STRING' },
      { name: 'NPS', type: 'ARRAY<INT64>' },
      { name: 'CSAT', type: 'FLOAT64' },
    ];
    expect(bigQuerySql(model, FIXED_BANDS, typed, REQUEST, en)).toEqual({
      kind: 'problem',
      message: 'BigQuery cannot score NPS: its column holds a type SQL cannot read as a sheet cell.',
    });
    // Not about a metric: the generator's own words, framed.
    expect(sqlProblem(new Error('columns: every column needs a name.'), en)).toBe(
      'The SQL could not be written: columns: every column needs a name.',
    );
    expect(sqlProblem(new Error('metric "A": something new'), en)).toBe(
      'BigQuery cannot score A as the sheet does: something new',
    );
  });

  it('scores the sample model over the sample sheet’s columns', () => {
    const { headers, rows } = accountSheet(20);
    const outcome = bigQuerySql(sampleModel(), FIXED_BANDS, inferColumns(headers, rows), REQUEST, en);
    expect(outcome.kind).toBe('sql');
  });
});
