import type { Severity, Span } from '../types';
import { LineIndex } from '../text/lineIndex';
import type { SourceProblem } from './types';

/** One dataset file's text, with a line index built only when a position is needed. */
export class FileText {
  private index: LineIndex | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  get lineIndex(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  /** A problem at `span` of this file, with its range. */
  problem(span: Span, message: string, severity: Severity = 'error'): SourceProblem {
    return { code: 'invalid-source-metadata', severity, path: this.path, span, message, range: this.lineIndex.rangeOf(span) };
  }
}

/** A problem about a whole file (or folder), placed at its start. */
export function fileProblem(path: string, message: string, severity: Severity = 'warning'): SourceProblem {
  const start = { line: 0, character: 0 };
  return { code: 'invalid-source-metadata', severity, path, span: { start: 0, end: 0 }, message, range: { start, end: start } };
}

/** The file's name: the last segment of its path. */
export function fileName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** The file's name without its extension: the default source id. */
export function baseName(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
