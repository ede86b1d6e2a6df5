import type { Dataset } from '../dataset/dataset';
import { figuresOfSource } from '../dataset/sourceFigures';
import { writtenIdOf } from '../sources/duplicates';
import type { Source, SourceProblem } from '../sources/types';
import { encodeFigures, readFigures } from './figureRecords';
import { restoredSources, type LoadFileSync } from './restoredSource';

/**
 * Indexes a freshly loaded file in the form a stored index restores: its figures are found
 * and indexed, then kept only encoded, and its sources keep their metadata and read their
 * text back when a check needs it. Indexing a large archive then holds the records and the
 * word lists, not every source's text and every figure's objects at once.
 */
export function addEncodedFile(dataset: Dataset, path: string, sources: Source[], problems: SourceProblem[], loadFile: LoadFileSync): void {
  const figures = sources.flatMap(figuresOfSource);
  const terms = dataset.recordTerms;
  const record = encodeFigures(sources, figures, terms);
  const restored = restoredSources(
    path,
    sources.map((s) => {
      const written = writtenIdOf(s);
      return { meta: s.meta, format: s.format, id: written && { path: written.path, span: written.span, range: written.range() } };
    }),
    loadFile,
  );
  dataset.addEncodedFile(
    { path, sources: restored, problems, count: figures.length, encoded: { open: () => readFigures(record, restored, terms.terms), record: () => record } },
    figures,
  );
}
