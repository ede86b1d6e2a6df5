import type { Figure } from '../figures/types';
import type { Span } from '../types';

// A news source says `last year` and `this year` where an analyst writes the year: `up from
// $29.8bn last year` in a report of January 2025 says 2024. Read from the source's date,
// such a year can back a claim's `in 2024`, but never contradict one (`compareClaim`): a
// scraped page's date may be the day it was copied, not written.

const RELATIVE = /\b(last|this|next) year\b/gi;
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** The years that `last year`, `this year` and `next year` name in text[sentence], from
 * `date` (YYYY-MM-DD), outside the spans of the sentence's figures. */
export function datedYears(text: string, sentence: Span, date: string | undefined, figures: readonly Figure[]): Figure[] {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  if (!Number.isInteger(year)) return [];
  const out: Figure[] = [];
  RELATIVE.lastIndex = 0;
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (figures.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
    const value = year + SHIFT[m[1].toLowerCase()];
    out.push({ kind: 'year', span, text: m[0], qualifier: 'exact', unit: 'year', low: value, high: value, precision: 1, dated: true });
  }
  return out;
}
