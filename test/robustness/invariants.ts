import * as assert from 'node:assert/strict';
import type { Diagnostic, Range } from '../../server/src/engine/types';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

// What must hold of any result: spans inside the text, ranges inside the document,
// quick fixes that apply.

/** Every `{start, end}` of numbers found anywhere in `value` lies inside [0, length]. */
export function assertSpansInside(value: unknown, length: number, where: string): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown, at: string): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(o.start >= 0 && o.start <= o.end && o.end <= length, `${where}${at}: span ${o.start}..${o.end} outside 0..${length}`);
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'text') visit(child, `${at}.${k}`);
  };
  visit(value, '');
}

export function assertRangeInside(range: Range, lines: LineIndex, where: string): void {
  const ok = (p: Range['start']): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.lineCount && p.character >= 0 &&
    p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
  assert.ok(ok(range.start) && ok(range.end), `${where}: range ${JSON.stringify(range)} outside the document`);
  const s = lines.offsetAt(range.start);
  const e = lines.offsetAt(range.end);
  assert.ok(s <= e, `${where}: range ${JSON.stringify(range)} ends before it starts`);
}

/** Checks the ranges of every diagnostic and fix; returns each fix applied to the text. */
export function fixedTexts(text: string, diagnostics: Diagnostic[]): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const d of diagnostics) {
    assertRangeInside(d.range, lines, `${d.code} '${d.message.slice(0, 60)}'`);
    for (const f of d.fixes) {
      assertRangeInside(f.edit.range, lines, `fix '${f.title}' of ${d.code}`);
      assert.equal(typeof f.edit.newText, 'string');
      out.push(text.slice(0, lines.offsetAt(f.edit.range.start)) + f.edit.newText + text.slice(lines.offsetAt(f.edit.range.end)));
    }
  }
  return out;
}
