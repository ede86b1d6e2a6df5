import { internTerm, restoredTerms, termArrays, type TermVector } from '../context/terms';
import type { FigureReader } from '../dataset/dataset';
import { IndexedFigure, type SourceFigure } from '../dataset/sourceFigures';
import type { Figure, FigureKind, Qualifier } from '../figures/types';
import type { Source } from '../sources/types';

// One file's figures encoded, as the dataset and its stored index keep them: a JSON array per
// figure behind a table of where each figure's JSON starts. A figure is read back only when a
// check first needs it, so a stored index of 50,000 sources opens without making 1.4 million
// objects, and a check parses only what it uses.
//
//   count (u32) | count + 2 offsets (u32) | [backgrounds, weights, terms] JSON | figure JSON …
//
// A record stands alone: figures name terms by their number in the file's own term list, so
// that a file can be encoded on a worker thread, knowing nothing of the rest of the dataset.
// Their word weights are numbers into the file's list of weights: they take a handful of
// values, and writing and reading each as a 17-digit number was most of a record's cost.

/** Terms by number: those of one file's record, or of a stored index's postings. */
export class TermTable {
  private readonly numbers = new Map<string, number>();
  readonly terms: string[] = [];

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
  /** Numbers into the file's weights. */
  weights: number[],
  names: number[],
  subject: number,
  /** Index into the record's backgrounds, or -1. */
  background: number,
  /** The sentence as written, where it is in the file, and the figure's paragraph and line:
   * what messages and locators need, without reading the source. */
  sentenceText: string,
  range: [startLine: number, startCharacter: number, endLine: number, endCharacter: number],
  paragraph: number,
  line: number,
];

/** Backgrounds (a title, a table header) as [term, weight] pairs, shared by figures. */
type Backgrounds = Array<Array<[number, number]>>;

/** What every figure of a file shares: its backgrounds, the weights its terms take, and its terms. */
type Shared = [backgrounds: Backgrounds, weights: number[], terms: string[]];

/** JSON has no Infinity or NaN: such a number is kept as its string. */
const num = (n: number): number | string => (Number.isFinite(n) ? n : String(n));
const unnum = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/** The record of a file's figures. `table` numbers its terms (given, to number the file's
 * postings alike: see `filePostings`); it must start empty. */
export function encodeFigures(sources: readonly Source[], figures: readonly SourceFigure[], table = new TermTable()): Uint8Array {
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const backgrounds: Backgrounds = [];
  const backgroundIndex = new Map<ReadonlyMap<string, number>, number>();
  const weightList: number[] = [];
  const weightIndex = new Map<number, number>();
  const weightNumber = (w: number): number => {
    let n = weightIndex.get(w);
    if (n === undefined) {
      weightIndex.set(w, (n = weightList.length));
      weightList.push(w);
    }
    return n;
  };
  const records = figures.map((f): FigureRecord => {
    const { figure, terms } = f;
    const start = f.source.positionInFile(f.sentence.start);
    const end = f.source.positionInFile(f.sentence.end);
    const ids: number[] = [];
    const weights: number[] = [];
    const arrays = termArrays(terms);
    for (let i = 0; i < arrays.terms.length; i++) {
      ids.push(table.number(arrays.terms[i]));
      weights.push(weightNumber(arrays.weights[i]));
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
      f.source.text.slice(f.sentence.start, f.sentence.end),
      [start.line, start.character, end.line, end.character],
      f.paragraph,
      f.line,
    ];
  });
  const shared: Shared = [backgrounds, weightList, table.terms];
  // Each part is encoded once, into a buffer kept from file to file, and the record copied
  // out: measuring each part's UTF-8 length and then writing it read every string twice.
  const offsets: number[] = [];
  let length = 4 * (records.length + 3);
  for (let i = 0; i <= records.length; i++) {
    offsets.push(length);
    const part = JSON.stringify(i === 0 ? shared : records[i - 1]);
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (length + 3 * part.length > scratch.length) scratch = grown(scratch, length, length + 3 * part.length);
    length += encoder.encodeInto(part, scratch.subarray(length)).written;
  }
  offsets.push(length);
  const out = scratch.slice(0, length);
  // A large file's buffer is not kept for the thread's lifetime.
  if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_SIZE);
  const view = new DataView(out.buffer);
  view.setUint32(0, records.length, true);
  offsets.forEach((at, i) => view.setUint32(4 + 4 * i, at, true));
  return out;
}

const encoder = new TextEncoder();
const SCRATCH_SIZE = 1 << 16;
const SCRATCH_KEPT = 1 << 22;
/** Where records are written before they are copied out: one for every file of a thread. */
let scratch: Uint8Array<ArrayBuffer> = new Uint8Array(SCRATCH_SIZE);

/** A copy of `bytes` with room for `size` bytes, its first `used` bytes kept. */
function grown(bytes: Uint8Array, used: number, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.max(2 * bytes.length, size));
  out.set(bytes.subarray(0, used));
  return out;
}

const decoder = new TextDecoder();

/** A file's figures read back one at a time: a check needs a few figures of each file it
 * touches, and making only those is most of the saving. */
export function readFigures(bytes: Uint8Array, sources: readonly Source[]): FigureReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const part = (i: number): unknown => JSON.parse(decoder.decode(bytes.subarray(view.getUint32(4 + 4 * i, true), view.getUint32(8 + 4 * i, true))));
  let shared: SharedParts | undefined;
  const made: Array<SourceFigure | undefined> = [];
  return {
    at(index: number): SourceFigure | undefined {
      if (index < 0 || index >= count) return undefined;
      if (!shared) {
        const [backgrounds, weights, fileTerms] = part(0) as Shared;
        // One copy of each word for the whole index, as `compactTerms` keeps them.
        const terms = fileTerms.map(internTerm);
        shared = { backgrounds: backgrounds.map((pairs) => new Map(pairs.map(([t, w]): [string, number] => [terms[t], w]))), weights, terms };
      }
      return (made[index] ??= makeFigure(part(index + 1) as FigureRecord, sources, shared));
    },
  };
}

/** A record's shared part, read: its terms interned. */
interface SharedParts {
  backgrounds: Array<Map<string, number>>;
  weights: number[];
  terms: string[];
}

function makeFigure(r: FigureRecord, sources: readonly Source[], shared: SharedParts): SourceFigure {
  const { terms } = shared;
  const [source, kind, unit, qualifier, low, high, precision, month, start, end, text, sentenceStart, sentenceEnd, ids, weights, names, subject, background, sentenceText, range, paragraph, line] = r;
  const figure: Figure = { kind, span: { start, end }, text, qualifier, unit, low: unnum(low), high: unnum(high), precision: unnum(precision) };
  if (month > 0) figure.month = month;
  const vector: TermVector = restoredTerms(
    ids.map((t) => terms[t]),
    weights.map((w) => shared.weights[w]),
    { names: names.map((t) => terms[t]), subject: subject >= 0 ? terms[subject] : undefined, background: background >= 0 ? shared.backgrounds[background] : undefined },
  );
  const [sl, sc, el, ec] = range;
  const stored = { text: sentenceText, range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, paragraph, line };
  return new IndexedFigure(sources[source], figure, { start: sentenceStart, end: sentenceEnd }, vector, stored);
}

/** Every figure of a record at once. */
export function decodeFigures(bytes: Uint8Array, sources: readonly Source[]): SourceFigure[] {
  const reader = readFigures(bytes, sources);
  const out: SourceFigure[] = [];
  for (let i = 0, f = reader.at(0); f; f = reader.at(++i)) out.push(f);
  return out;
}
