import { extractFigures } from '../figures/extractFigures';
import type { Figure } from '../figures/types';
import type { Span } from '../types';

// `restoring the three cables cut in the Red Sea took more than four months`: a small number
// in words after `the` points back at things named before, and counts nothing of its own
// (`buildFigure.ts`). A report often names its things that way the first time, though, and
// a claim's `all three cables` is what it says. Read in sources only, such a count backs a
// claim's count that agrees, and contradicts none: the things may be ones named before.

const RECALLED = /\b(?:the|these|those)\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten)\b)/gi;

/** The counts that `the`, `these` or `those` stand before in text[sentence], outside the
 * spans of the sentence's figures. */
export function recalledCounts(text: string, sentence: Span, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  RECALLED.lastIndex = 0;
  for (let m = RECALLED.exec(slice); m; m = RECALLED.exec(slice)) {
    const at = sentence.start + m.index + m[0].length;
    if (figures.some((f) => f.span.start <= at && at < f.span.end)) continue;
    // Read from the number on, with nothing before it to point back.
    const [count] = extractFigures(text, at, sentence.end);
    if (count && count.kind === 'count' && count.span.start === at) out.push({ ...count, recalled: true });
  }
  return out;
}
