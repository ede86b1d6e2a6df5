import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import type { Problem, Span } from '../types';
import * as chars from './chars';
import type { FrontMatter, FrontMatterValues } from './types';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { CR, LF, isBlank, isWhite, skipWhite, trimEnd } = chars;

// Front matter, spec section 1: YAML between a first line `---` and the next `---` line.

export interface FrontMatterScan {
  frontMatter?: FrontMatter;
  /** Where the body of the briefing starts. */
  bodyStart: number;
  problems: Problem[];
}

type Key = keyof FrontMatterValues;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });
const path = z.string().min(1);

/** One schema a key, so that a bad value drops only its own key. */
export const frontMatterFields: Record<Key, z.ZodTypeAny> = {
  title: z.string(),
  date: isoDate,
  author: z.string(),
  classification: z.string(),
  tags: z.array(z.string()),
  sources: z.union([path, z.array(path)]).transform((v) => (typeof v === 'string' ? [v] : v)),
};

const EXPECTED: Record<Key, string> = {
  title: 'text',
  date: 'a date written YYYY-MM-DD',
  author: 'text',
  classification: 'text',
  tags: 'a list of words, such as [china, magnets]',
  sources: 'a folder path, or a list of paths',
};

const KNOWN = Object.keys(frontMatterFields) as Key[];
/** The yaml parser slows down more than linearly on large documents; real front matter is
 * a few lines. */
const MAX_YAML = 16 * 1024;
const CODE = 'invalid-front-matter' as const;

export function parseFrontMatter(text: string): FrontMatterScan {
  const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', open)) return { bodyStart: 0, problems: [] };
  const first = lineAt(text, open);
  if (!isFence(text, first.start, first.end, false)) return { bodyStart: 0, problems: [] };
  let close = lineAt(text, first.next);
  while (close.start < text.length && !isFence(text, close.start, close.end, true)) close = lineAt(text, close.next);
  if (close.start >= text.length) {
    const problem = error({ start: first.start, end: first.end }, 'Front matter has no closing `---` line.');
    return { bodyStart: first.next, problems: [problem] };
  }
  // The front matter rarely changes while the body is typed: its YAML is read once a version.
  const whole = text.slice(0, close.next);
  if (last?.whole !== whole) last = { whole, scan: readFrontMatter(text, first, close) };
  return { ...last.scan, problems: [...last.scan.problems] };
}

/** The last front matter read, by its text (the spans are offsets from the start of the file,
 * so the same text gives the same spans). */
let last: { whole: string; scan: FrontMatterScan } | undefined;

function readFrontMatter(text: string, first: Line, close: Line): FrontMatterScan {
  const yamlStart = first.next;
  const yamlEnd = close.start;
  const problems: Problem[] = [];
  const frontMatter: FrontMatter = { span: { start: first.start, end: close.end }, values: {}, keySpans: {} };
  if (yamlEnd - yamlStart > MAX_YAML) {
    const problem = error({ start: first.start, end: first.end }, `Front matter is longer than ${MAX_YAML / 1024} KB, so it is not read.`);
    return { frontMatter, bodyStart: close.next, problems: [problem] };
  }
  try {
    readYaml(text, yamlStart, yamlEnd, frontMatter, problems);
  } catch (e) {
    // yaml is not expected to throw; if it does, the briefing is still read.
    problems.push(error({ start: first.start, end: first.end }, `Front matter could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { frontMatter, bodyStart: close.next, problems };
}

/** Parses the YAML in [yamlStart, yamlEnd), keeping valid values and reporting the rest. */
function readYaml(text: string, yamlStart: number, yamlEnd: number, frontMatter: FrontMatter, problems: Problem[]): void {
  const doc = parseDocument(text.slice(yamlStart, yamlEnd), { prettyErrors: false, uniqueKeys: true });
  const at = (start: number, end: number): Span => place(text, yamlStart + start, yamlStart + end, yamlStart, yamlEnd);
  const atError = (pos: [number, number]): Span => widenToWord(text, at(pos[0], pos[1]), yamlEnd);
  // After a YAML error the values that follow it are guesses: they are not checked or kept.
  const trustedUntil = doc.errors.reduce((min, e) => Math.min(min, e.pos[0]), Infinity);
  for (const e of doc.errors) problems.push(error(atError(e.pos), `Front matter is not valid YAML: ${firstLine(e.message)}`));
  for (const w of doc.warnings) problems.push({ ...error(atError(w.pos), `Front matter: ${firstLine(w.message)}`), severity: 'warning' });
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const range = (contents as Node).range ?? [0, yamlEnd - yamlStart];
    problems.push(error(at(range[0], range[1]), 'Front matter must be keys and values, such as `title: Weekly brief`.'));
  } else if (contents) {
    for (const pair of contents.items) {
      const keyNode = isNode(pair.key) ? pair.key : undefined;
      const keyRange = keyNode?.range ?? [0, 0];
      const keySpan = at(keyRange[0], keyRange[1]);
      const name = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (name !== undefined && !Object.prototype.hasOwnProperty.call(frontMatter.keySpans, name)) {
        // defineProperty, so that a key named `__proto__` is just a key.
        Object.defineProperty(frontMatter.keySpans, name, { value: keySpan, enumerable: true, writable: true, configurable: true });
      }
      if (name === undefined || !(KNOWN as string[]).includes(name)) {
        const shown = name ?? text.slice(keySpan.start, keySpan.end);
        problems.push({
          ...error(keySpan, `Unknown front matter key \`${shown}\`: known keys are ${KNOWN.join(', ')}.`),
          severity: 'warning',
        });
        continue;
      }
      const valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[1] : keyRange[1];
      if (valueEnd >= trustedUntil) continue;
      checkValue(name as Key, pair.value, doc, keySpan, at, frontMatter.values, problems);
    }
  }
}

function checkValue(
  key: Key,
  value: unknown,
  doc: Document,
  keySpan: Span,
  at: (start: number, end: number) => Span,
  values: FrontMatterValues,
  problems: Problem[],
): void {
  let json: unknown;
  try {
    json = isNode(value) ? value.toJS(doc) : value;
  } catch (e) {
    problems.push(error(keySpan, `Front matter \`${key}\`: ${e instanceof Error ? e.message : String(e)}`));
    return;
  }
  // A key written with no value yet (`tags:`) is left out quietly.
  if (json === null || json === undefined) return;
  const result = frontMatterFields[key].safeParse(json);
  if (result.success) {
    (values as Record<string, unknown>)[key] = result.data;
    return;
  }
  // Point at the offending list item when there is one, else at the key.
  let span = keySpan;
  let found = describe(json);
  const index = result.error.issues[0]?.path[0];
  if (typeof index === 'number' && isSeq(value) && Array.isArray(json)) {
    const item = value.items[index];
    if (isNode(item) && item.range) span = at(item.range[0], item.range[1]);
    found = `${describe(json[index])} as item ${index + 1}`;
  }
  problems.push(error(span, `Front matter \`${key}\` must be ${EXPECTED[key]}; found ${found}.`));
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  return 'a set of keys';
}

function error(span: Span, message: string): Problem {
  return { code: CODE, span, message, severity: 'error' };
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).trim();
}

/**
 * A span for a YAML position, inside the YAML text. An empty span, or one at the end
 * (an unclosed bracket or quote), widens to the content of its line, or of the last line
 * with content before it, so that the editor has something to underline.
 */
function place(text: string, start: number, end: number, min: number, max: number): Span {
  let s = Math.max(min, Math.min(start, max));
  let e = Math.max(s, Math.min(end, max));
  if (e > s && trimEnd(text, s, e) > s) return { start: s, end: trimEnd(text, s, e) };
  if (max <= min) return { start: min, end: min };
  let line = lineAt(text, lineStartOf(text, s >= max ? max - 1 : s, min));
  while (skipWhite(text, line.start, line.end) >= line.end && line.start > min) {
    line = lineAt(text, lineStartOf(text, line.start - 1, min));
  }
  s = skipWhite(text, line.start, line.end);
  e = trimEnd(text, s, Math.min(line.end, max));
  return e > s ? { start: s, end: e } : { start: Math.min(start, max), end: Math.min(start, max) };
}

/** yaml marks some errors with one character: widen it to the word (`d` → `date`). */
function widenToWord(text: string, span: Span, max: number): Span {
  if (span.end !== span.start + 1 || isWhite(text.charCodeAt(span.start))) return span;
  let e = span.end;
  while (e < max && !isWhite(text.charCodeAt(e)) && !STOP.has(text.charCodeAt(e))) e++;
  return { start: span.start, end: e };
}

const STOP = new Set([58, 44, 91, 93, 123, 125, 35]); // : , [ ] { } #

interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function lineAt(text: string, start: number): Line {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
  let next = end;
  if (text.charCodeAt(next) === CR) next++;
  if (text.charCodeAt(next) === LF) next++;
  return { start, end, next };
}

function lineStartOf(text: string, offset: number, min: number): number {
  let s = offset;
  while (s > min && text.charCodeAt(s - 1) !== LF && text.charCodeAt(s - 1) !== CR) s--;
  return s;
}

/** `---` (or, closing, YAML's `...`) with nothing after it but blanks. */
function isFence(text: string, start: number, end: number, closing: boolean): boolean {
  const dashes = text.startsWith('---', start);
  if (!dashes && !(closing && text.startsWith('...', start))) return false;
  for (let i = start + 3; i < end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return end >= start + 3 && !isWhite(text.charCodeAt(start));
}
