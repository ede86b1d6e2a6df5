import { mutualSimilarity, similarity, type TermVector } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import type { ClaimConflict, FigureReport } from './report';
import { CONFLICT_SIMILARITY, SUPPORT_SIMILARITY } from './thresholds';

/** The source passage behind a figure, its own words only (not its title or table header). */
function evidenceTerms(f: FigureReport): TermVector | undefined {
  const v = f.verdict;
  return v.kind === 'supported' || v.kind === 'more-specific' ? v.evidence.terms : undefined;
}

/** Whether `a` speaks of what the source behind `b` speaks of (true when `b` has none). */
function aboutBacking(a: FigureReport, b: FigureReport, dataset: Dataset): boolean {
  const backing = evidenceTerms(b);
  if (!backing) return true;
  const own: TermVector = new Map(backing); // its entries only: the background stays behind
  return similarity(a.terms, own, dataset) >= SUPPORT_SIMILARITY;
}

/** Whether two figures of a briefing disagree about the same thing. Remembered per pair of
 * contexts (a context stands for its figure too): a sentence that did not change keeps its
 * context object from check to check. The tolerance is one per check. */
const sameThingCache = new WeakMap<TermVector, WeakMap<TermVector, { version: number; dataset: Dataset; same: boolean }>>();

function conflict(f: FigureReport, earlier: FigureReport, dataset: Dataset, tolerance: number): boolean {
  let inner = sameThingCache.get(f.terms);
  if (!inner) sameThingCache.set(f.terms, (inner = new WeakMap()));
  const hit = inner.get(earlier.terms);
  if (hit && hit.dataset === dataset && hit.version === dataset.version) return hit.same;
  // A figure a source backs is about what that source says: the other must be too.
  const same =
    compareClaim(f.figure, earlier.figure, tolerance) === 'disagrees' &&
    compareClaim(earlier.figure, f.figure, tolerance) === 'disagrees' &&
    aboutBacking(f, earlier, dataset) &&
    aboutBacking(earlier, f, dataset) &&
    mutualSimilarity(f.terms, earlier.terms, dataset) >= CONFLICT_SIMILARITY;
  inner.set(earlier.terms, { version: dataset.version, dataset, same });
  return same;
}

/** A term must weigh this much for two figures of one briefing to be compared through it. */
const SHARED_WEIGHT = 0.3;
/** How many of a figure's rarest strong words find the earlier figures to compare it with. */
const LOOKUP_TERMS = 3;
/** How many earlier figures sharing one word are compared with a figure. */
const MAX_COMPARED = 60;

const keysCache = new WeakMap<TermVector, { version: number; keys: string[] }>();

/** The figure's rarest strong words, with its unit: two figures about one thing share those. */
function lookupKeys(f: FigureReport, unit: string, dataset: Dataset): string[] {
  const hit = keysCache.get(f.terms);
  if (hit && hit.version === dataset.version) return hit.keys;
  const keys = [...f.terms]
    .filter(([, w]) => w >= SHARED_WEIGHT)
    .map(([t, w]) => ({ t, score: w * dataset.idf(t) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, LOOKUP_TERMS)
    .map(({ t }) => `${unit}\u0000${t}`);
  keysCache.set(f.terms, { version: dataset.version, keys });
  return keys;
}

/** Pairs of figures in one briefing that state disagreeing figures for the same thing.
 * Figures are compared only with earlier ones of the same unit that share a strong word. */
export function checkClaims(figures: FigureReport[], dataset: Dataset, tolerance: number): ClaimConflict[] {
  const conflicts: ClaimConflict[] = [];
  const byTerm = new Map<string, FigureReport[]>();
  for (const f of figures) {
    const key = unitKey(f.figure);
    const strong = lookupKeys(f, key, dataset);
    // A figure its own source contradicts is reported as a mismatch; one report is enough.
    if (f.verdict.kind !== 'mismatch') {
      const seen = new Set<FigureReport>();
      search: for (const k of strong) {
        const list = byTerm.get(k) ?? [];
        // The nearest earlier figures sharing the word: a bounded look, however long the briefing.
        for (let i = list.length - 1; i >= Math.max(0, list.length - MAX_COMPARED); i--) {
          const earlier = list[i];
          if (seen.has(earlier)) continue;
          seen.add(earlier);
          if (earlier.sentence === f.sentence || earlier.verdict.kind === 'mismatch') continue;
          if (conflict(f, earlier, dataset, tolerance)) {
            conflicts.push({ later: f, earlier });
            break search;
          }
        }
      }
    }
    for (const k of strong) {
      const list = byTerm.get(k);
      if (list) list.push(f);
      else byTerm.set(k, [f]);
    }
  }
  return conflicts;
}
