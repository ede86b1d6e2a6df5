import { extractFigures } from '../figures/extractFigures';
import type { Figure } from '../figures/types';
import type { Span } from '../types';

// `restoring the three cables cut in the Red Sea took more than four months`: a small number
// in words after `the` points back at things named before, and counts nothing of its own
// (`buildFigure.ts`). A report often names its things that way the first time, though, and
// a claim's `all three cables` is what it says. Read in sources only, such a count backs a
// claim's count that agrees, and contradicts none: the things may be ones named before.

/** The counts of text[sentence] that start at `starts`, where the sentence's extraction found
 * counts that point back (`extractFigures`' `pointingBack`). */
export function recalledCounts(text: string, sentence: Span, starts: readonly number[]): Figure[] {
  const out: Figure[] = [];
  for (const at of starts) {
    // Read from the number on, with nothing before it to point back.
    const [count] = extractFigures(text, at, sentence.end);
    if (count && count.kind === 'count' && count.span.start === at) out.push({ ...count, recalled: true });
  }
  return out;
}
