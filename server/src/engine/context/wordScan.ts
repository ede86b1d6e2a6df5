// The words of a sentence, as the regular expression `WORD_PATTERN` finds them, read with a
// loop over char codes instead: a dataset is tokenised sentence by sentence, and a regular
// expression's match objects (an array and a string per word) were most of the cost.

/** What a word is: a letter, then letters and combining marks, then any `'`, `’` or `.`
 * joining more letters (`Coldwater's`, `U.S`), then perhaps a full stop. Kept as the
 * definition the scanner is tested against. */
export const WORD_PATTERN = /[\p{L}][\p{L}\p{M}]*(?:['’.][\p{L}]+)*\.?/gu;

const LETTER = 1;
const MARK = 2;
const LETTER_CP = /^\p{L}$/u;
const MARK_CP = /^\p{M}$/u;
/** Classes of the code points beyond ASCII met so far: prose uses few of them. */
const CLASS_OF = new Map<number, number>();

function classOf(cp: number): number {
  let c = CLASS_OF.get(cp);
  if (c === undefined) {
    const s = String.fromCodePoint(cp);
    c = LETTER_CP.test(s) ? LETTER : MARK_CP.test(s) ? MARK : 0;
    CLASS_OF.set(cp, c);
  }
  return c;
}

/** The length (1, or 2 for a surrogate pair) of the code point at `i` if it is of a class in
 * `classes`, else 0. A pair cut by `to` is two lone surrogates, as in `text.slice(…, to)`. */
function lengthOf(text: string, i: number, to: number, classes: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (classes & LETTER) !== 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (classOf((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) & classes) !== 0 ? 2 : 0;
  }
  return (classOf(c) & classes) !== 0 ? 1 : 0;
}

/** Start of the first word in text[i, to), or `to`. */
export function wordStart(text: string, i: number, to: number): number {
  while (i < to && lengthOf(text, i, to, LETTER) === 0) i++;
  return i;
}

/** End of the word starting at `i` (a letter, below `to`): what `WORD_PATTERN` matches there. */
export function wordEnd(text: string, i: number, to: number): number {
  let j = i + lengthOf(text, i, to, LETTER);
  let n: number;
  while (j < to && (n = lengthOf(text, j, to, LETTER | MARK)) > 0) j += n;
  // Joined parts take letters only: a mark after one ends the word.
  for (;;) {
    const c = text.charCodeAt(j);
    const joiner = c === 39 || c === 0x2019 || c === 46;
    n = joiner && j + 1 < to ? lengthOf(text, j + 1, to, LETTER) : 0;
    if (n === 0) break;
    j += 1 + n;
    while (j < to && (n = lengthOf(text, j, to, LETTER)) > 0) j += n;
  }
  if (j < to && text.charCodeAt(j) === 46) j++;
  return j;
}
