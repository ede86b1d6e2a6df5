import type { Span } from '../types';
import { OffsetMapBuilder } from './offsetMap';

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The value of the JSON string literal at `span` (quotes included). Each escape becomes one
 * UTF-16 unit (a `\uD83D\uDE00` pair gives the two halves of one character), mapped to its
 * backslash; runs between escapes map character for character. Tolerant: a bad escape
 * yields the escaped character, raw control characters are kept.
 */
export function decodeJsonString(text: string, span: Span, out = new OffsetMapBuilder()): OffsetMapBuilder {
  const end = span.end - 1;
  let i = span.start + 1;
  while (i < end) {
    let bs = text.indexOf('\\', i);
    if (bs < 0 || bs >= end) bs = end;
    if (bs > i) out.append(text.slice(i, bs), i);
    if (bs >= end) break;
    const c = text[bs + 1];
    if (c === 'u' && isHex4(text, bs + 2)) {
      out.append(String.fromCharCode(parseInt(text.slice(bs + 2, bs + 6), 16)), bs);
      i = bs + 6;
    } else {
      out.append(SIMPLE_ESCAPES[c] ?? c ?? '', bs);
      i = bs + 2;
    }
  }
  return out;
}

/** Just the value of a string literal, without the map. */
export function jsonStringValue(text: string, span: Span): string {
  const inner = text.slice(span.start + 1, span.end - 1);
  if (inner.indexOf('\\') < 0) return inner;
  return decodeJsonString(text, span).finish(span.end - 1).text;
}

export function isHex4(text: string, at: number): boolean {
  if (at + 4 > text.length) return false;
  for (let k = at; k < at + 4; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
