// Runs a mocha suite written against the `vscode` API inside code-server's extension
// host: bundles the suite, starts code-server with the test runner extension (and the
// extensions under test), connects a browser (the extension host starts only when a
// client connects) and waits for the results file the runner writes.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbench, screenshot, Workbench } from './browser';
import { removeOnExit } from './cleanup';
import { CodeServer, sleep, startCodeServer } from './codeServer';
import { readSuiteResults, SuiteResults } from './suiteResults';

export const RUNNER_EXTENSION = path.resolve(__dirname, '..', 'vscode-runner');

export interface ExtensionSuiteOptions {
  /** The suite's TypeScript entry (`describe`/`it` globals, `import * as vscode from 'vscode'`). */
  readonly suite: string;
  readonly workspace: string;
  /** Extensions under test: `.vsix` files or unpacked folders. */
  readonly extensions?: readonly string[];
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, string>>;
  /** Bound on the whole wait for results. Default 180 s. */
  readonly timeoutMs?: number;
  readonly testTimeoutMs?: number;
  /** Screenshot name (in test-results/) taken when the results are in, or on failure. */
  readonly screenshotName?: string;
  /** Called with the still open workbench once the results are in (e.g. to check the UI). */
  readonly afterResults?: (workbench: Workbench, results: SuiteResults, server: CodeServer) => Promise<void>;
}

export interface ExtensionSuiteRun {
  readonly results: SuiteResults;
  readonly screenshot?: string;
}

/** Bundles a suite to CommonJS with `vscode` and `mocha` left to the extension host. */
export async function bundleSuite(entry: string, outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'silent',
  });
  return outfile;
}

export async function runExtensionSuite(options: ExtensionSuiteOptions): Promise<ExtensionSuiteRun> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-suite-'));
  const removeWork = removeOnExit(work);
  const resultsFile = path.join(work, 'results.json');
  const suiteFile = await bundleSuite(options.suite, path.join(work, 'suite.js'));

  const server = await startCodeServer({
    workspace: options.workspace,
    extensions: [RUNNER_EXTENSION, ...(options.extensions ?? [])],
    settings: options.settings,
    env: {
      ...options.env,
      BRIEFING_TEST_SUITE: suiteFile,
      BRIEFING_TEST_RESULTS: resultsFile,
      ...(options.testTimeoutMs ? { BRIEFING_TEST_TIMEOUT: String(options.testTimeoutMs) } : {}),
    },
  });
  let workbench: Workbench | undefined;
  let shot: string | undefined;
  try {
    workbench = await openWorkbench(server.url);
    await waitForFile(resultsFile, timeoutMs, server, workbench);
    const results = readSuiteResults(resultsFile);
    // Give the status bar message a moment to show the counts in the screenshot.
    await sleep(500);
    if (options.screenshotName) shot = await screenshot(workbench.page, options.screenshotName);
    await options.afterResults?.(workbench, results, server);
    return { results, screenshot: shot };
  } catch (error) {
    if (workbench && options.screenshotName) {
      shot = await screenshot(workbench.page, `${options.screenshotName}-failure`).catch(() => undefined);
    }
    const extra = shot ? `\nscreenshot: ${shot}` : '';
    throw new Error(`${(error as Error).message}${extra}`);
  } finally {
    await workbench?.close().catch(() => undefined);
    await server.stop();
    removeWork();
  }
}

async function waitForFile(file: string, timeoutMs: number, server: CodeServer, workbench: Workbench): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) {
      const console = workbench.console.slice(-20).join('\n');
      throw new Error(
        `no test results after ${timeoutMs} ms (${file}); did the runner extension activate?\n` +
          `--- browser console ---\n${console}\n--- code-server log ---\n${server.logTail()}`,
      );
    }
    await sleep(250);
  }
}
