import { LineIndex } from '../text/lineIndex';
import type { Fix, TextEdit } from '../types';

// Quick fixes are tested by applying them and comparing the text (style guide, point 7).

export function applyEdit(text: string, edit: TextEdit): string {
  const lines = new LineIndex(text);
  const start = lines.offsetAt(edit.range.start);
  const end = lines.offsetAt(edit.range.end);
  if (end < start) throw new Error(`edit ends before it starts: ${JSON.stringify(edit.range)}`);
  return text.slice(0, start) + edit.newText + text.slice(end);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdit(text, fix.edit);
}

/** The text a range covers. */
export function textAt(text: string, range: TextEdit['range']): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}
