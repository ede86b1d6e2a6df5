import type { Engine } from '../engine';
import type { Dataset } from '../dataset/dataset';

/**
 * Everything a check can see of a loaded dataset, as plain data: its sources, their problems,
 * and every figure by id (ids decide how candidates rank, so two ways of indexing a folder
 * must give the same ids, not merely the same figures).
 */
export function datasetSnapshot(engine: Engine, dataset: Dataset) {
  const figures: unknown[] = [];
  for (let id = 0, f = dataset.figure(0); f; f = dataset.figure(++id)) {
    figures.push([id, f.source.path, f.source.meta.id, f.figure.text, f.figure.span, f.sentence, [...f.terms], f.terms.names, f.terms.subject, f.paragraph, f.line]);
  }
  return JSON.parse(
    JSON.stringify({
      sources: dataset.sources.map((s) => [s.path, s.format, s.meta]),
      problems: dataset.problems,
      folderProblems: dataset.folderProblems,
      diagnostics: [...engine.datasetDiagnostics(dataset)],
      figures,
    }),
  );
}
