import type { Position } from '../types';
import { loadSourceText } from './loadSourceFile';
import type { Source, SourceProblem } from './types';

// Helpers for this folder's tests.

export const joinLines = (...lines: string[]): string => lines.join('\n');

/** The one source a file gives, failing loudly if it gives another number. */
export function one(path: string, text: string): { source: Source; problems: SourceProblem[] } {
  const { sources, problems } = loadSourceText(path, text);
  if (sources.length !== 1) throw new Error(`expected one source from ${path}, got ${sources.length}`);
  return { source: sources[0], problems };
}

/** 1-based `line:column` of a position, as an analyst reads it. */
export function at(p: Position | undefined): string {
  return p ? `${p.line + 1}:${p.character + 1}` : 'nowhere';
}

/** The text of each span. */
export function texts(source: Source, spans: Array<{ start: number; end: number }>): string[] {
  return spans.map((s) => source.text.slice(s.start, s.end));
}
