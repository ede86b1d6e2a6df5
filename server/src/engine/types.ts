// Types shared by every concern of the engine and by its two shells (language server, CLI).
// Positions are 0-based lines and UTF-16 characters, as in the Language Server Protocol.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets into one text, end exclusive. The engine works in spans and converts to ranges at the edge. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DIAGNOSTIC_CODES = [
  'unknown-source',
  'figure-mismatch',
  'figure-not-in-source',
  'figure-more-specific',
  'uncited-figure',
  'quote-mismatch',
  'quote-not-in-source',
  'conflicting-sources',
  'conflicting-claims',
  'invalid-front-matter',
  'invalid-source-metadata',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'unknown-source': 'error',
  'figure-mismatch': 'error',
  'figure-not-in-source': 'warning',
  'figure-more-specific': 'information',
  'uncited-figure': 'warning',
  'quote-mismatch': 'error',
  'quote-not-in-source': 'warning',
  'conflicting-sources': 'warning',
  'conflicting-claims': 'warning',
  'invalid-front-matter': 'error',
  'invalid-source-metadata': 'error',
};

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A quick fix: one text edit in the file the diagnostic belongs to. */
export interface Fix {
  title: string;
  edit: TextEdit;
  isPreferred?: boolean;
}

export interface RelatedInformation {
  /** Path of the other file (a source, or the briefing itself for another sentence). */
  path: string;
  range: Range;
  message: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  range: Range;
  message: string;
  related: RelatedInformation[];
  /** The quick fixes, computed by the engine so that the editor only has to offer them. */
  fixes: Fix[];
}

/** A problem found while parsing one text: bad input is data, never an exception. */
export interface Problem {
  code: DiagnosticCode;
  span: Span;
  message: string;
  severity?: Severity;
}
