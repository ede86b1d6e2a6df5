import { canonicalCountNoun } from '../context/aliases';
import { termArrays, type TermStatistics, type TermVector } from '../context/terms';
import { compareFigures, equalAt } from '../figures/compare';
import { CURRENCY_FAMILIES, DOLLARS } from '../figures/currencies';
import { DEGREE, TEMPERATURES } from '../figures/units';
import { inClaimRate, isExchangeRate } from '../figures/rates';
import type { Agreement, Figure } from '../figures/types';
import { TermTable } from '../cache/figureRecords';
import { duplicateIdProblems } from '../sources/duplicates';
import type { FileLoad } from '../sources/loadSourceFile';
import type { Source, SourceProblem } from '../sources/types';
import { FigureCache } from './figureCache';
import { figuresOfSource, type SourceFigure } from './sourceFigures';

/** Figures compare only within one kind and unit: `%`, `money:USD`, `count:country`, … */
export function unitKey(figure: Figure): string {
  if (figure.kind === 'count') return `count:${canonicalCountNoun(figure.unit)}`;
  const family = figure.kind === 'money' ? CURRENCY_FAMILIES.find((f) => f.members.has(figure.unit)) : undefined;
  if (family) return `money:${family.name}`;
  if (figure.kind === 'quantity' && TEMPERATURES.has(figure.unit)) return 'quantity:temperature';
  return figure.kind === 'money' && DOLLARS.has(figure.unit) ? 'money:dollar' : `${figure.kind}:${figure.unit}`;
}

/** A dollar written with a bare `$` (no `US$`, `USD`) against another nation's dollar. */
const anyDollar = (a: Figure, b: Figure): boolean =>
  a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit && DOLLARS.has(a.unit) && DOLLARS.has(b.unit) && (bareDollar(a) || bareDollar(b));

/** Degrees of no named scale (`1.6 degrees`) against Celsius or Fahrenheit (`1.6C`). */
const anyDegree = (a: Figure, b: Figure): boolean =>
  a.kind === 'quantity' && b.kind === 'quantity' && a.unit !== b.unit && TEMPERATURES.has(a.unit) && TEMPERATURES.has(b.unit) && (a.unit === DEGREE || b.unit === DEGREE);

const bareDollar = (f: Figure): boolean => f.unit === 'USD' && BARE_DOLLAR.test(f.text) && !/\bUS\s*\$|\bUSD\b/i.test(f.text);
const BARE_DOLLAR = /(?:^|[^A-Za-z])\$/;

/** A crown or a shilling of no named nation against a named one (`415 billion kroner`, `NOK
 * 415 billion`). */
const anyOfFamily = (a: Figure, b: Figure): boolean =>
  a.kind === 'money' &&
  b.kind === 'money' &&
  a.unit !== b.unit &&
  CURRENCY_FAMILIES.some((f) => (a.unit === f.any || b.unit === f.any) && f.members.has(a.unit) && f.members.has(b.unit));

/** `compareFigures` with count nouns used interchangeably as one unit, as `unitKey` groups
 * them: `50 nations` and `50 countries` are compared, not skipped as different units; so are
 * a crown of no named nation and a named one, and a bare `$` and another nation's dollar. */
export function compareClaim(claim: Figure, written: Figure, tolerance: number): Agreement | undefined {
  // A price per another measure of one dimension, per the claim's (`rates.ts`), before its
  // precision is compared.
  const source = inClaimRate(claim, written);
  if (!source) return undefined;
  const bare = claim.kind === 'count' && source.kind === 'count' && (countsAnyNoun(claim) || countsAnyNoun(source));
  const unnamed = anyDollar(claim, source) || anyDegree(claim, source);
  const same = bare || unnamed || (claim.kind === 'count' && source.kind === 'count' && claim.unit !== source.unit && unitKey(claim) === unitKey(source)) || anyOfFamily(claim, source);
  const agreement = compareFigures(claim, same ? { ...source, unit: claim.unit } : source, tolerance);
  // A year read from a source's date, a count whose noun is not known or that points back,
  // backs what agrees and contradicts nothing (`datedYears.ts`, `bareCounts.ts`,
  // `recalledCounts.ts`); so does a bare `$` against another nation's dollar, which may be
  // the amount in US dollars (`A$15.8 million ($10.4 million)`), and a degree of no named
  // scale against a named one.
  // So does an exchange rate against an amount of money, either way (`spent ¥9.79 trillion`,
  // `the yen slid to 160.245 per dollar`).
  if (agreement === 'disagrees' && (claim.dated || source.dated || source.recalled || bare || unnamed || isExchangeRate(claim) !== isExchangeRate(source))) return undefined;
  // `$5.2 billion` where the source says `about $5 billion`: within the source's tolerance,
  // but more precise than anything the source states.
  if (agreement === 'supports' && source.qualifier === 'approximate' && claim.qualifier === 'exact' && !equalAtPrecision(claim, source)) {
    return 'looser';
  }
  // An extreme reached (`fell as low as 151.86 yen`, `as high as 1.5%`) states that very
  // value: the claim's `to 151.86 yen` is no more specific.
  if (agreement === 'looser' && claim.qualifier === 'exact' && EXTREME_REACHED.test(source.text) && equalAtPrecision(claim, source)) return 'supports';
  return agreement;
}

/** The words of an extreme a value reached, before it. */
const EXTREME_REACHED = /^as (?:low|high) as\b/i;

/** A count that may be of any noun: a source's with none known (`bareCounts.ts`), or one of
 * `units`, which stand for whatever is made or sold (`4.21 million units` of `4,205,000 motor
 * vehicles`). It backs a count that agrees, and contradicts none of another noun. */
export function countsAnyNoun(f: Figure): boolean {
  return f.kind === 'count' && (f.bare === true || f.unit === 'unit');
}

/** Equal at the claim's own precision: `5.2` is not `5`, though `about 5` covers it. */
export function equalAtPrecision(a: Figure, b: Figure): boolean {
  const step = a.precision;
  return step > 0 && equalAt(a.low, b.low, step);
}

/** A term must weigh this much in a figure's context to find the figure through it. */
const INDEXED_WEIGHT = 0.3;
/** How many of a query's strongest terms are looked up, and how many candidates kept. */
const QUERY_TERMS = 6;
const CANDIDATE_LIMIT = 400;
/** A term on more figures than this is looked up only when no rarer term is. */
const POSTING_LIMIT = 2000;
/** How many figures read back from encoded files are kept while a briefing is checked: a
 * check of 1,000 figures at 10,000 sources reads 100,000 figures, most of them again and
 * again, and reading each once was a third of its time. */
const DECODED_FIGURES = 1 << 17;
/** How many are kept once it is checked (`releaseDecoded`): all of them held 100 MB at 10,000
 * sources while the analyst typed. Enough for every figure of 1,000 sources, since letting
 * go of figures that the next edit reads again cost the language server more memory at its
 * peak, not less. */
const DECODED_KEPT = 1 << 15;

/**
 * A file's figures as the index takes them, without the figures themselves: what a worker
 * thread that indexed the file sends back, in a few arrays instead of thousands of objects.
 */
export interface FilePostings {
  /** The file's terms (those of its record: see `encodeFigures`). */
  terms: readonly string[];
  /** Per term, how many of the file's figures hold it in their context. */
  termCounts: Int32Array;
  /** The unit keys of its figures. */
  units: string[];
  /** Figure after figure: its unit's number, the number n of its terms that weigh enough to
   * be posted (`INDEXED_WEIGHT`), then their numbers. */
  figures: Int32Array;
}

/** The postings of a file's figures, their terms numbered by `table`. */
export function filePostings(figures: readonly SourceFigure[], table: TermTable): FilePostings {
  const units: string[] = [];
  const unitNumbers = new Map<string, number>();
  const counts: number[] = [];
  const numbers: number[] = [];
  for (const f of figures) {
    const key = unitKey(f.figure);
    let unit = unitNumbers.get(key);
    if (unit === undefined) {
      unitNumbers.set(key, (unit = units.length));
      units.push(key);
    }
    numbers.push(unit, 0);
    const posted = numbers.length - 1;
    const { terms, weights } = termArrays(f.terms);
    for (let i = 0; i < terms.length; i++) {
      const n = table.number(terms[i]);
      counts[n] = (counts[n] ?? 0) + 1;
      if (weights[i] < INDEXED_WEIGHT) continue;
      numbers.push(n);
      numbers[posted]++;
    }
  }
  // Filled by a loop: `Int32Array.from` with a function to call was a tenth of this function's time.
  const termCounts = new Int32Array(table.terms.length);
  for (let n = 0; n < termCounts.length; n++) termCounts[n] = counts[n] ?? 0;
  return { terms: table.terms, termCounts, units, figures: Int32Array.from(numbers) };
}

/** A posting list: ids of figures, in the order they were indexed. A stored index hands
 * its lists over as typed arrays, copied only when a change touches them. */
type Postings = number[] | Int32Array;

/**
 * The `limit` ids of highest score, best first, ties in the order given: what a stable sort
 * of all of them would keep, without sorting thousands of hits with a comparator.
 */
function bestOf(ids: number[], scores: Float64Array, limit: number): number[] {
  const values = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) values[i] = scores[ids[i]];
  values.sort();
  const threshold = values[ids.length - limit];
  let ties = limit;
  for (let i = values.length - 1; i >= 0 && values[i] > threshold; i--) ties--;
  const chosen: number[] = [];
  for (const id of ids) {
    const s = scores[id];
    if (s > threshold || (s === threshold && ties-- > 0)) chosen.push(id);
  }
  return chosen.sort((a, b) => scores[b] - scores[a]);
}

interface FileEntry {
  path: string;
  /** Added after every file before it in folder order (as a load adds them): its figures go
   * at the end of the posting lists. A file read again goes in its place instead. */
  inPlace: boolean;
  sources: Source[];
  problems: SourceProblem[];
  /** Its figures have the ids firstId … firstId + count − 1. */
  firstId: number;
  count: number;
  /** Its figures, unless it is encoded (restored from a stored index, or encoded as it was
   * indexed): then they are made one by one as they are asked for (`reader`, opened from
   * `encoded`), and only the dataset's most recently used are kept (`decoded`). */
  figures?: SourceFigure[];
  reader?: FigureReader;
  /** The encoded figures: read back, or copied as they are into a stored index. */
  encoded?: EncodedFigures;
  /** Taken out of the dataset: its ids no longer find its figures. */
  removed?: boolean;
}

/** An encoded file's figures, by their place in the file. */
export interface FigureReader {
  at(index: number): SourceFigure | undefined;
}

/** A file's figures in encoded form: how to make them, and the encoded bytes. An object
 * (not two closures) a file: a warm start makes 50,000 of them. */
export interface EncodedFigures {
  open(): FigureReader;
  record(): Uint8Array | undefined;
}

/** A file in encoded form: its sources and problems, the number of its figures, and the
 * figures encoded. Restored from a stored index, its postings come with the index
 * (`restorePostings`); encoded as it was indexed, with its figures (`addEncodedFile`). */
export interface EncodedFile {
  path: string;
  sources: Source[];
  problems: SourceProblem[];
  count: number;
  encoded: EncodedFigures;
}

/**
 * The source dataset, indexed once: its sources by id, and every figure they state by
 * unit and by context term, so that a check looks up candidates instead of scanning.
 * Files are added, replaced and removed one at a time as they change. Figures are known to
 * the index by number, so that an index read back from storage need not make them all.
 */
export class Dataset implements TermStatistics {
  private readonly files = new Map<string, FileEntry>();
  private readonly byId = new Map<string, Source[]>();
  /** unit key → term → the figures whose context holds the term strongly. Terms are the
   * interned strings of `compactTerms`, so each lookup hashes a string once per process. */
  private readonly byTerm = new Map<string, Map<string, Postings>>();
  private readonly documentFrequency = new Map<string, number>();
  /** Every file ever added, in the order of their ids (ids of removed files are never
   * reused): the file of a figure id is found by bisection, where a slot per figure cost a
   * warm start of a million figures a tenth of a second. */
  private readonly entries: FileEntry[] = [];
  private nextId = 0;
  private figureCount = 0;

  /** Grows with every change, so that what was computed from an older state is recomputed. */
  version = 0;

  /** Problems of the folder itself (missing, unreadable), kept apart from files. */
  folderProblems: SourceProblem[] = [];

  /** Each folder's loader (its manifest applied), for a file that changes later. */
  readonly loaders = new Map<string, (path: string, bytes: Uint8Array) => FileLoad>();

  constructor(
    readonly folders: string[],
    /** The size limit the files were loaded with, so that a reloaded file keeps it. */
    readonly maxFileBytes = 20 * 1024 * 1024,
  ) {}

  get sources(): Source[] {
    if (this.sourcesVersion !== this.version) {
      this.sourceList = this.orderedEntries().flatMap((f) => f.sources);
      this.sourcesVersion = this.version;
    }
    return this.sourceList;
  }

  /**
   * Files in folder order, whatever order they were added in. Everything that breaks a tie
   * (candidates of equal score, duplicate ids, the order of problems) follows this order, so
   * that a dataset whose files changed gives what a fresh load of the same files gives: the
   * editor and the command line agree, and so do a cold and a stored index.
   */
  private orderedEntries(): FileEntry[] {
    const entries = [...this.files.values()];
    return this.allInPlace ? entries : entries.sort((a, b) => this.compareFiles(a.path, b.path));
  }

  /** Folder order: the dataset's folders in turn, each walked depth first, names sorted. */
  private compareFiles(a: string, b: string): number {
    return this.folderOf(a) - this.folderOf(b) || compareWalked(a, b);
  }

  /** A plain loop, no closure a call: a warm start compares every stored path. */
  private folderOf(path: string): number {
    for (let i = 0; i < this.folders.length; i++) {
      const f = this.folders[i];
      if (path.startsWith(f) && (path[f.length] === '/' || path[f.length] === '\\')) return i;
    }
    return -1;
  }

  /** The greatest path added in folder order so far; whether every file came in that order. */
  private lastInOrder: string | undefined;
  private allInPlace = true;

  /** Sources sorted by id, for completion. */
  get sourcesById(): Source[] {
    if (this.sortedVersion !== this.version) {
      this.sortedList = [...this.sources].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
      this.sortedVersion = this.version;
    }
    return this.sortedList;
  }

  private sourceList: Source[] = [];
  private sourcesVersion = -1;
  private sortedList: Source[] = [];
  private sortedVersion = -1;

  get sourceCount(): number {
    return this.sources.length;
  }

  get paths(): string[] {
    return [...this.files.keys()];
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  /** Replaces whatever the file held with these sources. */
  setFile(path: string, sources: Source[], problems: SourceProblem[]): void {
    this.removeFile(path);
    const figures = sources.flatMap(figuresOfSource);
    const entry = this.addEntry(path, sources, problems, figures.length);
    entry.figures = figures;
    this.indexPostings(filePostings(figures, new TermTable()), entry);
  }

  /** Adds a file in encoded form. With its `postings` (encoded as it was indexed), its
   * figures are indexed now, and read back from the record when a check needs them; without
   * (restored from a stored index), its postings follow (`restorePostings`). Returns the id
   * of its first figure. */
  addEncodedFile(file: EncodedFile, postings?: FilePostings): number {
    this.removeFile(file.path);
    const entry = this.addEntry(file.path, file.sources, file.problems, file.count);
    entry.encoded = file.encoded;
    if (postings) this.indexPostings(postings, entry);
    else this.figureCount += file.count;
    return entry.firstId;
  }

  /** Turns the posting lists grown while indexing into typed arrays, as a stored index hands
   * them over: half the memory (a number in an array takes 8 bytes, and the array grows by
   * half again), and nothing for the collector to trace, which at 50,000 sources was a
   * tenth of a second at a time while the analyst typed. */
  compactPostings(): void {
    for (const terms of this.byTerm.values()) {
      for (const [term, ids] of terms) if (Array.isArray(ids)) terms.set(term, Int32Array.from(ids));
    }
  }

  /** A stored index's postings and term counts, its ids shifted by `base` (the first id of
   * its first file). */
  restorePostings(unit: string, term: string, ids: Int32Array, base: number): void {
    let byUnit = this.byTerm.get(unit);
    if (!byUnit) this.byTerm.set(unit, (byUnit = new Map()));
    const old = byUnit.get(term);
    if (!old && base === 0) {
      byUnit.set(term, ids);
      return;
    }
    const list = old ? Array.from(old) : [];
    for (let i = 0; i < ids.length; i++) list.push(ids[i] + base);
    byUnit.set(term, list);
  }

  restoreTermCount(term: string, count: number): void {
    this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + count);
  }

  private addEntry(path: string, sources: Source[], problems: SourceProblem[], count: number): FileEntry {
    this.version++;
    const inPlace = this.lastInOrder === undefined || this.compareFiles(this.lastInOrder, path) < 0;
    if (inPlace) this.lastInOrder = path;
    else this.allInPlace = false;
    const entry: FileEntry = { path, inPlace, sources, problems, firstId: this.nextId, count };
    this.nextId += count;
    this.entries.push(entry);
    this.files.set(path, entry);
    for (const source of sources) {
      const list = this.byId.get(source.meta.id);
      if (!list) this.byId.set(source.meta.id, [source]);
      else if (inPlace) list.push(source);
      else {
        const at = list.findIndex((s) => this.compareFiles(path, s.path) < 0);
        list.splice(at < 0 ? list.length : at, 0, source);
      }
    }
    return entry;
  }

  removeFile(path: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    this.version++;
    this.files.delete(path);
    for (const source of entry.sources) {
      const list = this.byId.get(source.meta.id)?.filter((s) => s !== source);
      if (list && list.length > 0) this.byId.set(source.meta.id, list);
      else this.byId.delete(source.meta.id);
    }
    this.unindexFigures(this.figuresOfEntry(entry), entry.firstId);
    // The entry stays, for the bisection of ids; what it held goes.
    entry.removed = true;
    entry.sources = [];
    entry.problems = [];
    entry.figures = entry.reader = entry.encoded = undefined;
    this.decoded.forget(entry.firstId, entry.count);
  }

  /** The file that holds the figure id, unless it was removed. */
  private entryOf(id: number): FileEntry | undefined {
    let low = 0;
    let high = this.entries.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.entries[middle].firstId <= id) low = middle;
      else high = middle - 1;
    }
    const entry = this.entries[low];
    return entry && !entry.removed && id >= entry.firstId && id < entry.firstId + entry.count ? entry : undefined;
  }

  private figuresOfEntry(entry: FileEntry): SourceFigure[] {
    if (entry.figures) return entry.figures;
    const figures: SourceFigure[] = [];
    for (let i = 0; i < entry.count; i++) {
      const f = this.decodedFigure(entry, entry.firstId + i);
      // A damaged record: none of its figures, so that ids never point at the wrong one.
      if (!f) return [];
      figures.push(f);
    }
    return figures;
  }

  /** The figure with this id. */
  figure(id: number): SourceFigure | undefined {
    // Only figures of files in the dataset are kept (`removeFile`): no need to find the file.
    const kept = this.decoded.get(id);
    if (kept) return kept;
    const entry = this.entryOf(id);
    if (!entry) return undefined;
    if (entry.figures) return entry.figures[id - entry.firstId];
    return this.decodedFigure(entry, id);
  }

  /** A figure of an encoded file, read back unless it was lately. */
  private decodedFigure(entry: FileEntry, id: number): SourceFigure | undefined {
    let f = this.decoded.get(id);
    if (!f) {
      entry.reader ??= entry.encoded?.open();
      f = entry.reader?.at(id - entry.firstId);
      if (f) this.decoded.set(id, f);
    }
    return f;
  }

  private decoded = new FigureCache<SourceFigure>(DECODED_FIGURES);

  /** How many figures read back are kept (see `DECODED_FIGURES`): fewer costs time, never results. */
  set decodedLimit(limit: number) {
    this.decoded = new FigureCache(limit);
  }

  /** A check is done: the figures it read back go, but for the most lately used (`DECODED_KEPT`). */
  releaseDecoded(): void {
    this.decoded.trim(DECODED_KEPT);
  }

  /** Indexes a file's figures, numbered from its first id, in folder order. */
  private indexPostings({ terms, termCounts, units, figures }: FilePostings, entry: FileEntry): void {
    for (let n = 0; n < terms.length; n++) {
      if (termCounts[n] > 0) this.documentFrequency.set(terms[n], (this.documentFrequency.get(terms[n]) ?? 0) + termCounts[n]);
    }
    let id = entry.firstId;
    for (let at = 0; at < figures.length; id++) {
      const key = units[figures[at++]];
      let unit = this.byTerm.get(key);
      if (!unit) this.byTerm.set(key, (unit = new Map()));
      const posted = figures[at++];
      for (const end = at + posted; at < end; at++) {
        const term = terms[figures[at]];
        const postings = unit.get(term);
        const list = !postings ? [] : Array.isArray(postings) ? postings : Array.from(postings);
        if (list !== postings) unit.set(term, list);
        if (entry.inPlace) list.push(id);
        else list.splice(this.placeIn(list, entry), 0, id);
      }
    }
    this.figureCount += id - entry.firstId;
  }

  /** Where a figure of `entry` goes in a posting list kept in folder order: after every
   * figure of the files before it, and of itself (its own figures come in their order). */
  private placeIn(list: number[], entry: FileEntry): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = this.entryOf(list[middle]);
      if (other === entry || (other && this.compareFiles(other.path, entry.path) < 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Takes a file's figures out of the index: each posting list they are on is filtered once. */
  private unindexFigures(figures: SourceFigure[], firstId: number): void {
    const end = firstId + figures.length;
    const touched = new Set<Postings>();
    for (const f of figures) {
      const unit = this.byTerm.get(unitKey(f.figure));
      for (const [term, weight] of f.terms) {
        const df = (this.documentFrequency.get(term) ?? 0) - 1;
        if (df > 0) this.documentFrequency.set(term, df);
        else this.documentFrequency.delete(term);
        if (weight < INDEXED_WEIGHT || !unit) continue;
        const postings = unit.get(term);
        if (!postings || touched.has(postings)) continue;
        const kept = Array.from(postings).filter((id) => id < firstId || id >= end);
        touched.add(kept);
        if (kept.length > 0) unit.set(term, kept);
        else unit.delete(term);
      }
    }
    this.figureCount -= figures.length;
  }

  /** Every file, for a stored index: `record` when its figures are already encoded. */
  *indexedFiles(): Iterable<{ path: string; sources: Source[]; problems: SourceProblem[]; count: number; encoded?: EncodedFigures; figures: () => SourceFigure[] }> {
    for (const entry of this.orderedEntries()) {
      yield { path: entry.path, sources: entry.sources, problems: entry.problems, count: entry.count, encoded: entry.encoded, figures: () => this.figuresOfEntry(entry) };
    }
  }

  /** Figure ids renumbered from 0 over the files `paths`, in that order: id → new id, or −1
   * for a figure of another file. */
  numbering(paths: readonly string[]): (id: number) => number {
    const map = new Int32Array(this.nextId).fill(-1);
    let next = 0;
    for (const path of paths) {
      const entry = this.files.get(path);
      if (!entry) continue;
      for (let i = 0; i < entry.count; i++) map[entry.firstId + i] = next++;
    }
    return (id) => (id < map.length ? map[id] : -1);
  }

  /** Every posting list: unit key, term, ids. */
  *postings(): Iterable<[unit: string, term: string, ids: ArrayLike<number>]> {
    for (const [unit, terms] of this.byTerm) for (const [term, ids] of terms) yield [unit, term, ids];
  }

  /** How many figures' contexts hold each term. */
  termCounts(): ReadonlyMap<string, number> {
    return this.documentFrequency;
  }

  /** Sources with this id (more than one is a duplicate). */
  sourcesWithId(id: string): Source[] {
    return this.byId.get(id) ?? [];
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  figuresOf(source: Source): SourceFigure[] {
    const entry = this.files.get(source.path);
    return entry ? this.figuresOfEntry(entry).filter((f) => f.source === source) : [];
  }

  /**
   * Figures of the same unit whose context shares a strong term with `terms`, the ones that
   * share the most first, at most `limit`. Only the query's strongest terms are looked up,
   * so the cost of a check does not grow with the dataset: a word every source uses
   * (`world`, `china`) finds nothing that the rarer words do not find better.
   */
  candidates(figure: Figure, terms: TermVector, limit = CANDIDATE_LIMIT): SourceFigure[] {
    const out: SourceFigure[] = [];
    for (const id of this.candidateIds(figure, terms, limit)) {
      const f = this.figure(id);
      if (f) out.push(f);
    }
    return out;
  }

  /** The ids of `candidates`, for a caller that keeps them: ids hold no figure in memory. */
  candidateIds(figure: Figure, terms: TermVector, limit = CANDIDATE_LIMIT): number[] {
    const unit = this.byTerm.get(unitKey(figure));
    if (!unit) return [];
    const strongest: Array<{ score: number; postings: Postings }> = [];
    for (const [term, w] of terms) {
      if (w < INDEXED_WEIGHT) continue;
      const postings = unit.get(term);
      if (postings) strongest.push({ score: w * this.idf(term), postings });
    }
    strongest.sort((a, b) => b.score - a.score);
    // Scores summed per figure id in a reused array: a Map of thousands of hits a query
    // was the largest cost of a check.
    if (this.hitScores.length < this.nextId) this.hitScores = new Float64Array(Math.ceil(this.nextId * 1.5));
    const scores = this.hitScores;
    const hits: number[] = [];
    let looked = 0;
    for (const { score, postings } of strongest) {
      // A word on thousands of figures tells little; the rarer words have found them already.
      if (postings.length > POSTING_LIMIT && looked > 0) continue;
      if (++looked > QUERY_TERMS) break;
      const n = Math.min(postings.length, POSTING_LIMIT);
      for (let i = 0; i < n; i++) {
        const id = postings[i];
        if (scores[id] === 0) hits.push(id);
        scores[id] += score;
      }
    }
    const best = hits.length > limit ? bestOf(hits, scores, limit) : hits;
    for (let i = 0; i < hits.length; i++) scores[hits[i]] = 0;
    return best;
  }

  private hitScores = new Float64Array(0);

  /** Rare terms weigh more. Terms no source uses get a neutral weight. */
  idf(term: string): number {
    if (this.idfVersion !== this.version) {
      this.idfCache.clear();
      this.idfVersion = this.version;
    }
    let idf = this.idfCache.get(term);
    if (idf === undefined) {
      const df = this.documentFrequency.get(term) ?? 0;
      idf = df <= 0 ? 1 : Math.log(1 + this.figureCount / df);
      this.idfCache.set(term, idf);
    }
    return idf;
  }

  private readonly idfCache = new Map<string, number>();
  private idfVersion = -1;

  /** Problems of every file, and an error on each source that shares its id with another
   * (at the id where it is written), recomputed as files change. */
  get problems(): SourceProblem[] {
    // The folder's own problems are reported at the briefing's `sources` key instead.
    return [...this.orderedEntries().flatMap((f) => f.problems), ...duplicateIdProblems(this.sources)];
  }
}

const isSeparator = (c: number): boolean => c === 47 || c === 92;

/** Paths in the order a folder walk finds them: names compared by code unit, a folder's
 * files after the names that sort before the folder's (the separator sorts first). */
export function compareWalked(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return isSeparator(x) ? -1 : isSeparator(y) ? 1 : x - y;
  }
  return a.length - b.length;
}
