// The JSON that test/vscode-runner/extension.js writes after running a suite.
import * as fs from 'fs';

export interface SuiteError {
  readonly message: string;
  readonly stack: string | null;
  readonly expected?: string;
  readonly actual?: string;
}

export interface SuiteTestResult {
  readonly title: string;
  readonly fullTitle: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs: number;
  readonly error: SuiteError | null;
}

export interface SuiteResults {
  readonly suite: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly stats: { readonly tests: number; readonly passes: number; readonly failures: number; readonly pending: number };
  readonly tests: readonly SuiteTestResult[];
  /** Set when the suite could not be loaded or mocha could not run it. */
  readonly error: SuiteError | null;
}

export function readSuiteResults(file: string): SuiteResults {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults;
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.stats !== 'object' || !Array.isArray(parsed.tests)) {
    throw new Error(`${file} is not a results file of the test runner extension`);
  }
  return parsed;
}

export function suiteSucceeded(results: SuiteResults): boolean {
  return results.error === null && results.stats.failures === 0 && results.stats.passes > 0;
}

/** A spec-reporter-like summary for the terminal. */
export function formatSuiteResults(results: SuiteResults): string {
  const lines: string[] = [];
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
    lines.push(`  ${mark} ${test.fullTitle} (${test.durationMs} ms)`);
    if (test.error) {
      lines.push(`      ${test.error.message.split('\n').join('\n      ')}`);
      if (test.error.expected !== undefined) lines.push(`      expected: ${test.error.expected}\n      actual:   ${test.error.actual}`);
    }
  }
  if (results.error) lines.push(`  suite error: ${results.error.stack ?? results.error.message}`);
  const { passes, failures, pending } = results.stats;
  lines.push(`${passes} passing, ${failures} failing, ${pending} pending (${results.durationMs} ms in the extension host)`);
  return lines.join('\n');
}
