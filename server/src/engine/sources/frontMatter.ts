import type { Span } from '../types';
import type { FileText } from './fileText';
import { type Field, type MetaValues, readSourceMeta } from './metadata';
import { readSimpleYaml } from './simpleYaml';
import type { SourceProblem } from './types';
import { mapFields, readYaml } from './yamlFields';

// Front matter of a .md/.txt source: YAML between a first line `---` and the next `---`
// (or `...`) line. Scraped text may start with a `---` rule, so a block counts as front
// matter only when its first non-blank line looks like `key:` (or it is empty).

export interface SourceFrontMatter {
  /** From the opening `---` to the end of the closing line (line break excluded). */
  span: Span;
  meta: MetaValues;
  idSpan?: Span;
  problems: SourceProblem[];
}

/** Front matter closes within this many characters, or there is none. */
const MAX_FRONT_MATTER = 100_000;

export function findFrontMatter(text: string): { span: Span; content: Span } | undefined {
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') return undefined;
  let at = nextLine(text, firstEnd);
  const contentStart = at;
  let sawKey = false;
  let sawContent = false;
  while (at < text.length && at < MAX_FRONT_MATTER) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end).trimEnd();
    if (line === '---' || line === '...') {
      if (sawContent && !sawKey) return undefined;
      return { span: { start: 0, end }, content: { start: contentStart, end: at } };
    }
    if (!sawContent && line.trim() !== '') {
      sawContent = true;
      sawKey = /^[\p{L}\p{N}_"'-][^:]*:(?:\s|$)/u.test(line) && !line.startsWith('- ');
    }
    at = nextLine(text, end);
  }
  return undefined;
}

export function readFrontMatter(file: FileText): SourceFrontMatter | undefined {
  const found = findFrontMatter(file.text);
  if (!found) return undefined;
  const simple = readSimpleYaml(file.text, found.content.start, found.content.end);
  const { fields, problems } = simple ? { fields: simple, problems: [] } : parseFields(file, found.content);
  if (!fields) {
    problems.push(file.problem(found.span, 'Front matter must be YAML `key: value` lines.'));
    return { span: found.span, meta: {}, problems };
  }
  const read = readSourceMeta(fields, file);
  return { span: found.span, meta: read.values, idSpan: read.spans.id, problems: [...problems, ...read.problems] };
}

function parseFields(file: FileText, content: Span): { fields: Field[] | undefined; problems: SourceProblem[] } {
  const { doc, problems } = readYaml(file, content.start, content.end);
  return { fields: doc.contents === null ? [] : mapFields(doc.contents, doc, content.start), problems };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  if (text[end] === '\r') end++;
  return text[end] === '\n' ? end + 1 : end;
}
