// End-to-end smoke test of the test infrastructure itself:
//   npx tsx test/e2e/smoke.ts
// 1. runs test/e2e/sample.suite.ts inside code-server's extension host (via the runner
//    extension in test/vscode-runner/) and prints its results;
// 2. drives the same workbench through the browser helpers: explorer, Quick Open,
//    Problems panel, hover, quick fix. Screenshots go to test-results/.
// Exits non-zero when anything fails. Needs test/e2e/setup.sh to have run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  applyQuickFix,
  formatProblemRow,
  hoverAt,
  openFile,
  openFileFromExplorer,
  ProblemRow,
  quickFixesAt,
  readProblems,
  screenshot,
  Workbench,
} from './browser';
import { removeOnExit } from './cleanup';
import { runExtensionSuite } from './extensionSuite';
import { formatSuiteResults, suiteSucceeded } from './suiteResults';

const GREETING = ['const value = 42;', 'export const doubled = valeu * 2;', ''].join('\n');

function makeWorkspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-smoke-ws-'));
  removeOnExit(root);
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'src', 'greeting.ts'), GREETING);
  fs.writeFileSync(path.join(root, 'notes.md'), '# Notes\n\nNothing to see.\n');
  return root;
}

const markers = (rows: readonly ProblemRow[]): ProblemRow[] => rows.filter((r) => r.kind === 'marker');

async function checkUi({ page }: Workbench): Promise<void> {
  const step = (name: string): void => console.log(`  ui: ${name}`);

  step('open notes.md with Quick Open');
  await openFile(page, 'notes.md');

  step('open src/greeting.ts from the explorer');
  await openFileFromExplorer(page, 'src/greeting.ts');

  step('read the Problems panel');
  const rows = await readProblems(page, (r) => markers(r).some((m) => m.text.includes('valeu')));
  console.log(rows.map((r) => `    ${formatProblemRow(r)}`).join('\n'));
  await screenshot(page, 'smoke-problems');

  step('hover over `value`');
  const hover = await hoverAt(page, 1, 8);
  console.log(`    hover: ${hover.replace(/\s+/g, ' ')}`);
  assert.match(hover, /const value: 42/);
  await screenshot(page, 'smoke-hover');

  step('quick fixes on `valeu`');
  const fixes = await quickFixesAt(page, 2, 25);
  console.log(`    fixes: ${JSON.stringify(fixes)}`);
  assert.ok(fixes.some((f) => f.includes("Change spelling to 'value'")), 'spelling fix offered');
  await screenshot(page, 'smoke-quickfix');
  await applyQuickFix(page, "Change spelling to 'value'");

  step('the problem goes away');
  await readProblems(page, (r) => markers(r).length === 0);
  await screenshot(page, 'smoke-fixed');
}

async function main(): Promise<number> {
  const started = Date.now();
  // Removed on exit (process.exit below), also when interrupted.
  const workspace = makeWorkspace();
  const { results, screenshot: shot } = await runExtensionSuite({
    suite: path.join(__dirname, 'sample.suite.ts'),
    workspace,
    screenshotName: 'smoke-suite',
    afterResults: async (workbench, suiteResults) => {
      console.log(formatSuiteResults(suiteResults));
      await checkUi(workbench);
    },
  });
  console.log(`screenshot: ${shot}`);
  const ok = suiteSucceeded(results);
  console.log(`${ok ? 'SMOKE OK' : 'SMOKE FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`SMOKE FAILED: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
