import type { Position, Span } from '../types';
import type { Source, SourceFormat, SourceMeta } from '../sources/types';

/** Loads a source file again, synchronously: its sources in file order (empty if it cannot). */
export type LoadFileSync = (path: string) => Source[];

/** One load of the file for all the sources it holds (a JSON archive holds many). */
export function loadOnce(path: string, load: LoadFileSync): () => Source[] {
  let sources: Source[] | undefined;
  return () => (sources ??= load(path));
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
    private readonly loadFile: () => Source[],
  ) {}

  private get source(): Source {
    return (this.loaded ??= this.loadFile()[this.index] ?? EMPTY);
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
