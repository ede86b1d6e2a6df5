import { restoredTerms, type TermVector } from '../context/terms';
import { IndexedFigure, type SourceFigure } from '../dataset/sourceFigures';
import type { Figure, FigureKind, Qualifier } from '../figures/types';
import type { Source } from '../sources/types';

// One file's figures as a stored index keeps them: a JSON array per figure, terms by their
// number in the index's term table. A record is read back only when a check first needs a
// figure of its file, so a stored index of 50,000 sources opens without making 1.4 million
// objects.

/** Terms by number, shared by every record of one stored index. */
export class TermTable {
  private readonly numbers = new Map<string, number>();

  constructor(readonly terms: string[] = []) {
    terms.forEach((t, i) => this.numbers.set(t, i));
  }

  number(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.terms.push(term);
      this.numbers.set(term, n);
    }
    return n;
  }
}

type FigureRecord = [
  source: number,
  kind: FigureKind,
  unit: string,
  qualifier: Qualifier,
  low: number | string,
  high: number | string,
  precision: number | string,
  month: number,
  start: number,
  end: number,
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  terms: number[],
  weights: number[],
  names: number[],
  subject: number,
  /** Index into the record's backgrounds, or -1. */
  background: number,
];

interface FileRecord {
  /** Backgrounds (a title, a table header) as [term, weight] pairs, shared by figures. */
  backgrounds: Array<Array<[number, number]>>;
  figures: FigureRecord[];
}

/** JSON has no Infinity or NaN: such a number is kept as its string. */
const num = (n: number): number | string => (Number.isFinite(n) ? n : String(n));
const unnum = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

export function encodeFigures(sources: readonly Source[], figures: readonly SourceFigure[], table: TermTable): string {
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const backgrounds: FileRecord['backgrounds'] = [];
  const backgroundIndex = new Map<ReadonlyMap<string, number>, number>();
  const records = figures.map((f): FigureRecord => {
    const { figure, terms } = f;
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [t, w] of terms) {
      ids.push(table.number(t));
      weights.push(w);
    }
    let background = -1;
    if (terms.background) {
      background = backgroundIndex.get(terms.background) ?? -1;
      if (background < 0) {
        background = backgrounds.length;
        backgroundIndex.set(terms.background, background);
        backgrounds.push([...terms.background].map(([t, w]): [number, number] => [table.number(t), w]));
      }
    }
    return [
      sourceIndex.get(f.source) ?? 0,
      figure.kind,
      figure.unit,
      figure.qualifier,
      num(figure.low),
      num(figure.high),
      num(figure.precision),
      figure.month ?? 0,
      figure.span.start,
      figure.span.end,
      figure.text,
      f.sentence.start,
      f.sentence.end,
      ids,
      weights,
      (terms.names ?? []).map((n) => table.number(n)),
      terms.subject ? table.number(terms.subject) : -1,
      background,
    ];
  });
  return JSON.stringify({ backgrounds, figures: records } satisfies FileRecord);
}

export function decodeFigures(json: string, sources: readonly Source[], terms: readonly string[]): SourceFigure[] {
  const record = JSON.parse(json) as FileRecord;
  const backgrounds = record.backgrounds.map((pairs) => new Map(pairs.map(([t, w]): [string, number] => [terms[t], w])));
  return record.figures.map((r) => {
    const [source, kind, unit, qualifier, low, high, precision, month, start, end, text, sentenceStart, sentenceEnd, ids, weights, names, subject, background] = r;
    const figure: Figure = { kind, span: { start, end }, text, qualifier, unit, low: unnum(low), high: unnum(high), precision: unnum(precision) };
    if (month > 0) figure.month = month;
    const vector: TermVector = restoredTerms(
      ids.map((t) => terms[t]),
      weights,
      { names: names.map((t) => terms[t]), subject: subject >= 0 ? terms[subject] : undefined, background: background >= 0 ? backgrounds[background] : undefined },
    );
    return new IndexedFigure(sources[source], figure, { start: sentenceStart, end: sentenceEnd }, vector);
  });
}
