import type { CitationReport, FigureReport, BriefingReport } from '../check/report';
import type { Span } from '../types';

const inside = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;

/** The citation whose key, locator or group is at `offset`. Prefers the key under the cursor. */
export function citationAt(report: BriefingReport, offset: number): CitationReport | undefined {
  return (
    report.citations.find((c) => inside(c.citation.keySpan, offset)) ??
    report.citations.find((c) => c.citation.locator && inside(c.citation.locator.span, offset)) ??
    report.citations.find((c) => inside(c.group.span, offset))
  );
}

export function figureAt(report: BriefingReport, offset: number): FigureReport | undefined {
  return report.figures.find((f) => inside(f.figure.span, offset));
}
