import { buildSource, type ManifestMatch } from './buildSource';
import { decodeBytes } from './decode';
import { FileText, fileName, fileProblem } from './fileText';
import { loadHtml } from './loadHtml';
import { loadJson } from './loadJson';
import { loadMarkdown } from './loadMarkdown';
import type { LoadResult } from './loadResult';
import { loadText } from './loadText';
import type { ManifestEntry, Source, SourceFormat, SourceProblem } from './types';

// One file to its sources: pick the loader by extension, then apply the manifest and the
// defaults. The language server calls this to reload one file, with the editor's text.

export interface FileLoad {
  sources: Source[];
  problems: SourceProblem[];
}

/** Finds the manifest entry of a source that the manifest names by id only. */
export type ManifestById = (id: string) => ManifestMatch | undefined;

/** `.txt .md .json .html .htm`, any case. A briefing (`*.brief.md`) is never a source. */
export function sourceFormatOf(path: string): SourceFormat | undefined {
  const name = fileName(path).toLowerCase();
  if (name.endsWith('.brief.md')) return undefined;
  const dot = name.lastIndexOf('.');
  switch (dot > 0 ? name.slice(dot + 1) : '') {
    case 'txt':
      return 'txt';
    case 'md':
    case 'markdown':
      return 'md';
    case 'json':
      return 'json';
    case 'html':
    case 'htm':
      return 'html';
    default:
      return undefined;
  }
}

const LOADERS: Record<SourceFormat, (file: FileText) => LoadResult> = {
  txt: (f) => loadText(f, 'txt'),
  md: loadMarkdown,
  json: loadJson,
  html: loadHtml,
};

export function loadSourceFile(path: string, bytes: Uint8Array, manifestEntry?: ManifestEntry): FileLoad {
  return loadSourceBytes(path, bytes, manifestEntry ? { entry: manifestEntry } : undefined);
}

/** The same from text already decoded (the editor's unsaved text). */
export function loadSourceText(path: string, text: string, manifestEntry?: ManifestEntry): FileLoad {
  return loadFileText(new FileText(path, text), manifestEntry ? { entry: manifestEntry } : undefined);
}

export function loadSourceBytes(path: string, bytes: Uint8Array, byFile?: ManifestMatch, byId?: ManifestById): FileLoad {
  const name = fileName(path);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    return { sources: [], problems: [fileProblem(path, `'${name}' is a binary file (it holds NUL bytes), not text; it is skipped.`)] };
  }
  const file = new FileText(path, decoded.text);
  const loaded = loadFileText(file, byFile, byId);
  if (decoded.invalidAt !== undefined) {
    const span = { start: decoded.invalidAt, end: decoded.invalidAt + 1 };
    loaded.problems.unshift(file.problem(span, `'${name}' is not valid UTF-8: unreadable bytes were replaced by '\ufffd'.`, 'warning'));
  }
  return loaded;
}

export function loadFileText(file: FileText, byFile?: ManifestMatch, byId?: ManifestById): FileLoad {
  const format = sourceFormatOf(file.path) ?? 'txt';
  let result: LoadResult;
  try {
    result = LOADERS[format](file);
  } catch (e) {
    // Loaders are total; this is a last guard so that one file never stops a dataset.
    return { sources: [], problems: [fileProblem(file.path, `'${fileName(file.path)}' could not be loaded: ${String(e)}`, 'error')] };
  }
  const sources = result.drafts.map((d) => buildSource(d, byFile ?? byId?.(d.declared.id ?? d.defaultId)));
  return { sources, problems: result.problems };
}
