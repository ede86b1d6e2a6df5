import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';

// Plain-text helpers for protocol tests: positions in a text, and applying LSP edits the
// way an editor does (all edits refer to the original text).

/** The 0-based offset of an LSP position (UTF-16 characters, as JavaScript strings count). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
    line++;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + position.character, end);
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The whole line a position stands on. */
export function lineAt(text: string, line: number): string {
  return text.split('\n')[line] ?? '';
}

/** Applies non-overlapping edits, all expressed against `text`. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const resolved = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Offset of the `n`th (0-based) occurrence of `needle`, failing loudly when absent. */
export function find(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (occurrence ${n}) not found in the text`);
  }
  return at;
}
