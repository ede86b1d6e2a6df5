import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

// Runs the BUILT checker, `node dist/cli.js`, the way users and CI run it.

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const FIXTURES = path.join(__dirname, 'fixtures');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.js when it is missing or older than the code it bundles. */
export function ensureBuilt(): void {
  const stale = !existsSync(CLI) || statSync(CLI).mtimeMs < newestSource(path.join(ROOT, 'server/src'));
  if (!stale) return;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(CLI)) throw new Error(`npm run build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines of stderr, without the trailing empty one. */
export function stderrLines(r: Run): string[] {
  return r.stderr.split('\n').filter((l) => l.length > 0);
}

/** No crash: no stack trace and no internal error on stderr. */
export function assertNoCrash(r: Run): void {
  if (/internal error|^\s+at .+:\d+:\d+\)?$/m.test(r.stderr)) throw new Error(`the checker crashed:\n${r.stderr}`);
}
