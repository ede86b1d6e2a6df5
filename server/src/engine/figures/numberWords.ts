// Numbers written as words: `seven`, `twenty-one`, `two hundred`, `a dozen`, `two dozen`,
// and the `a` of `a million`. `one` on its own is a pronoun as often as a number and is
// flagged so that the caller can drop it.

import { boundaryBefore, gapAfter, gapBefore, isLetter, lettersEnd } from './chars';
import { wordToken, type NumberToken } from './numberLiteral';

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that only make a number after `a` (`a dozen`, `a hundred`). */
const AFTER_ARTICLE: Record<string, number> = { dozen: 12, hundred: 100 };

/** Scale words that make a number after `a` (`a million people`); the caller reads the scale. */
const ARTICLE_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** True for a lower-case word that can start a number in words. */
export function isNumberWordStart(lower: string): boolean {
  return lower in SMALL || lower in TENS || lower in AFTER_ARTICLE || ARTICLE_SCALES.has(lower);
}

export interface WordNumber {
  token: NumberToken;
  /** Plain `one`: never a count on its own. */
  alone: boolean;
}

interface Word {
  lower: string;
  end: number;
}

function wordAt(text: string, i: number, end: number): Word | undefined {
  if (i < 0 || i >= end) return undefined;
  const j = lettersEnd(text, i, end);
  if (j === i || j - i > 12 || (j < end && isLetter(text.charCodeAt(j)))) return undefined;
  return { lower: text.slice(i, j).toLowerCase(), end: j };
}

/** `seven`, `forty-two`, `forty two`: a whole number below 100. */
function readBelowHundred(text: string, i: number, end: number): { value: number; end: number } | undefined {
  const w = wordAt(text, i, end);
  if (!w) return undefined;
  const small = SMALL[w.lower];
  if (small !== undefined) return { value: small, end: w.end };
  const tens = TENS[w.lower];
  if (tens === undefined) return undefined;
  const sep = text.charCodeAt(w.end) === 45 ? w.end + 1 : gapAfter(text, w.end, end, false);
  const unit = sep > 0 ? wordAt(text, sep, end) : undefined;
  const u = unit ? SMALL[unit.lower] : undefined;
  if (unit && u !== undefined && u < 10) return { value: tens + u, end: unit.end };
  return { value: tens, end: w.end };
}

/** The start of an `a`/`A` standing before `i` as its own word, or -1. */
function articleBefore(text: string, i: number, floor: number): number {
  const g = gapBefore(text, i, floor);
  if (g <= floor) return -1;
  const c = text.charCodeAt(g - 1);
  return (c === 97 || c === 65) && boundaryBefore(text, g - 1, floor) ? g - 1 : -1;
}

function nextWord(text: string, i: number, end: number): Word | undefined {
  const g = gapAfter(text, i, end);
  return g > 0 ? wordAt(text, g, end) : undefined;
}

/** Reads the number in words whose first word starts at `i`; `floor` bounds the look back for `a`. */
export function readWordNumber(text: string, i: number, end: number, floor: number): WordNumber | undefined {
  const first = wordAt(text, i, end);
  if (!first) return undefined;
  const afterArticle = AFTER_ARTICLE[first.lower];
  if (afterArticle !== undefined || ARTICLE_SCALES.has(first.lower)) {
    const a = articleBefore(text, i, floor);
    if (a < 0) return undefined;
    if (afterArticle !== undefined) return { token: wordToken(a, first.end, afterArticle), alone: false };
    return { token: wordToken(a, a + 1, 1), alone: false };
  }
  const base = readBelowHundred(text, i, end);
  if (!base) return undefined;
  let value = base.value;
  let e = base.end;
  let multiplied = false;
  const hundred = nextWord(text, e, end);
  if (hundred?.lower === 'hundred') {
    value *= 100;
    e = hundred.end;
    multiplied = true;
    const and = nextWord(text, e, end);
    const g = and?.lower === 'and' ? gapAfter(text, and.end, end) : -1;
    const rest = g > 0 ? readBelowHundred(text, g, end) : undefined;
    if (rest) {
      value += rest.value;
      e = rest.end;
    }
  }
  const dozen = nextWord(text, e, end);
  if (dozen?.lower === 'dozen') {
    value *= 12;
    e = dozen.end;
    multiplied = true;
  }
  return { token: wordToken(i, e, value), alone: value === 1 && !multiplied };
}
