import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/core/closest';
import {
  checkModelObject,
  type HealthModel,
  modelToTable,
  parseModelTable,
  parseValueLabels,
} from '../../src/core/model';
import { validateModel } from '../../src/core/model-schema';

const table = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes'],
  ['NPS', 30, -100, 100, 'Sentiment', '', '', 'from surveys'],
  ['Logins', '40%', 'P10', 'p90', 'Adoption', '', 'skip', ''],
  ['Tickets', 20, '10', '0', 'Support', '', 50, ''],
  ['Mood', 10, '', '', 'Sentiment', 'Churning=0, Stable: 60; Expanding = 100', '', ''],
];

describe('parseModelTable', () => {
  it('reads every column, thresholds as numbers or percentiles', () => {
    const model = parseModelTable(table);
    expect(model.metrics.map((rule) => rule.metric)).toEqual(['NPS', 'Logins', 'Tickets', 'Mood']);
    expect(model.metrics[1]).toMatchObject({
      weight: 0.4,
      red: { kind: 'percentile', p: 10 },
      green: { kind: 'percentile', p: 90 },
      missing: null,
    });
    expect(model.metrics[2]).toMatchObject({
      red: { kind: 'number', value: 10 },
      green: { kind: 'number', value: 0 },
      missing: 50,
    });
    expect(model.metrics[3].values).toEqual([
      { label: 'Churning', score: 0 },
      { label: 'Stable', score: 60 },
      { label: 'Expanding', score: 100 },
    ]);
  });

  it('round-trips through the sheet table', () => {
    const model = parseModelTable(table);
    expect(parseModelTable(modelToTable(model))).toEqual(model);
  });

  it('names the model row at fault for duplicates, one-sided and equal thresholds', () => {
    expect(() => parseModelTable([...table, ['nps ', 1, '', '', '', '', '', '']])).toThrow(
      /row 6 \("nps"\): metric "nps" is listed twice/,
    );
    expect(() => parseModelTable([...table, ['CSAT', 1, 5, '', '', '', '', '']])).toThrow(
      /row 6 \("CSAT"\): set both Red and Green/,
    );
    expect(() => parseModelTable([...table, ['CSAT', 1, '', 'P50', '', '', '', '']])).toThrow(
      /row 6 \("CSAT"\): set both/,
    );
    expect(() => parseModelTable([...table, ['CSAT', 1, 'P5', 'p5', '', '', '', '']])).toThrow(
      /row 6 \("CSAT"\): Red and Green are both P5/,
    );
  });

  it('rejects a repeated model column and a model with no metric rows', () => {
    expect(() => parseModelTable([['Metric', 'Weight', 'weight']])).toThrow(
      /"Weight" appears twice \(columns 2 and 3\)/,
    );
    expect(() =>
      parseModelTable([
        ['Metric', 'Weight'],
        ['', 5],
      ]),
    ).toThrow(/no metrics below the header row/);
  });

  it('rejects a date where a threshold belongs, with a hint', () => {
    expect(() =>
      parseModelTable([
        ['Metric', 'Weight', 'Red', 'Green'],
        ['Age', 1, new Date(0), 5],
      ]),
    ).toThrow(
      /row 2 \("Age"\): Red the date 1970-01-01 is neither a number nor a percentile like P10 \(the cell is formatted as a date/,
    );
  });
});

describe('validateModel (the zod schema, used for models sent from the sidebar)', () => {
  const good: HealthModel = parseModelTable(table);

  it('accepts a valid model', () => {
    expect(validateModel(good)).toEqual(good);
  });

  it('names the field at fault', () => {
    const negative = structuredClone(good);
    negative.metrics[1].weight = -1;
    expect(() => validateModel(negative)).toThrow(/metrics\.1\.weight/);
    const badMissing = structuredClone(good);
    badMissing.metrics[0].missing = 101;
    expect(() => validateModel(badMissing)).toThrow(/metrics\.0\.missing/);
    const oneSided = structuredClone(good);
    oneSided.metrics[0].green = null;
    expect(() => validateModel(oneSided)).toThrow(/Health Model "NPS": set both Red and Green/);
    expect(() => validateModel({ metrics: [] })).toThrow(/metrics/);
  });
});

describe('checkModelObject (the server’s check of a model it is sent: as the table it becomes)', () => {
  const good: HealthModel = parseModelTable(table);

  it('accepts a valid model unchanged', () => {
    expect(checkModelObject(good)).toEqual(good);
  });

  it('refuses what the sheet could not hold, naming the metric', () => {
    const negative = structuredClone(good);
    negative.metrics[1].weight = -1;
    expect(() => checkModelObject(negative)).toThrow(/CSAT|row 3/);
    const badMissing = structuredClone(good);
    badMissing.metrics[0].missing = 101;
    expect(() => checkModelObject(badMissing)).toThrow(/NPS|row 2/);
    const oneSided = structuredClone(good);
    oneSided.metrics[0].green = null;
    expect(() => checkModelObject(oneSided)).toThrow(/set both Red and Green/);
    expect(() => checkModelObject({ metrics: [] })).toThrow('Invalid Health Model: it has no metrics.');
    expect(() => checkModelObject({ metrics: [{ metric: 'NPS', weight: '5' }] })).toThrow(
      'Invalid Health Model: metric 1 needs a name and a numeric weight.',
    );
    expect(() => checkModelObject('<script>')).toThrow(/no metrics/);
  });
});

describe('parseValueLabels', () => {
  it('rejects repeated labels and missing scores', () => {
    expect(() => parseValueLabels('A=1; a=2', 'Values')).toThrow(/"a" is listed twice/);
    expect(() => parseValueLabels('A=', 'Values')).toThrow(/"A=" should look like Label=score/);
    expect(parseValueLabels(' ; ', 'Values')).toBeNull();
  });
});

describe('closestName', () => {
  it('suggests a likely typo or a longer header, and nothing for an unrelated one', () => {
    expect(closestName('Logins', ['Account', 'Login', 'NPS'])).toBe('Login');
    expect(closestName('NPS', ['Account', 'NPS score'])).toBe('NPS score');
    expect(closestName('Support tickets', ['Account', 'MRR'])).toBeNull();
  });
});
