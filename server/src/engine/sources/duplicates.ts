import type { Range, Span } from '../types';
import { type FileText, fileProblem } from './fileText';
import type { Source, SourceProblem } from './types';

// Two sources with one id: an error on both, at the id where it is written (front matter,
// JSON object or manifest entry), else at the start of the source's file.

/** Where a source's id is written: a file, a span of it, and how to find its range. */
export interface WrittenId {
  path: string;
  span: Span;
  range(): Range;
}

const writtenIds = new WeakMap<Source, WrittenId>();

export function rememberIdSpan(source: Source, written: WrittenId): void {
  writtenIds.set(source, written);
}

export function writtenIdOf(source: Source): WrittenId | undefined {
  return writtenIds.get(source);
}

export function writtenAt(file: FileText, span: Span): WrittenId {
  return { path: file.path, span, range: () => file.lineIndex.rangeOf(span) };
}

export function duplicateIdProblems(sources: readonly Source[]): SourceProblem[] {
  const byId = new Map<string, Source[]>();
  for (const s of sources) {
    const group = byId.get(s.meta.id);
    if (group) group.push(s);
    else byId.set(s.meta.id, [s]);
  }
  const problems: SourceProblem[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const s of group) {
      const others = [...new Set(group.filter((o) => o !== s).map((o) => o.path))].join(', ');
      const message = `Duplicate source id '${id}': also the id of a source in ${others}.`;
      const written = writtenIds.get(s);
      problems.push(
        written
          ? { code: 'invalid-source-metadata', severity: 'error', path: written.path, span: written.span, message, range: written.range() }
          : { ...fileProblem(s.path, message), severity: 'error' },
      );
    }
  }
  return problems;
}
