import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './lspClient';
import { DIAGNOSTIC_CODES } from '../../server/src/engine/types';

// The example workspace, copied to a temporary folder per test file so that tests may
// rewrite its sources on disk; and the built CLI, run on the same folder.

export const EXAMPLE = path.join(REPO, 'examples/rare-earths');
export const CLI = path.join(REPO, 'dist/cli.js');

export function copyExample(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-protocol-'));
  fs.cpSync(EXAMPLE, folder, { recursive: true });
  return folder;
}

export function removeFolder(folder: string | undefined): void {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}

export interface CliDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  related: Array<{ path: string; range: CliDiagnostic['range']; message: string }>;
  fixes: Array<{ title: string; range: CliDiagnostic['range']; newText: string }>;
}

export interface CliReport {
  version: number;
  files: Array<{ path: string; diagnostics: CliDiagnostic[] }>;
  summary: Record<string, number>;
}

/** `briefing check ARGS --format json` in `folder`; the status must be 0 or 1 (no usage error). */
export function runCliJson(folder: string, args: string[]): CliReport {
  const run = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`briefing check exited with ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliReport;
}

/** Every briefing under `folder`, as the server's workspace search sees them. */
export function briefingsUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.brief') || e.name.endsWith('.brief.md')) out.push(full);
    }
  };
  walk(folder);
  return out.sort();
}

export const SEVERITY_NUMBER = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** Every code of the spec's table, as the engine declares it. */
export const ALL_CODES = DIAGNOSTIC_CODES;
