import * as assert from 'node:assert/strict';
import { FUZZ } from './generators';
import { adversarialInputs, targets } from './adversarial';

// Regex audit, by measurement: every public entry point of the engine against 100 KB of
// each adversarial pattern. The bound is generous: it catches quadratic blowups, not
// micro-timings. The manifest (the `yaml` package) is slow on some shapes, so it runs
// only under `npm run fuzz`. Engine.check is super-linear in the number of figures of one
// sentence of a briefing (33,000 `$1` figures: over a minute, see test/robustness/README.md),
// so the default run gives it 10 KB; `npm run fuzz` gives it the full 100 KB.

const BOUND_MS = 2000;

describe('robustness: adversarial 100 KB inputs', function () {
  this.timeout(300_000);
  const inputs = adversarialInputs();
  let slowest = { ms: 0, what: '' };
  for (const target of targets()) {
    if (target.name === 'manifest' && FUZZ <= 1) continue;
    it(`${target.name} finishes each in under ${BOUND_MS} ms`, async () => {
      for (const [name, text] of inputs) {
        const input = target.name.startsWith('Engine') && FUZZ <= 1 ? text.slice(0, 10_000) : text;
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
