import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { lowerCase } from './lowerCase';

describe('text/lowerCase', () => {
  it('is toLowerCase, on any string, and on strings cut from two-byte text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('mines', 'U.S', 'İ', 'ΣΑ', 'ß', 'e.g')), (s) => {
        assert.strictEqual(lowerCase(s), s.toLowerCase());
        const cut = ('\u2014' + s).slice(1);
        assert.strictEqual(lowerCase(cut), cut.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
