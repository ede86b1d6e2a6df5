import type { Span } from '../types';
import type { FileText } from './fileText';
import { type JsonNode, jsonValue, scanJson } from './jsonScan';
import { type Field, readManifestFields } from './metadata';
import type { ManifestEntry, SourceProblem } from './types';
import { mapFields, nodeSpan, readYaml } from './yamlFields';
import { isMap, isSeq } from 'yaml';

// The dataset's manifest, `sources.yaml` (`.yml`) or `sources.json` in the dataset folder:
// a list of `{id, file, title, publisher, author, date, url, reliability}` (or an object
// whose `sources` key holds that list). It gives metadata to files that have none: a file's
// own metadata wins over it, and it wins over the defaults. `file` is relative to the
// dataset folder; an entry without `file` applies to the source with its `id`.

export const MANIFEST_NAMES = ['sources.yaml', 'sources.yml', 'sources.json'];

export interface ManifestRecord {
  entry: ManifestEntry;
  /** The whole entry, for problems about it. */
  span: Span;
  spans: Partial<Record<keyof ManifestEntry, Span>>;
}

export interface Manifest {
  file: FileText;
  records: ManifestRecord[];
  problems: SourceProblem[];
}

export function readManifest(file: FileText): Manifest {
  const lists = file.path.toLowerCase().endsWith('.json') ? jsonEntries(file) : yamlEntries(file);
  const records: ManifestRecord[] = [];
  const problems = [...lists.problems];
  for (const item of lists.items) {
    if (!item.fields) {
      problems.push(file.problem(item.span, 'A manifest entry must be a mapping like `{id, file, title, …}`.'));
      continue;
    }
    const read = readManifestFields(item.fields, file);
    problems.push(...read.problems);
    if (read.values.file === undefined && read.values.id === undefined) {
      problems.push(file.problem(item.span, 'A manifest entry needs a `file` (or an `id`) to say which source it describes.'));
      continue;
    }
    records.push({ entry: read.values, span: item.span, spans: read.spans });
  }
  return { file, records, problems };
}

/** `./a/b.txt`, `a\b.txt` and `a/b.txt` are one file. */
export function normalizeRelative(p: string): string {
  // Most paths (every one a walk finds) are already normal: checked once for every file.
  if (!/\\|\/\/|(^|\/)\.\.?(\/|$)|^\/|\/$/.test(p)) return p;
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

interface ListItem {
  span: Span;
  fields: Field[] | undefined;
}

function yamlEntries(file: FileText): { items: ListItem[]; problems: SourceProblem[] } {
  const { doc, problems } = readYaml(file, 0, file.text.length);
  let list: unknown = doc.contents;
  if (isMap(list) && list.has('sources')) list = list.get('sources', true);
  if (list === null || list === undefined) return { items: [], problems };
  if (!isSeq(list)) {
    problems.push(file.problem(nodeSpan(list, 0, { start: 0, end: 0 }), 'The manifest must be a list of entries `- file: …`.'));
    return { items: [], problems };
  }
  const items = list.items.map((item) => ({ span: nodeSpan(item, 0, { start: 0, end: 0 }), fields: mapFields(item, doc, 0) }));
  return { items, problems };
}

function jsonEntries(file: FileText): { items: ListItem[]; problems: SourceProblem[] } {
  const scan = scanJson(file.text);
  if (!scan.ok) {
    const span = { start: scan.offset, end: Math.min(scan.offset + 1, file.text.length) };
    return { items: [], problems: [file.problem(span, `Malformed JSON: ${scan.message}.`)] };
  }
  let list: JsonNode = scan.root;
  if (list.kind === 'object') list = list.entries.find((e) => e.key === 'sources')?.value ?? list;
  if (list.kind !== 'array') {
    return { items: [], problems: [file.problem(list.span, 'The manifest must be a list of entries `{"file": …}`.')] };
  }
  const items = list.items.map((item) => ({
    span: item.span,
    fields:
      item.kind === 'object'
        ? item.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, value: jsonValue(file.text, e.value), valueSpan: e.value.span }))
        : undefined,
  }));
  return { items, problems: [] };
}
