// How a source's figure bears on a claim's figure (spec sections 2 and 4): it supports it,
// supports it only more loosely, or disagrees. Figures of different kinds or units are not
// comparable.

import { isSign, oppositeChanges } from './change';
import { contains, intervalOf, overlaps, within } from './interval';
import { inClaimRate } from './rates';
import type { Agreement, Figure } from './types';

/** A figure written with a minus sign and no word of change (`-10%`: `signedChange`). */
export function negativeBySign(f: Figure): boolean {
  return f.change !== undefined && f.change.direction === 'down' && isSign(f.change.word);
}

/** A change's end, its new or old level, against a change written in words. */
function levelAgainstChange(level: Figure, change: Figure): boolean {
  return level.end !== undefined && level.change === undefined && change.change !== undefined && !isSign(change.change.word) && change.end === undefined;
}

/** A percent fall in words (`contracted 3.1%`) against a level below zero, of no change. */
function fallOf(fall: Figure, level: Figure): boolean {
  return fall.kind === 'percent' && fall.change?.direction === 'down' && !isSign(fall.change.word) && !level.change && level.high < 0;
}

/** A year range of two years in a row, a season or financial year: `2023-24`, `2023/24`, or
 * in full, `2024-2025`. */
function isFinancialYear(f: Figure): boolean {
  return f.kind === 'year' && f.qualifier === 'range' && f.high === f.low + 1 && /\d{4}\s*[-–/]\s*(?:\d{2}|\d{4})$/.test(f.text);
}

/** Whether `month` ends a year (`the year to June 2025`) that is the financial year `year`. */
function endsFinancialYear(month: Figure, year: Figure): boolean {
  return month.yearTo === true && month.month !== undefined && isFinancialYear(year) && year.high === month.low;
}

/** The year a year figure dates a measurement by: a calendar year, or a financial year or
 * season as its first year and a half (`2023/24` is 2023.5, another measurement than 2023's). */
export function measuredYear(f: Figure): number | undefined {
  if (f.kind !== 'year') return undefined;
  return f.low === f.high ? f.low : isFinancialYear(f) ? f.low + 0.5 : undefined;
}

function isPoint(f: Figure): boolean {
  return f.low === f.high;
}

/** Equal once both are rounded to `step` (`1.5 billion` and `1.52 billion` at 1e8), a half
 * rounded up as people round it: `32.15` is `32.2` (its quotient by 0.1 is 321.49999…). */
export function equalAt(a: number, b: number, step: number): boolean {
  if (!(step > 0) || !Number.isFinite(step)) return a === b;
  return roundAt(a, step) === roundAt(b, step);
}

const roundAt = (x: number, step: number): number => Math.round(x / step + 1e-9);

function compareValues(claim: Figure, source: Figure, tolerance: number): Agreement {
  const exactPoints = (f: Figure): boolean => f.qualifier === 'exact' && isPoint(f);
  if (exactPoints(claim) && exactPoints(source)) {
    const step = claim.kind === 'year' ? 1 : Math.max(claim.precision, source.precision);
    return equalAt(claim.low, source.low, step) ? 'supports' : 'disagrees';
  }
  const c = intervalOf(claim, tolerance);
  const s = intervalOf(source, tolerance);
  const roughly = (f: Figure): boolean => f.qualifier === 'approximate' || f.qualifier === 'nearly';
  if (isPoint(source) && isPoint(claim)) {
    // `60%` against `about 60%`: the source, widened by the tolerance, covers the claim.
    if (source.qualifier === 'approximate' && claim.qualifier === 'exact') return contains(s, claim.low) ? 'supports' : 'disagrees';
    // `about 60%` or `nearly 20%` against `about 19.5%`, `almost half` against `nearly 47%`:
    // the claim's own span covers the source's value, which says no more exactly.
    if (roughly(source) && roughly(claim) && contains(c, source.low)) return 'supports';
    // `more than 95%` against `about 98%`: the source's value is past the bound. (The spec
    // widens an approximate value only to test for disagreement.)
    if (source.qualifier === 'approximate' && (LOWER.has(claim.qualifier) || UPPER.has(claim.qualifier)) && contains(c, source.low)) return 'supports';
    // `nearly 25%` against `25.3%`: approximate (spec section 2), the claim rounds the source's
    // value down to its own, within the tolerance over it.
    if (claim.qualifier === 'nearly' && source.qualifier === 'exact' && source.low > claim.high && source.low <= claim.high + Math.abs(claim.high) * tolerance) {
      return 'supports';
    }
  }
  // `$350–360` against `around $350-$360`: the claim keeps the source's ends, not its `around`.
  if (source.qualifier === 'approximate' && !isPoint(source) && claim.qualifier === 'range') {
    const step = Math.max(claim.precision, source.precision);
    if (equalAt(claim.low, source.low, step) && equalAt(claim.high, source.high, step)) return 'supports';
  }
  if (within(s, c)) return 'supports';
  // `up to 4%` against `at least 4%`: bounds the other way from one number meet only there.
  if (oppositeBounds(claim, source) && claim.low === source.low) return 'disagrees';
  return overlaps(c, s) ? 'looser' : 'disagrees';
}

const UPPER = new Set(['at-most', 'less-than']);
const LOWER = new Set(['at-least', 'more-than']);

/** A bound from above against one from below, or the other way. */
/** Whether two figures of one unit, not years, are `TIMES_APART` apart or more: five times
 * an amount, or a fifth, is an amount of something else, not the same thing measured
 * otherwise (a fund's `NOK 19,886 billion` and its Israeli shares' `NOK 19.7 billion`). So is
 * a share or a change: those who disagree about one thing disagree by less. */
export function timesApart(a: Figure, b: Figure): boolean {
  if (a.kind === 'year') return false;
  const x = Math.abs((a.low + a.high) / 2);
  const y = Math.abs((b.low + b.high) / 2);
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) >= TIMES_APART;
}
const TIMES_APART = 5;

export const oppositeBounds = (a: Figure, b: Figure): boolean => (UPPER.has(a.qualifier) && LOWER.has(b.qualifier)) || (LOWER.has(a.qualifier) && UPPER.has(b.qualifier));

/**
 * How `source` bears on `claim`: 'supports' when the source establishes it, 'looser' when it
 * is consistent but less specific (`over 90%` for `93%`), 'disagrees' when both cannot be
 * true; undefined when the two are of different kinds or units. `tolerance` is a fraction.
 */
export function compareFigures(claim: Figure, written: Figure, tolerance: number): Agreement | undefined {
  if (claim.kind !== written.kind || claim.unit !== written.unit) return undefined;
  // `VND 125 million a tonne` against `VND 125,000 per kg`: per the claim's measure.
  const source = inClaimRate(claim, written);
  if (!source) return undefined;
  // `fell 5%` where the source says `rose 5%`: the same amount, the other way.
  if (oppositeChanges(claim, source)) return 'disagrees';
  // `deflation reached 4.2%`, `contracted 3.1%`, where the source gives the level below zero
  // (`compared to -4.2 per cent`): the fall is the level's size.
  if (fallOf(claim, source)) return compareValues(claim, { ...source, low: -source.high, high: -source.low }, tolerance);
  if (fallOf(source, claim)) return compareValues({ ...claim, low: -claim.high, high: -claim.low }, source, tolerance);
  // A deficit is the size of a balance below zero (`the fiscal deficit narrowed to 3.6% of
  // GDP` against `Overall fiscal balance (% of GDP) -3.6`).
  if (claim.deficit && negativeBySign(source)) return compareFigures(claim, { ...source, change: undefined }, tolerance);
  if (source.deficit && negativeBySign(claim)) return compareFigures({ ...claim, change: undefined }, source, tolerance);
  // `-0.3%` is below zero, not the level `0.3%` a figure with no change states.
  if (negativeBySign(claim) !== negativeBySign(source) && (!claim.change || !source.change)) return 'disagrees';
  if (claim.kind === 'year' && claim.month !== undefined && source.month !== undefined && claim.month !== source.month) {
    return 'disagrees';
  }
  // The year to June 2025 is the financial year 2024-25 (either way round).
  if (endsFinancialYear(claim, source) || endsFinancialYear(source, claim)) return 'supports';
  // Two financial years (`2023-24`, `2024-25`) are two labels, not two spans that share 2024.
  if (isFinancialYear(claim) && isFinancialYear(source)) return claim.low === source.low ? 'supports' : 'disagrees';
  // A span's end (`until 2030`) is the last year of a source's span (`between 2024 and 2030`).
  if (claim.until && claim.kind === 'year' && source.qualifier === 'range') return compareValues(claim, { ...source, low: source.high, qualifier: 'exact' }, tolerance);
  const agreement = compareValues(claim, source, tolerance);
  // A level a change reached or left (`shrank to about 53%`) and a change's amount (`fall
  // 14.2%`) are two measures: where they differ, neither contradicts the other.
  if (agreement === 'disagrees' && (levelAgainstChange(claim, source) || levelAgainstChange(source, claim))) return undefined;
  // Nor, where they are the same amount, does one back the other (`rose to US$420 million`
  // where the source has `rose by US$420 million to US$1,651 million`). A rate may be both:
  // prices that `rose 1.5%` in a month are monthly inflation that `fell to 1.5%`.
  if (agreement === 'supports' && claim.kind !== 'percent' && (levelAgainstChange(claim, source) || levelAgainstChange(source, claim))) return undefined;
  return agreement;
}
