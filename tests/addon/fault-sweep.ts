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
  const properties = Object.fromEntries([...workbook.properties.document].sort());
  return JSON.stringify({
    sheets,
    names: workbook.namedRanges(),
    properties,
    mail: workbook.mail.length,
    triggers: workbook.triggers.length,
  });
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
  for (let call = 0; call < calls; call++) {
    const scene = prepare();
    const userBefore = userState(scene.workbook);
    scene.workbook.failOn('*', { after: call, message: `injected failure at call ${call + 1}` });
    try {
      action(scene);
    } catch {
      // The failure itself is expected; what matters is what it left behind.
    }
    scene.workbook.failOn(null);
    if (userState(scene.workbook) !== userBefore) {
      broken.push({ call: call + 1, why: 'the user’s data changed' });
      continue;
    }
    try {
      action(scene);
    } catch (error) {
      broken.push({ call: call + 1, why: `the retry failed: ${(error as Error).message}` });
      continue;
    }
    if (endState(scene.workbook) !== expected) broken.push({ call: call + 1, why: 'a different end state' });
  }
  return { calls, survived: calls - broken.length, broken };
}
