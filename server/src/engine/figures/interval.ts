// The interval of true values a figure's wording allows (spec section 2, the qualifier table).

import type { Figure, Interval } from './types';

/** How far an approximate year may be off: a tolerance in percent of 2030 would be a century. */
const YEAR_SLACK = 1;

function closed(low: number, high: number): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}

/** `tolerance` (a fraction, 0.05 = 5%) widens approximate values; years widen by one year instead. */
export function intervalOf(figure: Figure, tolerance: number): Interval {
  const t = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const { low, high } = figure;
  const slack = (x: number): number => (figure.kind === 'year' ? YEAR_SLACK : Math.abs(x) * t);
  // A share stays at most 100%, unless the figure itself says more (`a 150% rise`).
  const cap = figure.kind === 'percent' && high <= 100 ? 100 : Infinity;
  const floor = high >= 0 ? 0 : -Infinity;
  switch (figure.qualifier) {
    case 'exact':
    case 'range':
      return closed(low, high);
    case 'approximate':
      return closed(low - slack(low), Math.min(cap, high + slack(high)));
    case 'nearly':
      // Just under X, by up to twice the tolerance: `nearly a third` is 30–33%, as writers
      // round a 31% or a 30%; `nearly 90%` is no 80%.
      return closed(low - 2 * slack(low), high);
    case 'more-than':
      return cap > low ? { low, high: cap, lowOpen: true, highOpen: cap === Infinity } : { low, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-least':
      return { low, high: Math.max(cap, low), lowOpen: false, highOpen: cap === Infinity };
    case 'less-than':
      return { low: floor, high, lowOpen: floor === -Infinity, highOpen: true };
    case 'at-most':
      return { low: floor, high, lowOpen: floor === -Infinity, highOpen: false };
  }
}

export function contains(i: Interval, x: number): boolean {
  return (x > i.low || (x === i.low && !i.lowOpen)) && (x < i.high || (x === i.high && !i.highOpen));
}

/** True when every value of `a` is in `b`. */
export function within(a: Interval, b: Interval): boolean {
  const lowOk = a.low > b.low || (a.low === b.low && (!b.lowOpen || a.lowOpen));
  const highOk = a.high < b.high || (a.high === b.high && (!b.highOpen || a.highOpen));
  return lowOk && highOk;
}

/** True when `a` and `b` share a value. */
export function overlaps(a: Interval, b: Interval): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  return contains(a, low) && contains(b, low);
}
