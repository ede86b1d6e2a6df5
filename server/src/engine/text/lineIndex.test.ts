import * as assert from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from './lineIndex';

describe('text/lineIndex', () => {
  it('places offsets on lines split by LF, CRLF and CR, and back', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepStrictEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.deepStrictEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.deepStrictEqual(lines.positionAt(11), { line: 3, character: 1 });
    assert.strictEqual(lines.offsetAt({ line: 2, character: 1 }), 8);
  });

  it('says whether a range is a span, as rangeOf would make it, for any text and offsets', () => {
    const text = fc.stringMatching(/^[ab\n\r]{0,30}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 35 }), fc.integer({ min: -2, max: 35 }), fc.integer({ min: -2, max: 35 }), (t, a, b, c) => {
        const lines = new LineIndex(t);
        const range = lines.rangeOf({ start: a, end: b });
        assert.ok(lines.spans(range, a, b));
        // Another offset is the same place only where rangeOf clamps both to it.
        const same = JSON.stringify(lines.positionAt(c)) === JSON.stringify(range.start);
        assert.strictEqual(lines.isAt(range.start, c), same);
      }),
      { numRuns: 2000 },
    );
  });

  it('near miss: a line past the end, or a character past its line, is nowhere', () => {
    const lines = new LineIndex('ab\ncd');
    assert.strictEqual(lines.isAt({ line: 2, character: 0 }, 5), false);
    assert.strictEqual(lines.isAt({ line: 0, character: 3 }, 3), false);
    assert.strictEqual(lines.isAt({ line: 1, character: 0 }, 3), true);
  });
});
