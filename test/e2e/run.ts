// End-to-end test of the packaged extension in a real VS Code (code-server + Chromium):
//   npm run test:e2e   (= test/e2e/setup.sh, npm run package, npx tsx test/e2e/run.ts)
// 1. copies examples/rare-earths to a temporary workspace and records the CLI's JSON for it;
// 2. installs briefing.vsix and the runner extension in code-server and runs the suite of
//    test/vscode/suite/ in the extension host (the same suite test/vscode/runTest.ts runs);
// 3. drives the workbench as a user would (test/e2e/uiScenarios.ts). Screenshots: test-results/.
// Exits non-zero when anything fails.
import * as fs from 'fs';
import * as path from 'path';
import { CLI, makeExampleWorkspace, REPO, SUITE } from '../vscode/exampleWorkspace';
import { onExit } from './cleanup';
import { runExtensionSuite } from './extensionSuite';
import { formatSuiteResults, suiteSucceeded } from './suiteResults';
import { CliOutput, runUiScenarios, ScenarioResult } from './uiScenarios';

const VSIX = path.join(REPO, 'briefing.vsix');

function formatScenarios(results: readonly ScenarioResult[]): string {
  return results
    .map((r) => `  ${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${(r.durationMs / 1000).toFixed(1)} s)${r.ok ? '' : `\n      ${r.error?.replace(/\n/g, '\n      ')}`}`)
    .join('\n');
}

async function main(): Promise<number> {
  const started = Date.now();
  for (const [file, fix] of [[VSIX, 'npm run package'], [CLI, 'npm run build']] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} not found; run \`${fix}\` first`);
  }
  const example = makeExampleWorkspace();
  onExit(example.remove);
  const workspace = example.folder;
  const cli = { file: example.cliJsonFile, output: JSON.parse(fs.readFileSync(example.cliJsonFile, 'utf8')) as CliOutput };
  let ui: ScenarioResult[] = [];
  const { results } = await runExtensionSuite({
    suite: SUITE,
    workspace,
    extensions: [VSIX],
    env: { BRIEFING_EXPECTED_CLI_JSON: cli.file },
    screenshotName: 'e2e-suite',
    afterResults: async (workbench, suiteResults, server) => {
      console.log(`extension host suite (${((Date.now() - started) / 1000).toFixed(1)} s since start):`);
      console.log(formatSuiteResults(suiteResults));
      ui = await runUiScenarios(workbench.page, workspace, cli.output, server.extensionsDir);
    },
  });
  const suiteOk = suiteSucceeded(results);
  const uiOk = ui.length > 0 && ui.every((r) => r.ok);
  console.log(`UI scenarios:\n${formatScenarios(ui)}`);
  const ok = suiteOk && uiOk;
  console.log(
    `${ok ? 'E2E OK' : 'E2E FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(suite: ${results.stats.passes}/${results.stats.tests} passed${results.error ? ', suite error' : ''}; ` +
      `UI: ${ui.filter((r) => r.ok).length}/${ui.length} passed)`,
  );
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`E2E FAILED: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
