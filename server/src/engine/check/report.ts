import type { TermVector } from '../context/terms';
import type { SourceFigure } from '../dataset/sourceFigures';
import type { Figure } from '../figures/types';
import type { Briefing, Citation, CitationGroup, Quotation, Sentence } from '../markup/types';
import type { Source } from '../sources/types';
import type { Span } from '../types';

// What a check finds, before it becomes diagnostics: the editor's hovers, completion and
// go-to-definition read the same report, so every feature tells the same story.

/** A cited source and the part of it the citation narrows the check to. */
export interface CitedSource {
  source: Source;
  citation: Citation;
  group: CitationGroup;
}

export type Verdict =
  /** The cited source states it. `conflicts`: other sources that disagree. */
  | { kind: 'supported'; evidence: SourceFigure; conflicts: SourceFigure[] }
  /** The cited source states it more loosely. */
  | { kind: 'more-specific'; evidence: SourceFigure }
  /** The cited source states another figure for the same thing. `alternatives` support it. */
  | { kind: 'mismatch'; evidence: SourceFigure; alternatives: SourceFigure[] }
  /** No cited source states a figure for the same thing. `elsewhere`: the same source outside
   * the locator; `alternatives`: other sources that support it. */
  | { kind: 'not-in-source'; elsewhere?: SourceFigure; alternatives: SourceFigure[] }
  /** The sentence cites nothing. */
  | { kind: 'uncited'; supporters: SourceFigure[]; contradictions: SourceFigure[] }
  /** Nothing to check: only unknown keys cited, or an uncited year. */
  | { kind: 'unchecked' };

export interface FigureReport {
  figure: Figure;
  sentence: Sentence;
  terms: TermVector;
  cited: CitedSource[];
  verdict: Verdict;
  /** The year right after the figure, that it is a measurement of (`18% in 2024`: `yearOf.ts`). */
  year?: number;
  /** Else the one year its sentence names (`In 2024 the United States took 82.3%`, `rose 30%
   * to more than $45 billion in 2023-24`: `yearOf.ts`' `sentenceYearOf`). */
  sentenceYear?: number;
  /** The month, season, quarter or half right after it (`€46/MWh in February`: `yearOf.ts`). */
  period?: string;
  /** A year beside another figure of its sentence: it dates that figure (`$11.9 … in 2024`). */
  dating?: boolean;
  /** A year that dates an event (`the war began in April 2023`, `highest since 1994`): after
   * `in`, `since`, `until`, `to`, `from` or `on`, and not right after another figure of its
   * sentence, which it would be the year of (`18% in 2024`, `yearOf.ts`). */
  event?: boolean;
  /** An amount of money with a rate after it, a price (`$2,470/t`, `$60 a barrel`). */
  price?: boolean;
  /** A change over a month, as its sentence says (`Month on month, inflation rose to 1.17%`). */
  monthOnMonth?: boolean;
}

export interface CitationReport {
  citation: Citation;
  group: CitationGroup;
  sentence: Sentence;
  /** Sources with the key (none: unknown). */
  sources: Source[];
  /** Nearest known keys, best first, when unknown. */
  suggestions: string[];
}

export type QuotationVerdict =
  | { kind: 'exact'; source: Source; span: Span }
  | { kind: 'close'; source: Source; span: Span; exact: string }
  | { kind: 'none' };

export interface QuotationReport {
  quotation: Quotation;
  sentence: Sentence;
  cited: CitedSource[];
  verdict: QuotationVerdict;
}

/** Two figures of one briefing that disagree about the same thing: each is told of the other
 * (`diagnostics.ts`), unless it has a diagnostic of its own. */
export interface ClaimConflict {
  later: FigureReport;
  earlier: FigureReport;
}

export interface BriefingReport {
  path: string;
  briefing: Briefing;
  figures: FigureReport[];
  citations: CitationReport[];
  quotations: QuotationReport[];
  claimConflicts: ClaimConflict[];
}
