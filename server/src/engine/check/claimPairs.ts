import { isAim, isDifference, isTotal, mutualSimilarity, ofOtherThings, ownTerms, similarity, type TermVector } from '../context/terms';
import { compareClaim, type Dataset } from '../dataset/dataset';
import { oppositeBounds, timesApart } from '../figures/compare';
import { otherMeasure } from '../figures/rates';
import type { Figure } from '../figures/types';
import { sameStatement } from './figureQuery';
import type { FigureReport } from './report';
import { CONFLICT_SIMILARITY, RESTATED_BACKING, SAME_WORDS_SIMILARITY, RESTATED_RATIO, RESTATED_SHARE_RATIO, RESTATED_SHARE_SIMILARITY, RESTATED_SIMILARITY, RESTATED_YEAR_SIMILARITY, RESTATED_YEARS_APART, SUPPORT_SIMILARITY } from './thresholds';

// Whether two figures of one briefing are at odds: the same thing, disagreeing values. Which
// pairs are compared, and how typing re-reads only a few, is `checkClaims.ts`'s.

/** The source passage behind a figure, its own words only (not its title or table header). */
function evidenceTerms(f: FigureReport): TermVector | undefined {
  const v = f.verdict;
  return v.kind === 'supported' || v.kind === 'more-specific' ? v.evidence.terms : undefined;
}

/** Whether `a` speaks of what the source behind `b` speaks of (true when `b` has none). */
function aboutBacking(a: FigureReport, b: FigureReport, dataset: Dataset, least: number): boolean {
  const backing = evidenceTerms(b);
  if (!backing) return true;
  return similarity(a.terms, ownTerms(backing), dataset) >= least;
}

/** A figure the briefing states on no source's word: uncited, or of a kind not checked. */
export const unsourced = (f: FigureReport): boolean => f.verdict.kind === 'uncited' || f.verdict.kind === 'unchecked';

/** How far apart two amounts are: the larger of their nearest ends over the smaller (1 when
 * they overlap; Infinity for amounts not both above zero). */
function apart(a: Figure, b: Figure): number {
  if (a.high <= 0 || b.high <= 0) return Infinity;
  if (a.high < b.low) return b.low / a.high;
  if (b.high < a.low) return a.low / b.high;
  return 1;
}

/** How alike two disagreeing figures of a briefing are, when they speak of the same thing:
 * their words' mutual similarity, negative when it takes a restatement to say so (below);
 * 0 when they speak of two things. */
function sameThing(f: FigureReport, e: FigureReport, dataset: Dataset): number {
  const words = mutualSimilarity(f.terms, e.terms, dataset);
  // Two sentences in nearly the same words (`India's drug exports grew about 12% in the year to
  // March 2025`, `… grew 9.4% in the year to March 2025`) need no more: a backing's words weigh
  // little where its figure ends a long sentence.
  if (words >= SAME_WORDS_SIMILARITY) return words;
  if (words >= CONFLICT_SIMILARITY) return aboutBacking(f, e, dataset, SUPPORT_SIMILARITY) && aboutBacking(e, f, dataset, SUPPORT_SIMILARITY) ? words : 0;
  return restated(f, e, words, dataset) ? -words : 0;
}

/**
 * Whether one figure restates the other, wrongly: on no source's word (uncited, or not
 * checked), of an amount near the other's, sharing fewer of its words than two figures of a
 * briefing need. A summary restates a section's figure from memory, in words of its own
 * (`the 58,000 direct jobs they bring` for a cited `more than 68,000 direct jobs`), and gets
 * it a little wrong. Of years, only an event's date restated (`since the war broke out in April
 * 2024` for a cited `the war began in April 2023`), a few years off: a briefing dates many
 * measurements a year or two apart.
 */
function restated(f: FigureReport, e: FigureReport, words: number, dataset: Dataset): boolean {
  if (!unsourced(f) && !unsourced(e)) return false;
  // An uncited figure a source of the dataset states as written (`China's soybean imports hit
  // a record 108.5 million tonnes`) is that source's, no other figure of the briefing's
  // restated from memory (`Domestic crushing reached a record 57.9 million tonnes`).
  if ([f, e].some(statedElsewhere)) return false;
  // A restatement from memory gets the number wrong, not the way of a bound: `below 95%` and
  // `above 95%` are a target and where things stand.
  if (oppositeBounds(f.figure, e.figure) && f.figure.low === e.figure.low) return false;
  if (f.figure.kind === 'year') {
    if (!eventYears(f, e) || yearsApart(f.figure, e.figure) > RESTATED_YEARS_APART || words < RESTATED_YEAR_SIMILARITY) return false;
  } else {
    // A price is of a moment: two prices of one thing a little apart are two days' prices.
    if (f.price === true || e.price === true) return false;
    // Each told by its own teller (`USDA forecasts … 44.7 million tonnes`, `Conab's first
    // survey points to … 45.9 million tonnes`): two estimates, not one restated.
    if (ownName(f.terms, e.terms) && ownName(e.terms, f.terms)) return false;
    if (apart(f.figure, e.figure) > (f.figure.kind === 'percent' ? RESTATED_SHARE_RATIO : RESTATED_RATIO)) return false;
    if (words < (f.figure.kind === 'percent' ? RESTATED_SHARE_SIMILARITY : RESTATED_SIMILARITY)) return false;
  }
  return aboutBacking(f, e, dataset, RESTATED_BACKING) && aboutBacking(e, f, dataset, RESTATED_BACKING);
}

/** Whether an uncited figure is stated, as written, by a source that would back it. */
const statedElsewhere = (f: FigureReport): boolean => f.verdict.kind === 'uncited' && f.verdict.supporters.some((s) => sameStatement(s.figure, f.figure));

/** A name of one figure's words, not its subject, that the other's words lack. */
const ownName = (a: TermVector, b: TermVector): boolean => (a.names ?? []).some((n) => n !== a.subject && a.has(n) && !b.has(n));

/** Two dates of events (`since the war began in April 2023`: `FigureReport.event`): an
 * event's date told twice is the same thing, though its sentence states other figures. */
const eventYears = (a: FigureReport, b: FigureReport): boolean => a.event === true && b.event === true;

/** Years between two years' nearest ends. */
const yearsApart = (a: Figure, b: Figure): number => Math.max(0, a.low - b.high, b.low - a.high);

/** Both figures backed by their cited sources: each is what its source says, so two that
 * disagree speak of two things (or their sources disagree, which `conflicting-sources` says). */
const bothBacked = (a: FigureReport, b: FigureReport): boolean => evidenceTerms(a) !== undefined && evidenceTerms(b) !== undefined;

/** Whether two figures of a briefing disagree about the same thing (`conflict`). Remembered
 * per pair of contexts (a context stands for its figure too): a sentence that did not change
 * keeps its context object from check to check. The tolerance is one per check. */
const sameThingCache = new WeakMap<TermVector, WeakMap<TermVector, { version: number; dataset: Dataset; score: number }>>();

/** An amount that names who it is about, less than one that names no one, may be its part:
 * `Europe sold 3.2 million electric cars`, `Nearly 14 million electric cars were sold`. A
 * share or a year adds up to no whole, and a named amount as large as the other is no part. */
function partAndWhole(a: FigureReport, b: FigureReport): boolean {
  if (a.figure.kind === 'percent' || a.figure.kind === 'year') return false;
  // A total, larger, and an amount that is not one (`Total smelting capacity is around 16
  // million tonnes`, `China added about 1 million tonnes of capacity`).
  const [total, other] = isTotal(a.terms) ? [a, b] : [b, a];
  if (isTotal(total.terms) && !isTotal(other.terms) && other.figure.high < total.figure.low) return true;
  const [part, whole] = a.terms.subject !== undefined ? [a, b] : [b, a];
  // Unless the other names the same one where no name is read, as its sentence's first word
  // (`- Warsaw has ordered 120 Apache attack helicopters`), near its figure.
  const subject = part.terms.subject;
  const named = subject !== undefined && (whole.terms.get(subject) ?? 0) >= 0.5 && !(whole.terms.names ?? []).includes(subject);
  return part.terms.subject !== undefined && whole.terms.subject === undefined && !named && part.figure.high < whole.figure.low;
}

/** Measurements of other years (`averaged $11.9 in 2024`, `below $10 by 2027`) or other
 * stretches of one (`€46/MWh in February`, `€42.5/MWh over the summer`), a change's two
 * ends, or a year that dates
 * another figure of its sentence (but two events' dates, `eventYears`): one does not
 * contradict the other, as between a claim and another source (`checkFigure.ts`). */
function otherMeasurements(a: FigureReport, b: FigureReport): boolean {
  if ((a.dating === true || b.dating === true) && !eventYears(a, b)) return true;
  // A difference between two things and a level (`the spread between TTF and Henry Hub
  // averaged about $10`, `Henry Hub averaged $3.55`).
  if (isDifference(a.terms) !== isDifference(b.terms)) return true;
  // A change over a month and a rate over a year (`Month on month, inflation rose to 1.17%`,
  // `inflation eased to 23.2%`).
  if ((a.monthOnMonth ?? false) !== (b.monthOnMonth ?? false)) return true;
  // An aim and an outcome (`aims to lift blending to 27% by 2030`, `reached 20% blending`).
  if (isAim(a.terms) !== isAim(b.terms)) return true;
  // A change's old level and another's new one (`up from a flat 10%`, `raised to a flat 12%`).
  if (a.figure.end !== undefined && b.figure.end !== undefined && a.figure.end !== b.figure.end) return true;
  // Prices per two measures (`above $4 a pound`, `$5,845 a tonne`): markets quote each good
  // per its own (arabica by the pound, robusta by the tonne), so a briefing that writes two is
  // speaking of two goods.
  if (otherMeasure(a.figure, b.figure)) return true;
  // The year right after a figure, else the one its sentence names (`rose about 35% in
  // 2024-25`, `rose 30% to more than $45 billion in 2023-24`).
  const [x, y] = [a.year ?? a.sentenceYear, b.year ?? b.sentenceYear];
  return (x !== undefined && y !== undefined && x !== y) || (a.period !== undefined && b.period !== undefined && a.period !== b.period);
}

/** Whether two figures disagree about the same thing: 0 when not, else how alike they are
 * (`sameThing`: negative for a restatement). */
export function conflict(f: FigureReport, earlier: FigureReport, dataset: Dataset, tolerance: number): number {
  let inner = sameThingCache.get(f.terms);
  if (!inner) sameThingCache.set(f.terms, (inner = new WeakMap()));
  const hit = inner.get(earlier.terms);
  if (hit && hit.dataset === dataset && hit.version === dataset.version) return hit.score;
  // A figure a source backs is about what that source says: the other must be too.
  const score =
    !otherMeasurements(f, earlier) &&
    !bothBacked(f, earlier) &&
    !ofOtherThings(f.terms, earlier.terms) &&
    !partAndWhole(f, earlier) &&
    // Five times apart, or a fifth: two things (`35 kt` of quotas, `6,000 tonnes` of one
    // country's), as between a claim and another source (`checkFigure.ts`).
    !timesApart(f.figure, earlier.figure) &&
    compareClaim(f.figure, earlier.figure, tolerance) === 'disagrees' &&
    compareClaim(earlier.figure, f.figure, tolerance) === 'disagrees'
      ? sameThing(f, earlier, dataset)
      : 0;
  inner.set(earlier.terms, { version: dataset.version, dataset, score });
  return score;
}
