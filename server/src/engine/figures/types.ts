import type { Span } from '../types';

export type FigureKind = 'percent' | 'money' | 'count' | 'quantity' | 'year';

/** How the wording shapes the value, spec section 2. */
export type Qualifier =
  | 'exact' // X
  | 'approximate' // about / approximately / around / roughly / some / an estimated / ~ X
  | 'nearly' // nearly / almost / close to X: at most X, approximate
  | 'more-than' // over / more than / above / exceeding / in excess of / upwards of / > X, X+
  | 'at-least' // at least / no less than / >= X
  | 'less-than' // under / less than / below / < X
  | 'at-most' // up to / at most / no more than / <= X
  | 'range'; // X-Y, X–Y, X to Y, between X and Y

export interface Figure {
  kind: FigureKind;
  /** Offsets into the text given to the extractor, covering the figure's whole wording:
   * qualifier words, number(s), currency and unit (`over 90%`, `USD 12 billion`,
   * `seven elements`, `between 60 and 70%`). A quick fix that uses another figure
   * replaces exactly this span. */
  span: Span;
  /** The text of `span`. */
  text: string;
  qualifier: Qualifier;
  /**
   * The unit the value is counted in, normalised so that two figures are comparable only
   * when their units are equal:
   * percent: '%'; money: ISO currency code ('USD', 'EUR', 'GBP', 'CNY', 'JPY', …);
   * count: the singular noun that follows ('element', 'nation', 'layer');
   * quantity: the normalised measurement unit ('t', 'm', 'g', 'bbl', 'W', 'Wh', …);
   * year: 'year'.
   */
  unit: string;
  /** The stated number(s) in the unit, scale applied (`USD 12 billion` → 12e9,
   * `14 nm` → 14e-9 m, `4.2 kt` → 4.2e6 kg or whatever the normalised base is).
   * For a range both ends; otherwise low === high === the number. */
  low: number;
  high: number;
  /** The step of the last significant digit of the number as written, in the same unit:
   * `85%` → 1, `1.5 billion` → 1e8, `60,000 tonnes` → 1000 t. Used to compare exact values
   * at the coarser precision. */
  precision: number;
  /** For years in a date (`April 2025`), the month 1-12. */
  month?: number;
  /** The change the figure is the amount of, when a word next to it says which way
   * (`rose 5%`, `a 5% drop`): see `change.ts`. */
  change?: Change;
  /** A source's year read from its date (`last year`: `dataset/datedYears.ts`), or years in
   * a word (`a decade`: `dataset/bareCounts.ts`): it backs a claim that agrees, and
   * disagrees with none. */
  dated?: boolean;
  /** A source's count with no noun after it (`sales neared 14 million`: `dataset/bareCounts.ts`),
   * unit '': it backs a claim's count of any noun that agrees, and disagrees with none. */
  bare?: boolean;
  /** A source's count after `the` (`the three cables cut in the Red Sea`:
   * `dataset/recalledCounts.ts`): it backs a claim that agrees, and disagrees with none. */
  recalled?: boolean;
  /** A source's table cell: the year its column's header names (`2025 estimate (% of GDP)`;
   * a season `2023/24` as 2023.5): the year it is a measurement of (`check/yearOf.ts`). */
  columnYear?: number;
  /** Which end of a change it is, by the word before it (`slowed to 32.15 per cent from
   * 33.40 per cent`): `change.ts`'s `changeEndOf`. */
  end?: 'to' | 'from';
  /** A year after `since` (`the driest since records began in 1950`): where an open span
   * starts, no year the rest of its sentence is of (`buildFigure.ts`). */
  since?: boolean;
  /** A year after `until` (`keep 30% of its profits until 2030`): where a span ends, which a
   * source's span (`between 2024 and 2030`) states by its last year (`compare.ts`). */
  until?: boolean;
  /** Weeks or months back from its sentence's time (`down from $4.90 a month earlier`): another
   * measurement than one of the sentence's own time (`buildFigure.ts`). */
  earlier?: boolean;
  /** A month that ends a year (`in the year to June 2025`): the financial year it ends
   * (2024-25), as a source's `2024-25` or `FY2024-25` writes it (`compare.ts`). */
  yearTo?: boolean;
  /** A deficit's size (`the fiscal deficit narrowed to 3.6% of GDP`, `a $20bn trade
   * deficit`): a balance below zero of that size (`compare.ts`). */
  deficit?: boolean;
  /** The measure a price is per, as written after it (`per kg`, `a tonne`, `/t`): prices per
   * measures of one dimension are compared per the claim's (`rates.ts`). */
  per?: string;
  /** A count's words between its number and its noun (`UK fixed-rate` in `1.6 million UK
   * fixed-rate mortgages`), as offsets from `span.start`, so that they move with the figure:
   * what it counts, read into its context when the figure is found (never stored). */
  modifiers?: Span;
}

/** Which way a figure's change goes, and the word that says so (offsets of the same text as
 * the figure's span). */
export interface Change {
  direction: 'up' | 'down';
  word: string;
  span: Span;
}

/** An interval of possible true values implied by a figure's wording. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How a source's figure bears on a claim about the same thing, spec section 4. */
export type Agreement =
  | 'supports' // the source's figure establishes the claim
  | 'looser' // the source's figure is consistent but less specific (`over 90%` for `93%`, `85-90%` for `88%`)
  | 'disagrees'; // the two cannot both be true
