import { mutualSimilarity } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import type { ClaimConflict, FigureReport } from './report';
import { CONFLICT_SIMILARITY } from './thresholds';

/** Pairs of figures in one briefing that state disagreeing figures for the same thing. */
export function checkClaims(figures: FigureReport[], dataset: Dataset, tolerance: number): ClaimConflict[] {
  const conflicts: ClaimConflict[] = [];
  const byUnit = new Map<string, FigureReport[]>();
  for (const f of figures) {
    const key = unitKey(f.figure);
    // A figure its own source contradicts is reported as a mismatch; one report is enough.
    if (f.verdict.kind === 'mismatch') continue;
    const list = byUnit.get(key) ?? [];
    for (const earlier of list) {
      if (earlier.sentence === f.sentence || earlier.verdict.kind === 'mismatch') continue;
      if (compareClaim(f.figure, earlier.figure, tolerance) !== 'disagrees') continue;
      if (compareClaim(earlier.figure, f.figure, tolerance) !== 'disagrees') continue;
      if (mutualSimilarity(f.terms, earlier.terms, dataset) >= CONFLICT_SIMILARITY) {
        conflicts.push({ later: f, earlier });
        break;
      }
    }
    list.push(f);
    byUnit.set(key, list);
  }
  return conflicts;
}
