import { mutualSimilarity } from '../context/terms';
import { compareClaim, type Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import { SAME_THING_SIMILARITY } from '../check/thresholds';
import { boundsDiffer } from '../check/checkFigure';

export interface SourceConflict {
  a: SourceFigure;
  b: SourceFigure;
}

/** Every pair of figures from two different sources that disagree about the same thing. */
export function sourceConflicts(dataset: Dataset, tolerance: number, limit = 1000): SourceConflict[] {
  const out: SourceConflict[] = [];
  const seen = new Set<string>();
  for (const source of dataset.sources) {
    for (const f of dataset.figuresOf(source)) {
      for (const g of dataset.candidates(f.figure, f.terms)) {
        if (g.source === f.source) continue; // candidates share the unit already
        const key = [`${f.source.meta.id}:${f.figure.span.start}`, `${g.source.meta.id}:${g.figure.span.start}`].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const disagree = compareClaim(f.figure, g.figure, tolerance) === 'disagrees' && compareClaim(g.figure, f.figure, tolerance) === 'disagrees';
        if (!disagree && !boundsDiffer(f.figure, g.figure, tolerance)) continue;
        if (mutualSimilarity(f.terms, g.terms, dataset) < SAME_THING_SIMILARITY) continue;
        out.push({ a: f, b: g });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
