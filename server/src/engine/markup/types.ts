import type { Problem, Span } from '../types';

// What the markup parser finds in a briefing. Every span is an offset range into the
// briefing's whole text (front matter included).

export interface FrontMatterValues {
  title?: string;
  date?: string;
  author?: string;
  classification?: string;
  tags?: string[];
  /** Always a list, even when the YAML gives one path. */
  sources?: string[];
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  span: Span;
  /** The values that passed validation (a bad key is left out and reported). */
  values: FrontMatterValues;
  /** Span of each key as written (`sources`, `title`, …), for diagnostics at the key. */
  keySpans: Record<string, Span>;
}

export type LocatorKind = 'para' | 'line' | 'other';

export interface Locator {
  /** The locator as written, trimmed: `para 3`, `p. 4`, `§2`. */
  text: string;
  kind: LocatorKind;
  /** 1-based paragraph or line number for `para`/`line`. */
  n?: number;
  span: Span;
}

export interface Citation {
  key: string;
  /** The key without the `@`. */
  keySpan: Span;
  locator?: Locator;
}

export interface CitationGroup {
  /** From `[` to `]` inclusive. */
  span: Span;
  citations: Citation[];
}

export interface Quotation {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Span of the quoted words, without the quote marks. */
  span: Span;
}

export type BlockKind = 'paragraph' | 'list-item' | 'blockquote' | 'table-row';

export interface Sentence {
  /** From the first character of the sentence to its closing punctuation, or to the end of a
   * citation group that follows it (`... capacity. [@key]` belongs to the sentence). */
  span: Span;
  block: BlockKind;
  /** Citation groups in the sentence or right after its closing punctuation. */
  citations: CitationGroup[];
  /** Quotations of three words or more (whether the sentence cites anything or not). */
  quotations: Quotation[];
  /** Parts of the sentence where no figure may be found: citation groups, code spans,
   * link targets, inline HTML/comments. Sorted, non-overlapping. */
  excluded: Span[];
  /** Offset of the sentence's closing punctuation (`.`, `?`, `!`), or where a citation
   * would go when there is none: just after the last non-space character before any
   * trailing citation group. A citation inserted by a quick fix goes here, as ` [@key]`. */
  insertionPoint: number;
  /** A table row's header cells, as written: what each of its cells is of. */
  columns?: string[];
}

export interface Heading {
  level: number;
  text: string;
  /** The whole heading line. */
  span: Span;
  /** The heading's text, without the `#`s. */
  textSpan: Span;
}

/** `<!-- briefing-ignore-next-line [codes] -->` and `<!-- briefing-ignore-file [codes] -->`. */
export interface IgnoreDirective {
  /** 0-based line silenced; undefined for the whole file. */
  line?: number;
  /** Codes silenced; empty means all. */
  codes: string[];
  span: Span;
}

export interface Briefing {
  text: string;
  frontMatter?: FrontMatter;
  sentences: Sentence[];
  headings: Heading[];
  ignores: IgnoreDirective[];
  /** invalid-front-matter problems (bad YAML, wrong types: errors; unknown keys: warnings). */
  problems: Problem[];
}
