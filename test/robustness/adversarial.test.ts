import * as assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine/engine';
import { MemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';
import { FUZZ } from './generators';
import { adversarialInputs, targets } from './adversarial';

// Regex audit, by measurement: every public entry point of the engine against 100 KB of
// each adversarial pattern. The bound is generous: it catches quadratic blowups (minutes at
// 100 KB), not micro-timings (the slowest case, 33,000 `$1` figures in one sentence, takes
// about a second, and 1.5 s on this shared machine while other work ran: the bound leaves
// room for a loaded CI). The manifest (the `yaml` package) is slow on some shapes, so it runs
// only under `npm run fuzz`.

const BOUND_MS = 5000;

describe('robustness: adversarial 100 KB inputs', function () {
  this.timeout(300_000);
  const inputs = adversarialInputs();
  let slowest = { ms: 0, what: '' };
  for (const target of targets()) {
    if (target.name === 'manifest' && FUZZ <= 1) continue;
    it(`${target.name} finishes each in under ${BOUND_MS} ms`, async () => {
      for (const [name, input] of inputs) {
        const started = performance.now();
        await target.run(input);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, what: `${target.name} on ${name} (${input.length} chars)` };
        assert.ok(ms < BOUND_MS, `${target.name} took ${ms.toFixed(0)} ms on ${name}`);
      }
    });
  }
  after(() => console.log(`      slowest adversarial case: ${slowest.what}, ${slowest.ms.toFixed(0)} ms`));
});

// A list spread into a call (`push(...list)`) passes every element on the stack: past about
// 120,000 elements it overflows. These lists grow with the input (`append` in lists.ts).
describe('robustness: lists longer than the stack', function () {
  this.timeout(60_000);
  const MANY = 150_000;

  it('a briefing sentence of 150,000 figures is checked', async () => {
    const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': 'China holds 88% of refining.' }) });
    const r = await engine.check({ path: '/b.brief', text: '$1 '.repeat(MANY), defaultSources: '/s' });
    assert.equal(r.report.figures.length, MANY);
  });

  it("a briefing table row of 150,000 figures after its label is checked (each figure's words are counted past the others by binary search)", async () => {
    const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': 'China holds 88% of refining.' }) });
    const text = `| Region | Share, 2024 |\n| --- | --- |\n| China ${'| $1 '.repeat(MANY)}|\n`;
    const r = await engine.check({ path: '/b.brief', text, defaultSources: '/s' });
    assert.equal(r.report.figures.length, MANY);
  });

  it('a briefing of 150,000 figures whose source folder is missing is checked', async () => {
    const engine = new Engine({ fs: new MemoryFileSystem({}) });
    const r = await engine.check({ path: '/b.brief', text: '$1 '.repeat(MANY), defaultSources: '/nowhere' });
    assert.equal(r.report.figures.length, MANY);
  });

  it('a source paragraph of 150,000 sentences is indexed', async () => {
    const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': 'Yes. '.repeat(MANY) + 'China holds 88% of refining.' }) });
    const r = await engine.check({ path: '/b.brief', text: 'China holds 88% of refining [@a].', defaultSources: '/s' });
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  });
});
