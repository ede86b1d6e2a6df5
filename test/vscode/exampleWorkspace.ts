// The example workspace both hosts test against: examples/rare-earths copied to a temporary
// folder, and the CLI's JSON for its briefing (what the suite expects the editor to show).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..');
export const EXAMPLE = path.join(REPO, 'examples', 'rare-earths');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const SUITE = path.join(REPO, 'test', 'vscode', 'suite', 'weekly.test.ts');

export interface ExampleWorkspace {
  readonly folder: string;
  /** The CLI's JSON output for weekly.brief; pass its path as BRIEFING_EXPECTED_CLI_JSON. */
  readonly cliJsonFile: string;
  remove(): void;
}

export function makeExampleWorkspace(): ExampleWorkspace {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not found; run \`npm run build\` first`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-example-'));
  const folder = path.join(root, 'rare-earths');
  fs.cpSync(EXAMPLE, folder, { recursive: true });
  const cliJsonFile = path.join(root, 'cli.json');
  fs.writeFileSync(cliJsonFile, cliJson(folder));
  return { folder, cliJsonFile, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** `briefing check weekly.brief --format json` in the folder; status 1 (errors found) is expected. */
function cliJson(folder: string): string {
  try {
    return execFileSync(process.execPath, [CLI, 'check', 'weekly.brief', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    if (e.status === 1 && e.stdout) return e.stdout;
    throw new Error(`the CLI failed (status ${e.status}): ${e.stderr ?? ''}`);
  }
}
