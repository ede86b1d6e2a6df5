import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../server/src/engine/engine';
import { NodeFileSystem } from '../server/src/node/nodeFileSystem';
import { NodeIndexStore } from '../server/src/node/nodeIndexStore';
import { WorkerIndexer } from '../server/src/node/workerIndexer';
import { defaultCacheRoot, generate } from './generate';
import { longTables } from './longTable';
import { lspSession, type LspResult } from './lspSession';
import { newestProfile, topSelfTimes, type SelfTime } from './profile';
import { renderTable, type SizeResult } from './report';
import { stats } from './stats';

// `npm run bench`: how indexing, checking and the editor features scale with the size of the
// source archive. A benchmark, not a test: it measures and reports, it asserts nothing.

export interface BenchOptions {
  sizes: number[];
  figures: number[];
  quick: boolean;
  profile: boolean;
  seed: number;
  out: string;
  cacheRoot: string;
  /** Skip the remaining work of a size whose cold indexing takes longer than this. */
  maxIndexMs: number;
  /** Fewer editor requests per size (20 edits, 50 hovers, 20 completions, 20 code actions). */
  light: boolean;
  /** Briefing sizes checked in-process (default: all of `figures`). */
  checkFigures: number[];
  /** Time budget per kind of editor request (ms): the count stops early when it is spent. */
  budgetMs: number;
  /** Profile the language server too (the CLI is always profiled with --profile). */
  profileServer: boolean;
}

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

export function parseArgs(argv: string[]): BenchOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const list = (s: string | undefined, fallback: number[]): number[] => (s ? s.split(',').map((x) => Number(x.trim())).filter((n) => n > 0) : fallback);
  const quick = argv.includes('--quick');
  const sizes = list(value('--sizes'), [1000, 10000, 50000]);
  return {
    sizes: quick ? [Math.min(...sizes)] : sizes,
    figures: list(value('--figures'), [200, 1000]),
    quick,
    profile: argv.includes('--profile'),
    seed: Number(value('--seed') ?? 42),
    out: path.resolve(value('--out') ?? path.join(REPO, 'bench-results')),
    cacheRoot: path.resolve(value('--cache') ?? defaultCacheRoot()),
    maxIndexMs: Number(value('--max-index-ms') ?? 300_000),
    light: argv.includes('--light'),
    budgetMs: Number(value('--budget-ms') ?? 120_000),
    profileServer: argv.includes('--profile-server'),
    checkFigures: list(value('--check-figures'), list(value('--figures'), [200, 1000])),
  };
}

const now = (): number => performance.now();
const log = (m: string): void => void process.stderr.write(`[bench] ${m}\n`);

const TINY = '# Tiny\n\nA tiny check [@src-000000].\n';

/** Cold: every file read and indexed, on worker threads as the CLI and the server index (the
 * built worker script). With a store, the index is stored afterwards. */
async function coldIndex(sourcesDir: string, folder: string, store?: NodeIndexStore): Promise<{ ms: number; engine: Engine }> {
  const parallel = new WorkerIndexer({ script: path.join(REPO, 'dist', 'indexWorker.js') });
  const engine = new Engine({ fs: new NodeFileSystem(), indexStore: store && { store, fingerprint: 'bench' }, parallel });
  const t = now();
  await engine.check({ path: path.join(folder, 'tiny.brief'), text: TINY, defaultSources: sourcesDir });
  return { ms: now() - t, engine };
}

/** A new process on the stored index: the time until the dataset is ready. In a process of
 * its own, because the cold engine's large heap would slow this one's collector; the built
 * bundle (`dist/warmStart.js`), as the server and the CLI run. */
function warmIndex(sourcesDir: string, store: NodeIndexStore): number {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'warmStart.js'), sourcesDir, store.folder, 'bench'], { encoding: 'utf8', timeout: 600_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return (JSON.parse(line) as { ms: number }).ms;
  } catch {
    throw new Error(`warm start failed: ${r.stderr || r.stdout}`);
  }
}

/** Gives one source file a new time, its text unchanged: it is read again, the rest is not. */
function touchOneSource(sourcesDir: string): void {
  const file = fs.readdirSync(sourcesDir).map((f) => path.join(sourcesDir, f)).find((f) => f.endsWith('.txt'));
  if (file) fs.utimesSync(file, new Date(), new Date());
}

async function fullCheck(engine: Engine, briefing: string, sourcesDir: string, iterations: number): Promise<number> {
  const text = fs.readFileSync(briefing, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    // A new path each time: the dataset is warm, the per-briefing sentence cache is not.
    const t = now();
    await engine.check({ path: briefing.replace(/\.brief$/, `-${i}.brief`), text, defaultSources: sourcesDir });
    times.push(now() - t);
  }
  return stats(times).median;
}

function cliWallMs(briefing: string, sourcesDir: string, nodeArgs: string[] = [], extra: string[] = []): number {
  const t = now();
  spawnSync(process.execPath, [...nodeArgs, CLI, 'check', briefing, '--sources', sourcesDir, '--format', 'json', ...extra], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
  return now() - t;
}

async function benchSize(size: number, o: BenchOptions): Promise<SizeResult> {
  let t = now();
  const data = generate(size, o.seed, o.figures, o.cacheRoot);
  log(`${size} sources: dataset ready in ${((now() - t) / 1000).toFixed(1)} s (${(data.totalBytes / 1e6).toFixed(1)} MB) at ${data.folder}`);
  const result: SizeResult = { size, megabytes: data.totalBytes / 1e6, checks: {} };
  const stores = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-index-'));
  const store = new NodeIndexStore(path.join(stores, 'engine'));
  const { ms, engine } = await coldIndex(data.sourcesDir, data.folder, store);
  result.indexMs = ms;
  result.indexMBps = result.megabytes / (ms / 1000);
  log(`${size}: cold index ${ms.toFixed(0)} ms`);
  t = now();
  await engine.indexesStored();
  result.storeMs = now() - t;
  result.storeMB = fs.statSync(store.fileFor(data.sourcesDir)).size / 1e6;
  result.warmMs = warmIndex(data.sourcesDir, store);
  touchOneSource(data.sourcesDir);
  result.warmOneChangedMs = warmIndex(data.sourcesDir, store);
  log(`${size}: stored in ${result.storeMs.toFixed(0)} ms (${result.storeMB.toFixed(0)} MB); warm start ${result.warmMs.toFixed(0)} ms, one file changed ${result.warmOneChangedMs.toFixed(0)} ms`);
  if (ms > o.maxIndexMs) {
    result.skipped = `cold indexing took ${(ms / 1000).toFixed(0)} s (> ${(o.maxIndexMs / 1000).toFixed(0)} s): the rest was skipped`;
    return result;
  }
  for (const [n, briefing] of data.briefings) {
    if (!o.checkFigures.includes(n)) continue;
    result.checks[n] = await fullCheck(engine, briefing, data.sourcesDir, 1);
    log(`${size}: full check of ${n} figures ${result.checks[n]!.toFixed(0)} ms`);
  }
  const largest = data.briefings.get(Math.max(...o.figures))!;
  const counts = o.quick
    ? { edits: 5, hovers: 10, completions: 5, codeActions: 5, budgetMs: o.budgetMs }
    : o.light
      ? { edits: 20, hovers: 50, completions: 20, codeActions: 20, budgetMs: o.budgetMs }
      : { edits: 100, hovers: 200, completions: 50, codeActions: 50, budgetMs: o.budgetMs };
  t = now();
  const serverStore = path.join(stores, 'server');
  result.lsp = await lspSession(data.folder, largest, data.sourcesDir, counts, [], serverStore);
  log(`${size}: language server session ${((now() - t) / 1000).toFixed(1)} s`);
  result.lspWarm = await lspSession(data.folder, largest, data.sourcesDir, { edits: 0, hovers: 0, completions: 0, codeActions: 0, budgetMs: 0 }, [], serverStore);
  log(`${size}: language server, warm start: first pull ${result.lspWarm.firstPullMs.toFixed(0)} ms`);
  result.cliMs = cliWallMs(largest, data.sourcesDir);
  log(`${size}: CLI ${result.cliMs.toFixed(0)} ms`);
  const cliStore = path.join(stores, 'cli');
  cliWallMs(largest, data.sourcesDir, [], ['--cache', cliStore]);
  result.cliWarmMs = cliWallMs(largest, data.sourcesDir, [], ['--cache', cliStore]);
  log(`${size}: CLI with the stored index ${result.cliWarmMs.toFixed(0)} ms`);
  fs.rmSync(stores, { recursive: true, force: true });
  return result;
}

/** One profiled run of the server and of the CLI at the size nearest 10,000. */
async function profileRun(o: BenchOptions): Promise<Record<string, SelfTime[]>> {
  const size = [...o.sizes].sort((a, b) => Math.abs(a - 10000) - Math.abs(b - 10000))[0]!;
  const data = generate(size, o.seed, o.figures, o.cacheRoot);
  const largest = data.briefings.get(Math.max(...o.figures))!;
  const out: Record<string, SelfTime[]> = {};
  const serverDir = path.join(o.out, 'profiles', `server-${size}`);
  fs.rmSync(serverDir, { recursive: true, force: true });
  if (o.profileServer) {
    const counts = { edits: 20, hovers: 40, completions: 10, codeActions: 10, budgetMs: o.budgetMs };
    await lspSession(data.folder, largest, data.sourcesDir, counts, ['--cpu-prof', '--cpu-prof-dir', serverDir]);
  }
  const serverProfile = o.profileServer ? newestProfile(serverDir) : undefined;
  if (serverProfile) out[`server, ${size} sources (index, first check, 20 edits, 40 hovers)`] = topSelfTimes(serverProfile);
  const cliDir = path.join(o.out, 'profiles', `cli-${size}`);
  fs.rmSync(cliDir, { recursive: true, force: true });
  cliWallMs(largest, data.sourcesDir, ['--cpu-prof', '--cpu-prof-dir', cliDir]);
  const cliProfile = newestProfile(cliDir);
  if (cliProfile) out[`CLI, ${size} sources, ${Math.max(...o.figures)}-figure briefing`] = topSelfTimes(cliProfile);
  return out;
}

export async function runBench(o: BenchOptions): Promise<{ table: string; results: SizeResult[] }> {
  fs.mkdirSync(o.out, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of [...o.sizes].sort((a, b) => a - b)) {
    const loadBefore = os.loadavg()[0]!;
    const r = await benchSize(size, o);
    r.load = [loadBefore, os.loadavg()[0]!];
    results.push(r);
    if (r.skipped) {
      log(`${size}: ${r.skipped}; larger sizes skipped too`);
      break;
    }
  }
  const tables = longTables(o.quick ? [500, 1000] : [500, 2000, 8000]);
  log(`one source's long table: ${tables.map((t) => `${t.rows} rows ${t.ms.toFixed(0)} ms`).join(', ')}`);
  const profiles = o.profile ? await profileRun(o) : {};
  const table = renderTable(results, o, profiles, tables);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, commit: gitHead(), options: o };
  fs.writeFileSync(path.join(o.out, `bench-${stamp}.md`), table);
  fs.writeFileSync(path.join(o.out, 'bench-latest.md'), table);
  fs.writeFileSync(path.join(o.out, 'bench-latest.json'), JSON.stringify({ ...meta, results, longTables: tables, profiles }, null, 2));
  return { table, results };
}

export type { LspResult };

/** The commit measured (the built dist/ may be newer if others rebuilt it meanwhile). */
function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return undefined; // not a git checkout: fine for a benchmark
  }
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  runBench(options).then(
    ({ table }) => process.stdout.write(`${table}\n`),
    (e: unknown) => {
      process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
