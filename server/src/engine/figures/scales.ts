// Scale words and abbreviations after a number: `billion`, `bn`, `m`, `k`.

import { boundaryAt, brokenRest, gapAfter, isDigit, letterRun, type LetterRun } from './chars';
import { readUnit } from './units';

export interface Scale {
  /** Power of ten. */
  exp: number;
  start: number;
  end: number;
  /** A one-letter abbreviation (`m`, `k`, `b`): safe after a currency, a guess elsewhere. */
  single: boolean;
}

const WORDS = new Map([['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12], ['crore', 7], ['lakh', 5]]);

const ABBREVIATIONS = new Map([
  ['k', 3], ['m', 6], ['mn', 6], ['mln', 6], ['b', 9], ['bn', 9], ['bln', 9], ['tn', 12], ['trn', 12], ['tr', 12],
  // Indian papers' crore (`Rs 5,000 cr`).
  ['cr', 7], ['crs', 7],
]);

/**
 * A scale word broken by a hyphen at a line end, `bil-⏎lion`, as text taken from a page's
 * layout keeps it (or `bil- lion`, once its lines are joined). Read as `$1.2 bil`, the
 * figure was $1.2 and a correct `$1.2 billion` a mismatch.
 */
function brokenWord(text: string, i: number, first: LetterRun, end: number): Scale | undefined {
  const rest = brokenRest(text, first, end);
  const word = rest ? WORDS.get(first.lower + rest.lower) : undefined;
  return rest && word !== undefined ? { exp: word, start: i, end: rest.end, single: false } : undefined;
}

function scaleWord(text: string, i: number, end: number, abbreviations: boolean, singles: boolean): Scale | undefined {
  const run = letterRun(text, i, end);
  const j = run.end;
  if (j === i || j - i > 8 || !boundaryAt(text, j, end)) return undefined;
  const word = WORDS.get(run.lower);
  if (word !== undefined) return { exp: word, start: i, end: j, single: false };
  const abbr = ABBREVIATIONS.get(run.lower);
  if (abbr === undefined) return brokenWord(text, i, run, end);
  if (!abbreviations || (j - i === 1 && !singles)) return undefined;
  return { exp: abbr, start: i, end: j, single: j - i === 1 };
}

/**
 * The scale right after a number ending at `pos`: attached (`12bn`, `£40m`), after a hyphen
 * (`$5-billion`, words only) or after a space (`1.2 trillion`, `$1.2 tn`). One-letter
 * abbreviations after a space only when `singles` (after a currency); glued ones are
 * returned marked `single` for the caller to decide.
 */
export function readScale(text: string, pos: number, end: number, singles: boolean): Scale | undefined {
  if (pos >= end) return undefined;
  const c = text.charCodeAt(pos);
  if (c === 45) return withCrore(text, scaleWord(text, pos + 1, end, false, false), end);
  if (isDigit(c)) return undefined;
  const attached = scaleWord(text, pos, end, true, true);
  if (attached) return withCrore(text, attached, end);
  const g = gapAfter(text, pos, end, false);
  if (g > 0) return withCrore(text, scaleWord(text, g, end, true, singles), end) ?? millionOfUnit(text, g, end);
  // A hard-wrapped wire breaks its lines anywhere: `US$4.2⏎billion` is $4.2 billion. A lone
  // letter at the start of the next line is not read as a scale.
  const wrapped = gapAfter(text, pos, end);
  return wrapped > 0 ? withCrore(text, scaleWord(text, wrapped, end, true, false), end) : undefined;
}

/** A lone `m` before a unit is a million of it (`2.5 m barrels`, `1.1 m tonnes`), no metre. */
function millionOfUnit(text: string, i: number, end: number): Scale | undefined {
  const m = scaleWord(text, i, end, true, true);
  if (!m || m.exp !== 6 || !m.single) return undefined;
  const unit = readUnit(text, m.end, end);
  return unit && unit.unit !== 'm' && text.charCodeAt(m.end) === 32 ? { ...m, single: false } : undefined;
}

/** `lakh crore` and `thousand crore`, as Indian reports count: one scale (1e12, 1e10). Read
 * as `Rs 1.2 lakh`, a correct `₹1.2 lakh crore` was ten million times too small. */
function withCrore(text: string, scale: Scale | undefined, end: number): Scale | undefined {
  if (!scale || scale.single || (scale.exp !== 5 && scale.exp !== 3)) return scale;
  const g = gapAfter(text, scale.end, end, false);
  const next = g > 0 ? scaleWord(text, g, end, false, false) : undefined;
  return next?.exp === 7 ? { exp: scale.exp + 7, start: scale.start, end: next.end, single: false } : scale;
}
