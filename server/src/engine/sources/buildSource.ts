import type { Position, Span } from '../types';
import { rememberIdSpan, writtenAt } from './duplicates';
import { LineIndex } from '../text/lineIndex';
import type { FileText } from './fileText';
import { dropEmphasis } from './emphasis';
import { dropInvisibles } from './invisibleChars';
import { contentEnd, contentStart } from './lineScan';
import type { MetaValues } from './metadata';
import { linesOf, type ParagraphMode, paragraphsOf } from './paragraphs';
import type { ManifestEntry, Source, SourceFormat, SourceMeta } from './types';

/** What a loader found in a file, before the manifest and the defaults are applied. */
export interface SourceDraft {
  file: FileText;
  format: SourceFormat;
  /** The final text: front matter and noise already blanked. */
  text: string;
  paragraphMode: ParagraphMode;
  /** The file's own metadata: wins over the manifest. */
  declared: MetaValues;
  /** Where `declared.id` is written in the file. */
  idSpan?: Span;
  /** Metadata guessed from the file (an HTML page's <title> and <meta>): loses to the manifest. */
  found?: MetaValues;
  defaultId: string;
  /** Title default for Markdown: strip the heading's `#`. */
  markdownTitle?: boolean;
  /** Text offset → file offset; the identity when absent. */
  toFile?: (offset: number) => number;
  /** One element of a JSON archive: the manifest's id does not apply to it. */
  archiveElement?: boolean;
}

/** The manifest entry for a file, and where its id is written. */
export interface ManifestMatch {
  entry: ManifestEntry;
  idAt?: { file: FileText; span: Span };
}

/** Longest default title: a first line of scraped text can be a whole paragraph. */
const MAX_TITLE = 200;

export function buildSource(loaded: SourceDraft, manifest?: ManifestMatch): Source {
  const draft = withoutDropped(loaded);
  const m = manifest?.entry ?? {};
  const { declared, found = {} } = draft;
  const manifestId = draft.archiveElement ? undefined : m.id;
  const meta: SourceMeta = {
    id: declared.id ?? manifestId ?? found.id ?? draft.defaultId,
    title: declared.title ?? m.title ?? found.title ?? defaultTitle(draft.text, draft.markdownTitle === true) ?? draft.defaultId,
  };
  for (const key of ['publisher', 'author', 'date', 'url', 'reliability'] as const) {
    const v = declared[key] ?? m[key] ?? found[key];
    if (v !== undefined) (meta as unknown as Record<string, string>)[key] = v;
  }
  const fileIndex = indexFor(draft);
  const source = new LoadedSource(meta, draft.file.path, draft.format, draft.text, draft.paragraphMode, fileIndex, draft.toFile);
  if (declared.id !== undefined && draft.idSpan) {
    const span = draft.idSpan;
    rememberIdSpan(source, { path: draft.file.path, span, range: () => fileIndex().rangeOf(span) });
  } else if (manifestId !== undefined && manifest?.idAt) {
    rememberIdSpan(source, writtenAt(manifest.idAt.file, manifest.idAt.span));
  }
  return source;
}

/** The draft with its text's invisible characters taken out (`invisibleChars.ts`), and
 * Markdown's emphasis marks too (`emphasis.ts`) unless it is an HTML page's text; its map to
 * the file goes through each older text. */
function withoutDropped(loaded: SourceDraft): SourceDraft {
  let draft = loaded;
  for (const drop of draft.format === 'html' ? [dropInvisibles] : [dropInvisibles, dropEmphasis]) {
    const cleaned = drop(draft.text);
    if (!cleaned) continue;
    const { toFile } = draft;
    const { toOld } = cleaned;
    draft = { ...draft, text: cleaned.text, toFile: toFile ? (offset) => toFile(toOld(offset)) : toOld };
  }
  return draft;
}

/**
 * The line index of the file. Without a map, text offsets are file offsets and the lines
 * are the file's: index the text itself, so that the file's own text need not be kept.
 * (A function of its own, so that the closure holds only what it needs.)
 */
function indexFor(draft: SourceDraft): () => LineIndex {
  if (draft.toFile) {
    const file = draft.file;
    return () => file.lineIndex;
  }
  const text = draft.text;
  let index: LineIndex | undefined;
  return () => (index ??= new LineIndex(text));
}

/** The first non-blank line, trimmed, without a Markdown heading's `#`. */
export function defaultTitle(text: string, markdown: boolean): string | undefined {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const s = contentStart(text, start, end);
    if (s < end) {
      let line = text.slice(s, Math.min(contentEnd(text, s, end), s + MAX_TITLE * 4));
      if (markdown) line = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
      line = line.replace(/\s+/g, ' ').trim();
      if (line.length > MAX_TITLE) line = line.slice(0, MAX_TITLE - 1).trimEnd() + '…';
      if (line !== '') return line;
    }
    start = end + 1;
  }
  return undefined;
}

/** A loaded source; its lines and paragraphs are computed when first asked for. */
class LoadedSource implements Source {
  private lineSpans: Span[] | undefined;
  private paragraphSpans: Span[] | undefined;

  constructor(
    readonly meta: SourceMeta,
    readonly path: string,
    readonly format: SourceFormat,
    readonly text: string,
    private readonly paragraphMode: ParagraphMode,
    private readonly fileIndex: () => LineIndex,
    private readonly toFile: ((offset: number) => number) | undefined,
  ) {}

  get lines(): Span[] {
    return (this.lineSpans ??= linesOf(this.text));
  }

  get paragraphs(): Span[] {
    return (this.paragraphSpans ??= paragraphsOf(this.text, this.paragraphMode));
  }

  positionInFile(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    return this.fileIndex().positionAt(this.toFile ? this.toFile(o) : o);
  }
}
