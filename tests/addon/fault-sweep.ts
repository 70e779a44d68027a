/**
 * The fault sweep: an action fails at each of its service calls in turn (the emulator's
 * `failOn('*', { after: k })`), then runs again. After each, nothing the user had may have
 * changed, and the second run must reach the end state of a run that never failed.
 */
import type { Workbook } from '../../dev/emulator';
import type { Addon } from './helpers';

export interface Scene {
  workbook: Workbook;
  addon: Addon;
}

/** Everything a run can change, as plain JSON: cells, formulas, names, rules, properties, mail. */
export function endState(workbook: Workbook): string {
  const spreadsheet = workbook.services.SpreadsheetApp.getActive();
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    return {
      name,
      values: workbook.values(name),
      formulas: workbook.formulas(name),
      rules: workbook.conditionalFormats(name),
    };
  });
  // The last import's counts report that run: a retry truthfully reports "0 added".
  const properties = Object.fromEntries(
    [...workbook.properties.document]
      .sort()
      .map(([key, value]) => [key, value.replace(/"lastImport":\{[^}]*\}/, '')]),
  );
  const text = JSON.stringify({
    sheets,
    names: workbook.namedRanges(),
    properties,
    mail: workbook.mail.length,
    triggers: workbook.triggers.map(({ handler, eventType, schedule }) => ({ handler, eventType, schedule })),
  });
  // Each scene's trigger and form IDs are its own: the same run in another scene names others.
  const ids = [...workbook.triggers.map((trigger) => trigger.id), ...workbook.forms.map((form) => form.id)];
  return ids.reduce((out, id, i) => out.split(id).join(`<id ${i}>`), text);
}

/** Where two end states part: the sheet, names, a property… with a little of each side. */
function firstDifference(expected: string, got: string): string {
  const [a, b] = [JSON.parse(expected), JSON.parse(got)] as Record<string, unknown>[];
  for (const key of Object.keys(a)) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    if (key === 'sheets') {
      const sheets = a[key] as { name: string }[];
      const others = b[key] as { name: string }[];
      const at = sheets.findIndex((sheet, i) => JSON.stringify(sheet) !== JSON.stringify(others[i]));
      const [x, y] = [JSON.stringify(sheets[at]), JSON.stringify(others[at])];
      let from = 0;
      while (from < x.length && x[from] === y[from]) from++;
      return `sheet ${sheets[at]?.name ?? '?'}: …${x.slice(Math.max(0, from - 60), from + 60)}… → …${y.slice(Math.max(0, from - 60), from + 60)}…`;
    }
    if (key === 'properties') {
      const [p, q] = [a[key], b[key]] as Record<string, string>[];
      const keys = [...new Set([...Object.keys(p), ...Object.keys(q)])].filter((k) => p[k] !== q[k]);
      const around = (text: string, other: string) => {
        let from = 0;
        while (from < text.length && text[from] === other[from]) from++;
        return text.slice(Math.max(0, from - 40), from + 80);
      };
      return `properties ${keys.map((k) => `${k}: ${around(String(p[k]), String(q[k]))} → ${around(String(q[k]), String(p[k]))}`).join('; ')}`;
    }
    return key;
  }
  return 'order';
}

export interface SweepResult {
  calls: number;
  survived: number;
  /** For each call that broke the action for good: its index and what differed. */
  broken: { call: number; why: string }[];
}

/**
 * `prepare` builds a fresh scene (the same each time), `userState` reads what the user owns,
 * `action` is the action under test. Every counted call of the action is failed once.
 */
export function sweep(
  prepare: () => Scene,
  action: (scene: Scene) => unknown,
  userState: (workbook: Workbook) => string,
): SweepResult {
  const reference = prepare();
  const before = reference.workbook.serviceCalls();
  action(reference);
  const calls = reference.workbook.serviceCalls() - before;
  const expected = endState(reference.workbook);
  const broken: SweepResult['broken'] = [];
  reference.workbook.dispose();
  for (let call = 0; call < calls; call++) {
    const scene = prepare();
    try {
      broken.push(...failAt(call, scene));
    } finally {
      scene.workbook.dispose();
    }
  }
  return { calls, survived: calls - broken.length, broken };

  /** Fails the action at `call`, then retries it: what broke, if anything. */
  function failAt(call: number, scene: Scene): SweepResult['broken'] {
    const userBefore = userState(scene.workbook);
    scene.workbook.failOn('*', { after: call, message: `injected failure at call ${call + 1}` });
    try {
      action(scene);
    } catch {
      // The failure itself is expected; what matters is what it left behind.
    }
    scene.workbook.failOn(null);
    if (userState(scene.workbook) !== userBefore) return [{ call: call + 1, why: 'the user’s data changed' }];
    try {
      action(scene);
    } catch (error) {
      return [{ call: call + 1, why: `the retry failed: ${(error as Error).message}` }];
    }
    const got = endState(scene.workbook);
    if (got !== expected)
      return [{ call: call + 1, why: `a different end state: ${firstDifference(expected, got)}` }];
    return [];
  }
}
