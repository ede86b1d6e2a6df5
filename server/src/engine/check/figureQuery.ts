import type { TermVector } from '../context/terms';
import { unitKey, type Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import { equalAt } from '../figures/compare';
import { MONTHS } from '../figures/dates';
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
  /** The parts of a year the claim's sentence names (`in the first quarter`: `partsOfYear`). */
  parts?: ReadonlySet<string>;
  /** The one month the claim's sentence names (a table row's `Rice prices, March`), 1-12. */
  month?: number;
  /** Whether the claim's sentence names a month (`in January and February`). */
  namesMonths?: boolean;
}

/** The months a text names: a capitalised month's name, or an abbreviation before a day or a
 * year (`Mar 2`, `Mar 2025`); not `May` that starts it, which may be a verb. */
export function monthsNamed(text: string): Set<number> {
  const months = new Set<number>();
  MONTH_IN_TEXT.lastIndex = 0;
  for (let m = MONTH_IN_TEXT.exec(text); m; m = MONTH_IN_TEXT.exec(text)) {
    const word = m[1] ?? m[2];
    if (word === 'May' && text.slice(0, m.index).trim() === '') continue;
    const month = MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
    if (month !== undefined) months.add(month);
  }
  return months;
}

/** The twelve months' names, as a pattern's alternatives. */
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A month's name, or its abbreviation before a day or a year (`Mar 2`, `Mar 2025`). */
const MONTH_IN_TEXT = new RegExp(
  String.raw`\b(${MONTH_NAMES})\b` +
    String.raw`|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b))`,
  'g',
);

/** The month right after a figure, after `in` or `for` (`risen 98.4% in April`). */
export const monthAfter = (after: string): number | undefined => monthOf(MONTH_AFTER.exec(after));
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:in|for|during)\s+(${MONTH_NAMES})\b`);

/** The month whose end a figure is of, right after it (`$11.1bn at the end of May`). */
export const monthEndAfter = (after: string): number | undefined => monthOf(MONTH_END_AFTER.exec(after));

const monthOf = (m: RegExpExecArray | null): number | undefined => (m ? MONTHS.get(m[1].toLowerCase()) : undefined);

const MONTH_END_AFTER = new RegExp(String.raw`^\s*(?:at|by)\s+the\s+end\s+of\s+(${MONTH_NAMES})\b`);

/** The parts of a year a text names, each as the months from the year's start it covers
 * (`first half`, `H1`, `first six months`: `m6`) or by its number after the first (`second
 * quarter`: `q2`). */
export function partsOfYear(text: string): Set<string> {
  const parts = new Set<string>();
  PART_OF_YEAR.lastIndex = 0;
  for (let m = PART_OF_YEAR.exec(text); m; m = PART_OF_YEAR.exec(text)) {
    const [, nth, unit, code, months] = m;
    if (code) parts.add(code[1] === '1' ? (code[0].toLowerCase() === 'q' ? 'm3' : 'm6') : code.toLowerCase());
    else if (months) parts.add(`m${MONTH_COUNTS[months.toLowerCase()] ?? months}`);
    else {
      const n = ORDINALS[nth.toLowerCase()];
      const quarter = unit.toLowerCase() === 'quarter';
      parts.add(n === 1 ? `m${quarter ? 3 : 6}` : `${quarter ? 'q' : 'h'}${n}`);
    }
  }
  return parts;
}

const PART_OF_YEAR = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)(?![\w-])|(Q[1-4]|H[12])\b|first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b)/gi;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const MONTH_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

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
