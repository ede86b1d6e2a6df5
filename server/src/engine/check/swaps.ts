import { similarity } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import type { FigureReport } from './report';

// Two figures of one sentence swapped: `fishing alone 33% and anchors 38%` where the source's
// table has fishing at 38 and anchoring at 33. Each figure, taken alone, finds the source's
// figure of its value and is backed. Taken together, each one's words are the other's
// evidence's, or each one's subject is (`Turkey bought 73 tonnes and India 75` where the
// source has Turkey at 75): the claim gave each thing the other's number.

/** How much more alike a figure must be to the other's evidence than to its own. */
const SWAP_MARGIN = 1.25;

/** Turns the verdicts of swapped figures of one sentence into mismatches, each against the
 * figure of the source that its own words are about. `tolerance` as the check's. */
export function markSwaps(reports: FigureReport[], dataset: Dataset, tolerance: number): void {
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i];
      const b = reports[j];
      if (a.verdict.kind !== 'supported' || b.verdict.kind !== 'supported' || unitKey(a.figure) !== unitKey(b.figure)) continue;
      const ea = a.verdict.evidence;
      const eb = b.verdict.evidence;
      if (ea === eb || ea.source !== eb.source) continue;
      // Of two values: each disagrees with the other's evidence.
      if (compareClaim(a.figure, eb.figure, tolerance) !== 'disagrees' || compareClaim(b.figure, ea.figure, tolerance) !== 'disagrees') continue;
      const crossed =
        subjectsCrossed(a, b) ||
        (similarity(a.terms, eb.terms, dataset) > SWAP_MARGIN * similarity(a.terms, ea.terms, dataset) &&
          similarity(b.terms, ea.terms, dataset) > SWAP_MARGIN * similarity(b.terms, eb.terms, dataset));
      if (!crossed) continue;
      a.verdict = { kind: 'mismatch', evidence: eb, alternatives: [] };
      b.verdict = { kind: 'mismatch', evidence: ea, alternatives: [] };
    }
  }
}

/** Each figure's subject (the name nearest before it) is the other's evidence's, and the two
 * are two: `Japan with 1.5 million and South Korea with 1.4 million` where the source has
 * `South Korea with 1.5 million and Japan with 1.4 million`. Both sentences name both, so
 * their words alone cannot tell the two apart. */
function subjectsCrossed(a: FigureReport, b: FigureReport): boolean {
  if (a.verdict.kind !== 'supported' || b.verdict.kind !== 'supported') return false;
  const [sa, sb] = [a.terms.subject, b.terms.subject];
  const [ea, eb] = [a.verdict.evidence.terms.subject, b.verdict.evidence.terms.subject];
  return sa !== undefined && sb !== undefined && sa !== sb && sa === eb && sb === ea;
}
