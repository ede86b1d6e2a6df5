import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { briefingText, mulberry32 } from './generate';
import { parseArgs, runBench } from './run';

// A smoke test of the benchmark: it runs once at a tiny size and writes its table. It
// checks that the benchmark works, never how fast anything is.

describe('bench: smoke', function () {
  this.timeout(300_000);
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-smoke-'));
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('generates the same briefing for the same seed', () => {
    const facts = [{ region: 'Chile', commodity: 'lithium', stage: 'mining', kind: 'percent' as const, value: 30, sourceId: 'src-000001', wording: '30%', sentence: 'Chile accounts for 30% of world lithium mining.' }];
    assert.equal(briefingText(mulberry32(7), facts, 20), briefingText(mulberry32(7), facts, 20));
  });

  it('runs --quick at 200 sources and writes the table', async () => {
    const out = path.join(root, 'results');
    const options = parseArgs(['--quick', '--sizes', '200', '--figures', '50', '--out', out, '--cache', path.join(root, 'cache')]);
    const { table, results } = await runBench(options);
    assert.equal(results.length, 1);
    assert.match(table, /\| cold indexing/);
    assert.match(table, /\| 1,000 \| 3,\d{3} \|/, "the long table's row of 1,000 rows");
    assert.ok(fs.existsSync(path.join(out, 'bench-latest.md')));
    assert.ok(fs.existsSync(path.join(out, 'bench-latest.json')));
  });
});
