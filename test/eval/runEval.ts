import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { NodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { score, type FileResult, type Label } from './scoreLabels';

// `npm run eval`: checks every labelled set and prints precision and recall per code.
// A set is a folder with a labels.json, its briefings and their sources. Usage:
//   node dist/eval.js [SET_FOLDER...] [--verbose]

async function runSet(dir: string): Promise<{ results: FileResult[]; labels: Label[] }> {
  const file = (await fs.stat(path.join(dir, 'labels.json')).catch(() => undefined)) ? 'labels.json' : 'expected.json';
  const labels: Label[] = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')).labels;
  const engine = new Engine({ fs: new NodeFileSystem() });
  const results: FileResult[] = [];
  const briefings = [...new Set(labels.map((l) => l.file))].filter((f) => /\.brief(\.md)?$/.test(f));
  for (const file of briefings) {
    const full = path.join(dir, file);
    const text = await fs.readFile(full, 'utf8');
    const r = await engine.check({ path: full, text, defaultSources: path.join(dir, 'sources') });
    results.push({ file, text, diagnostics: r.diagnostics });
    for (const [p, diagnostics] of engine.datasetDiagnostics(r.dataset)) {
      const rel = path.relative(dir, p);
      if (results.some((x) => x.file === rel)) continue;
      results.push({ file: rel, text: await fs.readFile(p, 'utf8'), diagnostics });
    }
  }
  for (const file of new Set(labels.map((l) => l.file))) {
    if (!results.some((r) => r.file === file)) results.push({ file, text: await fs.readFile(path.join(dir, file), 'utf8'), diagnostics: [] });
  }
  return { results, labels };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  let sets = args.filter((a) => !a.startsWith('--'));
  if (sets.length === 0) {
    const root = path.resolve('test/eval');
    const entries = await fs.readdir(root, { withFileTypes: true });
    sets = entries.filter((e) => e.isDirectory()).map((e) => path.join(root, e.name));
    sets = (await Promise.all(sets.map(async (s) => ((await fs.stat(path.join(s, 'labels.json')).catch(() => undefined)) ? s : undefined)))).filter(
      (s): s is string => !!s,
    );
    // The bundled example is labelled too (its expected.json).
    sets.push(path.resolve('examples/rare-earths'));
  }
  const all: FileResult[] = [];
  const allLabels: Label[] = [];
  for (const set of sets) {
    const { results, labels } = await runSet(set);
    const name = path.basename(set);
    all.push(...results.map((r) => ({ ...r, file: `${name}/${r.file}` })));
    allLabels.push(...labels.map((l) => ({ ...l, file: `${name}/${l.file}` })));
  }
  const s = score(all, allLabels);
  const rows: string[][] = [['code', 'precision', 'recall', 'tp', 'fp', 'fn']];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(2));
  for (const [code, e] of [...s.perCode].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([code, ratio(e.tp, e.tp + e.fp), ratio(e.tp, e.tp + e.fn), String(e.tp), String(e.fp), String(e.fn)]);
    tp += e.tp;
    fp += e.fp;
    fn += e.fn;
  }
  rows.push(['overall', ratio(tp, tp + fp), ratio(tp, tp + fn), String(tp), String(fp), String(fn)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`${sets.length} sets, ${s.labels} labels (${allLabels.filter((l) => l.expect !== 'ok').length} planted problems)\n`);
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log(`\nerror-level diagnostics on correct figures: ${s.errorsOnCorrect.length}`);
  if (verbose || s.errorsOnCorrect.length > 0) for (const e of s.errorsOnCorrect) console.log(`  ${e}`);
  if (verbose) {
    console.log('\nfalse positives:');
    for (const e of s.falsePositives) console.log(`  ${e}`);
    console.log('\nfalse negatives:');
    for (const e of s.falseNegatives) console.log(`  ${e}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
