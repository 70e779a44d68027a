/**
 * The emulator's one fix to HyperFormula (dev/emulator/hyperformula-patch.ts): it must still
 * apply to the installed version, and leave the dependency graph exactly as the original does.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { PATCHED_VERSION, patchHyperFormula } from '../../dev/emulator/hyperformula-patch';

interface Internals {
  dependencyGraph: {
    rangeMapping: { getNumberOfRangesInSheet(sheet: number): number };
    graph: { getNodes(): unknown[] };
  };
}

/** A sheet of `rows` numbers and formulas over ranges of them, some nested, then all cleared. */
function graphAfterClearing(rows: number): { ranges: number; nodes: number; value: unknown } {
  const hf = HyperFormula.buildFromArray(
    Array.from({ length: rows }, (_, i) => [i + 1]),
    { licenseKey: 'gpl-v3' },
  );
  hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [
    [`=SUM(A1:A${rows})`, `=SUM(A1:A${rows - 1})`, '=COUNT(A2:A10)', '=B1+C1'],
  ]);
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 4 });
  hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[null, null, null, null]]);
  const internals = hf as unknown as Internals;
  const result = {
    ranges: internals.dependencyGraph.rangeMapping.getNumberOfRangesInSheet(0),
    nodes: internals.dependencyGraph.graph.getNodes().length,
    value,
  };
  hf.destroy();
  return result;
}

describe('the HyperFormula patch', () => {
  it('applies to the installed version, and leaves the graph as the original method does', () => {
    expect(HyperFormula.version).toBe(PATCHED_VERSION);
    // This file loads no emulator: the first run here is HyperFormula's own method.
    const original = graphAfterClearing(2_000);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    expect(patchHyperFormula(hf)).toBe(true);
    hf.destroy();
    const patched = graphAfterClearing(2_000);
    expect(patched).toEqual(original);
    expect(patched.value).toBe((2_000 * 2_001) / 2 + (1_999 * 2_000) / 2);
    // No range is kept once no formula uses it.
    expect(patched.ranges).toBe(0);
    expect(patched.nodes).toBe(2_000);
  });
});
