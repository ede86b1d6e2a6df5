// A share said as a fraction: `half`, `a third`, `two-thirds`, `three quarters`, `one-fifth`;
// and a fraction of a number in words: `half a million`, `a quarter of a million`.
//
// Supply-chain and market prose says `two-thirds of the world's cobalt` as often as `67%`, and
// a source may say either. A fraction is a percent (100 × n / d), approximate unless words
// before it say more (`nearly half`, `more than a third`), as a ratio is (`ratio.ts`).
//
// The same words are often no share: `the first half of 2024`, `the third quarter`, `a third
// round`, `a quarter of a century`, `half-year`, `cut in half`. So a fraction is read only
// where it takes a share of something: `of` a whole that is not a stretch of time (`half of
// the output`), or a determiner (`half the world's lithium`); a hyphenated one also before a
// noun (`a two-thirds majority`); any after `by` (`rose by half`) or a qualifier (`about a
// third going to Japan`). Bare ordinals (`the third`) are never fractions.

import { boundaryBefore, gapAfter, gapBefore, isDash, isDigit, isLetter, letterRun, lettersStart } from './chars';
import { isWordOfChange } from './change';
import { qualifierBefore, WordsBefore } from './qualifiers';
import { sharePercent } from './ratio';
import type { Figure } from './types';
import { charAt, type Window } from './window';

/** Fraction words: the denominator, and whether the word is plural (`thirds`). */
const DENOMINATORS = new Map<string, { per: number; plural: boolean }>([
  ['half', { per: 2, plural: false }],
  ['third', { per: 3, plural: false }],
  ['thirds', { per: 3, plural: true }],
  ['quarter', { per: 4, plural: false }],
  ['quarters', { per: 4, plural: true }],
  ['fourth', { per: 4, plural: false }],
  ['fourths', { per: 4, plural: true }],
  ['fifth', { per: 5, plural: false }],
  ['fifths', { per: 5, plural: true }],
  ['tenth', { per: 10, plural: false }],
  ['tenths', { per: 10, plural: true }],
]);

/** The words that start a fraction's scan (see `extractFigures.ts`). */
export const FRACTION_WORDS = [...DENOMINATORS.keys()];

const NUMERATORS = new Map(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, k) => [w, Math.max(1, k)]));

/** Words before a fraction that make it a stretch of time or an ordinal: `the first half`,
 * `the past two quarters`, `one and a half`. */
const NOT_A_SHARE_AFTER = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'last', 'latter', 'former', 'next', 'past', 'other', 'back',
  'front', 'top', 'bottom', 'upper', 'lower', 'early', 'earlier', 'late', 'later', 'final', 'opening',
  'closing', 'coming', 'previous', 'following', 'and', 'better',
]);

/** Words between a fraction and its whole: `half the world's lithium`, `a third its size`. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'these', 'those']);

/** Wholes that are stretches of time or distance: `half of the year`, `a quarter of a century`. */
const PERIODS = new Set([
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'month', 'months', 'week', 'weeks', 'day',
  'days', 'hour', 'hours', 'minute', 'minutes', 'season', 'seasons', 'term', 'period', 'session', 'game',
  'match', 'time', 'way', 'distance', 'night', 'quarter', 'quarters', 'cycle', 'race', 'round', 'mile', 'miles',
]);

/** Words after a fraction that make it part of a number: `half a million`, `a quarter million`. */
const OF_A_NUMBER = new Set(['a', 'an', 'thousand', 'million', 'billion', 'trillion', 'hundred', 'dozen']);

/** Words after a fraction after a word of change that leave it an amount: `down a fifth from
 * 2023`, `up a third on the year`. */
const AFTER_A_CHANGE = new Set(['from', 'to', 'in', 'on', 'since', 'over', 'against', 'compared', 'versus', 'vs', 'than', 'and', 'while', 'after', 'as', 'at', 'when', 'but']);

/** Words that name which stretch of time follows (`half of this year`, `half of last year`). */
const WHICH = new Set(['the', 'this', 'that', 'last', 'next', 'its', 'their', 'a', 'an']);

interface Word {
  lower: string;
  start: number;
  end: number;
}

/** The word ending at `pos` after white space, or, with `dash`, right before a hyphen at `pos`. */
function wordBefore(text: string, pos: number, floor: number, dash: boolean): Word | undefined {
  let e = -1;
  if (dash && pos - 1 > floor && isDash(text.charCodeAt(pos - 1)) && isLetter(text.charCodeAt(pos - 2))) e = pos - 1;
  else e = gapBefore(text, pos, floor);
  if (e < 0) return undefined;
  const s = lettersStart(text, e, floor);
  if (s === e || !boundaryBefore(text, s, floor)) return undefined;
  return { lower: text.slice(s, e).toLowerCase(), start: s, end: e };
}

function wordAfter(text: string, pos: number, end: number): Word | undefined {
  const g = gapAfter(text, pos, end);
  if (g < 0) return undefined;
  const run = letterRun(text, g, end);
  return run.end > g ? { lower: run.lower, start: g, end: run.end } : undefined;
}

interface Fraction {
  start: number;
  end: number;
  /** n / d. */
  value: number;
  /** The numerator, when one is written (`a`, `one`, `two`); none for a bare `half`. */
  numerator?: Word;
  /** Numerator and denominator joined by a hyphen: `two-thirds`. */
  hyphened: boolean;
}

/** The fraction whose denominator word starts at `i`, with its numerator before it. */
function fractionAt(text: string, i: number, end: number, floor: number): Fraction | undefined {
  const word = letterRun(text, i, end);
  const d = DENOMINATORS.get(word.lower);
  if (!d) return undefined;
  const numerator = wordBefore(text, i, floor, true);
  const n = numerator ? NUMERATORS.get(numerator.lower) : undefined;
  if (numerator === undefined || n === undefined) return d.per === 2 ? { start: i, end: word.end, value: 0.5, hyphened: false } : undefined;
  // `two-third`, `one thirds`, `five quarters`: no share.
  if (n > 1 !== d.plural || n >= d.per) return undefined;
  return { start: numerator.start, end: word.end, value: n / d.per, numerator, hyphened: isDash(text.charCodeAt(numerator.end)) };
}

/** Whether the word at `i` is a fraction word (`half`, `thirds`). */
export function isFractionWord(text: string, i: number, end: number): boolean {
  return DENOMINATORS.has(letterRun(text, i, end).lower);
}

/** Where a fraction word starts right after `pos` (`two`|`-thirds`, `three`| `quarters`),
 * or -1: the number word before it may be its numerator. */
export function fractionWordAfter(text: string, pos: number, end: number): number {
  const at = pos < end && isDash(text.charCodeAt(pos)) ? pos + 1 : gapAfter(text, pos, end, false);
  return at > 0 && DENOMINATORS.has(letterRun(text, at, end).lower) ? at : -1;
}

/** Whether `of` ending at `pos` takes a share of something, not of a stretch of time. */
function ofAWhole(text: string, pos: number, end: number): boolean {
  const next = wordAfter(text, pos, end);
  if (!next) {
    const g = gapAfter(text, pos, end);
    // `half of 2024`; `half of 300 mines` is a share.
    return !(g > 0 && isDigit(text.charCodeAt(g)) && isDigit(text.charCodeAt(g + 3)) && !isDigit(text.charCodeAt(g + 4)));
  }
  if (next.lower === 'a' || next.lower === 'an') return false; // `a quarter of a century`; `half of a million`
  if (PERIODS.has(next.lower)) return false;
  if (!WHICH.has(next.lower)) return true;
  const whole = wordAfter(text, next.end, end);
  return !(whole && PERIODS.has(whole.lower));
}

/** The end of `point`, `points` or `percentage point(s)` after a fraction ending at `pos`
 * (`a quarter point`, `a quarter-point`, `half a percentage point`), or -1. */
function pointsAfter(text: string, pos: number, end: number): number {
  let next = isDash(text.charCodeAt(pos)) ? letterRun(text, pos + 1, end) : wordAfter(text, pos, end);
  if (next?.lower === 'percentage') next = wordAfter(text, next.end, end);
  return next && (next.lower === 'point' || next.lower === 'points') ? next.end : -1;
}

/** A fraction of a point, as central banks move rates: `a quarter point` is 25 basis points. */
function fractionOfAPoint(text: string, f: Fraction, end: number): Figure | undefined {
  // `half a percentage point`, `a quarter of a percentage point`: `a`, or `of a`, between.
  let from = f.end;
  const next = wordAfter(text, from, end);
  if (next?.lower === 'of') {
    const a = wordAfter(text, next.end, end);
    if (a?.lower === 'a') from = a.end;
  } else if (!f.numerator && next?.lower === 'a') from = next.end;
  const pointsEnd = pointsAfter(text, from, end);
  if (pointsEnd < 0) return undefined;
  const value = 100 * f.value;
  return { kind: 'quantity', span: { start: f.start, end: pointsEnd }, text: text.slice(f.start, pointsEnd), qualifier: 'exact', unit: 'bp', low: value, high: value, precision: 1 };
}

/** The share said as a fraction whose denominator word starts at `i`, as a percent figure;
 * or a fraction of a point, in basis points. */
export function readFraction(w: Window, i: number): Figure | undefined {
  const { text, end, floor } = w;
  const f = fractionAt(text, i, end, floor);
  if (!f) return undefined;
  const ofAPoint = fractionOfAPoint(text, f, end);
  if (ofAPoint) return ofAPoint;
  // `half-year`, `quarter-end`, `third's`: a word of its own, not a share.
  const after = charAt(w, f.end);
  if (isDash(after) || after === 39 || after === 0x2019) return undefined;
  const before = wordBefore(text, f.start, floor, false);
  if (before && NOT_A_SHARE_AFTER.has(before.lower)) return undefined;
  if (!f.numerator && before && (before.lower === 'in' || DETERMINERS.has(before.lower))) return undefined; // `cut in half`, `the half`
  const q = qualifierBefore(new WordsBefore(text, f.start, floor));
  const lead = q ? wordBefore(text, q.start, floor, false) : before;
  const next = wordAfter(text, f.end, end);
  // `half a million`, `a quarter million`: a fraction of the number that follows (`numberWords.ts`).
  if (next && OF_A_NUMBER.has(next.lower)) return undefined;
  let share: boolean;
  // `rose by half`, `cut by about a third over five years`: an amount of change.
  if (lead?.lower === 'by') share = !(next?.lower === 'of' && !ofAWhole(text, next.end, end));
  else if (next?.lower === 'of') share = ofAWhole(text, next.end, end);
  else if (next && DETERMINERS.has(next.lower)) share = !PERIODS.has(wordAfter(text, next.end, end)?.lower ?? '');
  // `down a fifth from 2023`, `sales rose a third.`: an amount of change, as after `by`; not
  // an ordinal's count (`rose a third straight month`).
  else if (lead && isWordOfChange(lead.lower)) share = next === undefined || AFTER_A_CHANGE.has(next.lower);
  // A qualifier makes it plainly an amount (`about a third going to Japan`, `about half.`).
  else if (q) share = !PERIODS.has(next?.lower ?? '');
  else share = next !== undefined && f.hyphened && !PERIODS.has(next.lower);
  return share ? sharePercent(text, f.start, f.end, q, 100 * f.value) : undefined;
}

/**
 * A fraction before a number in words: `half` a million, `a quarter of` a million, `a
 * quarter` million. `pos` is where the number starts: its `a` (`article`), or its scale word.
 * The value is rounded to two decimals: `a third of a million` is not 333,333.33.
 */
export function fractionBefore(text: string, pos: number, floor: number, article: boolean): { start: number; end: number; value: number } | undefined {
  let word = wordBefore(text, pos, floor, false);
  if (article && word?.lower === 'of') word = wordBefore(text, word.start, floor, false);
  if (!word) return undefined;
  const f = fractionAt(text, word.start, word.end, floor);
  return f ? { start: f.start, end: f.end, value: Number(f.value.toFixed(2)) } : undefined;
}
