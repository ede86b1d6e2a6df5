import { rememberIdSpan } from '../sources/duplicates';
import type { Position, Range, Span } from '../types';
import type { Source, SourceFormat, SourceMeta } from '../sources/types';

/** Loads a source file again, synchronously: its sources in file order (empty if it cannot). */
export type LoadFileSync = (path: string) => Source[];

/** Where a source's id is written, as a fixed range: a closure over the file's text would
 * keep the text in memory. */
export interface WrittenIdAt {
  path: string;
  span: Span;
  range: Range;
}

/** The sources of one file kept encoded: their metadata now, the file loaded once for all
 * of them (a JSON archive holds many) when a text is first needed. */
export function restoredSources(
  path: string,
  sources: ReadonlyArray<{ meta: SourceMeta; format: SourceFormat; id?: WrittenIdAt }>,
  loadFile: LoadFileSync,
): RestoredSource[] {
  const file = new SourceFile(path, loadFile);
  return sources.map((s, i) => {
    const source = new RestoredSource(s.meta, path, s.format, i, file);
    if (s.id) {
      const { range } = s.id;
      rememberIdSpan(source, { path: s.id.path, span: s.id.span, range: () => range });
    }
    return source;
  });
}

/** A file whose sources are kept encoded: loaded once for all of them, when first needed. */
class SourceFile {
  private loaded: Source[] | undefined;

  constructor(
    private readonly path: string,
    private readonly loadFile: LoadFileSync,
  ) {}

  get sources(): Source[] {
    return (this.loaded ??= this.loadFile(this.path));
  }
}

/**
 * A source kept encoded (restored from a stored index, or encoded as it was indexed): its
 * metadata is known at once, its text is read from its file (unchanged since it was
 * indexed) when a check, a hover or a quotation first needs it. Most sources of a large
 * archive are never read again.
 */
export class RestoredSource implements Source {
  private loaded: Source | undefined;

  constructor(
    readonly meta: SourceMeta,
    readonly path: string,
    readonly format: SourceFormat,
    /** Its place among the sources of its file (a JSON archive holds many). */
    private readonly index: number,
    private readonly file: { readonly sources: Source[] },
  ) {}

  private get source(): Source {
    return (this.loaded ??= this.file.sources[this.index] ?? EMPTY);
  }

  get text(): string {
    return this.source.text;
  }

  get paragraphs(): Span[] {
    return this.source.paragraphs;
  }

  get lines(): Span[] {
    return this.source.lines;
  }

  positionInFile(offset: number): Position {
    return this.source.positionInFile(offset);
  }
}

/** What a file that vanished since it was indexed reads as. */
const EMPTY: Source = {
  meta: { id: '', title: '' },
  path: '',
  format: 'txt',
  text: '',
  paragraphs: [],
  lines: [],
  positionInFile: () => ({ line: 0, character: 0 }),
};
