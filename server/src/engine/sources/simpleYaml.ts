import type { Field } from './metadata';

// Most front matter is a few `key: plain text` lines, and the full YAML parser costs more
// than the rest of loading a file. This reads exactly that simple form, with the meaning
// YAML gives it, and declines (undefined) anything else: the caller then uses the parser.

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** Plain values YAML reads as something other than a string (core schema). */
const NOT_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+\.?[0-9]*)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/;
/** Characters that start something other than a plain scalar. */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/** Fields of `text[start, end)`, or undefined when it is not in the simple form. */
export function readSimpleYaml(text: string, start: number, end: number): Field[] | undefined {
  const fields: Field[] = [];
  const keys = new Set<string>();
  let at = start;
  while (at < end) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const next = lineEnd + 1;
    if (lineEnd > at && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(at, lineEnd);
    if (line.trim() !== '') {
      const m = LINE.exec(line.trimEnd());
      if (!m || keys.has(m[1])) return undefined;
      keys.add(m[1]);
      const keySpan = { start: at, end: at + m[1].length };
      const raw = m[2] ?? '';
      const valueStart = at + line.indexOf(':') + 1 + (raw === '' ? 0 : line.slice(line.indexOf(':') + 1).search(/\S/));
      const value = scalar(raw);
      if (value === undefined) return undefined;
      fields.push({ key: m[1], keySpan, value, valueSpan: value === null ? keySpan : { start: valueStart, end: valueStart + raw.length } });
    }
    at = next;
  }
  return fields;
}

/** The string a simple value means, null for none, undefined when YAML would read more into it. */
function scalar(raw: string): string | null | undefined {
  if (raw === '') return null;
  if (raw.includes('\t')) return undefined;
  const q = raw[0];
  if (q === '"' || q === "'") {
    const inner = raw.slice(1, -1);
    if (raw.length < 2 || raw[raw.length - 1] !== q || inner.includes(q) || inner.includes('\\')) return undefined;
    return inner;
  }
  if (INDICATORS.includes(q) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':') || NOT_STRING.test(raw)) return undefined;
  return raw;
}
