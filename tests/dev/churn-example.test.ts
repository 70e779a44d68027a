/** examples/churn.csv is exactly what `npm run examples:churn` makes (no hand edits, no drift). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CHURN_EXAMPLE, churnExampleCsv } from '../../dev/examples/churn';

it('examples/churn.csv is the output of dev/examples/churn.ts', () => {
  expect(readFileSync(CHURN_EXAMPLE, 'utf8') === churnExampleCsv(), 'run npm run examples:churn').toBe(true);
});
