import * as assert from 'assert';
import fc from 'fast-check';
import type { Span } from '../types';
import { check } from './expectFigures';
import { extractFigures } from './extractFigures';

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe('extractFigures: excluded spans and bounds', () => {
  it('skips numbers inside a citation given as excluded', () => {
    const text = 'China refines 90% of it [@iea2024, para 3].';
    check(text, [{ text: '90%' }], [spanOf(text, '[@iea2024, para 3]')]);
  });

  it('skips list markers given as excluded', () => {
    const text = '1. 17 elements are listed';
    check(text, [{ text: '17 elements' }], [spanOf(text, '1.')]);
  });

  it('skips a list marker first on its line even when not excluded', () => {
    check('intro\n2. Seven firms bid\n3) 40 mines closed', [{ text: 'Seven firms' }, { text: '40 mines' }]);
  });

  it('skips code spans and reads nothing across an excluded span', () => {
    const text = 'about `x = 17` elements and 5 mines';
    check(text, [{ text: '5 mines' }], [spanOf(text, '`x = 17`')]);
    const text2 = 'over [@k] 90% of it';
    check(text2, [{ text: '90%', qualifier: 'exact' }], [spanOf(text2, '[@k]')]);
  });

  it('accepts excluded spans in any order, overlapping or empty', () => {
    const text = 'a 15% share, [@a] 20% more, [@b] 30 mines';
    const a = spanOf(text, '[@a]');
    const b = spanOf(text, '[@b]');
    check(text, [{ text: '15%' }, { text: '20%' }, { text: '30 mines' }], [b, a, { start: a.start, end: a.start + 1 }, { start: 3, end: 3 }]);
    check(text, [{ text: '15%' }], [{ start: 13, end: text.length }]);
  });

  it('reads only between from and to, with spans as offsets into the whole text', () => {
    const text = 'First 10%. Then 20 mines. Then 30%.';
    const from = text.indexOf('Then');
    const to = text.indexOf('. Then 30');
    check(text, [{ text: '20 mines' }], [], from, to);
    assert.deepStrictEqual(extractFigures(text, 7, 8), []); // inside `10%`: the `0%` is cut off from its digit
    assert.deepStrictEqual(extractFigures(text, -5, 1e9).length, 3);
    assert.deepStrictEqual(extractFigures(text, 20, 10), []);
  });

  it('does not let a figure read past `to`', () => {
    const text = 'it holds 15 percent';
    check(text, [{ kind: 'percent', text: '15 percent' }]);
    assert.deepStrictEqual(extractFigures(text, 0, text.indexOf('percent') + 3), []);
  });
});

describe('extractFigures: adversarial input', () => {
  const big = 100_000;
  const inputs: Array<[string, string]> = [
    ['digits', '9'.repeat(big)],
    ['digits and commas', '1,'.repeat(big / 2)],
    ['grouped digits', '1' + ',000'.repeat(big / 4)],
    ['digits and spaces', '1 '.repeat(big / 2)],
    ['percent signs', '5% '.repeat(big / 3)],
    ['dashes', '1-'.repeat(big / 2)],
    ['mixed', '12,3 -4%-5 , 6-7% %, -'.repeat(big / 22)],
    ['spaces', '5' + ' '.repeat(big) + '%'],
    ['letters', '5 ' + 'a'.repeat(big) + 's'],
    ['number words', 'seven '.repeat(big / 6)],
    ['dozens', 'a dozen '.repeat(big / 8)],
    ['dots', '1.'.repeat(big / 2)],
    ['currency', '$'.repeat(big) + '5'],
    ['ranges', '5 to '.repeat(big / 5) + '6%'],
    ['betweens', 'between 5 and '.repeat(big / 14) + '6%'],
    ['qualifiers', 'more than '.repeat(big / 10) + '6%'],
  ];
  for (const [name, text] of inputs) {
    it(`finishes on 100 KB of ${name}`, () => {
      const figures = extractFigures(text);
      assert.ok(Array.isArray(figures));
    });
  }
});

describe('extractFigures: properties', () => {
  const pieces = fc.constantFrom(
    ' ', '  ', '\n', '1', '5', '17', '2025', '1,200', '0.5', '.', ',', '-', '–', '%', '$', 'US$', '€', '~', '>', '+',
    'about ', 'over ', 'between ', ' and ', ' to ', 'from ', 'some ', 'a ', 'dozen', 'seven', 'twenty-', 'one',
    'million', 'bn', 'm', 'k', 'nm', ' tonnes', ' elements', ' people', ' percent', ' per cent', 'April ', 'COVID-',
    '§', 'para ', '[@k]', ':', '/', 'or more', 'A', 'é', '😀', '\u00a0', 'x',
  );
  const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));

  it('never throws; spans lie in bounds, ordered and disjoint, and match their text', () => {
    fc.assert(
      fc.property(texts, fc.nat(100), fc.nat(100), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const figures = extractFigures(text, from, to);
        let last = from;
        for (const f of figures) {
          assert.ok(f.span.start >= last && f.span.end > f.span.start && f.span.end <= to, JSON.stringify({ text, f }));
          assert.strictEqual(f.text, text.slice(f.span.start, f.span.end));
          assert.ok(Number.isFinite(f.low) && Number.isFinite(f.high) && f.low <= f.high, JSON.stringify(f));
          assert.ok(f.precision > 0, JSON.stringify(f));
          last = f.span.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a range with nothing excluded as it reads it with only empty spans excluded', () => {
    // Nothing excluded skips making the windows: the same figures either way.
    fc.assert(
      fc.property(texts, fc.nat(100), fc.nat(100), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        assert.deepStrictEqual(extractFigures(text, from, to), extractFigures(text, from, to, [{ start: from, end: from }]));
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads into an excluded span', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(90), fc.nat(10)), { maxLength: 4 }), (text, cuts) => {
        const excluded = cuts.map(([s, n]) => ({ start: s, end: s + n }));
        for (const f of extractFigures(text, 0, text.length, excluded)) {
          for (const x of excluded) {
            assert.ok(f.span.end <= x.start || f.span.start >= x.end || x.start === x.end, JSON.stringify({ text, f, x }));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
