/**
 * npm run demo: the built add-on (dist/Code.js, loaded as Apps Script loads it) scores the sample
 * account sheet in examples/ with its Health Model, and prints what the sheet would show.
 */
import { fileURLToPath } from 'node:url';
import { readSheetCsv } from './csv';
import { distFile } from './dist-path.mjs';
import { intoRealm, loadScriptFile } from './realm';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const addon = loadScriptFile(distFile('Code.js'));
const sheet = readSheetCsv(path('../examples/accounts.csv'));
const model = readSheetCsv(path('../examples/health-model.csv'));
const [headers, ...accounts] = sheet;

const call = (name: string, ...args: unknown[]) =>
  addon[name](...args.map((arg) => intoRealm(addon, arg))) as unknown[][];
// One call per column over the whole range, exactly as the sheet's array formulas do.
const scores = call('HEALTHSCORE', accounts, [headers], model);
const bands = call('HEALTHBAND', scores, 70, 40);
const drivers = call('HEALTHEXPLAIN', accounts, [headers], model, 2);

const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (text: string, code: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const BAND_STYLE: Record<string, string> = { Healthy: '30;42', 'At risk': '30;43', Unhealthy: '97;41' };
const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

console.log(paint(`Customer Health Score: ${accounts.length} rows of examples/accounts.csv`, '1'));
console.log(paint(`${pad('Account', 28)} ${'Score'.padStart(5)}  ${pad('Band', 10)} Drivers`, '1'));
const counts: Record<string, number> = {};
accounts.forEach((row, i) => {
  const score = scores[i][0];
  const band = String(bands[i][0]);
  if (band === '') return; // a blank spacer row
  counts[band] = (counts[band] ?? 0) + 1;
  const scoreText = typeof score === 'number' ? score.toFixed(1) : String(score);
  const bandText = BAND_STYLE[band] ? paint(` ${pad(band, 9)}`, BAND_STYLE[band]) : ` ${pad(band, 9)}`;
  console.log(`${pad(String(row[0]), 28)} ${scoreText.padStart(5)} ${bandText}  ${drivers[i][0]}`);
});
console.log(
  paint('\nBands: ', '1') +
    Object.entries(counts)
      .map(([band, count]) => `${band} ${count}`)
      .join(' · '),
);
console.log(
  'Scores: =HEALTHSCORE(A2:P, A1:P1, HealthModel, 0.5, AsOf, HealthOverrides) · bands: =HEALTHBAND(Q2:Q, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
);
