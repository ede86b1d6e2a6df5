import { countModifiers } from '../figures/countNoun';
import { contextOf, figureSpans, tokenize, withHeaderWords } from '../context/terms';
import type { Dataset } from '../dataset/dataset';
import { columnYear } from '../dataset/headerUnits';
import { extractFigures } from '../figures/extractFigures';
import type { Figure } from '../figures/types';
import { cellStarts } from '../markup/lineKinds';
import { append, firstIndex } from '../lists';
import type { Briefing, Sentence } from '../markup/types';
import { checkClaims, type ClaimsMemo } from './checkClaims';
import { markSwaps } from './swaps';
import { backTimeBetween } from './timeBetween';
import { changeEnds, pointsBetween } from './pointsBetween';
import { checkCitedFigure, checkUncitedFigure } from './checkFigure';
import { EACH_AFTER, monthsNamed, partsOfYear, type FigureQuery } from './figureQuery';
import { checkQuotation } from './checkQuotation';
import { nearestKeys } from './nearestKeys';
import { namedYear, ofYear, periodAfter, priceRate, sentenceYearOf, yearAfter } from './yearOf';
import type { CheckOptions } from './options';
import type { BriefingReport, CitationReport, CitedSource, FigureReport, QuotationReport } from './report';

/** Most figures of a sentence whose verdicts look at each other (a longer list is a table or
 * an adversarial input, where each figure against every other one is quadratic). */
const MAX_SENTENCE_FIGURES = 16;

/** Resolves a sentence's citations against the dataset. */
function citationsOf(sentence: Sentence, dataset: Dataset): CitationReport[] {
  const reports: CitationReport[] = [];
  for (const group of sentence.citations) {
    for (const citation of group.citations) {
      const sources = dataset.sourcesWithId(citation.key);
      reports.push({
        citation,
        group,
        sentence,
        sources,
        suggestions: sources.length === 0 ? nearestKeys(citation.key, dataset.ids) : [],
      });
    }
  }
  return reports;
}

/** A sentence's words of a change over a month (`month on month`, `m/m`). */
/** A month after `since` or `than`: where a span starts, or what a figure is compared with. */
const SINCE_MONTH = /\b(?:since|than(?:\s+in)?)\s+(?:(?:early|late|mid)[\s-])?[A-Z][a-z]+\.?/g;

/** The end of a year: `at the end of 2025`, `end-2025`, `year-end`. */
const YEAR_END = /\bend[- ]of[- ](?:19|20)\d\d\b|\bend-(?:19|20)\d\d\b|\byear[- ]end\b/i;
const MONTH_ON_MONTH = /\bmonth[- ](?:on|over)[- ]month\b|\bm\/m\b/i;

/** Whether an amount comes before the year `found[i]` in its clause: no `,` `;` between, nor a
 * word that opens a clause of its own (`12.4 million people have been uprooted since the war
 * began in April 2023`). */
function amountBefore(text: string, found: readonly Figure[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (CLAUSE_BETWEEN.test(text.slice(found[k].span.end, found[k + 1].span.start))) return false;
    if (found[k].kind !== 'year') return true;
  }
  return false;
}

const CLAUSE_BETWEEN = /[,;:]|\b(?:since|after|before|when|until|once|because|while|as)\b/i;

/** The word before an event's date: `began in April 2023`, `highest since 1994`, `runs to 2030`. */
const DATED_BY = /\b(?:in|since|until|till|to|from|on)\s+$/i;

/** A briefing table row's cells, read once a row (a row may hold thousands): the header of
 * the cell a figure lies in, and the year a cell is of, by its column's header (`|
 * Second-quarter grind, 2025 |`) or else by its row's label (`| 2024 | 5.1% |`), as a source
 * table's cells are read. The row's first cell labels it, and has no header of its own. */
function tableRowOf(text: string, sentence: Sentence): { headerAt: (at: number) => string | undefined; yearOf: (figure: Figure, header: string) => number | undefined } | undefined {
  const columns = sentence.columns;
  if (!columns) return undefined;
  const starts = cellStarts(text, sentence.span);
  let labelYear: number | undefined | null = null;
  return {
    headerAt: (at) => {
      const cell = firstIndex(starts, (start) => start <= at) - 1;
      return cell > 0 ? columns[cell] : undefined;
    },
    yearOf: (figure, header) => {
      if (figure.kind === 'year') return undefined;
      if (labelYear === null) {
        const cell = (k: number): string => text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] - 1 : sentence.span.end);
        // Else the year of a column of years (`| Total ethanol | 2023/24 | 36.8 billion litres |`
        // under `| Series | Season | Output |`).
        const period = columns.findIndex((c, k) => k > 0 && k < starts.length && PERIOD_HEADER.test(c));
        labelYear = columnYear(cell(0)) ?? (period > 0 ? columnYear(cell(period)) : undefined);
      }
      return columnYear(header) ?? labelYear;
    },
  };
}

/** A header of a column of years, seasons or dates. */
const PERIOD_HEADER = /^\s*(?:year|season|period|date|as of|as at|fy|(?:fiscal|financial|marketing|crop|calendar) year)\s*$/i;

/** Checks one sentence's figures and quotations. Pure: the same sentence, dataset and
 * options give the same result, which lets the caller reuse it while the analyst types. */
export function checkSentence(
  text: string,
  sentence: Sentence,
  dataset: Dataset,
  options: CheckOptions,
): { figures: FigureReport[]; citations: CitationReport[]; quotations: QuotationReport[] } {
  const citations = citationsOf(sentence, dataset);
  const cited: CitedSource[] = citations.flatMap((c) => c.sources.map((source) => ({ source, citation: c.citation, group: c.group })));
  const citesSomething = citations.length > 0;
  const figures: FigureReport[] = [];
  // A quotation checked against the cited source answers for its figures: an altered one is a
  // quote-mismatch, not a figure-mismatch on the same words as well.
  const quoted = cited.length > 0 && sentence.quotations.length > 0;
  const found = extractFigures(text, sentence.span.start, sentence.span.end, quoted ? [...sentence.excluded, ...sentence.quotations.map((q) => q.span)] : sentence.excluded);
  if (found.length > 0) {
    const tokens = tokenize(text, sentence.span.start, sentence.span.end, sentence.excluded);
    const spans = figureSpans(found);
    // Each figure's verdict looks at the others (`checkFigure.ts`): a handful, never thousands.
    const sentenceFigures = found.length > 1 && found.length <= MAX_SENTENCE_FIGURES ? found : undefined;
    const said = text.slice(sentence.span.start, sentence.span.end);
    const parts = partsOfYear(said);
    // (Not where a span starts or what the figure is compared with: `the fastest since January 2023`.)
    const months = monthsNamed(said.replace(SINCE_MONTH, ''));
    // The end of a year is its December (`reached $13.8 billion at the end of 2025`).
    if (months.size === 0 && YEAR_END.test(said)) months.add(12);
    let measuring = false;
    const monthOnMonth = MONTH_ON_MONTH.test(said);
    const row = tableRowOf(text, sentence);
    const named = namedYear(text, found);
    const amounts = found.some((f) => f.kind !== 'year');
    for (const [i, figure] of found.entries()) {
      // Every figure's span: the figure itself never lies between it and a word.
      const header = row?.headerAt(figure.span.start);
      const own = contextOf(tokens, figure.span, spans, figure.change, countModifiers(figure), text);
      const terms = header === undefined ? own : withHeaderWords(own, header);
      const query: FigureQuery = { figure, terms, tolerance: options.tolerance, sentenceFigures };
      if (parts.size > 0) query.parts = parts;
      if (months.size === 1) query.month = months.values().next().value;
      if (months.size > 0) query.namesMonths = true;
      if (EACH_AFTER.test(text.slice(figure.span.end, figure.span.end + 12))) query.perItem = true;
      const year = yearAfter(text, figure, found[i + 1]) ?? (header === undefined ? undefined : row?.yearOf(figure, header));
      if (year !== undefined) query.year = year;
      else {
        const sentenceYear = sentenceYearOf(text, figure, found[i + 1], named);
        if (sentenceYear !== undefined) query.sentenceYear = sentenceYear;
      }
      let verdict: FigureReport['verdict'];
      if (citesSomething) verdict = cited.length > 0 ? checkCitedFigure(query, cited, dataset) : { kind: 'unchecked' };
      else if (figure.kind === 'year' && !options.checkYears) verdict = { kind: 'unchecked' };
      else verdict = checkUncitedFigure(query, dataset);
      const report: FigureReport = { figure, sentence, terms, cited, verdict };
      if (year !== undefined) report.year = year;
      else if (query.sentenceYear !== undefined) report.sentenceYear = query.sentenceYear;
      const period = periodAfter(text, figure);
      if (period !== undefined) report.period = period;
      if (figure.kind === 'year' && amounts) report.dating = true;
      if (priceRate(text, figure)) report.price = true;
      if (monthOnMonth) report.monthOnMonth = true;
      // An event's date: no year the figure before is of (`yearAfter` read it as this one),
      // and one year, not a period measured over (`in 2020–24`).
      // Nor the year of an amount its clause states before it (`spent $2.1 billion subsidising
      // fuel in 2024`).
      if (!measuring && figure.kind === 'year' && figure.low === figure.high && !amountBefore(text, found, i) && DATED_BY.test(text.slice(Math.max(sentence.span.start, figure.span.start - 12), figure.span.start))) report.event = true;
      measuring = year !== undefined;
      figures.push(report);
    }
    if (cited.length > 0) {
      backDatingYears(figures, dataset);
      backPointsBetweenEnds(figures, options.tolerance);
      backTimeBetween(figures, text, dataset);
    }
    if (cited.length > 0 && figures.length > 1) markSwaps(figures, dataset, options.tolerance, { text, span: sentence.span, tokens, spans });
  }
  // Quotations are checked against the known cited sources; unknown keys are reported alone.
  const quotations: QuotationReport[] =
    cited.length > 0
      ? sentence.quotations.map((quotation) => ({ quotation, sentence, cited, verdict: checkQuotation(quotation, cited) }))
      : [];
  return { figures, citations, quotations };
}

/** A year that dates the sentence's amount (`Annual inflation ended 2024 at 117.8%`) is
 * backed where that amount is, or disagrees with, a source figure of that year (the table's
 * 2024 column): the
 * year's own search found another year in a sentence alike (`to 18–23 percent by end-2025`). */
function backDatingYears(figures: FigureReport[], dataset: Dataset): void {
  for (const report of figures) {
    if (!report.dating || (report.verdict.kind !== 'mismatch' && report.verdict.kind !== 'not-in-source')) continue;
    for (const other of figures) {
      const v = other.verdict;
      // A mismatch of that year's figure too (`500,000 tonnes in 2023/24`, where the 2023/24
      // column says 430), or a looser statement of it (`20-25 million m³ in 2025`): the source
      // states the thing for the year; what is wrong, if anything, is the amount.
      if (other.figure.kind !== 'year' && (v.kind === 'supported' || v.kind === 'mismatch' || v.kind === 'more-specific') && ofYear(v.evidence, report.figure, dataset)) {
        report.verdict = { kind: 'supported', evidence: v.evidence, conflicts: [] };
        break;
      }
    }
  }
}

/** A change in percentage points that the sentence gives by its two ends too (`shrank to
 * 23.4% … from 28.1% a year before, a 4.7-point drop`) is backed where both ends are. */
function backPointsBetweenEnds(figures: FigureReport[], tolerance: number): void {
  for (const report of figures) {
    if (report.figure.unit !== 'bp' || report.verdict.kind !== 'not-in-source') continue;
    for (const [to, from] of changeEnds(figures, (r) => r.figure)) {
      if (to.verdict.kind === 'supported' && from.verdict.kind === 'supported' && pointsBetween(report.figure, to.figure, from.figure, tolerance)) {
        report.verdict = { kind: 'supported', evidence: to.verdict.evidence, conflicts: [] };
        break;
      }
    }
  }
}

/** Checks a parsed briefing against its dataset. */
export function checkBriefing(
  path: string,
  briefing: Briefing,
  dataset: Dataset,
  options: CheckOptions,
  sentenceCheck: typeof checkSentence = checkSentence,
  claims?: ClaimsMemo,
): BriefingReport {
  const report: BriefingReport = { path, briefing, figures: [], citations: [], quotations: [], claimConflicts: [] };
  for (const sentence of briefing.sentences) {
    const r = sentenceCheck(briefing.text, sentence, dataset, options);
    append(report.figures, r.figures);
    append(report.citations, r.citations);
    append(report.quotations, r.quotations);
  }
  report.claimConflicts = checkClaims(report.figures, dataset, options.tolerance, claims);
  return report;
}
