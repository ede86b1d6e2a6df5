import type { Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import type { Figure } from '../figures/types';
import type { Source } from '../sources/types';

// The year a figure is of, where a year stands right after it: `18% in 2024`, `$46,000 in
// 2023`. A report gives a series in one sentence (`rose 23% in 2023 and 18% in 2024`), and a
// claim's `grew 18% in 2024` is not contradicted by the 23% of another year: that is another
// measurement, as another source's year is (`checkFigure.ts`).

/** `in`, `during`, `for` or `by`, after a rate the figure may leave out (`/t`, `a tonne`). */
const BETWEEN = /^(?:\s*\/\s*\w+|\s+(?:a|an|per)\s+\w+)?\s+(?:in|during|for|by)\s+(?:the\s+(?:year\s+)?)?$/i;

/** The year right after `figure` in `text`, when `next` (the figure after it) is one. */
export function yearAfter(text: string, figure: Figure, next: Figure | undefined, offset = 0): number | undefined {
  if (!next || next.kind !== 'year' || next.low !== next.high || figure.kind === 'year') return undefined;
  return BETWEEN.test(text.slice(figure.span.end - offset, next.span.start - offset)) ? next.low : undefined;
}

/** Per source, the year of each figure that has one, by where the figure starts. */
const yearsBySource = new WeakMap<Source, { dataset: Dataset; version: number; years: Map<number, number> }>();

/** The year a source's figure is of, if a year stands right after it. */
export function sourceYearOf(candidate: SourceFigure, dataset: Dataset): number | undefined {
  let hit = yearsBySource.get(candidate.source);
  if (!hit || hit.dataset !== dataset || hit.version !== dataset.version) {
    const years = new Map<number, number>();
    const figures = dataset.figuresOf(candidate.source);
    for (let i = 0; i + 1 < figures.length; i++) {
      const f = figures[i];
      const next = figures[i + 1];
      if (next.sentence.start !== f.sentence.start) continue;
      const text = f.stored?.text ?? f.source.text.slice(f.sentence.start, f.sentence.end);
      const year = yearAfter(text, f.figure, next.figure, f.sentence.start);
      if (year !== undefined) years.set(f.figure.span.start, year);
    }
    hit = { dataset, version: dataset.version, years };
    yearsBySource.set(candidate.source, hit);
  }
  return hit.years.get(candidate.figure.span.start);
}
