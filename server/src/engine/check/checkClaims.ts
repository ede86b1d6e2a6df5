import { mutualSimilarity, similarity, type TermVector } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import type { ClaimConflict, FigureReport } from './report';
import { CONFLICT_SIMILARITY, SUPPORT_SIMILARITY } from './thresholds';

/** The source passage behind a figure, its own words only (not its title or table header). */
function evidenceTerms(f: FigureReport): TermVector | undefined {
  const v = f.verdict;
  return v.kind === 'supported' || v.kind === 'more-specific' ? new Map(v.evidence.terms) : undefined;
}

/** Whether `a` speaks of what the source behind `b` speaks of (true when `b` has none). */
function aboutBacking(a: FigureReport, b: FigureReport, dataset: Dataset): boolean {
  const backing = evidenceTerms(b);
  return !backing || similarity(a.terms, backing, dataset) >= SUPPORT_SIMILARITY;
}

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
      // A figure a source backs is about what that source says: the other must be too.
      if (!aboutBacking(f, earlier, dataset) || !aboutBacking(earlier, f, dataset)) continue;
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
