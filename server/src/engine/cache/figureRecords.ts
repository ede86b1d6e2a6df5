import { changeTermOf, internTerm, restoredTerms, termArrays, type TermVector } from '../context/terms';
import type { FigureReader } from '../dataset/dataset';
import type { SourceFigure, StoredSentence } from '../dataset/sourceFigures';
import type { Span } from '../types';
import type { Figure, FigureKind, Qualifier } from '../figures/types';
import type { Source } from '../sources/types';

// One file's figures encoded, as the dataset and its stored index keep them. A figure is read
// back only when a check first needs it, so a stored index of 50,000 sources opens without
// making 1.4 million objects, and a check makes only what it uses.
//
//   count (u32) | parts (u32) | where the figures' offsets start (u32) | parts + 1 offsets
//   (u32) | [backgrounds, weights, terms, strings] JSON | count + 1 offsets (u32) | the rest
//   of each figure, as variable-length numbers (see `encodeFigures`), its sentence's part
//   last | [sentence text, range] JSON a sentence …
//
// A sentence is written once, however many figures it holds: a sentence of thousands of
// figures written for each made a record quadratic in them. The sentences come last, so that
// a stored record is read without them (`recordHeadLength`): they are half its bytes, and a
// check of 1,000 figures at 10,000 sources touched 9,600 files but asked for 1,200 sentences.
//
// A check reads hundreds of candidates for each figure of a briefing and keeps few, so what
// it compares (value, unit, words) is in numbers read without parsing, and only a figure's
// sentence, which messages need, is JSON parsed, when asked for.
//
// A record stands alone: figures name terms by their number in the file's own term list, so
// that a file can be encoded on a worker thread, knowing nothing of the rest of the dataset.
// Their word weights are numbers into the file's list of weights: they take a handful of
// values. Strings (kinds, units, qualifiers, a figure's text) are numbers into the file's
// list of strings.

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

/** Backgrounds (a title, a table header) as [term, weight] pairs, shared by figures. */
type Backgrounds = Array<Array<[number, number]>>;

/** What every figure of a file shares: its backgrounds, the weights its terms take, its terms
 * and its strings. */
type Shared = [backgrounds: Backgrounds, weights: number[], terms: string[], strings: string[]];

/** What messages and locators need of a figure's sentence, without reading the source: the
 * sentence as written and where it is in the file. */
type SentenceRecord = [sentenceText: string, range: [startLine: number, startCharacter: number, endLine: number, endCharacter: number]];

/** Numbers written 7 bits a byte, as small as JSON writes them; a number that is not a small
 * whole one (a share, a billion, Infinity) as a marker and its 64 bits. */
class Writer {
  bytes: number[] = [];
  private readonly float = new DataView(new ArrayBuffer(8));

  uint(n: number): void {
    while (n >= 0x80) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }

  number(n: number): void {
    if (Number.isInteger(n) && n >= 0 && n < 2 ** 31 && !Object.is(n, -0)) return this.uint(2 * n);
    this.uint(1);
    this.float.setFloat64(0, n, true);
    for (let i = 0; i < 8; i++) this.bytes.push(this.float.getUint8(i));
  }
}

/** Reads what a `Writer` wrote, from `at`. */
class Cursor {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    public at: number,
  ) {}

  uint(): number {
    let b = this.bytes[this.at++];
    if (b < 0x80) return b;
    let n = b & 0x7f;
    for (let scale = 0x80; ; scale *= 0x80) {
      b = this.bytes[this.at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
    }
  }

  number(): number {
    const tag = this.uint();
    if (tag !== 1) return tag / 2;
    const n = this.view.getFloat64(this.at, true);
    this.at += 8;
    return n;
  }
}

/** Numbers a file's strings, as `TermTable` its terms. */
class StringTable {
  private readonly numbers = new Map<string, number>();
  readonly strings: string[] = [];

  number(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      this.numbers.set(s, (n = this.strings.length));
      this.strings.push(s);
    }
    return n;
  }
}

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
  const strings = new StringTable();
  const out = new Writer();
  const starts: number[] = [];
  const sentences: SentenceRecord[] = [];
  const sentencePart = new Map<string, number>();
  for (const f of figures) {
    const { figure, terms } = f;
    // Its terms numbered first, then its background's, names, subject and object, as always.
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
    const names = (terms.names ?? []).map((n) => table.number(n));
    const subject = terms.subject ? table.number(terms.subject) : -1;
    const object = terms.object ? table.number(terms.object) : -1;
    starts.push(out.bytes.length);
    for (const n of [sourceIndex.get(f.source) ?? 0, strings.number(figure.kind), strings.number(figure.unit), strings.number(figure.qualifier)]) out.uint(n);
    out.number(figure.low);
    out.number(figure.high);
    out.number(figure.precision);
    for (const n of [figure.month ?? 0, figure.span.start, figure.span.end, strings.number(figure.text), f.sentence.start, f.sentence.end, f.paragraph, f.line]) out.uint(n);
    // Its change: 0 (none), 1 (up) or 2 (down), 4 more when it is a year read from the
    // source's date, 8 more when a count of no known noun, 16 more when a table cell of a
    // column's year, 32 or 64 more when a change's new or old level (`to`, `from`), 128 more
    // when a count that points back (`the three cables`), 256 more when a year after `since`,
    // 512 more when a month that ends a year (`the year to June 2025`), 1024 more when a
    // price per a measure (`per kg`), 2048 more when a deficit's size, 4096 more when weeks or
    // months back (`a month earlier`), 8192 more when a year after `until`; then the change's word and where it is, then twice
    // that year, then the measure's words.
    const change = figure.change;
    const columnYear = figure.columnYear;
    const end = figure.end === 'to' ? 32 : figure.end === 'from' ? 64 : 0;
    out.uint((change ? (change.direction === 'up' ? 1 : 2) : 0) + (figure.dated ? 4 : 0) + (figure.bare ? 8 : 0) + (columnYear !== undefined ? 16 : 0) + end + (figure.recalled ? 128 : 0) + (figure.since ? 256 : 0) + (figure.yearTo ? 512 : 0) + (figure.per !== undefined ? 1024 : 0) + (figure.deficit ? 2048 : 0) + (figure.earlier ? 4096 : 0) + (figure.until ? 8192 : 0));
    if (change) for (const n of [strings.number(change.word), change.span.start, change.span.end]) out.uint(n);
    if (columnYear !== undefined) out.uint(Math.round(2 * columnYear));
    if (figure.per !== undefined) out.uint(strings.number(figure.per));
    // −1 (none) written as 0.
    for (const n of [subject + 1, object + 1, background + 1, ids.length, ...ids, ...weights, names.length, ...names]) out.uint(n);
    const key = `${sourceIndex.get(f.source) ?? 0}:${f.sentence.start}:${f.sentence.end}`;
    let part = sentencePart.get(key);
    if (part === undefined) {
      const start = f.source.positionInFile(f.sentence.start);
      const end = f.source.positionInFile(f.sentence.end);
      sentencePart.set(key, (part = sentences.length + 1));
      sentences.push([f.source.text.slice(f.sentence.start, f.sentence.end), [start.line, start.character, end.line, end.character]]);
    }
    out.uint(part);
  }
  starts.push(out.bytes.length);
  const shared: Shared = [backgrounds, weightList, table.terms, strings.strings];
  // Each part is encoded once, into a buffer kept from file to file, and the record copied
  // out: measuring each part's UTF-8 length and then writing it read every string twice.
  const offsets: number[] = [];
  let length = 4 * (sentences.length + 5);
  const writePart = (value: unknown): void => {
    offsets.push(length);
    const part = JSON.stringify(value);
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (length + 3 * part.length > scratch.length) scratch = grown(scratch, length, length + 3 * part.length);
    length += encoder.encodeInto(part, scratch.subarray(length)).written;
  };
  writePart(shared);
  const figuresAt = length;
  const tail = 4 * starts.length + out.bytes.length;
  if (length + tail > scratch.length) scratch = grown(scratch, length, length + tail);
  const scratchView = new DataView(scratch.buffer);
  for (const n of starts) {
    scratchView.setUint32(length, n, true);
    length += 4;
  }
  scratch.set(out.bytes, length);
  length += out.bytes.length;
  for (const sentence of sentences) writePart(sentence);
  offsets.push(length);
  const record = scratch.slice(0, length);
  // A large file's buffer is not kept for the thread's lifetime.
  if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_SIZE);
  const view = new DataView(record.buffer);
  view.setUint32(0, figures.length, true);
  view.setUint32(4, sentences.length + 1, true);
  view.setUint32(8, figuresAt, true);
  offsets.forEach((at, i) => view.setUint32(12 + 4 * i, at, true));
  return record;
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

/** How many of a record's first bytes hold all but its sentences: what `readFigures` needs
 * at once. The start of its first sentence, or its end when it has none. */
export function recordHeadLength(record: Uint8Array): number {
  return new DataView(record.buffer, record.byteOffset, record.byteLength).getUint32(16, true);
}

/** Reads `length` bytes of a record from `offset`: a sentence of a stored record, which is
 * read without them. */
export type ReadRecordBytes = (offset: number, length: number) => Uint8Array | undefined;

/** A file's figures read back one at a time: a check needs a few figures of each file it
 * touches, and making only those is most of the saving. Each call makes the figure anew:
 * the dataset keeps the ones in use (see `FigureCache`). `bytes` is the record, or its head
 * (`recordHeadLength`) and `more` reads a sentence when a message asks for it. */
export function readFigures(bytes: Uint8Array, sources: readonly Source[], more?: ReadRecordBytes): FigureReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const parts = view.getUint32(4, true);
  const starts = view.getUint32(8, true);
  const part = (i: number): unknown => {
    const from = view.getUint32(12 + 4 * i, true);
    const to = i === 0 ? starts : view.getUint32(16 + 4 * i, true);
    const read = to <= bytes.length ? bytes.subarray(from, to) : more?.(from, to - from);
    return read && JSON.parse(decoder.decode(read));
  };
  const numbers = starts + 4 * (count + 1);
  let shared: SharedParts | undefined;
  // A sentence that cannot be read (a damaged stored index) is an empty one, at the file's start.
  const sentenceOf = (sentencePart: number): SentenceRecord => {
    try {
      return (sentencePart < parts ? (part(sentencePart) as SentenceRecord | undefined) : undefined) ?? NO_SENTENCE;
    } catch {
      return NO_SENTENCE;
    }
  };
  const cursor = new Cursor(bytes, view, 0);
  return {
    at(index: number): SourceFigure | undefined {
      if (index < 0 || index >= count) return undefined;
      if (!shared) {
        const [backgrounds, weights, fileTerms, strings] = part(0) as Shared;
        // One copy of each word for the whole index, as `compactTerms` keeps them.
        const terms = fileTerms.map(internTerm);
        shared = { backgrounds: backgrounds.map((pairs) => new Map(pairs.map(([t, w]): [string, number] => [terms[t], w]))), weights, terms, strings };
      }
      cursor.at = numbers + view.getUint32(starts + 4 * index, true);
      return makeFigure(cursor, sources, shared, sentenceOf);
    },
  };
}

const NO_SENTENCE: SentenceRecord = ['', [0, 0, 0, 0]];

/** A record's shared part, read: its terms interned. */
interface SharedParts {
  backgrounds: Array<Map<string, number>>;
  weights: number[];
  terms: string[];
  strings: string[];
}

function makeFigure(read: Cursor, sources: readonly Source[], shared: SharedParts, sentenceOf: (sentencePart: number) => SentenceRecord): SourceFigure {
  const { terms, strings } = shared;
  // In the order `encodeFigures` writes them.
  const source = sources[read.uint()];
  const kind = strings[read.uint()] as FigureKind;
  const unit = strings[read.uint()];
  const qualifier = strings[read.uint()] as Qualifier;
  const low = read.number();
  const high = read.number();
  const precision = read.number();
  const month = read.uint();
  const span = { start: read.uint(), end: read.uint() };
  const figure: Figure = { kind, span, text: strings[read.uint()], qualifier, unit, low, high, precision };
  if (month > 0) figure.month = month;
  const sentence = { start: read.uint(), end: read.uint() };
  const paragraph = read.uint();
  const line = read.uint();
  const flags = read.uint();
  const direction = flags & 3;
  if (flags & 4) figure.dated = true;
  if (flags & 8) figure.bare = true;
  if (flags & 128) figure.recalled = true;
  if (flags & 256) figure.since = true;
  if (flags & 512) figure.yearTo = true;
  if (flags & 2048) figure.deficit = true;
  if (flags & 4096) figure.earlier = true;
  if (flags & 8192) figure.until = true;
  if (direction > 0) figure.change = { direction: direction === 1 ? 'up' : 'down', word: strings[read.uint()], span: { start: read.uint(), end: read.uint() } };
  if (flags & 16) figure.columnYear = read.uint() / 2;
  if (flags & 1024) figure.per = strings[read.uint()];
  if (flags & 32) figure.end = 'to';
  else if (flags & 64) figure.end = 'from';
  const subject = read.uint() - 1;
  const object = read.uint() - 1;
  const background = read.uint() - 1;
  const n = read.uint();
  const ids: string[] = new Array(n);
  const weights: number[] = new Array(n);
  for (let i = 0; i < n; i++) ids[i] = terms[read.uint()];
  for (let i = 0; i < n; i++) weights[i] = shared.weights[read.uint()];
  const names: string[] = new Array(read.uint());
  for (let i = 0; i < names.length; i++) names[i] = terms[read.uint()];
  const vector = restoredTerms(ids, weights, { names, subject: subject >= 0 ? terms[subject] : undefined, object: object >= 0 ? terms[object] : undefined, change: figure.change && changeTermOf(figure.change), background: background >= 0 ? shared.backgrounds[background] : undefined });
  return new RecordFigure(source, figure, sentence, vector, paragraph, line, sentenceOf, read.uint());
}

/** A figure read back: its sentence's text and place are parsed only when a message asks. */
class RecordFigure implements SourceFigure {
  private storedSentence: StoredSentence | undefined;

  constructor(
    readonly source: Source,
    readonly figure: Figure,
    readonly sentence: Span,
    readonly terms: TermVector,
    readonly paragraph: number,
    readonly line: number,
    /** The reader's, with the number of the figure's sentence in its file: no closure of its own a figure. */
    private readonly sentenceOf: (sentencePart: number) => SentenceRecord,
    private readonly sentencePart: number,
  ) {}

  get stored(): StoredSentence {
    if (!this.storedSentence) {
      const [text, [sl, sc, el, ec]] = this.sentenceOf(this.sentencePart);
      this.storedSentence = { text, range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, paragraph: this.paragraph, line: this.line };
    }
    return this.storedSentence;
  }
}

/** Every figure of a record at once. */
export function decodeFigures(bytes: Uint8Array, sources: readonly Source[]): SourceFigure[] {
  const reader = readFigures(bytes, sources);
  const out: SourceFigure[] = [];
  for (let i = 0, f = reader.at(0); f; f = reader.at(++i)) out.push(f);
  return out;
}
