// Numbers written as words: `seven`, `twenty-one`, `two hundred`, `a dozen`, `two dozen`,
// and the `a` of `a million`. `one` on its own is a pronoun as often as a number and is
// flagged so that the caller can drop it.

import { boundaryBefore, brokenRest, gapAfter, gapBefore, isLetter, letterRun } from './chars';
import { fractionBefore } from './fraction';
import { wordToken, type NumberToken } from './numberLiteral';

/** Numbers one to nineteen in words, and their values. */
export const SMALL = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, k) => [w, k + 1]),
);

const TENS = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, 20 + 10 * k]));

/** Words that only make a number after `a` (`a dozen`, `a hundred`). */
const AFTER_ARTICLE = new Map([['dozen', 12], ['hundred', 100]]);

/** Scale words that make a number after `a` (`a million people`); the caller reads the scale. */
const ARTICLE_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** The words that can start a number in words, longest first. */
export const NUMBER_WORDS = [...SMALL.keys(), ...TENS.keys(), ...AFTER_ARTICLE.keys(), ...ARTICLE_SCALES]
  .sort((a, b) => b.length - a.length);

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
  const run = letterRun(text, i, end);
  if (run.end === i || run.end - i > 12 || (run.end < end && isLetter(text.charCodeAt(run.end)))) return undefined;
  return run;
}

/** `seven`, `forty-two`, `forty two`: a whole number below 100. */
function readBelowHundred(text: string, i: number, end: number): { value: number; end: number } | undefined {
  const w = wordAt(text, i, end);
  if (!w) return undefined;
  // A word a page broke at a line's end: `Four-⏎teen plants`, `Twenty-⏎five firms`.
  const rest = text.charCodeAt(w.end) === 45 ? brokenRest(text, letterRun(text, i, end), end) : undefined;
  const whole = rest && SMALL.get(w.lower + rest.lower);
  if (rest && whole !== undefined) return { value: whole, end: rest.end };
  const small = SMALL.get(w.lower);
  if (small !== undefined) return { value: small, end: w.end };
  const tens = TENS.get(w.lower);
  if (tens === undefined) return undefined;
  const sep = rest ? rest.start : text.charCodeAt(w.end) === 45 ? w.end + 1 : gapAfter(text, w.end, end, false);
  const unit = sep > 0 ? wordAt(text, sep, end) : undefined;
  const u = unit ? SMALL.get(unit.lower) : undefined;
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
  const afterArticle = AFTER_ARTICLE.get(first.lower);
  if (afterArticle !== undefined || ARTICLE_SCALES.has(first.lower)) {
    const a = articleBefore(text, i, floor);
    if (a < 0) {
      // `a quarter million`, `half million`.
      const part = ARTICLE_SCALES.has(first.lower) ? fractionBefore(text, i, floor, false) : undefined;
      return part ? { token: wordToken(part.start, part.end, part.value), alone: false } : undefined;
    }
    // `half a million`, `a quarter of a million`, `half a dozen`.
    const part = fractionBefore(text, a, floor, true);
    const start = part ? part.start : a;
    const times = part ? part.value : 1;
    if (afterArticle !== undefined) return { token: wordToken(start, first.end, Number((afterArticle * times).toFixed(2))), alone: false };
    return { token: wordToken(start, a + 1, times), alone: false };
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
  // `one and a half` (million): the half is part of the number.
  const and = nextWord(text, e, end);
  const article = and?.lower === 'and' ? nextWord(text, and.end, end) : undefined;
  const half = article?.lower === 'a' ? nextWord(text, article.end, end) : undefined;
  if (half?.lower === 'half') {
    value += 0.5;
    e = half.end;
    multiplied = true;
  }
  return { token: wordToken(i, e, value), alone: value === 1 && !multiplied };
}
