import * as assert from 'node:assert';
import fc from 'fast-check';
import { append, firstIndex } from './lists';

describe('lists', () => {
  it('append keeps order and takes more elements than a spread could', () => {
    const to = [1];
    append(to, [2, 3]);
    assert.deepStrictEqual(to, [1, 2, 3]);
    const many: number[] = [];
    append(many, new Array<number>(200_000).fill(7));
    assert.strictEqual(many.length, 200_000);
  });

  it('firstIndex is where a sorted list stops being before the value, as a scan finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => !(v < x));
        assert.strictEqual(firstIndex(sorted, (v) => v < x), scanned < 0 ? sorted.length : scanned);
      }),
    );
  });
});
