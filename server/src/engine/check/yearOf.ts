import type { Dataset } from '../dataset/dataset';
import { sentenceText, type SourceFigure } from '../dataset/sourceFigures';
import { measuredYear } from '../figures/compare';
import { RATE_WORDS } from '../figures/rates';
import type { Figure } from '../figures/types';
import type { Source } from '../sources/types';

// The year a figure is of, where a year stands right after it: `18% in 2024`, `$46,000 in
// 2023`. A report gives a series in one sentence (`rose 23% in 2023 and 18% in 2024`), and a
// claim's `grew 18% in 2024` is not contradicted by the 23% of another year: that is another
// measurement, as another source's year is (`checkFigure.ts`).

/** A rate after an amount (`/t`, `a tonne`, `per MWh`): a price's. */
const RATE = `(?:${RATE_WORDS}\\w+)`;
/** `in`, `during`, `for`, `by`, `through`, `until` or `at the end of` (`in fiscal 2024`, `for
 * end-2025`, `through 2026`), after a rate the figure may leave out (`/t`, `a tonne`), a note
 * in brackets (`502,000 tonnes (gutted weight) in 2024`) or what a share is of, in three words
 * at most (`3.6% of GDP in 2025`, `about 30% of federal revenue in 2025`, `12 million tonnes
 * of U.S. soybeans by the end of 2025`); a season's letters glued on (`in FY2024/25`). */
const BETWEEN = new RegExp(`^${RATE}?` + String.raw`(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w.'’-]+(?:\s+[a-z][\w'’-]*){0,2})?\s+(?:in|during|for|by|through|until|(?:at|by)\s+the\s+(?:end|start|beginning)\s+of)\s+(?:the\s+(?:year\s+)?)?(?:(?:fiscal|financial|calendar|marketing)\s+(?:year\s+)?)?(?:FY|MY|(?:end|mid|start|early|late)-)?$`, 'i');

/** The year right after `figure` in `text`, when `next` (the figure after it) is one. A
 * financial year or season (`2023/24`) is its first year and a half (2023.5): another
 * measurement than the calendar year's. */
export function yearAfter(text: string, figure: Figure, next: Figure | undefined, offset = 0): number | undefined {
  if (!next || figure.kind === 'year') return undefined;
  const year = measuredYear(next);
  if (year === undefined || priceBase(text, next, offset)) return undefined;
  return BETWEEN.test(text.slice(figure.span.end - offset, next.span.start - offset)) ? year : undefined;
}

/** A year whose prices an amount is told in (`£44 billion in 2023 prices`, `in real 2024
 * terms`, `in constant 2015 dollars`): no year the amount is of. */
const priceBase = (text: string, year: Figure, offset = 0): boolean => PRICES_AFTER.test(text.slice(year.span.end - offset, year.span.end - offset + 16));
const PRICES_AFTER = /^\s*(?:prices|terms|dollars|money|values)\b/i;

/** Words after a figure that set it in another year than its sentence names (`against 9.1
 * million tonnes a year earlier`, `34% two years earlier`, `35% by mid-century`). */
const OTHER_YEAR_AFTER = /^[^.;]{0,40}?\b(?:(?:a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years?|months?|quarters?)\s+(?:earlier|before|ago)|(?:previous|prior|preceding|last|this|next|current|coming)\s+(?:year|season|crop|harvest)\b|year-(?:earlier|ago)\b|by\s+(?:the\s+)?(?:mid-?century|middle\s+of\s+the\s+century|end\s+of\s+the\s+(?:decade|century)))/i;

/** Whole years back, right after a figure (`a year earlier`, `two years before`, `the year
 * before`, `the previous year`). */
const YEARS_BACK = /^\s*(?:(a|one|two|three|\d)\s+years?\s+(?:earlier|before)|(the)\s+(?:year\s+(?:before|earlier)|(?:previous|prior|preceding)\s+year))(?![\w'’])/i;
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, the: 1 };
/** Whole years on, right after a figure (`a year later`, `two years after`). */
const YEARS_ON = /^\s*(a|one|two|three|\d)\s+years?\s+(?:later|after|on)(?![\w'’])/i;

/** A stretch of time back from another (`two years earlier`, `18 months ago`). */
const TIME_AGO = /^[\w-]+\s+(?:years?|months?|quarters?)\s+(?:earlier|before|ago)\b/i;

/** Words right before a figure that set it in another year (`the previous year's A$20.1
 * billion`, `a year-earlier 4.1%`). */
const OTHER_YEAR_BEFORE = /\b(?:(?:previous|prior|preceding|last)\s+year['’]s|year-(?:earlier|ago))\s+$/i;

/** `in` or `during` before a year, or `for end-` (`for end-2026`), or `at the end of` (`at the
 * end of June 2024`), or a verb of a year's end or start (`EUAs ended 2025 at €80.9`, `Brent
 * began 2024 at $77`), or whose it is or `the`
 * (`China's 2024 contract`, `their 2025 harvest`, `The 2023 harvest had been`): the year a
 * sentence's figures are of (not `since 2023`, `than in 2023`). */
const IN_YEAR = /(?:^|[^\w])(?<!than\s)(?:(?:in|during|for)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]|(?:MY|FY|(?:marketing|crop|fiscal|financial)\s+year)\s+)?|(?:for|by|at)\s+end-|(?:at|by)\s+the\s+(?:end|start|beginning)\s+of\s+|(?:end(?:ed|s)?|clos(?:ed|es)|finish(?:ed|es)|beg[ai]n|begins|start(?:ed|s)|enter(?:ed|s))\s+|(?:\p{Lu}[\p{L}.-]*['’]s|its|their|the)\s+)$/iu;

/** The one year a claim's sentence names, and where it is first named. */
export interface NamedYear {
  year: number;
  at: number;
}

/** The one year a claim's sentence names, after `in` or `during` (`In 2024 the United States
 * took 82.3% of those exports`): undefined where it names none or several. Read once a
 * sentence (`sentenceYearOf` gives it to each figure). */
export function namedYear(text: string, found: readonly Figure[]): NamedYear | undefined {
  let year: number | undefined;
  let at = 0;
  let inYear = false;
  for (const [i, f] of found.entries()) {
    if (f.kind !== 'year') continue;
    // The year of a change's old level (`fell to 240 seats, from 303 in 2019`) is that end's.
    // So is that of a figure compared with (`exports were almost $24bn, against $11.1bn in
    // 2023-24`).
    const previous = found[i - 1];
    const compared = previous && COMPARED_WITH.test(text.slice(Math.max(0, previous.span.start - 20), previous.span.start));
    if ((previous?.end === 'from' || compared) && /^\s*(?:in|during)\s+$/i.test(text.slice(previous.span.end, f.span.start))) continue;
    if (priceBase(text, f)) continue;
    const y = measuredYear(f);
    if (y === undefined || (year !== undefined && y !== year)) return undefined;
    if (year === undefined) at = f.span.start;
    year = y;
    // A season is one year too (`for 2024/25`), a span of years none.
    inYear ||= (f.qualifier === 'exact' || f.low !== f.high) && IN_YEAR.test(text.slice(Math.max(0, f.span.start - 20), f.span.start));
  }
  return inYear && year !== undefined ? { year, at } : undefined;
}

/** The year a figure is of by its sentence (`namedYear`), unless told otherwise: not for a
 * year, the `from` end of a change (`up from 60%`), a figure followed by words of another
 * year (`a year earlier`, `last year`) or by a year of its own, or a figure whose clause ends
 * at a semicolon before the year is named (`peaked at $8,420; Genoa was at $5,180 in June
 * 2025`): that is the next clause's. `next` is the figure after it. */
export function sentenceYearOf(text: string, figure: Figure, next: Figure | undefined, named: NamedYear | undefined): number | undefined {
  if (named === undefined || figure.kind === 'year') return undefined;
  // Years back from the sentence's, right after the figure (`down from $307 a year earlier` in
  // a sentence of 2024): that year, whichever end of a change it is.
  const back = YEARS_BACK.exec(text.slice(figure.span.end, figure.span.end + 24));
  if (back) {
    const count = back[1] ?? back[2];
    return named.year - (COUNT_WORDS[count.toLowerCase()] ?? Number(count));
  }
  // And on from it (`$68.3 billion a year later`).
  const on = YEARS_ON.exec(text.slice(figure.span.end, figure.span.end + 24));
  if (on) return named.year + (COUNT_WORDS[on[1].toLowerCase()] ?? Number(on[1]));
  if (figure.end === 'from') return undefined;
  if (named.at >= figure.span.end && text.slice(figure.span.end, named.at).includes(';')) return undefined;
  const after = text.slice(figure.span.end, Math.min(figure.span.end + 60, next?.span.start ?? Infinity));
  if (OTHER_YEAR_AFTER.test(after) || OTHER_YEAR_BEFORE.test(text.slice(Math.max(0, figure.span.start - 40), figure.span.start))) return undefined;
  // A stretch of time right after it, back from the sentence's year (`34% two years earlier`).
  if (next && next.span.start - figure.span.end <= 3 && TIME_AGO.test(text.slice(next.span.start, next.span.start + 40))) return undefined;
  // A year of its own, a word or two after it (`the $1,420 of 2019`), that `yearAfter` does not take.
  if (next?.kind === 'year' && /^[\s\w'’]{0,16}$/.test(after)) return undefined;
  return named.year;
}

/** A stretch of a year right after a figure, past what `BETWEEN` allows and `over`,
 * `through`, `this`, `last`, `next`: a month, a season, a quarter or half (`€46/MWh in
 * February`, `€42.5/MWh over the summer`, `$80 in Q1`, `in the second half`). */
const PERIOD = new RegExp(
  `^${RATE}?` + String.raw`\s+(?:in|during|for|by|over|through|throughout|this|last|next)\s+` +
    String.raw`(?:the\s+)?(?:(first|second|third|fourth|final|last|next|coming|current)\s+)?` +
    String.raw`(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|quarter|half|q[1-4]|h[12])\b`,
  'i',
);

/** The month, season, quarter or half right after a figure, as one word (`february`,
 * `summer`, `second quarter`, `q2`): a claim of another one is another measurement. */
export function periodAfter(text: string, figure: Figure, offset = 0): string | undefined {
  if (figure.kind === 'year') return undefined;
  const from = figure.span.end - offset;
  const m = PERIOD.exec(text.slice(from, from + 60));
  if (!m) return undefined;
  const word = m[2].toLowerCase();
  const month = MONTH_WORDS.get(word.slice(0, 3));
  return m[1] ? `${m[1].toLowerCase()} ${word}` : (month ?? word);
}

const MONTH_WORDS = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m): [string, string] => [m.slice(0, 3), m]),
);

/** Per source, the year of each figure that has one, by where the figure starts. */
const yearsBySource = new WeakMap<Source, { dataset: Dataset; version: number; years: Map<number, number> }>();

/** The year a source's figure is of, if a year stands right after it. */
export function sourceYearOf(candidate: SourceFigure, dataset: Dataset): number | undefined {
  let hit = yearsBySource.get(candidate.source);
  if (!hit || hit.dataset !== dataset || hit.version !== dataset.version) {
    const years = new Map<number, number>();
    const figures = dataset.figuresOf(candidate.source);
    // A year that opens its clause (`For end-2026, the forecast range is 13-19 per cent`), and
    // where that clause ends.
    let opening: { year: number; end: number } | undefined;
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      // A table cell is of its column's year, read when the source was indexed
      // (`| United States | 3.4 | 3.2 |` under `| Country | 2024 (% of GDP) | 2025 estimate (% of GDP) |`).
      if (f.figure.columnYear !== undefined) {
        years.set(f.figure.span.start, f.figure.columnYear);
        continue;
      }
      if (f.figure.kind === 'year') {
        opening = clauseOpenedBy(f);
        continue;
      }
      if (opening && f.figure.span.start >= opening.end) opening = undefined;
      const next = figures[i + 1];
      // A year right after it, else the year that opens its clause: a sentence is read (from a
      // stored index, from disk) only where a year stands in it.
      const year = next && next.sentence.start === f.sentence.start && next.figure.kind === 'year' ? yearAfter(sentenceText(f), f.figure, next.figure, f.sentence.start) : undefined;
      const own = year ?? opening?.year ?? yearJustBefore(f, figures[i - 1]);
      if (own !== undefined) years.set(f.figure.span.start, own);
    }
    hit = { dataset, version: dataset.version, years };
    yearsBySource.set(candidate.source, hit);
  }
  return hit.years.get(candidate.figure.span.start);
}

/** The year just before a figure that says it is that year's: before the noun the figure is
 * of (`expects 2025 net sales of between 30 billion and 35 billion euros`, `its 2024 output of
 * 3.1 million tonnes`), or before it in brackets, as annual reports give the year before
 * (`418 lithography systems in 2024 (2023: 449)`). */
function yearJustBefore(f: SourceFigure, before: SourceFigure | undefined): number | undefined {
  if (!before || before.sentence.start !== f.sentence.start || before.figure.kind !== 'year' || before.figure.since) return undefined;
  const year = measuredYear(before.figure);
  if (year === undefined) return undefined;
  const text = sentenceText(f);
  const between = text.slice(before.figure.span.end - f.sentence.start, f.figure.span.start - f.sentence.start);
  const bracketed = /^\s*:\s*$/.test(between) && /\(\s*$/.test(text.slice(0, before.figure.span.start - f.sentence.start));
  return NOUN_OF.test(between) || bracketed ? year : undefined;
}

/** A noun of a few words and its `of`, between a year and a figure. */
const NOUN_OF = /^\s+(?:[a-z][a-z-]*\s+){1,3}of\s+$/i;

/** The clause a year opens (`In 2024, consumer prices rose 117.8%`, `For end-2026, the
 * forecast range is 13-19 per cent`): its year, and where the clause ends (a semicolon, or
 * the sentence's end), as offsets of the source. */
function clauseOpenedBy(y: SourceFigure): { year: number; end: number } | undefined {
  const year = y.figure.since ? undefined : measuredYear(y.figure);
  if (year === undefined) return undefined;
  const text = sentenceText(y);
  const at = y.figure.span.start - y.sentence.start;
  const before = text.slice(text.lastIndexOf(';', at) + 1, at);
  if (!CLAUSE_OPENING.test(before) || !/^[\s,]/.test(text.slice(y.figure.span.end - y.sentence.start))) return undefined;
  const semicolon = text.indexOf(';', at);
  return { year, end: y.sentence.start + (semicolon < 0 ? text.length : semicolon) };
}

/** The words a clause may open with before its year (`In`, `For end-`, `By the end of`,
 * `During fiscal`), or a verb of a year's end or start (`Gross reserves ended 2025 at`). */
const CLAUSE_OPENING = /(?:^\s*(?:(?:in|for|during|by|through|throughout|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+)?(?:the\s+)?(?:(?:fiscal|financial|calendar|marketing)\s+(?:year\s+)?)?(?:(?:end|mid|start|early|late)-)?|\b(?:end(?:ed|s)?|clos(?:ed|es)|finish(?:ed|es)|beg[ai]n|begins|start(?:ed|s)|enter(?:ed|s))\s+)$/i;

const RATE_AFTER = new RegExp(`^${RATE}`, 'i');

/** Whether a rate follows an amount of money: a price (`$2,470/t`, `$60 a barrel`). */
export function priceRate(text: string, figure: Figure): boolean {
  return figure.kind === 'money' && RATE_AFTER.test(text.slice(figure.span.end, figure.span.end + 24));
}

/** Whether `year` is the date right after an old level of its sentence (`from 136.0 US cents
 * in 2023`), not the sentence's (`from 25% took effect Wednesday, June 4, 2025`). */
function datesOldLevel(level: SourceFigure, year: SourceFigure): boolean {
  if (level.figure.end !== 'from' || level.sentence.start !== year.sentence.start) return false;
  const text = sentenceText(level);
  const between = text.slice(level.figure.span.end - level.sentence.start, year.figure.span.start - level.sentence.start);
  return /^[\s,]*(?:in|on|during)?\s*$/i.test(between);
}

/** Whether a year is what its sentence compares with (`down 17% from 2023`, `about 10% more
 * than in 2023`), not its own. */
function comparedWith(year: SourceFigure): boolean {
  const text = sentenceText(year);
  const at = year.figure.span.start - year.sentence.start;
  return COMPARED_WITH.test(text.slice(Math.max(0, at - 16), at));
}

/** The words before what a sentence compares with. */
const COMPARED_WITH = /\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?$/i;

/** Whether a source's figure is of the claim's year `claim` (a year figure): its column's or
 * the year after it (a season's either year), or else the one year its sentence names (`In 2024 inflation ended at
 * 117.8%`). A claim's month must be the one named (`July 2023` is no `Aug. 10` of 2023). */
export function ofYear(evidence: SourceFigure, claim: Figure, dataset: Dataset): boolean {
  const year = measuredYear(claim);
  if (year === undefined) return false;
  const own = sourceYearOf(evidence, dataset);
  // A season's column (`2023/24`, 2023.5) is of either of its years, and of any month of
  // them: where its months fall, the table seldom says (`end-June` under `Jul-Jun`).
  if (own !== undefined) return own % 1 !== 0 && year % 1 === 0 ? Math.abs(own - year) === 0.5 : own === year && claim.month === undefined;
  const { named, months } = namedAround(evidence, dataset);
  return named.size === 1 && named.has(year) && (claim.month === undefined || months.has(claim.month));
}

/** The years a source figure's sentence names, and their months, or else those of the
 * sentence before it in its paragraph (`Prices rose sharply in 2024. The contract averaged
 * 167.3 US cents`): not an old level's date (`up 23% from 136.0 US cents in 2023`) nor a
 * year the sentence compares with (`down 17% from 2023`). */
export function namedAround(evidence: SourceFigure, dataset: Dataset): { named: Set<number>; months: Set<number> } {
  const figures = dataset.figuresOf(evidence.source);
  const yearsOf = (sentenceStart: number): { named: Set<number>; months: Set<number> } => {
    const named = new Set<number>();
    const months = new Set<number>();
    figures.forEach((f, i) => {
      const y = f.sentence.start === sentenceStart ? measuredYear(f.figure) : undefined;
      if (y === undefined || (i > 0 && datesOldLevel(figures[i - 1], f)) || comparedWith(f)) return;
      named.add(y);
      if (f.figure.month !== undefined) months.add(f.figure.month);
    });
    return { named, months };
  };
  const own = yearsOf(evidence.sentence.start);
  if (own.named.size > 0) return own;
  let k = figures.length - 1;
  while (k >= 0 && figures[k].sentence.end > evidence.sentence.start) k--;
  const before = figures[k];
  return before && before.paragraph === evidence.paragraph ? yearsOf(before.sentence.start) : own;
}
