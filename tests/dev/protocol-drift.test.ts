/**
 * The protocol check of src/server/endpoints.ts, shown failing on purpose: the real server files
 * are type-checked with one endpoint drifted in memory (nothing is written to disk).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ENDPOINTS = join(root, 'src/server/endpoints.ts');
const ADDON = join(root, 'src/server/addon.ts');

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  },
);
if (config === undefined) throw new Error('tsconfig.json cannot be read');
const options = config.options;
/** Parsed files shared by the three programs, so only the edited addon.ts is parsed again. */
const parsed = new Map<string, ts.SourceFile | undefined>();
let previous: ts.Program | undefined;

/** Type errors of endpoints.ts when addon.ts reads as `edit` makes it; [] when it compiles. */
function endpointErrors(edit: (source: string) => string): string[] {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) => {
    if (file === ADDON) return ts.createSourceFile(file, edit(readFileSync(ADDON, 'utf8')), language);
    if (!parsed.has(file)) parsed.set(file, getSourceFile(file, language));
    return parsed.get(file);
  };
  const program = ts.createProgram({ rootNames: [ENDPOINTS], options, host, oldProgram: previous });
  previous = program;
  return program
    .getSemanticDiagnostics(program.getSourceFile(ENDPOINTS))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** One function's declared return type changed in the addon.ts source text. */
function returning(endpoint: string, from: string, to: string) {
  return (source: string) => {
    const signature = new RegExp(`(export function ${endpoint}\\([^)]*\\)): ${from} \\{`);
    expect(source).toMatch(signature);
    return source.replace(signature, `$1: ${to} {`);
  };
}

// A few seconds on a quiet machine; the limit allows for a shared, busy one.
describe('the sidebar protocol is checked against the server at compile time', { timeout: 60_000 }, () => {
  it('compiles as the server stands', () => {
    expect(endpointErrors((source) => source)).toEqual([]);
  });

  it('fails, naming the endpoint, when one may return undefined where the protocol promises a result', () => {
    const errors = endpointErrors(returning('saveModel', 'SaveModelResult', 'SaveModelResult | undefined'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("does not satisfy the constraint 'ServerApi'");
    expect(errors[0]).toContain("The types returned by 'saveModel(...)' are incompatible");
    expect(errors[0]).toContain("Type 'undefined' is not assignable to type 'SaveModelResult'");
  });

  it('fails when an endpoint takes another parameter than the protocol says', () => {
    const errors = endpointErrors((source) =>
      source.replace(
        'export function getSheetData(sheetName: string)',
        'export function getSheetData(sheetName: number)',
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'getSheetData'");
  });
});
