import type { Position, Problem, Span } from '../types';

export type SourceFormat = 'md' | 'txt' | 'json' | 'html';

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface SourceMeta {
  /** Default: the file name without its extension (JSON array elements: see loaders). */
  id: string;
  /** Default: the first non-empty line of the text. */
  title: string;
  publisher?: string;
  author?: string;
  /** YYYY-MM-DD */
  date?: string;
  url?: string;
  reliability?: Reliability;
}

/** One source of the dataset: a file, or one element of a JSON archive. */
export interface Source {
  meta: SourceMeta;
  /** Path of the file it comes from, as given to the loader. */
  path: string;
  format: SourceFormat;
  /** The text that is checked: for .txt/.md the file's text (front matter blanked with
   * spaces so that offsets stay file offsets); for .json the text field, unescaped; for
   * HTML the visible text. Noise lines (share buttons, "Audio Loading voice…", cookie
   * and comment-form boilerplate, a repeated heading) are blanked with spaces too. */
  text: string;
  /** Paragraphs, spec section 3 (`para N` is paragraphs[N-1]), as spans of `text`. */
  paragraphs: Span[];
  /** Lines (`line N` is lines[N-1]), as spans of `text`. */
  lines: Span[];
  /** Where an offset of `text` is in the file, for related information and go to definition. */
  positionInFile(offset: number): Position;
}

/** A problem in a dataset file: invalid-source-metadata (errors), or a file that could not be
 * read or parsed (reported by name and skipped). Spans are offsets of that file's text. */
export interface SourceProblem extends Problem {
  path: string;
  /** Position in the file, when known (already converted from the span). */
  range?: { start: Position; end: Position };
}

export interface ManifestEntry {
  id?: string;
  file?: string;
  title?: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
  reliability?: Reliability;
}
