import type { Span } from '../types';
import { contentEnd, contentStart, forEachLine } from './lineScan';

// `para N` and `line N` locators (spec section 3). Spans are trimmed to the line content.
//
// - markdown: every blank-line-separated block is one paragraph (headings, list blocks and
//   tables included: analysts count what they see).
// - lines: every non-blank line is a paragraph, unless no line is longer than 120
//   characters (hard-wrapped text): then every run of non-blank lines is one.
//
// Front matter and noise lines are blanked before this runs, so they count as blank lines:
// they are never paragraphs.

export type ParagraphMode = 'markdown' | 'lines';

/** Longest line of text that is still taken as hard-wrapped. */
export const HARD_WRAP_WIDTH = 120;

/** Every line of `text` (blank ones too), without its line break: `line N` is lines[N-1]. */
export function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  forEachLine(text, (start, end) => lines.push({ start, end }));
  return lines;
}

export function paragraphsOf(text: string, mode: ParagraphMode): Span[] {
  const trimmed: Array<Span | undefined> = [];
  let longest = 0;
  forEachLine(text, (start, end) => {
    const s = contentStart(text, start, end);
    if (s === end) {
      trimmed.push(undefined);
      return;
    }
    const e = contentEnd(text, s, end);
    if (e - start > longest) longest = e - start;
    trimmed.push({ start: s, end: e });
  });
  if (mode === 'lines' && longest > HARD_WRAP_WIDTH) return trimmed.filter((l): l is Span => l !== undefined);
  return blocks(trimmed);
}

/** Runs of non-blank lines, each one span. */
function blocks(lines: Array<Span | undefined>): Span[] {
  const out: Span[] = [];
  let current: Span | undefined;
  for (const line of lines) {
    if (line === undefined) current = undefined;
    else if (current) current.end = line.end;
    else out.push((current = { start: line.start, end: line.end }));
  }
  return out;
}
