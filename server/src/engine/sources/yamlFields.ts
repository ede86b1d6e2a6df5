import { type Document, isMap, isNode, isScalar, parseDocument, type Node } from 'yaml';
import type { Span } from '../types';
import type { FileText } from './fileText';
import type { Field } from './metadata';
import type { SourceProblem } from './types';

// YAML (front matter, sources.yaml) read with node ranges, so that every problem points at
// the key or value it is about. Offsets are shifted by `base`: the YAML's place in the file.

export interface YamlRead {
  doc: Document.Parsed;
  problems: SourceProblem[];
}

export function readYaml(file: FileText, start: number, end: number): YamlRead {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text.slice(start, end), { prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The YAML parser recurses once a nesting level: `: : : …` overflows the stack.
    const problem = file.problem({ start, end: Math.min(end, start + 1) }, `Invalid YAML: it cannot be read (${firstLine(String(e))}).`);
    return { doc: parseDocument(''), problems: [problem] };
  }
  const problems = doc.errors.map((e) => {
    const span = { start: start + e.pos[0], end: Math.max(start + e.pos[0], Math.min(start + e.pos[1], end)) };
    return file.problem(span, `Invalid YAML: ${firstLine(e.message)}.`);
  });
  return { doc, problems };
}

/** The span of a node, shifted into the file. */
export function nodeSpan(node: unknown, base: number, fallback: Span): Span {
  if (isNode(node) && node.range) return { start: base + node.range[0], end: base + node.range[1] };
  return fallback;
}

/** The `key: value` pairs of a YAML mapping, or undefined when `node` is not one. */
export function mapFields(node: unknown, doc: Document, base: number): Field[] | undefined {
  if (!isMap(node)) return undefined;
  const fields: Field[] = [];
  const whole = nodeSpan(node, base, { start: base, end: base });
  for (const pair of node.items) {
    const keyValue = isScalar(pair.key) ? pair.key.value : pair.key;
    if (keyValue === null || typeof keyValue === 'object') continue;
    const keySpan = nodeSpan(pair.key, base, whole);
    fields.push({ key: String(keyValue), keySpan, value: toJS(pair.value as Node | null, doc), valueSpan: nodeSpan(pair.value, base, keySpan) });
  }
  return fields;
}

function toJS(node: Node | null, doc: Document): unknown {
  if (!isNode(node)) return node;
  try {
    return node.toJS(doc);
  } catch {
    return undefined; // an alias to nothing: reported by the parser, or simply absent
  }
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return (nl < 0 ? s : s.slice(0, nl)).replace(/[.:]\s*$/, '');
}
