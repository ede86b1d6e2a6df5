import { filePostings, type Dataset, type FilePostings } from '../dataset/dataset';
import { figuresOfSource, type SourceFigure } from '../dataset/sourceFigures';
import { writtenIdOf } from '../sources/duplicates';
import type { Source, SourceFormat, SourceMeta, SourceProblem } from '../sources/types';
import { encodeFigures, readFigures, TermTable } from './figureRecords';
import { restoredSources, type LoadFileSync, type WrittenIdAt } from './restoredSource';

/**
 * A freshly loaded file indexed, in the form a stored index restores: its sources' metadata,
 * its figures encoded (`record`), and what the dataset's postings need. Plain data, so that a
 * worker thread can make it (see `parallelIndexer.ts`) and the main thread only adopt it.
 */
export interface IndexedFile {
  sources: Array<{ meta: SourceMeta; format: SourceFormat; id?: WrittenIdAt }>;
  /** How many figures the record holds. */
  count: number;
  record: Uint8Array;
  postings: FilePostings;
}

/** Finds the figures of a file's sources and encodes them. */
export function indexFile(sources: readonly Source[]): IndexedFile {
  const figures: SourceFigure[] = [];
  for (const s of sources) for (const f of figuresOfSource(s)) figures.push(f);
  // The record and the postings number the file's terms alike: the postings send no strings of their own.
  const terms = new TermTable();
  const record = encodeFigures(sources, figures, terms);
  return {
    sources: sources.map((s) => {
      const written = writtenIdOf(s);
      return { meta: s.meta, format: s.format, id: written && { path: written.path, span: written.span, range: written.range() } };
    }),
    count: figures.length,
    record,
    postings: filePostings(figures, terms),
  };
}

/**
 * Adds an indexed file to the dataset: its figures are indexed now and kept only encoded, and
 * its sources keep their metadata and read their text back when a check needs it. Indexing
 * a large archive then holds the records and the word lists, not every source's text and
 * every figure's objects at once.
 */
export function addIndexedFile(dataset: Dataset, path: string, file: IndexedFile, problems: SourceProblem[], loadFile: LoadFileSync): void {
  const { record } = file;
  const restored = restoredSources(path, file.sources, loadFile);
  dataset.addEncodedFile({ path, sources: restored, problems, count: file.count, encoded: { open: () => readFigures(record, restored), record: () => record } }, file.postings);
}
