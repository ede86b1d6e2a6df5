// What the suite expects, read from the CLI's JSON output (`briefing check --format json`),
// whose path the driver passes in BRIEFING_EXPECTED_CLI_JSON: the checker and the language
// server share one implementation, so they must agree diagnostic for diagnostic.
import * as fs from 'fs';
import * as path from 'path';

export interface CliDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  readonly message: string;
}

interface CliOutput {
  readonly files: ReadonlyArray<{ readonly path: string; readonly diagnostics: readonly CliDiagnostic[] }>;
}

export const EXPECTED_ENV = 'BRIEFING_EXPECTED_CLI_JSON';

/** The ids of the example's sources (sources.yaml, front matter, the archive's three entries). */
export const EXAMPLE_SOURCE_IDS = [
  'desk-memo',
  'hkt-history',
  'mpi-dependence',
  'newsfeed-recycling',
  'tr-consolidation',
  'tr-magnets',
  'tr-stockpile',
  'wire-controls',
];

/** The CLI's diagnostics for the file whose path ends in `fileName`. */
export function expectedDiagnostics(fileName: string): CliDiagnostic[] {
  const file = process.env[EXPECTED_ENV];
  if (!file) throw new Error(`${EXPECTED_ENV} is not set: the driver must pass the CLI's JSON for the workspace`);
  const output = JSON.parse(fs.readFileSync(file, 'utf8')) as CliOutput;
  const entry = output.files.find((f) => path.basename(f.path) === fileName);
  if (!entry) throw new Error(`${file} has no entry for ${fileName}: ${output.files.map((f) => f.path).join(', ')}`);
  return [...entry.diagnostics];
}
