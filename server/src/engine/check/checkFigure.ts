import { isAim, mutualSimilarity, ofOtherThings, ownTerms, similarity, stem, withColumnWords, type TermVector } from '../context/terms';
import { compareClaim, countsAnyNoun, equalAtPrecision, unitKey, type Dataset } from '../dataset/dataset';
import { sentenceText, type SourceFigure } from '../dataset/sourceFigures';
import { oppositeChanges } from '../figures/change';
import { measuredYear, timesApart } from '../figures/compare';
import type { Agreement, Figure } from '../figures/types';
import type { Source } from '../sources/types';
import { countsOfOneNoun, EACH_AFTER, monthAfter, monthEndAfter, monthsNamed, partsOfYear, sameStatement, sentenceOf, together, type FigureQuery, type Scored } from './figureQuery';
import type { CitedSource, Verdict } from './report';
import { statedOtherwise } from './statedOtherwise';
import { OTHER_SOURCE_SIMILARITY, RELATIVE_SIMILARITY, SAME_THING_SIMILARITY, SUPPORT_SIMILARITY, TIED_SIMILARITY } from './thresholds';
import { titlesNameOthers } from './titleSubjects';
import { changeEnds, pointsBetween } from './pointsBetween';
import { withoutPublishers } from './attribution';
import { namedAround, sourceYearOf } from './yearOf';

/** Sources named in one diagnostic (its related places and quick fixes), best first. */
const MAX_LISTED = 5;
/** How much another source's figure must be about what the backing source says. */
const EVIDENCE_SIMILARITY = 0.3;
/** How much another source's figure must come back to the claim to need only the backing
 * likeness of support (`SUPPORT_SIMILARITY`) to the backing. */
const CLOSE_TO_CLAIM_SIMILARITY = 0.6;

/** Candidates by how much they are about what the query is, most first. */
function score(query: FigureQuery, candidates: Iterable<SourceFigure>, dataset: Dataset): Scored[] {
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    // The words of two changes stand for each other only where the amount is the very same:
    // then the other way is what the claim turned, and the same way another word for it
    // (`rose 2.4%`, `climbed 2.4%`). `cut staff by 10%` is nothing like `transits were about
    // 13% higher` for sharing a word of change.
    const about = similarity(query.terms, candidate.terms, dataset, changedAlike(query.figure, candidate.figure), countsOfOneNoun(query.figure, candidate.figure));
    // A figure of another year is another measurement, which neither backs nor contradicts
    // the claim's (`rose 23% in 2023 and 18% in 2024`).
    // So is a table cell under another year than the one the claim's sentence names (`In 2024
    // the United States took 82.3%` against the 2023 column's `82.3`), or a figure with
    // another year right after it (`EUAs ended 2025 at €80.9` against `€82–88 a tonne in 2026`).
    // So is a figure of weeks or months back (`down from $4.90 a month earlier`) for one of the
    // sentence's own time.
    const otherYear =
      (candidate.figure.earlier === true && query.figure.earlier !== true) ||
      (query.year !== undefined
        ? (sourceYearOf(candidate, dataset) ?? query.year) !== query.year
        : query.sentenceYear !== undefined && (sourceYearOf(candidate, dataset) ?? query.sentenceYear) !== query.sentenceYear);
    // A change's other end is another measurement too (`to 33.4%` against `from 33.40 per cent`).
    const end = query.figure.end;
    // Not where both are of one year: that year's level, whichever way it was reached (`fell to
    // A$116bn in 2024-25` of `fall from A$116 billion in 2024–25 to A$103 billion`).
    const otherEnd = end !== undefined && candidate.figure.end !== undefined && candidate.figure.end !== end && !(query.year !== undefined && sourceYearOf(candidate, dataset) === query.year);
    // So is a figure of another month, named right after it, than the one the claim's sentence
    // names (`risen 98.4% in April and 92.1% in March` for `Rice prices, March | 98.4%`).
    const otherMonth = query.month !== undefined && (monthAfterFigure(candidate) ?? query.month) !== query.month;
    scored.push({ candidate, similarity: about, agreement: otherYear || otherEnd || otherMonth ? undefined : compareClaim(query.figure, candidate.figure, query.tolerance) });
  }
  return scored.sort((a, b) => b.similarity - a.similarity);
}

/** Whether a bound is a source's exact amount cut at the bound's precision (`More than 36,000
 * tonnes` of `36,812 tonnes`, `nearly $9 billion` of `US$8.9 billion`). */
function boundsAtPrecision(bound: Figure, source: Figure): boolean {
  if (source.qualifier !== 'exact' || source.low !== source.high || bound.kind === 'year') return false;
  const edge = bound.low;
  const step = bound.precision;
  if (bound.qualifier === 'more-than' || bound.qualifier === 'at-least') return source.low >= edge && source.low < edge + step;
  if (bound.qualifier === 'nearly' || bound.qualifier === 'less-than' || bound.qualifier === 'at-most') return source.low <= bound.high && source.low > bound.high - step;
  return false;
}

/** The text of a source figure's sentence after it. */
const textAfter = (f: SourceFigure): string => sentenceText(f).slice(f.figure.span.end - f.sentence.start);

/** The month named right after a source's figure in its sentence (`98.4% in April`). */
const monthAfterFigure = (f: SourceFigure): number | undefined => monthAfter(textAfter(f));

/** Candidates scored, most similar first, as ids and numbers: kept for every figure of a
 * briefing, objects would keep every candidate's figure in memory (100 MB at 10,000 sources). */
interface ScoredIds {
  dataset: Dataset;
  version: number;
  ids: number[];
  similarity: number[];
  agreement: Array<Agreement | undefined>;
}

const scoredAnywhere = new WeakMap<TermVector, ScoredIds>();

/** The dataset's candidates for a figure about the same thing, scored once however many
 * questions ask for them, and read back from the dataset as each question goes through them.
 * Every question asks only about the same thing: the rest of the hundreds of candidates are
 * not kept. */
/** A candidate found across the dataset, with its id. */
type FoundAnywhere = Scored & { id: number };

function* candidatesAnywhere(query: FigureQuery, dataset: Dataset, agreeing?: (agreement: Agreement | undefined) => boolean): Generator<FoundAnywhere> {
  const { ids, similarity: similarities, agreement } = scoredIdsAnywhere(query, dataset);
  for (let i = 0; i < ids.length; i++) {
    // Asked only for some agreements, the others are not read back: reading back hundreds of
    // candidates a figure is most of a check's time.
    if (agreeing && !agreeing(agreement[i])) continue;
    const candidate = dataset.figure(ids[i]);
    if (candidate) yield { candidate, similarity: similarities[i], agreement: agreement[i], id: ids[i] };
  }
}

/** The query's candidates across the dataset, as ids, scored once for the dataset's version. */
function scoredIdsAnywhere(query: FigureQuery, dataset: Dataset): ScoredIds {
  let hit = scoredAnywhere.get(query.terms);
  if (!hit || hit.dataset !== dataset || hit.version !== dataset.version) {
    hit = scoreAnywhere(query, dataset);
    scoredAnywhere.set(query.terms, hit);
  }
  return hit;
}

function scoreAnywhere(query: FigureQuery, dataset: Dataset): ScoredIds {
  const kept: Array<{ id: number; about: number; agreement: Agreement | undefined }> = [];
  for (const id of dataset.candidateIds(query.figure, query.terms)) {
    const candidate = dataset.figure(id);
    if (!candidate) continue;
    const about = similarity(query.terms, candidate.terms, dataset, false, countsOfOneNoun(query.figure, candidate.figure));
    if (about < SAME_THING_SIMILARITY) continue;
    kept.push({ id, about, agreement: compareClaim(query.figure, candidate.figure, query.tolerance) });
  }
  // The order `score` gives: a stable sort, most similar first.
  kept.sort((a, b) => b.about - a.about);
  return { dataset, version: dataset.version, ids: kept.map((k) => k.id), similarity: kept.map((k) => k.about), agreement: kept.map((k) => k.agreement) };
}

function inLocator(f: SourceFigure, cited: CitedSource): boolean {
  const locator = cited.citation.locator;
  if (!locator || locator.n === undefined) return true;
  if (locator.kind === 'para') return f.paragraph === locator.n;
  if (locator.kind === 'line') return f.line === locator.n;
  return true;
}

/** Figures of the cited sources, of the claim's unit, narrowed by each citation's locator. */
function citedFigures(query: FigureQuery, cited: CitedSource[], dataset: Dataset, narrow: boolean): SourceFigure[] {
  const key = unitKey(query.figure);
  const out: SourceFigure[] = [];
  const seen = new Set<Source>();
  for (const c of cited) {
    if (!narrow && seen.has(c.source)) continue;
    seen.add(c.source);
    for (const f of dataset.figuresOf(c.source)) {
      // A count of any noun (`countsAnyNoun`) is a candidate for every count.
      const unit = unitKey(f.figure) === key || (f.figure.kind === 'count' && query.figure.kind === 'count' && (countsAnyNoun(f.figure) || countsAnyNoun(query.figure)));
      if (unit && (!narrow || inLocator(f, c))) out.push(f);
    }
  }
  return out;
}

/** Whether another figure of the claim's sentence states the candidate (each supports the
 * other): then the candidate is that figure's, not evidence against this one (`25 of the 32
 * allies` against `Twenty-three of NATO's 32 members`: 32 is the whole's, and 23 is what 25
 * disagrees with). */
function statesSibling(query: FigureQuery, s: Scored): boolean {
  const c = s.candidate.figure;
  return query.sentenceFigures?.some((f) => f !== query.figure && compareClaim(f, c, query.tolerance) === 'supports' && compareClaim(c, f, query.tolerance) === 'supports') ?? false;
}

/** The figures of one claim sentence are stated by one source sentence: the candidates that
 * state another figure of the claim's (`about $4 billion`), on the likeness support needs.
 * Undefined when the claim's sentence has no other figure of its unit. */
function alignedCandidates(scored: Scored[], query: FigureQuery): SourceFigure[] | undefined {
  if (!query.sentenceFigures) return undefined;
  const aligned = scored.filter((s) => s.similarity >= SUPPORT_SIMILARITY && statesSibling(query, s)).map((s) => s.candidate);
  return aligned.length > 0 ? aligned : undefined;
}

/** Two cells of one table row under two years: one thing's two measurements, never two
 * things of a claim's sentence (`| Fixed income | 19.6 | 17.0 |` for `Fixed income accounted
 * for 17 per cent and cash roughly 2 per cent`: 19.6 is 2022's fixed income, not the cash). */
const otherColumn = (a: SourceFigure, b: SourceFigure): boolean => {
  const [x, y] = [a.figure.columnYear, b.figure.columnYear];
  return x !== undefined && y !== undefined && x !== y && !spans(x, y) && !spans(y, x);
};

/** A column of two years (`Change, 2023-24`, read as 2023.5) beside the later year's column:
 * the change to that year's level, of its row's same time. */
const spans = (two: number, one: number): boolean => two % 1 === 0.5 && one === two + 0.5;

/** Two figures of one sentence side by side, one in brackets after the other or set off by
 * `or` (`4,480 ringgit ($1,002)`, `€5bn, or $5.4bn`, `23.31 million bags, or 46.2% of the
 * total`): one amount in two units. */
function beside(a: SourceFigure, b: SourceFigure): boolean {
  if (!together(a, b) || unitKey(a.figure) === unitKey(b.figure)) return false;
  const [first, second] = a.figure.span.start < b.figure.span.start ? [a.figure.span, b.figure.span] : [b.figure.span, a.figure.span];
  return second.start >= first.end && /^\s*(?:\(|,\s*or\s|or\s)\s*$/.test(a.source.text.slice(first.end, second.start));
}

/** A figure of a source sentence that states another figure of the claim's sentence, with
 * this `agreement`, and not itself another figure's statement: this one's evidence, on less
 * likeness than a figure of another sentence needs. Where it disagrees, `$10.25 billion` for
 * `$10.52 billion` beside a shared `about $4 billion`; where it agrees, the source's
 * `2014–18` for the claim's, beside a shared `2019–23` (a source's `February 2022`, in a
 * sentence that shares more words, was taken instead, and the period was a mismatch). */
function alignedWith(scored: Scored[], query: FigureQuery, dataset: Dataset, agreement: Agreement, tied: SourceFigure[] = []): Scored | undefined {
  const aligned = [...(alignedCandidates(scored, query) ?? []), ...tied];
  if (aligned.length === 0) return undefined;
  // An agreeing figure beside the source's statement of another of the claim's figures, of
  // another unit, needs less: `defined as 7-nanometre and below, accounted for 74% of wafer
  // revenue` backs `Chips made at 7 nm or finer generated 74 per cent of wafer revenue`, in
  // few shared words (a `3nm` of the next sentence, sharing `made`, was its mismatch).
  // And one the source gives beside it, its other currency (`4,480 ringgit ($1,002)` for `RM4,480
  // a tonne, or roughly US$1,000`), nothing more.
  // So does one in a sentence that states two of the claim's other figures (`USD 2.30 per kg,
  // against USD 2.56 in 2023, a decline of 10.2 per cent` for `dropped about 10%, to $2.30/kg
  // from $2.56/kg`): no other sentence is so tied to the claim's.
  // A disagreeing figure next to the statement of another of the claim's figures needs as
  // little as a tied agreeing one (`15.1 million tons, was set in May 2023` for `15.1 million
  // tons, dated from March 2023`; not Italy's `up 15%` of `44.1 million hl, up 15%, ahead of
  // Spain at 31.0 million hl` for Spain's `31.0 million hl, an increase of 9.5%`).
  // (Which reads the candidate's sentence: only where the likeness is between the two floors.)
  const floor = (s: Scored): number => {
    const tiedHere = tied.filter((a) => together(a, s.candidate));
    if (agreement !== 'supports') return s.similarity < SUPPORT_SIMILARITY && besideTheSame(query, s.candidate, dataset) ? TIED_SIMILARITY : SUPPORT_SIMILARITY;
    // So does a date of the sentence that states another of the claim's figures, for the
    // claim's date (`peaked at $704.9bn on 27 September 2024` for `an all-time high of US$
    // 704.9 billion on September 27, 2024`): a sentence's date is no word of its own.
    const dateTied = query.figure.kind === 'year' && tiedHere.length > 0;
    return dateTied || tiedHere.some((a) => beside(a, s.candidate)) || new Set(tiedHere.map((a) => a.figure.low)).size >= 2 ? 0 : tiedHere.length > 0 ? TIED_SIMILARITY : SUPPORT_SIMILARITY;
  };
  return scored.find(
    (s) =>
      s.agreement === agreement &&
      aligned.some((a) => together(a, s.candidate) && !otherColumn(a, s.candidate)) &&
      s.similarity >= floor(s) &&
      !statesSibling(query, s) &&
      !onlySince(query.figure, s.candidate.figure) &&
      // A sentence that states the claim's figure too disagrees with nothing (`gained $1.10,
      // or 1.4%, to $77.05` for `gained 1.4%, to about $77`).
      (agreement !== 'disagrees' || (!scored.some((o) => o.agreement === 'supports' && together(o.candidate, s.candidate)) && !convertsAnother(s.candidate, tied, dataset))),
  );
}

/** Whether `candidate` is another amount of its sentence in another unit, beside it (`5.4
 * trillion naira ($3.3 billion) …, more than the 4.39 trillion naira spent in 2022`: the
 * dollars are the 5.4 trillion's, not the tied 4.39 trillion's). */
function convertsAnother(candidate: SourceFigure, tied: SourceFigure[], dataset: Dataset): boolean {
  const isTied = (f: SourceFigure): boolean => tied.some((t) => t.source === f.source && t.figure.span.start === f.figure.span.start);
  return sentenceOf(candidate, dataset).some((f) => f.figure.span.start !== candidate.figure.span.start && beside(f, candidate) && !isTied(f));
}

/** Whether the figure nearest to the claim's in its sentence and the one nearest to
 * `candidate` in its own are the very same (`nearestOf`, `sameStatement`). A date claim must
 * be its sentence's only date (`in the year to March 2025, about 5 per cent more than in
 * 2023-24`: the source's `2024-25` beside its `up 5%` is the other date's). */
function besideTheSame(query: FigureQuery, candidate: SourceFigure, dataset: Dataset): boolean {
  const figures = query.sentenceFigures;
  if (!figures || (query.figure.kind === 'year' && figures.filter((f) => f.kind === 'year').length > 1)) return false;
  const mine = nearestOf(query.figure, figures);
  if (!mine) return false;
  const theirs = nearestOf(candidate.figure, sentenceOf(candidate, dataset).map((f) => f.figure));
  return theirs !== undefined && sameStatement(mine, theirs);
}

const TIME_UNITS = /^(?:year|decade|century|quarter|month|week|day|hour)$/;

/** The figure of `figures` nearest to `figure`, of another unit and neither a date nor a
 * stretch of time, which is between two dates (`in July 2021, nearly four years after the
 * penalty was announced`: the ruling's date is the other end). */
function nearestOf(figure: Figure, figures: readonly Figure[]): Figure | undefined {
  const key = unitKey(figure);
  const at = figure.span;
  const gap = (f: Figure): number => (f.span.start >= at.end ? f.span.start - at.end : at.start - f.span.end);
  let nearest: Figure | undefined;
  for (const f of figures) {
    if (f === figure || f.kind === 'year' || unitKey(f) === key || (f.kind === 'count' && TIME_UNITS.test(f.unit))) continue;
    if (!nearest || gap(f) < gap(nearest)) nearest = f;
  }
  return nearest;
}

/** Figures of the cited sources that state another figure of the claim's sentence, of another
 * unit: the source sentence that says the claim's `£1,738 a year` says its `up 2.1%` too, as
 * `a rise of 1.2%`. A year is left out: one is in most sentences, and ties none. */
function tiedStatements(query: FigureQuery, cited: CitedSource[], dataset: Dataset): SourceFigure[] {
  const key = unitKey(query.figure);
  const siblings = query.sentenceFigures?.filter((f) => f.kind !== 'year' && unitKey(f) !== key);
  if (!siblings || siblings.length === 0) return [];
  const out: SourceFigure[] = [];
  for (const source of new Set(cited.map((c) => c.source))) {
    for (const g of dataset.figuresOf(source)) {
      if (siblings.some((f) => compareClaim(f, g.figure, query.tolerance) === 'supports' && compareClaim(g.figure, f, query.tolerance) === 'supports')) out.push(g);
    }
  }
  return out;
}

/** The table cell of the claim's year's column that backs another figure of the claim's
 * sentence, and the only cell of its row that does (`In 2024 … produced 1.5 million tonnes`
 * against the `2024` column's `1,470`, in thousand tonnes): the year's evidence, though no
 * year stands in the cell's row. (`more than 1 million tonnes`, which several years' cells
 * back, backs no year.) */
function columnOfYear(query: FigureQuery, cited: CitedSource[], dataset: Dataset): SourceFigure | undefined {
  const year = query.figure.kind === 'year' ? measuredYear(query.figure) : undefined;
  const siblings = query.sentenceFigures?.filter((f) => f.kind !== 'year');
  if (year === undefined || !siblings || siblings.length === 0) return undefined;
  let stated: SourceFigure | undefined;
  // A cell's likeness to the claim, read once however many of its figures ask.
  const likeness = new Map<SourceFigure, number>();
  const about = (g: SourceFigure): number => {
    let a = likeness.get(g);
    if (a === undefined) likeness.set(g, (a = similarity(query.terms, g.terms, dataset)));
    return a;
  };
  for (const source of new Set(cited.map((c) => c.source))) {
    const cells = dataset.figuresOf(source).filter((g) => g.figure.columnYear !== undefined);
    for (const f of siblings) {
      const agreements = cells.map((g) => compareClaim(f, g.figure, query.tolerance));
      const backing = cells.filter((_, i) => agreements[i] === 'supports');
      // Of the claim's thing in some words: a cell of another row that happens to hold the value is not.
      const inYear = backing.find((g) => g.figure.columnYear === year && about(g) >= TIED_SIMILARITY);
      if (inYear && !backing.some((g) => g.figure.columnYear !== year && together(g, inYear))) return inYear;
      // Else the cell of that year of the row most about the claim, whatever its value: the
      // table states the year, and a wrong amount is the amount's error (`The economy shrank
      // 2.1% in 2023` against `Real GDP growth … -1.2` under `2023`).
      cells.forEach((g, i) => {
        if (g.figure.columnYear !== year || agreements[i] === undefined || about(g) < SUPPORT_SIMILARITY) return;
        if (!stated || about(g) > about(stated)) stated = g;
      });
    }
  }
  return stated;
}

/** A source's year after `since` (`the driest since records began in 1950`) against a claim's
 * year that is not: where a span starts says nothing of the year the claim is of. */
const onlySince = (claim: Figure, source: Figure): boolean => source.since === true && claim.since !== true;

/** The very amount (no tolerance), going the other way (`rose 2.3%`, `fell 2.3 per cent`). */
function turnedAmount(claim: Figure, source: Figure): boolean {
  return oppositeChanges(claim, source) && sameAmount(claim, source);
}

/** Two changes of the very amount, either way. */
function changedAlike(claim: Figure, source: Figure): boolean {
  return claim.change !== undefined && source.change !== undefined && sameAmount(claim, source);
}

const sameAmount = (claim: Figure, source: Figure): boolean => compareClaim({ ...claim, change: undefined }, { ...source, change: undefined }, 0) === 'supports';

/** The source's very value of the claim's, dated as the claim's is: so exact a match is no
 * coincidence, and backs the claim over a figure that shares more words. A table's cell of the
 * claim's year (`| 2024 | 273 | 279 |` under `China (US$/t CFR)` for `China's 2024 contract
 * was signed at $273 a tonne`), which says in few words what it is and its year in a header;
 * or a figure dated by the very month and year the claim's is (`rose 2.8% in December 2025`
 * for `Monthly inflation was 2.8% in December 2025`, beside `Core inflation … was 3.0% in
 * December`). */
function datedAlike(scored: Scored[], query: FigureQuery, dataset: Dataset, ownVeryValue: (s: Scored) => boolean): Scored | undefined {
  const year = query.year ?? query.sentenceYear;
  const cell = year === undefined ? undefined : scored.find((s) => s.similarity >= TIED_SIMILARITY && s.candidate.figure.columnYear === year && ownVeryValue(s));
  if (cell) return cell;
  const figures = query.sentenceFigures;
  const date = query.year === undefined ? undefined : figures?.find((f) => f.span.start >= query.figure.span.end);
  if (date?.kind !== 'year' || date.month === undefined) return undefined;
  return scored.find((s) => {
    if (s.similarity < SUPPORT_SIMILARITY || !ownVeryValue(s) || sourceYearOf(s.candidate, dataset) !== query.year) return false;
    // Its year is the date right after it (`sourceYearOf`): that date's month.
    const own = dataset.figuresOf(s.candidate.source);
    const at = own.findIndex((f) => f.figure.span.start === s.candidate.figure.span.start);
    return own[at + 1]?.figure.month === date.month;
  });
}

/** Picks the backing figure among scored candidates: an agreeing figure that is nearly as
 * much about the same thing as the best one wins over a disagreeing one. */
function pick(scored: Scored[], query: FigureQuery, dataset: Dataset, tied: SourceFigure[] = [], sameTime: SourceFigure[] = []): { supports?: Scored; looser?: Scored; disagrees?: Scored; sameValue?: Scored } {
  const best = scored[0]?.similarity ?? 0;
  const floor = Math.max(SUPPORT_SIMILARITY, best * RELATIVE_SIMILARITY);
  const close = scored.filter((s) => s.similarity >= floor);
  // A figure of this very amount going the other way, as much about the claim as one that
  // backs it must be, is what the claim turned: the evidence of a mismatch, ahead of a figure
  // that shares more words (`Imports rose 2.3% in October` against `Imports fell 2.3 per
  // cent`, not `exports rose 12.7 per cent in October`), and where nothing else is clearly
  // the same thing (`rose 35%` against `US$46,000 per tonne, down 35%`).
  const turned = close.find((s) => turnedAmount(query.figure, s.candidate.figure) && !statesSibling(query, s));
  // The very figure of the claim, stated by the source (each supports the other), or the
  // source's figure rounded to two digits or more (`about $38.2 billion` of `$38.23 billion`,
  // not of `$38.9 billion`; not `roughly US$1,000` of any `$1,002`), or cut at a bound's
  // last digit (`nearly $9 billion` of `US$8.9 billion`).
  // (A count of no known noun backs one way only: `bareCounts.ts`.)
  const veryValue = (s: Scored): boolean =>
    s.agreement === 'supports' &&
    (s.candidate.figure.bare === true ||
      compareClaim(s.candidate.figure, query.figure, query.tolerance) === 'supports' ||
      (query.figure.qualifier === 'approximate' && significantDigits(query.figure) >= 2 && equalAtPrecision(query.figure, s.candidate.figure)) ||
      boundsAtPrecision(query.figure, s.candidate.figure));
  // ... and not of someone else (`The United States produced 45,000 tonnes in 2024, and
  // Myanmar 31,000 tonnes` for `Myanmar produced 45,000 tonnes`).
  const ownVeryValue = (s: Scored): boolean => veryValue(s) && !(s.candidate.terms.subject && query.terms.subject && s.candidate.terms.subject !== query.terms.subject);
  // ... at the same end of a change (`fell …, to roughly $1.1 billion` for `fell by about half,
  // to roughly $1.1 billion`), about the claim as one that backs it must be: it backs it over a
  // level that shares more words (`frozen durian exports reached $180 million`).
  const endedAlike = scored.find((s) => query.figure.end !== undefined && s.candidate.figure.end === query.figure.end && s.similarity >= SUPPORT_SIMILARITY && ownVeryValue(s));
  const disagrees =
    turned ??
    // A source sentence that states the claim's very figure disagrees with nothing
    // (`fell by 20.7 million barrels to 7,631 million barrels` for `stand at 7,631 million`).
    scored.find(
      (s) =>
        s.agreement === 'disagrees' &&
        s.similarity >= SAME_THING_SIMILARITY &&
        !statesSibling(query, s) &&
        !onlySince(query.figure, s.candidate.figure) &&
        !scored.some((o) => ownVeryValue(o) && together(o.candidate, s.candidate)) &&
        !endedAlike,
    ) ??
    // A year ties a claim to what the source says of that year; it backs nothing alone,
    // since the source's other figures of the sentence may be of that year too.
    alignedWith(scored, query, dataset, 'disagrees', [...tied, ...sameTime]);
  return {
    supports: close.find((s) => s.agreement === 'supports') ?? endedAlike ?? datedAlike(scored, query, dataset, ownVeryValue) ?? alignedWith(scored, query, dataset, 'supports', tied),
    // "Consistent but looser" says the source speaks of the same thing: as sure as a mismatch,
    // or less sure where nothing else answers the claim (`checkCitedFigure`).
    // So does one in a sentence that states another of the claim's figures (`loaded 5.2
    // million tonnes, more than a third of the country's shipments` for `5.2 million tonnes
    // between them, 34% of the national total`).
    looser:
      close.find((s) => s.agreement === 'looser' && s.similarity >= OTHER_SOURCE_SIMILARITY) ??
      scored.find((s) => s.agreement === 'looser' && s.similarity >= TIED_SIMILARITY && besideTheSame(query, s.candidate, dataset) && !statesSibling(query, s)) ??
      // A bound at the claim's very amount, of three digits or more (`up to PLN 28.8 billion`
      // for `PLN 28.8 billion`): so precise a number is no coincidence.
      close.find((s) => s.agreement === 'looser' && edgeAt(query.figure, s.candidate.figure)),
    disagrees,
    // The cited source states this very figure, in words too different to match
    // (`sunk` and `sinking`): when nothing there contradicts it, that is its backing. Only
    // the very figure: any number of the source above a claim's `at least 3 million bpd`
    // agrees with it.
    sameValue: scored.find(veryValue),
  };
}

/** Sources outside `exclude` that back the figure about the same thing, best first, one a source. */
export function supportersElsewhere(query: FigureQuery, dataset: Dataset, exclude: Set<Source>): SourceFigure[] {
  const out: SourceFigure[] = [];
  const seen = new Set<Source>(exclude);
  for (const s of candidatesAnywhere(query, dataset, (a) => a === 'supports')) {
    if (seen.has(s.candidate.source)) continue;
    seen.add(s.candidate.source);
    out.push(s.candidate);
    if (out.length >= MAX_LISTED) break;
  }
  return out;
}

const ONE_SIDED: readonly string[] = ['more-than', 'at-least', 'less-than', 'at-most', 'nearly'];

/** Whether `figure` is the very number a one-sided bound is of. */
const boundsEdge = (bound: Figure, figure: Figure): boolean =>
  ONE_SIDED.includes(bound.qualifier) && figure.qualifier === 'exact' && unitKey(bound) === unitKey(figure) && sameStatement({ ...bound, qualifier: 'exact' }, figure);

/** Two statements of one bound that differ (`over 90%` and `over 93%`) are a conflict even
 * though both may be true: a reviewer needs to know that the sources do not say the same. */
export function boundsDiffer(a: Figure, b: Figure, tolerance: number): boolean {
  if (a.qualifier !== b.qualifier || !ONE_SIDED.includes(a.qualifier)) return false;
  return compareClaim(a, b, tolerance) !== 'supports' || compareClaim(b, a, tolerance) !== 'supports';
}

/** Other sources' figures for the same thing that disagree with the claim or its backing. */
function conflictsWith(query: FigureQuery, evidence: SourceFigure, dataset: Dataset, cited: Set<Source>): SourceFigure[] {
  const out: SourceFigure[] = [];
  // A year beside another figure of its sentence dates it (`about 90% … in 2023`): another
  // source may measure another year, and its `in 2019` contradicts nothing.
  if (query.figure.kind === 'year' && query.sentenceFigures?.some((f) => f.kind !== 'year')) return out;
  const seen = new Set<Source>(cited);
  const anotherTime = otherTimes(query, evidence, dataset);
  /** The backing sentence's other figures, read when a candidate first gets that far. */
  let backingSiblings: SourceFigure[] | undefined;
  // Only a disagreeing figure is a conflict, or one of two bounds that differ.
  const wanted = ONE_SIDED.includes(evidence.figure.qualifier) ? undefined : (a: Agreement | undefined) => a === 'disagrees';
  for (const s of candidatesAnywhere(query, dataset, wanted)) {
    if (seen.has(s.candidate.source)) continue;
    // The tests of the two figures alone first: they read nothing else, where the tests of
    // words read each candidate's sentence (at 10,000 sources, thousands of them a check).
    // A change against a level (`output rose 13%`, `one in five tonnes … comes from artisanal
    // miners`): two statements of two kinds.
    if ((query.figure.change === undefined) !== (s.candidate.figure.change === undefined)) continue;
    if (s.agreement !== 'disagrees' && !boundsDiffer(evidence.figure, s.candidate.figure, query.tolerance)) continue;
    // A bound's very number, stated as it is (`larger than 6.25 ha`, `a minimum mapping area of
    // 6.25 ha`): one threshold told two ways.
    if (boundsEdge(query.figure, s.candidate.figure)) continue;
    // Five times the backing's amount, or a fifth, is another amount of something else (the
    // fund's `NOK 19,886 billion`, its Israeli shares' `NOK 19.7 billion`; a project's `further
    // 16 mtpa`, the country's `142 million tonnes a year`), not the same thing measured
    // otherwise. So is a share or a change (`rose 0.8%` at one auction, `rose 19%` over a
    // month): sources that disagree about one thing disagree by less.
    if (timesApart(evidence.figure, s.candidate.figure)) continue;
    // Nothing ties another source to this sentence but its words: the other source must be
    // about what the backing source says too, and its own words must come back to the claim.
    // One that comes back to the claim in nearly its words needs less of the backing's (a
    // blog's `the national average for a 5kg bag had hit 4,800 yen` for `The average price of
    // a 5kg bag hit a record 4,285 yen`, where the wire's record says `in the week to May 18`).
    // (Of the words, the likeness to the backing first: most candidates fall short of even
    // support's.)
    const toEvidence = similarity(evidence.terms, s.candidate.terms, dataset);
    if (toEvidence < SUPPORT_SIMILARITY) continue;
    const toClaim = similarity(s.candidate.terms, query.terms, dataset);
    if (toClaim < (toEvidence < EVIDENCE_SIMILARITY ? CLOSE_TO_CLAIM_SIMILARITY : OTHER_SOURCE_SIMILARITY)) continue;
    // A table's cell is about what its column's header says too (a row's `Belarus` of
    // `Share of world exports`): both with the header's words and without them.
    if (columnWordsDiffer(evidence, s.candidate, query, dataset)) continue;
    // A share of another thing (`of global refined copper output` against the claim's `of the
    // world's refined cobalt`) contradicts nothing.
    if (ofOtherThings(query.terms, s.candidate.terms)) continue;
    // An average over a time against a figure of no average (a market strip's day's price
    // against `averaged 69.8 baht in 2024`): two measurements.
    if (isAverage(query.terms) !== isAverage(s.candidate.terms)) continue;
    // So are an aim and an outcome (`average inflation was 10.03%` against a budget's target
    // of 6.5%).
    if (isAim(query.terms) !== isAim(s.candidate.terms)) continue;
    // So are an amount for each of several (`four mega-trains with a capacity of 8 MTPA each`)
    // and a total (`will add 32 mtpa`).
    if ((query.perItem ?? false) !== perItem(s.candidate)) continue;
    if (titlesNameOthers(evidence, s.candidate)) continue;
    // Another figure of the claim's sentence, stated (`from $18.7 in January to $14.1 in
    // April`: January's 18.7 is no conflict for April's 14.1).
    if (statesSibling(query, s)) continue;
    // Another figure of the backing's own sentence, stated (`between 230,000 and 290,000
    // tonnes of copper in 2025, and about 500,000 tonnes a year … from 2028`): the cited
    // source gives that one too, of something else it tells apart. Not a table row's other
    // column, which a claim of no year may have meant.
    if ((evidence.figure.columnYear === undefined || query.year !== undefined) && (backingSiblings ??= sentenceOf(evidence, dataset).filter((f) => f !== evidence)).some((f) => sameStatement(f.figure, s.candidate.figure))) continue;
    // The tests that read the other source's other figures and sentences last: a year's
    // reading decodes the whole source.
    if (anotherTime(s.candidate)) continue;
    // Two changes to new levels of other units are changes of two things (`rose 11% to 23.8
    // million pounds`, `rose 4.6% to $82.50 a pound`: an output and a price).
    if (newLevelsDiffer(query, s.candidate, dataset)) continue;
    if ((s.agreement === 'disagrees' && !statesClaimToo(query, s, dataset)) || boundsDiffer(evidence.figure, s.candidate.figure, query.tolerance)) {
      seen.add(s.candidate.source);
      out.push(s.candidate);
      if (out.length >= MAX_LISTED) break;
    }
  }
  return out;
}


/** Whether a source's figure is an amount for each of several (`8 MTPA each`, `$5 apiece`). */
function perItem(f: SourceFigure): boolean {
  const text = sentenceText(f);
  return EACH_AFTER.test(text.slice(f.figure.span.end - f.sentence.start, f.figure.span.end - f.sentence.start + 12));
}

const AVERAGE = stem('average');
/** Whether a figure is an average: the word weighs as much as one next to the figure does
 * (`averaged 69.8 baht`), not as one a clause away (`… the twelve-month average rate`). */
const isAverage = (terms: TermVector): boolean => (terms.get(AVERAGE) ?? 0) >= 0.5;



/** Whether a table's cell, the backing or the other source's figure, is about the same only
 * without its column's words. */
function columnWordsDiffer(evidence: SourceFigure, candidate: SourceFigure, query: FigureQuery, dataset: Dataset): boolean {
  const backing = withColumnWords(evidence.terms);
  if (backing !== evidence.terms && similarity(backing, candidate.terms, dataset) < EVIDENCE_SIMILARITY) return true;
  const other = withColumnWords(candidate.terms);
  return other !== candidate.terms && similarity(other, query.terms, dataset) < OTHER_SOURCE_SIMILARITY;
}

/** Whether another source's figure is of another time than the claim, and so another
 * measurement: of other months only than the claim's sentence names (`otherMonths`); of a year
 * the claim's sentence never names (`22% … in 2024` against `21% in 2023, up from 18% a year
 * earlier`), its own or else its paragraph's (`namedAround`); for a claim that names none, of
 * a year other than its backing's (`eased … from 47.3% in April`, April of the wire's year,
 * against `289.4 percent in April 2024`; not a table column's year, since which column a claim
 * of no year is of is what is in question) or than its backing's paragraph's, or of a year
 * after its backing was published (a 2023 wire's `488 naira` against `1,030 naira per litre in
 * 2024`). */
function otherTimes(query: FigureQuery, evidence: SourceFigure, dataset: Dataset): (candidate: SourceFigure) => boolean {
  const years = claimYears(query);
  const backingYear = years.length === 0 && evidence.figure.columnYear === undefined ? sourceYearOf(evidence, dataset) : undefined;
  if (backingYear !== undefined) years.push(backingYear);
  // Else the one year the backing's sentence, or the one before it in its paragraph, names
  // (`It supplied about 62% of China's iron ore imports in 2024`): another source's figure of
  // another year is of another time (`China took about 85% … in 2025`), but one of no year
  // says nothing of its time, whenever it was published. (Not a year's: a date names itself.)
  const aroundYear = query.figure.kind !== 'year' && years.length === 0 && evidence.figure.columnYear === undefined ? onlyYear(namedAround(evidence, dataset).named) : undefined;
  if (aroundYear !== undefined) years.push(aroundYear);
  // An amount over a span of years (`$136.5bn over 2026–2029`) is no one year's.
  const overYears = (query.sentenceFigures ?? []).some((f) => f.kind === 'year' && f.high - f.low >= 2);
  const ofOneYear = (candidate: SourceFigure): boolean => (sourceYearOf(candidate, dataset) ?? onlyYear(namedAround(candidate, dataset).named)) !== undefined;
  const published = years.length === 0 ? publishedYear(evidence.source) : undefined;
  // Of other parts of a year only (`fell 62 per cent in the first quarter` against `fell about
  // 40% in the first half`).
  const parts = query.parts;
  const otherParts = (candidate: SourceFigure): boolean => {
    if (!parts && !query.namesMonths) return false;
    const text = sentenceText(candidate);
    const own = partsOfYear(text);
    if (parts && own.size > 0) return ![...own].some((p) => parts.has(p));
    // Months against a part of a year, either way (`in January and February`, `in the first
    // quarter`): two stretches of time.
    const named = monthsNamed(text).size > 0;
    return parts ? named && !query.namesMonths : own.size > 0 && !named;
  };
  if (years.length === 0 && published === undefined) return overYears ? (c) => ofOneYear(c) || otherParts(c) : otherParts;
  const months = claimMonths(query);
  return (candidate) => {
    if (months.size > 0 && otherMonths(months, candidate)) return true;
    if (otherParts(candidate)) return true;
    if (overYears && ofOneYear(candidate)) return true;
    const year = sourceYearOf(candidate, dataset) ?? (years.length > 0 ? onlyYear(namedAround(candidate, dataset).named) : undefined);
    if (year === undefined) return aroundYear === undefined && publishedLater(years, months, candidate.source);
    return years.length > 0 ? !years.includes(year) : year > published!;
  };
}

/** Whether a source was published a season or more after the one month and year the claim's
 * sentence names, or in a later year than the one year it names (a 2025 headline's `first port
 * to handle more than 50 million TEU in a year` against a claim of 2021): what it says of no
 * time of its own is of its own time. */
function publishedLater(years: readonly number[], months: ReadonlySet<number>, source: Source): boolean {
  if (years.length !== 1 || months.size > 1 || !source.meta.date) return false;
  const [y, m] = source.meta.date.split('-').map(Number);
  if (!Number.isInteger(y) || !Number.isInteger(m)) return false;
  if (months.size === 0) return y > years[0];
  const claim = years[0] * 12 + [...months][0];
  return y * 12 + m - claim >= SEASON;
}

/** Months after which a source's figure of no time of its own is of another time than the claim's. */
const SEASON = 3;

/** The one year of a set, if it holds one. */
const onlyYear = (years: ReadonlySet<number>): number | undefined => (years.size === 1 ? years.values().next().value : undefined);

/** The months the claim's sentence dates it by (`in the week to 18 May 2025`, `at the end of
 * 2025`: `FigureQuery.month`). */
function claimMonths(query: FigureQuery): Set<number> {
  const months = new Set<number>();
  for (const f of query.sentenceFigures ?? []) if (f.kind === 'year' && f.month !== undefined) months.add(f.month);
  if (query.month !== undefined) months.add(query.month);
  return months;
}

/** Whether another source's sentence is dated by other months only than the claim's
 * (`3,829 yen in the week to March 2` against the claim's `¥4,285 in the week to 18 May
 * 2025`, `worth NOK 20,960 billion at the end of December` against `by the end of June`): a
 * measurement of another time. A month is a capitalised month's name, an abbreviation with a
 * day or a year; not `May` that starts the sentence, which may be a verb. */
function otherMonths(months: ReadonlySet<number>, candidate: SourceFigure): boolean {
  // The month right after the figure is its own, whatever else the sentence names (`$11.1bn at
  // the end of May, from $8.98bn at the end of December`).
  const own = monthAfterFigure(candidate) ?? monthEndAfter(textAfter(candidate));
  if (own !== undefined) return !months.has(own);
  const named = monthsNamed(sentenceText(candidate));
  return named.size > 0 && ![...named].some((m) => months.has(m));
}

/** The year a source was published, from its date (`2023-06-01`). */
function publishedYear(source: Source): number | undefined {
  const year = source.meta.date ? Number(source.meta.date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}

/** Whether the claim's change and a source's are each followed by a new level (`to …`) and
 * the two levels are of other units. */
function newLevelsDiffer(query: FigureQuery, other: SourceFigure, dataset: Dataset): boolean {
  if (!query.figure.change || !other.figure.change) return false;
  const claimLevel = query.sentenceFigures?.find((f) => f.end === 'to' && f.span.start > query.figure.span.end);
  if (!claimLevel) return false;
  const sourceLevel = dataset.figuresOf(other.source).find((f) => together(f, other) && f.figure.end === 'to' && f.figure.span.start > other.figure.span.end);
  return sourceLevel !== undefined && unitKey(claimLevel) !== unitKey(sourceLevel.figure);
}

/** The years the claim is of: the one right after its figure, else its sentence's. */
function claimYears(query: FigureQuery): number[] {
  if (query.year !== undefined) return [query.year];
  const years: number[] = [];
  for (const f of query.sentenceFigures ?? []) {
    const y = f.kind === 'year' ? measuredYear(f) : undefined;
    if (y !== undefined) years.push(y);
  }
  return years;
}

/** Whether the other source's sentence states the claim's figure too: then its disagreeing
 * figure is of something else (`| Shanghai – Genoa | 1,550 | … | 5,213 |`: 1,550 is 2019's,
 * 5,213 the claim's), as in `pick`. Looked for among the claim's candidates, which such a
 * figure, of the same sentence as a candidate, is mostly among; else in that sentence. */
function statesClaimToo(query: FigureQuery, s: FoundAnywhere, dataset: Dataset): boolean {
  const other = s.candidate;
  const hit = scoredIdsAnywhere(query, dataset);
  for (let i = 0; i < hit.ids.length; i++) {
    if (hit.agreement[i] !== 'supports') continue;
    const f = dataset.figure(hit.ids[i]);
    if (f && f !== other && together(f, other)) return true;
  }
  // However little its own words weigh beside the other's (`$10.5 billion to the United States
  // …, roughly a third of its total drug exports of $30.5 billion`). A sentence's figures have
  // neighbouring ids: read only those, not the whole file.
  const backs = (f: SourceFigure | undefined): boolean => f !== undefined && f !== other && compareClaim(query.figure, f.figure, query.tolerance) === 'supports' && similarity(query.terms, f.terms, dataset) >= SUPPORT_SIMILARITY;
  for (const step of [-1, 1]) {
    for (let id = s.id + step; ; id += step) {
      const f = dataset.figure(id);
      if (!f || !together(f, other)) break;
      if (backs(f)) return true;
    }
  }
  return false;
}

/** Whether a disagreeing figure is about the claim in its own sentence's words. A source's
 * title covers every sentence of it, and a year stands in most of them (`since early 2022`):
 * a claim's `1 December 2023` about export permits was a mismatch with a price's `2022` in a
 * source titled for the permits. So a year disagrees only on its sentence's own words, or
 * next to the statement of the figure next to the claim's (`besideTheSame`). */
function disagreesAbout(query: FigureQuery, s: Scored | undefined, dataset: Dataset): Scored | undefined {
  if (!s || query.figure.kind !== 'year' || besideTheSame(query, s.candidate, dataset)) return s;
  return similarity(query.terms, ownTerms(s.candidate.terms), dataset) >= SAME_THING_SIMILARITY ? s : undefined;
}

/** The verdict on a figure of a sentence that cites `cited` (known sources only). */
export function checkCitedFigure(claim: FigureQuery, cited: CitedSource[], dataset: Dataset): Verdict {
  const citedSet = new Set(cited.map((c) => c.source));
  // `The World Bank put …` of the World Bank's report: who speaks is not what it is about.
  const query = { ...claim, terms: withoutPublishers(claim.terms, [...citedSet]) };
  const scored = score(query, citedFigures(query, cited, dataset, true), dataset);
  // A source figure of the claim's year is that year's measurement: where it disagrees, its
  // sentence is the claim's, as one that states another figure of the claim's sentence is.
  // So is one of the one month the claim's sentence names, named right after it (`a final
  // increase to 27.50% in November` for `The final increase, in November 2024, took the rate
  // to 26.75%`).
  const sameTime = scored
    .filter((s) => (query.year !== undefined && sourceYearOf(s.candidate, dataset) === query.year) || (query.month !== undefined && monthAfterFigure(s.candidate) === query.month))
    .map((s) => s.candidate);
  const tied = tiedStatements(query, cited, dataset);
  const picked = pick(scored, query, dataset, tied, sameTime);
  const { supports, sameValue } = picked;
  const column = supports ? undefined : columnOfYear(query, cited, dataset);
  if (column) return { kind: 'supported', evidence: column, conflicts: [] };
  const looser = picked.looser && picked.looser.similarity >= SAME_THING_SIMILARITY ? picked.looser : undefined;
  const disagrees = disagreesAbout(query, picked.disagrees, dataset);
  // A disagreement that only a sibling's statement ties to the claim (less alike than the same
  // thing needs) gives way to the very figure stated elsewhere in the source (`adding another
  // 4 trillion yuan` beside the claim's `800 billion yuan a year`, where the source's `Taken
  // together, the measures provide 10 trillion yuan` is the claim's `10 trillion yuan`).
  // Not to a table's cell of another row (`otherRow`).
  const onlyTied = disagrees !== undefined && disagrees.similarity < SAME_THING_SIMILARITY && !disagrees.candidate.figure.change && !otherRow(sameValue, disagrees);
  // So does any disagreement where the source states the claim's very amount to four digits
  // or more (`261,575 hectares`, `29.54 million tonnes`, put in the claim's own words:
  // `Shipments abroad dropped` for `Exports fell`): so precise an amount is no coincidence.
  // (A year has four digits in any case.)
  const precise = sameValue !== undefined && query.figure.kind !== 'year' && query.figure.qualifier === 'exact' && significantDigits(query.figure) >= PRECISE_DIGITS;
  const backing = supports ?? (looser || (disagrees && !onlyTied && !precise) ? undefined : sameValue);
  if (backing) {
    return { kind: 'supported', evidence: backing.candidate, conflicts: conflictsWith(query, backing.candidate, dataset, citedSet) };
  }
  if (looser) return { kind: 'more-specific', evidence: looser.candidate };
  // A looser statement less alike than the same thing needs still says the source speaks of
  // it (`more than 60%` for `63%`, `more than 23 million … cases` for `23.4 million cases`),
  // unless a disagreeing figure is more alike, or it is a level where the claim is a change
  // or the other way (`rebates of up to 15%` is nothing of `cut staff by 10%`).
  const weakLooser = picked.looser;
  if (weakLooser && (weakLooser.candidate.figure.change === undefined) === (query.figure.change === undefined) && !(disagrees && disagrees.similarity > weakLooser.similarity)) {
    return { kind: 'more-specific', evidence: weakLooser.candidate };
  }
  if (disagrees) {
    return { kind: 'mismatch', evidence: disagrees.candidate, alternatives: supportersElsewhere(query, dataset, citedSet) };
  }
  const ofNoun = likeliestOfNoun(query, scored);
  if (ofNoun) return { kind: 'supported', evidence: ofNoun.candidate, conflicts: conflictsWith(query, ofNoun.candidate, dataset, citedSet) };
  const ends = pointsInSource(query, cited, dataset);
  if (ends) return { kind: 'supported', evidence: ends, conflicts: [] };
  const otherNoun = otherNounCount(query, cited, dataset);
  if (otherNoun) return { kind: 'supported', evidence: otherNoun, conflicts: conflictsWith(query, otherNoun, dataset, citedSet) };
  // Of a year the cited sources never name, but stated for another: the year is the error,
  // and it is reported on the year (`up from 6.4% in 2014` where the source says `6.4% in
  // 2019`: 2014 is the mismatch, 6.4% was not in the source). Where they name the year, the
  // figure of another year stays unbacked (`grew 23% in 2024` against `rose 23% in 2023 and
  // 18% in 2024`, whose 2024 backs the claim's year).
  const claimYear = query.year ?? query.sentenceYear;
  if (claimYear !== undefined && !namesYear(cited, claimYear, dataset)) {
    const anyYear = checkCitedFigure({ ...query, year: undefined, sentenceYear: undefined }, cited, dataset);
    if (anyYear.kind === 'supported') return anyYear;
  }
  const otherwise = statedOtherwise(query, scored, dataset) ?? onlyCountOfNoun(query, scored);
  if (otherwise) return { kind: 'mismatch', evidence: otherwise.candidate, alternatives: supportersElsewhere(query, dataset, citedSet) };
  // Maybe the locator points at the wrong place: say where the source does state it.
  const whole = pick(score(query, citedFigures(query, cited, dataset, false), dataset), query, dataset);
  return { kind: 'not-in-source', elsewhere: whole.supports?.candidate, alternatives: supportersElsewhere(query, dataset, citedSet) };
}

/** A table's cell of the very value, in a row that shares no word with the claim, where the
 * row that shares its words holds another value in that column: that cell is the claim's
 * (`In situ projects produced 1.75 million b/d` against `In situ bitumen … 1,820` under
 * `2024`, where `Mined bitumen` holds `1,750`). */
function otherRow(sameValue: Scored | undefined, disagrees: Scored): boolean {
  if (!sameValue || sameValue.similarity >= TIED_SIMILARITY || disagrees.similarity < SUPPORT_SIMILARITY) return false;
  const [valueCell, ownRowCell] = [sameValue.candidate, disagrees.candidate];
  return valueCell.figure.columnYear !== undefined && ownRowCell.source === valueCell.source && ownRowCell.figure.columnYear === valueCell.figure.columnYear;
}

/** The cited sources' count of the claim's noun most about the claim, where it agrees, and
 * shares some words: `now covers about 1,900 factories` of the council that `now over-⏎sees
 * 1,868 factories`, in words too different for a backing otherwise. The count's noun ties
 * them as another figure of the sentence does (`TIED_SIMILARITY`); a count of it more about
 * the claim that disagrees leaves the claim unbacked. */
function likeliestOfNoun(query: FigureQuery, scored: Scored[]): Scored | undefined {
  const best = scored.find((s) => countsOfOneNoun(query.figure, s.candidate.figure));
  return best && best.agreement === 'supports' && best.similarity >= TIED_SIMILARITY ? best : undefined;
}

/** The cited sources' one count of the claim's noun, where it disagrees: what the claim
 * counts, in words too different to match otherwise (`The deal came with ten prior actions`
 * against `subject to eight prior actions including …`). Two or more counts of the noun
 * leave it open which one the claim is of. */
function onlyCountOfNoun(query: FigureQuery, scored: Scored[]): Scored | undefined {
  const phrase = nounPhrase(query.figure);
  if (!phrase) return undefined;
  const counts = scored.filter((s) => countsOfOneNoun(query.figure, s.candidate.figure));
  const [only] = counts;
  return counts.length === 1 && only.agreement === 'disagrees' && nounPhrase(only.candidate.figure) === phrase && !timesApart(query.figure, only.candidate.figure) ? only : undefined;
}

/** A count's noun with the word that says which (`prior actions`, `failed auctions`), as
 * written; undefined for a bare noun (`10 mines`, `5,000 people`), which many counts share. */
function nounPhrase(f: Figure): string | undefined {
  const words = f.text.toLowerCase().split(/\s+/);
  const [which, noun] = words.slice(-2);
  return words.length >= 3 && /^[a-z][a-z-]+$/.test(which) && !SCALE_WORDS.has(which) ? `${which} ${noun}` : undefined;
}

/** Words of a number's scale, which say how many, not which. */
const SCALE_WORDS = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'score', 'scores']);

/** Whether a bound's edge is an exact claim's very amount (`boundsEdge`), of three digits or more. */
const edgeAt = (claim: Figure, bound: Figure): boolean => claim.kind !== 'year' && significantDigits(claim) >= 3 && boundsEdge(bound, claim);

/** Digits of an amount as written: `29.54 million` has four, `261,575` six. */
function significantDigits(f: Figure): number {
  const value = Math.abs(f.low);
  return value > 0 && f.precision > 0 ? Math.floor(Math.log10(value / f.precision) + 1e-9) + 1 : 0;
}

/** An amount written to this many digits, stated by the claim's source, is its source's. */
const PRECISE_DIGITS = 4;

/** A count the cited source states of the very number but of another noun, about the same
 * thing: `140 entities` for `140 companies`, `34 plants … out of 48 approved projects` for
 * `48 approved plants`. A source names what it counts in its own words. It backs only the
 * very number, and only where the source has nothing of the claim's noun to compare: another
 * number of another noun contradicts nothing. */
function otherNounCount(query: FigureQuery, cited: CitedSource[], dataset: Dataset): SourceFigure | undefined {
  const claim = query.figure;
  if (claim.kind !== 'count' || claim.bare) return undefined;
  const key = unitKey(claim);
  const counts: SourceFigure[] = [];
  for (const c of cited) {
    for (const f of dataset.figuresOf(c.source)) {
      const g = f.figure;
      if (g.kind !== 'count' || g.bare || unitKey(g) === key || !inLocator(f, c)) continue;
      const asClaim = { ...g, unit: claim.unit };
      if (compareClaim(claim, asClaim, query.tolerance) === 'supports' && compareClaim(asClaim, claim, query.tolerance) === 'supports') counts.push(f);
    }
  }
  const best = score(query, counts, dataset)[0];
  if (!best || best.similarity < SUPPORT_SIMILARITY) return undefined;
  // Of another year, it is another measurement (as in `score`).
  const year = query.year === undefined ? undefined : sourceYearOf(best.candidate, dataset);
  return year !== undefined && year !== query.year ? undefined : best.candidate;
}

/** A change in percentage points that a cited source gives by its two ends, about the same
 * thing (`rose to 78%, from 76% in 2023` for `two percentage points`): its new level. */
function pointsInSource(query: FigureQuery, cited: CitedSource[], dataset: Dataset): SourceFigure | undefined {
  if (query.figure.unit !== 'bp') return undefined;
  const found: SourceFigure[] = [];
  for (const c of cited) {
    const levels = dataset.figuresOf(c.source).filter((f) => f.figure.kind === 'percent' && inLocator(f, c));
    for (const [to, from] of changeEnds(levels, (f) => f.figure)) {
      if (together(to, from) && pointsBetween(query.figure, to.figure, from.figure, query.tolerance)) found.push(to);
    }
  }
  const best = score(query, found, dataset)[0];
  return best && best.similarity >= SUPPORT_SIMILARITY ? best.candidate : undefined;
}

/** Whether a cited source states the year `year` as a figure. */
function namesYear(cited: CitedSource[], year: number, dataset: Dataset): boolean {
  return cited.some((c) => dataset.figuresOf(c.source).some((f) => f.figure.kind === 'year' && measuredYear(f.figure) === year));
}

/** The verdict on a figure of a sentence that cites nothing. */
export function checkUncitedFigure(query: FigureQuery, dataset: Dataset): Verdict {
  const supporters = supportersElsewhere(query, dataset, new Set());
  const contradictions: SourceFigure[] = [];
  if (supporters.length === 0) {
    // Nothing but words ties an uncited claim to a source: rank by how well each side's
    // words cover the other's, so the source's own subject counts as much as the claim's.
    const seen = new Set<Source>();
    const disagreeing = [...candidatesAnywhere(query, dataset, (a) => a === 'disagrees')]
      .map((s) => ({ candidate: s.candidate, mutual: mutualSimilarity(query.terms, s.candidate.terms, dataset) }))
      .sort((a, b) => b.mutual - a.mutual);
    for (const { candidate } of disagreeing) {
      if (seen.has(candidate.source)) continue;
      seen.add(candidate.source);
      contradictions.push(candidate);
      if (contradictions.length >= MAX_LISTED) break;
    }
  }
  return { kind: 'uncited', supporters, contradictions };
}

/** What the dataset says about the same thing, most similar first (for hovers). */
export function othersAbout(query: FigureQuery, dataset: Dataset, limit = 5): SourceFigure[] {
  const out: SourceFigure[] = [];
  for (const s of candidatesAnywhere(query, dataset)) {
    if (out.length >= limit) break;
    out.push(s.candidate);
  }
  return out;
}
