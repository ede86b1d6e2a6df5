import type { Span } from '../types';
import { isHex4, jsonStringValue } from './jsonString';

// A JSON parser that keeps where everything is: source metadata errors point at the key,
// and the text of a source maps back into its string literal. It only finds structure;
// values are read on demand (`jsonValue`), strings decoded by `decodeJsonString`.
// Lenient in one way only: raw control characters inside strings are accepted.

export type JsonNode =
  | { kind: 'object'; span: Span; entries: JsonEntry[] }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | { kind: 'string' | 'number' | 'true' | 'false' | 'null'; span: Span };

export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

export type JsonScan = { ok: true; root: JsonNode } | { ok: false; offset: number; message: string };

const MAX_DEPTH = 500;
const STRING_STOP = /["\\]/g;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Parses `text[start, end)` as one JSON value. Never throws. */
export function scanJson(text: string, start = 0, end = text.length): JsonScan {
  const scanner = new Scanner(text, end);
  try {
    const i = scanner.skipSpace(start);
    const root = scanner.value(i, 0);
    const after = scanner.skipSpace(root.span.end);
    if (after < end) return { ok: false, offset: after, message: 'unexpected text after the JSON value' };
    return { ok: true, root };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, offset: e.offset, message: e.message };
    return { ok: false, offset: start, message: String(e) };
  }
}

class Scanner {
  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  skipSpace(i: number): number {
    const t = this.text;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    return i;
  }

  value(i: number, depth: number): JsonNode {
    if (i >= this.end) throw new JsonError(this.end, 'unexpected end of file');
    const c = this.text[i];
    if (c === '{') return this.object(i, depth + 1);
    if (c === '[') return this.array(i, depth + 1);
    if (c === '"') return { kind: 'string', span: this.string(i) };
    for (const word of ['true', 'false', 'null'] as const) {
      if (this.text.startsWith(word, i)) return { kind: word, span: { start: i, end: i + word.length } };
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(this.text);
    if (m && i + m[0].length <= this.end) return { kind: 'number', span: { start: i, end: i + m[0].length } };
    throw new JsonError(i, `unexpected character ${describe(c)}`);
  }

  private object(start: number, depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw new JsonError(start, 'nested too deeply');
    const entries: JsonEntry[] = [];
    let i = this.skipSpace(start + 1);
    if (this.text[i] === '}' && i < this.end) return { kind: 'object', span: { start, end: i + 1 }, entries };
    for (;;) {
      if (i >= this.end) throw new JsonError(this.end, "unexpected end of file: expected a key or '}'");
      if (this.text[i] !== '"') throw new JsonError(i, `expected a key in double quotes, found ${describe(this.text[i])}`);
      const keySpan = this.string(i);
      i = this.skipSpace(keySpan.end);
      if (this.text[i] !== ':' || i >= this.end) throw new JsonError(i, `expected ':' after the key, found ${describe(this.text[i])}`);
      const value = this.value(this.skipSpace(i + 1), depth);
      entries.push({ key: jsonStringValue(this.text, keySpan), keySpan, value });
      i = this.skipSpace(value.span.end);
      const c = i < this.end ? this.text[i] : undefined;
      if (c === '}') return { kind: 'object', span: { start, end: i + 1 }, entries };
      if (c !== ',') throw new JsonError(i, `expected ',' or '}', found ${describe(c)}`);
      i = this.skipSpace(i + 1);
    }
  }

  private array(start: number, depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw new JsonError(start, 'nested too deeply');
    const items: JsonNode[] = [];
    let i = this.skipSpace(start + 1);
    if (this.text[i] === ']' && i < this.end) return { kind: 'array', span: { start, end: i + 1 }, items };
    for (;;) {
      const item = this.value(i, depth);
      items.push(item);
      i = this.skipSpace(item.span.end);
      const c = i < this.end ? this.text[i] : undefined;
      if (c === ']') return { kind: 'array', span: { start, end: i + 1 }, items };
      if (c !== ',') throw new JsonError(i, `expected ',' or ']', found ${describe(c)}`);
      i = this.skipSpace(i + 1);
    }
  }

  /** Span of the string literal opening at `start`, quotes included. */
  private string(start: number): Span {
    let i = start + 1;
    for (;;) {
      STRING_STOP.lastIndex = i;
      const m = STRING_STOP.exec(this.text);
      if (!m || m.index >= this.end) throw new JsonError(start, 'unterminated string');
      if (m[0] === '"') return { start, end: m.index + 1 };
      const e = this.text[m.index + 1];
      if (e === 'u') {
        if (!isHex4(this.text, m.index + 2)) throw new JsonError(m.index, 'invalid \\u escape');
        i = m.index + 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        i = m.index + 2;
      } else {
        throw new JsonError(m.index, `invalid escape '\\${e ?? ''}'`);
      }
    }
  }
}

function describe(c: string | undefined): string {
  if (c === undefined || c === '') return 'the end of the file';
  return JSON.stringify(c);
}

/** The JavaScript value of a node (strings decoded). */
export function jsonValue(text: string, node: JsonNode): unknown {
  switch (node.kind) {
    case 'string':
      return jsonStringValue(text, node.span);
    case 'number':
      return Number(text.slice(node.span.start, node.span.end));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case 'array':
      return node.items.map((item) => jsonValue(text, item));
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, jsonValue(text, e.value)]));
  }
}
