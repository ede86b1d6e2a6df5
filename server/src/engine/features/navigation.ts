import type { BriefingReport } from '../check/report';
import type { Briefing } from '../markup/types';
import type { Position, Range, Span } from '../types';
import { citationAt } from './locate';

export interface FileLocation {
  path: string;
  range: Range;
}

/** Go to definition on a citation: the passage of the source behind the sentence's figures,
 * else the start of the source (or the paragraph/line its locator names). */
export function definitionAt(report: BriefingReport, offset: number): FileLocation[] {
  const c = citationAt(report, offset);
  if (!c) return [];
  return c.sources.map((source) => {
    for (const f of report.figures) {
      if (f.sentence !== c.sentence) continue;
      const v = f.verdict;
      if ((v.kind === 'supported' || v.kind === 'more-specific' || v.kind === 'mismatch') && v.evidence.source === source) {
        return { path: source.path, range: { start: source.positionInFile(v.evidence.sentence.start), end: source.positionInFile(v.evidence.sentence.end) } };
      }
    }
    const locator = c.citation.locator;
    let span: Span | undefined;
    if (locator?.kind === 'para' && locator.n) span = source.paragraphs[locator.n - 1];
    if (locator?.kind === 'line' && locator.n) span = source.lines[locator.n - 1];
    span ??= source.paragraphs[0] ?? { start: 0, end: 0 };
    return { path: source.path, range: { start: source.positionInFile(span.start), end: source.positionInFile(span.end) } };
  });
}

/** The key under the cursor, for find references. */
export function citationKeyAt(report: BriefingReport, offset: number): string | undefined {
  return citationAt(report, offset)?.citation.key;
}

/** Every citation of `key` in one briefing, as key spans. */
export function citationSpansOf(briefing: Briefing, key: string): Span[] {
  return briefing.sentences.flatMap((s) => s.citations.flatMap((g) => g.citations.filter((c) => c.key === key).map((c) => c.keySpan)));
}

export interface OutlineSymbol {
  name: string;
  level: number;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Headings as a nested outline. */
export function outline(briefing: Briefing, rangeOf: (span: Span) => Range, end: Position): OutlineSymbol[] {
  const roots: OutlineSymbol[] = [];
  const stack: OutlineSymbol[] = [];
  const headings = briefing.headings;
  headings.forEach((h, i) => {
    // A section runs to the next heading of the same or a higher level.
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    const range = { start: rangeOf(h.span).start, end: next ? rangeOf({ start: next.span.start, end: next.span.start }).start : end };
    const symbol: OutlineSymbol = { name: h.text || '(untitled)', level: h.level, range, selectionRange: rangeOf(h.textSpan), children: [] };
    while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(symbol);
    stack.push(symbol);
  });
  return roots;
}
