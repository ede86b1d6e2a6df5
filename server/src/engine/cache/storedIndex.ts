import { z } from 'zod';
import { internTerm } from '../context/terms';
import type { Dataset, EncodedFigures, FigureReader } from '../dataset/dataset';
import { writtenIdOf } from '../sources/duplicates';
import type { FileStamp, KnownManifest } from '../sources/loadDataset';
import type { ManifestRecord } from '../sources/manifest';
import type { Source, SourceMeta, SourceProblem } from '../sources/types';
import { joinPath } from '../sources/walk';
import { encodeFigures, readFigures, recordHeadLength, TermTable } from './figureRecords';
import type { StoredBytes } from './indexStore';
import { restoredSources, type LoadFileSync, type WrittenIdAt } from './restoredSource';

// A source folder's index, stored so that a reopened workspace is ready at once: the
// header (files with their size and time, sources' metadata, the postings' terms), every
// posting list as one array of 32-bit figure ids, and each file's figures as a record read
// when first needed (records stand alone: each holds its own terms).
//
//   "BRIEFIDX" | header length (u32) | header JSON | padding to 4 |
//   term counts (i32 a term) | posting keys (i32 triples) | posting ids (i32) | records

const MAGIC = 'BRIEFIDX';
/** Grows when the layout changes; the fingerprint covers changes to the rules. */
const FORMAT = 18;

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

const isSpan = (v: unknown): boolean => isRecord(v) && isNumber(v.start) && isNumber(v.end);
const isPosition = (v: unknown): boolean => isRecord(v) && isNumber(v.line) && isNumber(v.character);
const isWrittenId = (v: unknown): v is StoredWrittenId => isRecord(v) && (v.path === undefined || isString(v.path)) && isSpan(v.span) && isRecord(v.range) && isPosition(v.range.start) && isPosition(v.range.end);
const isProblem = (v: unknown): v is SourceProblem => isRecord(v) && isString(v.path) && isString(v.message) && isSpan(v.span);

/** An array whose every element passes `is`: one check for 50,000 elements, where a schema
 * per element costs ten times more. */
const arrayOf = <T>(is: (v: unknown) => v is T) => z.custom<T[]>((v) => Array.isArray(v) && v.every(is));
const isFormat = (v: unknown): v is Source['format'] => v === 'md' || v === 'txt' || v === 'json' || v === 'html';
const isMeta = (v: unknown): v is SourceMeta => isRecord(v) && typeof v.id === 'string' && typeof v.title === 'string';

const headerSchema = z
  .object({
    format: z.literal(FORMAT),
    fingerprint: z.string(),
    folder: z.string(),
    maxFileBytes: z.number(),
    terms: arrayOf(isString),
    units: arrayOf(isString),
    /** How many (unit, term, length) triples describe the posting lists, and how many ids
     * they hold: both are binary, after the header, as are the term counts (see below). */
    postingKeyCount: z.number().int().nonnegative(),
    postingIdCount: z.number().int().nonnegative(),
    postingsOffset: z.number(),
    recordsOffset: z.number(),
    files: z.object({
      /** Paths relative to the folder. */
      rel: arrayOf(isString),
      size: arrayOf(isNumber),
      mtimeMs: arrayOf(isNumber),
      figureCount: arrayOf(isNumber),
      sourceCount: arrayOf(isNumber),
      recordOffset: arrayOf(isNumber),
      recordLength: arrayOf(isNumber),
      /** How many of its first bytes are read when the file's figures are first needed:
       * all but its sentences (`recordHeadLength`). */
      recordHeadLength: arrayOf(isNumber),
    }),
    sources: z.object({
      meta: arrayOf(isMeta),
      format: arrayOf(isFormat),
    }),
    /** Sparse: [source number, where its id is written (no path: in its own file)]. */
    writtenIds: arrayOf((v): v is [number, StoredWrittenId] => Array.isArray(v) && isNumber(v[0]) && isWrittenId(v[1])),
    /** The manifest files at the folder's root when it was stored: if any differs now,
     * every source's metadata may differ, and the stored index is not used. */
    manifests: z.array(z.object({ rel: z.string(), size: z.number(), mtimeMs: z.number() })),
    /** What the manifest in use said, so that an unchanged one need not be parsed again. */
    manifest: z
      .object({
        path: z.string(),
        size: z.number(),
        mtimeMs: z.number(),
        records: arrayOf((v): v is ManifestRecord => isRecord(v) && isRecord(v.entry) && isSpan(v.span) && isRecord(v.spans)),
        problems: arrayOf(isProblem),
      })
      .nullable(),
    /** Sparse: [file number, problem]. */
    problems: arrayOf((v): v is [number, SourceProblem] => Array.isArray(v) && isNumber(v[0]) && isProblem(v[1])),
    /** The load's problems that belong to no stored file: the manifest's, its entries that
     * found no file, a folder that could not be read. */
    folderProblems: arrayOf(isProblem),
  })
  .refine((h) => {
    const f = h.files;
    const n = f.rel.length;
    const sources = f.sourceCount.reduce((a, b) => a + b, 0);
    return [f.size, f.mtimeMs, f.figureCount, f.sourceCount, f.recordOffset, f.recordLength, f.recordHeadLength].every((c) => c.length === n) && h.sources.meta.length === sources && h.sources.format.length === sources;
  }, 'columns of different lengths');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

type Header = z.infer<typeof headerSchema>;

/** Where a source's id is written; most are written in the source's own file, whose path
 * the index does not repeat. */
type StoredWrittenId = Omit<WrittenIdAt, 'path'> & { path?: string };

/** What a stored index must match to be used. */
export interface IndexIdentity {
  folder: string;
  /** Changes whenever the engine's rules may index differently (the CLI and server use a
   * hash of their own code). */
  fingerprint: string;
  maxFileBytes: number;
}

/** A stored index, opened: which files it holds unchanged, and how to restore them. Its
 * columns are used as they are: a warm start of 50,000 files has no time for an object a file. */
export class OpenedIndex {
  private constructor(
    private readonly header: Header,
    private readonly bytes: StoredBytes,
  ) {}

  /** The stored index, or why it cannot be used. */
  static open(bytes: StoredBytes, identity: IndexIdentity): OpenedIndex | string {
    try {
      if (bytes.size < 12 || decode(bytes.read(0, 8)) !== MAGIC) return 'not a Briefing index';
      const lengthBytes = bytes.read(8, 4);
      const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
      const parsed = headerSchema.safeParse(JSON.parse(decode(bytes.read(12, length))));
      if (!parsed.success) return 'an older or damaged index';
      const h = parsed.data;
      if (h.fingerprint !== identity.fingerprint) return 'made by another version of Briefing';
      if (h.folder !== identity.folder || h.maxFileBytes !== identity.maxFileBytes) return 'made for other settings';
      return new OpenedIndex(h, bytes);
    } catch (e) {
      return `unreadable (${e instanceof Error ? e.message : String(e)})`;
    }
  }

  get fileCount(): number {
    return this.header.files.rel.length;
  }

  /** The manifest files the index was stored with, to be statted and read again. */
  get manifestFiles(): Array<{ path: string; rel: string }> {
    return this.header.manifests.map((m) => ({ path: joinPath(this.header.folder, m.rel), rel: m.rel }));
  }

  /** Whether the folder's manifest files are those the index was stored with. */
  sameManifests(now: ReadonlyArray<{ rel: string } & FileStamp>): boolean {
    const key = (m: { rel: string } & FileStamp): string => `${m.rel}\u0000${m.size}\u0000${m.mtimeMs}`;
    const before = this.header.manifests.map(key).sort().join('\u0001');
    return now.every((m) => m.mtimeMs >= 0) && now.map(key).sort().join('\u0001') === before;
  }

  get knownManifest(): KnownManifest | undefined {
    return this.header.manifest ?? undefined;
  }

  /** The load's problems of no stored file (see `encodeIndex`). */
  get folderProblems(): SourceProblem[] {
    return this.header.folderProblems;
  }

  /** The ids of the sources in the file, when the stored index holds it as it is now. */
  unchanged(path: string, stamp: FileStamp): string[] | undefined {
    const f = this.header.files;
    if (!this.numberOf) {
      this.numberOf = new Map(this.paths.map((p, i) => [p, i]));
      this.firstSource = new Int32Array(f.rel.length);
      for (let i = 1; i < f.rel.length; i++) this.firstSource[i] = this.firstSource[i - 1] + f.sourceCount[i - 1];
    }
    const i = this.numberOf.get(path);
    if (i === undefined || stamp.mtimeMs < 0 || f.size[i] !== stamp.size || f.mtimeMs[i] !== stamp.mtimeMs) return undefined;
    const ids: string[] = [];
    for (let k = this.firstSource[i]; k < this.firstSource[i] + f.sourceCount[i]; k++) ids.push(this.header.sources.meta[k].id);
    return ids;
  }

  /** File number by path and each file's first source, made when first asked: only a
   * comparison with the files needs them. */
  private numberOf: Map<string, number> | undefined;
  private firstSource = new Int32Array(0);

  /** The files it holds. */
  get paths(): string[] {
    return (this.pathList ??= this.header.files.rel.map((rel) => joinPath(this.header.folder, rel)));
  }

  private pathList: string[] | undefined;

  /**
   * Puts every stored file into a new dataset. The caller then replaces or removes those
   * changed or gone since, so that their figures leave the postings as if never stored.
   */
  restoreInto(dataset: Dataset, loadFile: LoadFileSync): void {
    const { header } = this;
    const terms = header.terms.map(internTerm);
    const columns = header.files;
    const writtenAt = new Map(header.writtenIds);
    const problemsOf = new Map<number, SourceProblem[]>();
    for (const [n, problem] of header.problems) {
      const list = problemsOf.get(n);
      if (list) list.push(problem);
      else problemsOf.set(n, [problem]);
    }
    const { bytes } = this;
    const { recordsOffset } = header;
    const paths = this.paths;
    let base = -1;
    let source = 0;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i];
      const stored: Array<{ meta: SourceMeta; format: Source['format']; id?: WrittenIdAt }> = [];
      for (let k = 0; k < columns.sourceCount[i]; k++, source++) {
        const written = writtenAt.get(source);
        stored.push({ meta: header.sources.meta[source], format: header.sources.format[source], id: written && { ...written, path: written.path ?? path } });
      }
      const sources = restoredSources(path, stored, loadFile);
      const encoded = new StoredRecord(bytes, recordsOffset + columns.recordOffset[i], columns.recordLength[i], columns.recordHeadLength[i], sources);
      const first = dataset.addEncodedFile({ path, sources, problems: problemsOf.get(i) ?? [], count: columns.figureCount[i], encoded });
      if (base < 0) base = first;
    }
    // One read for the numbers: term counts, posting keys, then the ids.
    const termCount = header.terms.length;
    const keyInts = 3 * header.postingKeyCount;
    const numbers = new Int32Array(termCount + keyInts + header.postingIdCount);
    if (numbers.length > 0) new Uint8Array(numbers.buffer).set(this.bytes.read(header.postingsOffset, numbers.length * 4));
    for (let t = 0; t < termCount; t++) if (numbers[t] > 0) dataset.restoreTermCount(terms[t], numbers[t]);
    let at = termCount + keyInts;
    for (let k = termCount; k < termCount + keyInts; k += 3) {
      const length = numbers[k + 2];
      if (length < 0 || at + length > numbers.length) break; // damaged: the rest of the lists are not trusted
      dataset.restorePostings(header.units[numbers[k]] ?? '', terms[numbers[k + 1]] ?? '', numbers.subarray(at, at + length), Math.max(base, 0));
      at += length;
    }
  }
}

/** One file's figures in a stored index, read when a check first needs them: all but their
 * sentences, each read when a message asks for it. */
class StoredRecord implements EncodedFigures {
  constructor(
    private readonly bytes: StoredBytes,
    private readonly offset: number,
    private readonly length: number,
    private readonly headLength: number,
    private readonly sources: readonly Source[],
  ) {}

  record(): Uint8Array | undefined {
    return this.read(0, this.length);
  }

  open(): FigureReader {
    // A damaged record: its figures are not found, nothing else breaks.
    const none: FigureReader = { at: () => undefined };
    const head = this.read(0, Math.min(this.headLength, this.length));
    if (!head) return none;
    try {
      return readFigures(head, this.sources, (at, length) => (at + length <= this.length ? this.read(at, length) : undefined));
    } catch {
      return none;
    }
  }

  private read(at: number, length: number): Uint8Array | undefined {
    try {
      return this.bytes.read(this.offset + at, length);
    } catch {
      return undefined;
    }
  }
}

/** How often encoding gives way (`pause`), so that an editor's requests are answered meanwhile. */
const FILES_BETWEEN_PAUSES = 200;
const POSTINGS_BETWEEN_PAUSES = 20_000;

/**
 * The stored form of a one-folder dataset: its files with their stamps (files without a
 * stamp, such as one the editor holds unsaved, are left out and read again next time).
 * Records already encoded (restored, or encoded as they were indexed) are copied as they
 * are, since each holds its own terms. Encoding a large archive takes seconds: it calls
 * `pause` now and then, and gives up (undefined) if the dataset changed meanwhile, since
 * what it wrote so far no longer matches.
 */
export async function encodeIndex(
  dataset: Dataset,
  identity: IndexIdentity,
  folder: { stamps: ReadonlyMap<string, FileStamp>; manifests: Header['manifests']; manifest?: KnownManifest; folderProblems?: SourceProblem[] },
  pause: () => Promise<void> = async () => {},
): Promise<Uint8Array[] | undefined> {
  const { stamps } = folder;
  const version = dataset.version;
  const changed = async (): Promise<boolean> => {
    await pause();
    return dataset.version !== version;
  };
  /** The terms of the postings and of the term counts. */
  const table = new TermTable();
  const files: Header['files'] = { rel: [], size: [], mtimeMs: [], figureCount: [], sourceCount: [], recordOffset: [], recordLength: [], recordHeadLength: [] };
  const sources: Header['sources'] = { meta: [], format: [] };
  const writtenIds: Header['writtenIds'] = [];
  const problems: Header['problems'] = [];
  const records: Uint8Array[] = [];
  const kept: string[] = [];
  let recordBytes = 0;
  let done = 0;
  for (const file of [...dataset.indexedFiles()]) {
    if (++done % FILES_BETWEEN_PAUSES === 0 && (await changed())) return undefined;
    const stamp = stamps.get(file.path);
    const rel = relativeTo(identity.folder, file.path);
    if (!stamp || stamp.mtimeMs < 0 || rel === undefined) continue;
    const record = file.encoded?.record() ?? encodeFigures(file.sources, file.figures());
    for (const problem of file.problems) problems.push([kept.length, problem]);
    kept.push(file.path);
    files.rel.push(rel);
    files.size.push(stamp.size);
    files.mtimeMs.push(stamp.mtimeMs);
    files.figureCount.push(file.count);
    files.sourceCount.push(file.sources.length);
    files.recordOffset.push(recordBytes);
    files.recordLength.push(record.length);
    files.recordHeadLength.push(recordHeadLength(record));
    for (const s of file.sources) {
      const written = writtenIdOf(s);
      if (written) writtenIds.push([sources.meta.length, { path: written.path === file.path ? undefined : written.path, span: written.span, range: written.range() }]);
      sources.meta.push(s.meta);
      sources.format.push(s.format);
    }
    records.push(record);
    recordBytes += record.length;
  }
  const newId = dataset.numbering(kept);
  const units: string[] = [];
  const unitNumbers = new Map<string, number>();
  const postingKeys: number[] = [];
  const postingChunks: Int32Array[] = [];
  let lists = 0;
  for (const [unit, term, ids] of [...dataset.postings()]) {
    if (++lists % POSTINGS_BETWEEN_PAUSES === 0 && (await changed())) return undefined;
    const mapped: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = newId(ids[i]);
      if (id >= 0) mapped.push(id);
    }
    if (mapped.length === 0) continue;
    let u = unitNumbers.get(unit);
    if (u === undefined) {
      unitNumbers.set(unit, (u = units.length));
      units.push(unit);
    }
    postingKeys.push(u, table.number(term), mapped.length);
    postingChunks.push(Int32Array.from(mapped));
  }
  for (const [term] of dataset.termCounts()) table.number(term);
  const termCounts = new Int32Array(table.terms.length);
  for (const [term, n] of dataset.termCounts()) termCounts[table.number(term)] = n;
  const keys = Int32Array.from(postingKeys);
  const postingIdCount = postingChunks.reduce((n, c) => n + c.length, 0);
  const numberBytes = termCounts.byteLength + keys.byteLength + postingIdCount * 4;

  // The header states where the postings and records start, which depends on its own length:
  // write it once with placeholders to learn the length, padded so the offsets fit.
  const header: Header = {
    format: FORMAT,
    ...identity,
    terms: table.terms,
    units,
    postingKeyCount: postingKeys.length / 3,
    postingIdCount,
    postingsOffset: 0,
    recordsOffset: 0,
    files,
    sources,
    writtenIds,
    problems,
    manifests: folder.manifests,
    manifest: folder.manifest ?? null,
    folderProblems: folder.folderProblems ?? [],
  };
  const draft = encode(JSON.stringify(header));
  const headerLength = draft.length + 32;
  const postingsOffset = align4(12 + headerLength);
  header.postingsOffset = postingsOffset;
  header.recordsOffset = postingsOffset + numberBytes;
  const headerBytes = new Uint8Array(headerLength).fill(0x20); // JSON may end in spaces
  headerBytes.set(encode(JSON.stringify(header)));
  const prefix = new Uint8Array(12);
  prefix.set(encode(MAGIC));
  new DataView(prefix.buffer).setUint32(8, headerLength, true);
  const padding = new Uint8Array(postingsOffset - 12 - headerLength);
  const bytesOf = (c: Int32Array): Uint8Array => new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
  return [prefix, headerBytes, padding, bytesOf(termCounts), bytesOf(keys), ...postingChunks.map(bytesOf), ...records];
}

/** `path` relative to `folder` (`/`-separated as written), or undefined outside it. */
function relativeTo(folder: string, path: string): string | undefined {
  if (!path.startsWith(folder)) return undefined;
  const rest = path.slice(folder.length);
  if (rest[0] === '/' || rest[0] === '\\') return rest.slice(1);
  return folder.endsWith('/') || folder.endsWith('\\') ? rest : undefined;
}

const align4 = (n: number): number => (n + 3) & ~3;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encode = (s: string): Uint8Array => encoder.encode(s);
const decode = (b: Uint8Array): string => decoder.decode(b);
