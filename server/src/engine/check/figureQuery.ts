import type { TermVector } from '../context/terms';
import { unitKey, type Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import { equalAt } from '../figures/compare';
import type { Agreement, Figure } from '../figures/types';

// What a figure's verdict asks of the dataset, and the small facts about figures that its
// readings share (`checkFigure.ts`, `statedOtherwise.ts`).

/** A candidate figure, with how much it is about the claim and how it bears on it. */
export interface Scored {
  candidate: SourceFigure;
  similarity: number;
  agreement: Agreement | undefined;
}

/** A claim's figure and what its verdict needs to know of its sentence. */
export interface FigureQuery {
  figure: Figure;
  terms: TermVector;
  tolerance: number;
  /** The figures of the claim's sentence, itself among them (`23` and `32 members` in `23 of
   * the 32 members`), when it has a handful. */
  sentenceFigures?: readonly Figure[];
  /** The year right after the figure (`18% in 2024`): `yearOf.ts`. */
  year?: number;
  /** The one year the claim's sentence names, where none stands right after the figure
   * (`In 2024 the United States took 82.3%`): `yearOf.ts`' `sentenceYear`. */
  sentenceYear?: number;
  /** An amount for each of several (`8 mtpa each`): another measure than a total. */
  perItem?: boolean;
}

/** The words after an amount for each of several (`8 MTPA each`, `$5 apiece`). */
export const EACH_AFTER = /^\s*(?:each|apiece)\b/i;

/** Two figures of one source sentence. */
export const together = (a: SourceFigure, b: SourceFigure): boolean => a.source === b.source && a.sentence.start === b.sentence.start;

/** The figures of a source figure's sentence, itself among them; sorted by place where the
 * order matters. */
export function sentenceOf(f: SourceFigure, dataset: Dataset): SourceFigure[] {
  return dataset.figuresOf(f.source).filter((g) => together(g, f));
}

/** The very same figure, to the finer of the two precisions: `$1.5 billion` is not `$2
 * billion`, which a coarse precision would let it back. */
export function sameStatement(a: Figure, b: Figure): boolean {
  const step = Math.min(a.precision, b.precision);
  return unitKey(a) === unitKey(b) && equalAt(a.low, b.low, step) && equalAt(a.high, b.high, step);
}

/** Two counts of one noun (not a source's count of any noun, `bareCounts.ts`). */
export const countsOfOneNoun = (a: Figure, b: Figure): boolean => a.kind === 'count' && b.kind === 'count' && !a.bare && !b.bare && unitKey(a) === unitKey(b);
