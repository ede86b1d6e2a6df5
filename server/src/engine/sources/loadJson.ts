import type { SourceDraft } from './buildSource';
import { baseName, type FileText, fileName } from './fileText';
import { decodeJsonString } from './jsonString';
import { type JsonNode, jsonValue, scanJson } from './jsonScan';
import type { LoadResult } from './loadResult';
import { type Field, META_KEYS, readSourceMeta } from './metadata';
import { blankNoise } from './noise';
import type { SourceFormat, SourceProblem } from './types';

// A .json source: one object `{id?, title?, publisher?, author?, date?, url?, reliability?,
// text}`, or an array of them (an archive export, one source an element). The text field
// may also be called `body` or `content` (used only when there is no string `text`).
// Array elements without an id get `<file name>-<n>`, n counted from 1.

const TEXT_KEYS = ['text', 'body', 'content'] as const;

export function loadJson(file: FileText): LoadResult {
  const scan = scanJson(file.text);
  if (!scan.ok) {
    const span = { start: scan.offset, end: Math.min(scan.offset + 1, file.text.length) };
    const pos = file.lineIndex.positionAt(scan.offset);
    const where = `line ${pos.line + 1}, column ${pos.character + 1}`;
    return { drafts: [], problems: [file.problem(span, `Malformed JSON in ${fileName(file.path)} at ${where}: ${scan.message}. The file is skipped.`)] };
  }
  const root = scan.root;
  const id = baseName(file.path);
  if (root.kind === 'object') return draftFromJsonObject(file, root, id, 'json', false);
  if (root.kind !== 'array') {
    return { drafts: [], problems: [file.problem(root.span, 'A JSON source must be an object with a `text` field, or an array of them. The file is skipped.')] };
  }
  const drafts: SourceDraft[] = [];
  const problems: SourceProblem[] = [];
  root.items.forEach((item, i) => {
    if (item.kind !== 'object') {
      problems.push(file.problem(item.span, `Element ${i + 1} of the archive is not an object with a \`text\` field; it is skipped.`));
      return;
    }
    const one = draftFromJsonObject(file, item, `${id}-${i + 1}`, 'json', true);
    drafts.push(...one.drafts);
    problems.push(...one.problems);
  });
  return { drafts, problems };
}

/** One source from one JSON object. A missing text is an error, but the source is kept. */
export function draftFromJsonObject(
  file: FileText,
  node: Extract<JsonNode, { kind: 'object' }>,
  defaultId: string,
  format: SourceFormat,
  archiveElement: boolean,
): LoadResult {
  const fields: Field[] = node.entries.map((e) => ({
    key: e.key,
    keySpan: e.keySpan,
    // Only metadata values are read: other fields (a page's `html`) can be large.
    value: (META_KEYS as string[]).includes(e.key) ? jsonValue(file.text, e.value) : undefined,
    valueSpan: e.value.span,
  }));
  const read = readSourceMeta(fields, file);
  const problems = [...read.problems];
  const textNode = pickText(node);
  let text = '';
  let toFile: ((offset: number) => number) | undefined;
  if (textNode) {
    const { text: decoded, map } = decodeJsonString(file.text, textNode.span).finish(textNode.span.end - 1);
    text = blankNoise(decoded);
    toFile = map.toFile.bind(map);
  } else {
    const bad = node.entries.find((e) => (TEXT_KEYS as readonly string[]).includes(e.key));
    problems.push(
      bad
        ? file.problem(bad.value.span, `The \`${bad.key}\` of a source must be a string.`)
        : file.problem({ start: node.span.start, end: node.span.start + 1 }, 'This source has no text: give it a `text` field (or `body`, `content`).'),
    );
    const at = node.span.start;
    toFile = () => at;
  }
  const draft: SourceDraft = {
    file,
    format,
    text,
    paragraphMode: format === 'md' ? 'markdown' : 'lines',
    declared: read.values,
    idSpan: read.spans.id,
    defaultId,
    markdownTitle: format === 'md',
    toFile,
    archiveElement,
  };
  return { drafts: [draft], problems };
}

export function pickText(node: Extract<JsonNode, { kind: 'object' }>): JsonNode | undefined {
  for (const key of TEXT_KEYS) {
    const e = node.entries.find((x) => x.key === key && x.value.kind === 'string');
    if (e) return e.value;
  }
  return undefined;
}
