import { compareClaim } from '../dataset/dataset';
import type { Figure } from '../figures/types';

// A change in percentage points that a text gives by its two ends: `rose to 78%, from 76% in
// 2023` is a rise of two percentage points, as an analyst writes it. The points are the
// difference, to the ends' precision, and the way is the ends' order.

/** Whether `claim`, a change in percentage points, is the difference between the percent
 * levels `to` (the new one) and `from` (the old one). */
export function pointsBetween(claim: Figure, to: Figure, from: Figure, tolerance: number): boolean {
  if (claim.unit !== 'bp' || to.kind !== 'percent' || from.kind !== 'percent' || to.low !== to.high || from.low !== from.high) return false;
  const points = Math.abs(to.low - from.low) * 100;
  const difference: Figure = {
    ...claim,
    qualifier: 'exact',
    low: points,
    high: points,
    precision: Math.max(to.precision, from.precision) * 100,
    change: claim.change && { ...claim.change, direction: to.low >= from.low ? 'up' : 'down' },
  };
  return compareClaim(claim, difference, tolerance) === 'supports';
}

/** The new and old levels of a change among `figures` (in text order), in that order: a new
 * level (`to 78%`), or the level of the same kind nearest before an old one and of no change
 * of its own (`69.5 per cent in 2024-25, up from 68.7 per cent`). */
export function changeEnds<T>(figures: readonly T[], figureOf: (t: T) => Figure): Array<[to: T, from: T]> {
  const out: Array<[T, T]> = [];
  figures.forEach((from, i) => {
    const old = figureOf(from);
    if (old.end !== 'from') return;
    for (const to of figures) if (figureOf(to).end === 'to') out.push([to, from]);
    for (let k = i - 1; k >= 0; k--) {
      const level = figureOf(figures[k]);
      if (level.kind !== old.kind) continue;
      if (level.end === undefined && !level.change) out.push([figures[k], from]);
      break;
    }
  });
  return out;
}
