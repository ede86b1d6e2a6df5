import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { WORD_PATTERN, wordEnd, wordStart } from './wordScan';

/** The words of text[from, to) by the scanner, as [start, end] pairs. */
function scanned(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = wordStart(text, from, to); i < to; i = wordStart(text, out[out.length - 1][1], to)) out.push([i, wordEnd(text, i, to)]);
  return out;
}

/** The same by the regular expression, over the slice as tokenize once read it. */
function matched(text: string, from: number, to: number): Array<[number, number]> {
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  return [...text.slice(from, to).matchAll(re)].map((m): [number, number] => [from + m.index, from + m.index + m[0].length]);
}

// Characters that make words and break them: letters, marks, joiners, and surrogate pairs
// (a letter 𝐀, a non-letter 😀, and halves of them).
const PIECES = ['a', 'Z', 'é', 'ß', 'Ж', '中', '\u0301', '\u0903', "'", '’', '.', '..', ' ', ',', '-', '1', '𝐀', '😀', '\ud835', '\udc00', 'U.S.', "Coldwater's", '\n'];

describe('context/wordScan', () => {
  it('finds the words the regular expression finds, on any text and range', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.min(text.length, from + (Math.max(a, b) % (text.length + 1)));
        assert.deepStrictEqual(scanned(text, from, to), matched(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  const cases: Array<[string, string[]]> = [
    ['The U.S. imports 80% of it.', ['The', 'U.S.', 'imports', 'of', 'it.']],
    ["Coldwater's mine, the firm’s.", ["Coldwater's", 'mine', 'the', 'firm’s.']],
    ['café\u0301 naïve 𝐀bc', ['café\u0301', 'naïve', '𝐀bc']],
    ["rock'n'roll e.g.. x'", ["rock'n'roll", 'e.g.', "x"]],
  ];
  for (const [text, words] of cases) {
    it(JSON.stringify(text), () => assert.deepStrictEqual(scanned(text, 0, text.length).map(([s, e]) => text.slice(s, e)), words));
  }
});
