import type { Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import type { Figure } from '../figures/types';
import { sentenceOf } from './figureQuery';
import type { FigureReport } from './report';

// A stretch of time between two dates, as an analyst writes it: `40% in 2024, against 34%
// two years earlier`, `commissioned in May 2023, seven years after its 2016 target date`,
// `$6.5 billion at end-March 2025, up from $6.1 billion three months earlier`. No source
// states the stretch; it states the dates. A claim's stretch is backed where its sentence's
// date and another date (of its own sentence, or the one its source gives the other figure)
// lie that far apart.

/** A stretch of years or months that reaches from one date to another. */
const BETWEEN = /^\s+(?:earlier|later|before|after|previously|on)\b/i;

/** A date as the stretch is measured: a year, and its month where named. */
interface Moment {
  year: number;
  /** 1–12, where the date names one. */
  month?: number;
}

const dateOf = (f: Figure): Moment | undefined => (f.kind === 'year' && f.low === f.high ? { year: f.low, month: f.month } : undefined);

/** Whether `stretch` (`two years`, `almost three years`, `three months`) is the time from
 * one date to the other: in months where both name one, else in whole years. */
function spans(stretch: Figure, a: Moment, b: Moment): boolean {
  const years = stretch.unit === 'year';
  if (a.month === undefined || b.month === undefined) {
    return years && stretch.low === stretch.high && Math.abs(a.year - b.year) === stretch.low;
  }
  const months = Math.abs(a.year * 12 + a.month - (b.year * 12 + b.month));
  const [low, high] = years ? [stretch.low * 12, stretch.high * 12] : [stretch.low, stretch.high];
  // `almost three years` for 35 months; `about two years` for 23 to 25.
  if (stretch.qualifier === 'nearly') return months < high && months >= high - (years ? 6 : 1);
  if (stretch.qualifier === 'approximate') return Math.abs(months - low) <= (years ? 3 : 1);
  return months >= low && months <= high;
}

/** The dates the source sentence behind a figure names, and the year of its table column. */
function evidenceDates(report: FigureReport, dataset: Dataset): Moment[] {
  const v = report.verdict;
  if (v.kind !== 'supported') return [];
  const dates: Moment[] = [];
  if (v.evidence.figure.columnYear !== undefined && v.evidence.figure.columnYear % 1 === 0) dates.push({ year: v.evidence.figure.columnYear });
  for (const f of sentenceOf(v.evidence, dataset)) {
    const date = dateOf(f.figure);
    if (date) dates.push(date);
  }
  return dates;
}

/** A stretch of time no source states (`figure-not-in-source`) between two dates of its
 * sentence, or between its sentence's date and the date its source gives another of the
 * sentence's figures: backed by that figure's evidence, or the other date's. */
export function backTimeBetween(figures: FigureReport[], text: string, dataset: Dataset): void {
  for (const report of figures) {
    const stretch = report.figure;
    if (report.verdict.kind !== 'not-in-source' || stretch.kind !== 'count' || (stretch.unit !== 'year' && stretch.unit !== 'month')) continue;
    if (!BETWEEN.test(text.slice(stretch.span.end, stretch.span.end + 16))) continue;
    const evidence = backingOf(report, figures, dataset);
    if (evidence) report.verdict = { kind: 'supported', evidence, conflicts: [] };
  }
}

/** The source figure that gives the stretch's other end, if a date of its sentence and
 * another date lie as far apart as it says. */
function backingOf(report: FigureReport, figures: FigureReport[], dataset: Dataset): SourceFigure | undefined {
  const stretch = report.figure;
  const dated = figures.filter((r) => r !== report && dateOf(r.figure) !== undefined);
  for (const [k, first] of dated.entries()) {
    const a = dateOf(first.figure)!;
    // Two dates of the sentence (`in May 2023, seven years after its 2016 target date`).
    for (const second of dated.slice(k + 1)) {
      const backed = [second, first].find((r) => r.verdict.kind === 'supported');
      if (backed?.verdict.kind === 'supported' && spans(stretch, a, dateOf(second.figure)!)) return backed.verdict.evidence;
    }
    // The sentence's date and the one the source gives another figure (`34% two years
    // earlier`, `compared with 34% in 2022`).
    for (const other of figures) {
      if (other === report || other.verdict.kind !== 'supported' || dateOf(other.figure)) continue;
      if (evidenceDates(other, dataset).some((b) => (b.year !== a.year || b.month !== a.month) && spans(stretch, a, b))) return other.verdict.evidence;
    }
  }
  return undefined;
}
