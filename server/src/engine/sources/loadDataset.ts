import type { IndexedFile } from '../cache/encodedFile';
import type { FileIndexedElsewhere, ParallelIndexer } from '../cache/parallelIndexer';
import { append } from '../lists';
import { statOrUndefined, type FileStat, type FileSystem } from '../workspace/fileSystem';
import { decodeBytes } from './decode';
import { duplicateIdProblems } from './duplicates';
import { FileText, fileProblem } from './fileText';
import { MANIFEST_NAMES, type Manifest, type ManifestRecord, readManifest } from './manifest';
import { folderLoader, ManifestMatcher } from './manifestMatcher';
import { type FileLoad, loadSourceBytes, sourceFormatOf } from './loadSourceFile';
import type { Source, SourceProblem } from './types';
import { reason, walk, type WalkedFile } from './walk';

export { loadSourceFile, loadSourceText, sourceFormatOf } from './loadSourceFile';
export { duplicateIdProblems } from './duplicates';

// The whole dataset folder: every source file, the manifest applied, duplicate ids
// reported. Never rejects: a missing folder or an unreadable file is a problem, and the
// caller decides what that means (the CLI's exit code, a message in the editor).

export interface DatasetLoad {
  sources: Source[];
  problems: SourceProblem[];
  /** Files read (sources and the manifest). */
  files: string[];
  /** Size and time of every source file looked at, read or reused. */
  stamps: Map<string, FileStamp>;
  /** Source files not read because `reuse` had them. */
  reused: string[];
  /** The manifest files at the folder's root, with their size and time. */
  manifests: Array<{ rel: string } & FileStamp>;
  /** What the manifest that is used says, to be given back as `knownManifest` next time. */
  manifest?: KnownManifest;
  /** Loads one file of the folder from its bytes, with the manifest applied as in this load:
   * for a file that changes later. */
  loadFile: (path: string, bytes: Uint8Array) => FileLoad;
  /** The same, reading the file synchronously (for sources kept encoded, whose text is read
   * back when needed); undefined without `readFileSync`. */
  loadFileSync?: (path: string) => Source[];
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A manifest as read before: when its file has the same size and time, its entries are
 * taken as they are instead of parsing the YAML again (slow for thousands of entries). */
export interface KnownManifest extends FileStamp {
  path: string;
  records: ManifestRecord[];
  problems: SourceProblem[];
}

export interface LoadDatasetOptions {
  /** Larger files are reported and skipped. Default 20 MB. */
  maxFileBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** Report sources that share an id (default). Off for a caller that keeps the sources and
   * finds duplicates itself as files change. */
  reportDuplicates?: boolean;
  /** A file a stored index holds unchanged is not read: returns the ids of its sources
   * (so that the manifest entries they use count as used), or undefined to read it. */
  reuse?: (path: string, stamp: FileStamp) => string[] | undefined;
  /** Each file read, in folder order, as soon as it and those before it are loaded: a caller
   * that takes it (returns true) indexes it at once, and the result does not keep its
   * sources, so that a large archive's texts need not all be in memory together. */
  take?: (path: string, sources: Source[], problems: SourceProblem[], loadFileSync?: (path: string) => Source[]) => boolean;
  /** Loads and indexes the files on other threads, where the file system reads synchronously
   * (the files are kept encoded, as `take` keeps them) and `parallel` finds it worth it. The
   * files it indexes are handed to `takeIndexed`, in folder order with those given to `take`. */
  parallel?: ParallelIndexer;
  takeIndexed?: (path: string, file: IndexedFile, problems: SourceProblem[], loadFileSync: (path: string) => Source[]) => void;
  knownManifest?: KnownManifest;
  /** Awaited every few hundred files, so that a load in the background lets other work run. */
  pause?: () => Promise<void>;
}

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Files read at once: enough to hide disk latency, few enough not to exhaust handles. */
const CONCURRENCY = 16;
/** Files statted between pauses (`pause`): a stat takes microseconds. */
const FILES_BETWEEN_PAUSES = 500;

export async function datasetExists(fs: FileSystem, dir: string): Promise<boolean> {
  return (await statOrUndefined(fs, dir))?.type === 'directory';
}

export async function loadDataset(fs: FileSystem, dir: string, options: LoadDatasetOptions = {}): Promise<DatasetLoad> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const stat = await statOrUndefined(fs, dir);
  if (stat?.type !== 'directory') {
    const message = stat ? `The source folder '${dir}' is a file, not a folder.` : `The source folder '${dir}' does not exist.`;
    return { sources: [], problems: [fileProblem(dir, message, 'error')], files: [], stamps: new Map(), reused: [], manifests: [], loadFile: (p, b) => loadSourceBytes(p, b) };
  }
  const isManifest = (rel: string): boolean => MANIFEST_NAMES.includes(rel.toLowerCase());
  const walked = await walk(fs, dir, (rel) => isManifest(rel) || sourceFormatOf(rel) !== undefined);
  const problems: SourceProblem[] = [];
  append(problems, walked.problems);
  const opened = await openFolder(fs, dir, walked.files.filter((f) => isManifest(f.rel)), { maxFileBytes, knownManifest: options.knownManifest });
  append(problems, opened.problems);
  const files = [...opened.files];
  const { manifests, matcher, loadFile, loadFileSync } = opened;
  const toLoad = walked.files.filter((f) => !isManifest(f.rel));
  const readSync = fs.readFileSync?.bind(fs);
  const manifest = opened.parsedManifest;
  const parallel =
    options.parallel && options.takeIndexed && loadFileSync
      ? options.parallel.start({ folder: dir, manifest: manifest && { path: manifest.file.path, text: manifest.file.text, records: manifest.records }, fileCount: toLoad.length })
      : undefined;
  const loaded = new Array<Source[]>(toLoad.length);
  const indexedElsewhere = new Array<FileIndexedElsewhere | undefined>(toLoad.length);
  const fileProblems = new Array<SourceProblem[]>(toLoad.length);
  const read = new Array<boolean>(toLoad.length).fill(false);
  const stamps = new Map<string, FileStamp>();
  const reused: string[] = [];
  let done = 0;
  // Handed to `take` in folder order: files finish out of order, a few at a time.
  const finished = new Array<boolean>(toLoad.length).fill(false);
  let nextToTake = 0;
  const handOver = (i: number): void => {
    finished[i] = true;
    for (; nextToTake < toLoad.length && finished[nextToTake]; nextToTake++) {
      const k = nextToTake;
      const { path } = toLoad[k];
      const elsewhere = indexedElsewhere[k];
      if (!read[k] || (!elsewhere && !options.take)) continue;
      const own = fileProblems[k].filter((p) => p.path === path);
      if (elsewhere) {
        options.takeIndexed!(path, elsewhere, own, loadFileSync!);
        indexedElsewhere[k] = undefined;
      } else if (!options.take!(path, loaded[k], own, loadFileSync)) continue;
      loaded[k] = [];
      fileProblems[k] = fileProblems[k].filter((p) => p.path !== path);
    }
  };
  options.onProgress?.(0, toLoad.length);
  try {
    // First what every file is now, then only the files `reuse` does not have are read.
    const stats = await statEach(fs, toLoad, options.pause);
    const toRead: number[] = [];
    for (let i = 0; i < toLoad.length; i++) {
      const f = toLoad[i];
      const stat = stats[i];
      if (stat) stamps.set(f.path, { size: stat.size, mtimeMs: stat.mtimeMs });
      const ids = stat && options.reuse?.(f.path, stat);
      if (!ids) {
        toRead.push(i);
        continue;
      }
      matcher.byFile(f.rel);
      for (const id of ids) matcher.byId(id);
      reused.push(f.path);
      loaded[i] = [];
      fileProblems[i] = [];
      handOver(i);
      options.onProgress?.(++done, toLoad.length);
    }
    await eachLimited(toRead.length, Math.max(CONCURRENCY, parallel?.capacity ?? 0), async (n) => {
      const i = toRead[n];
      const f = toLoad[i];
      // While other threads index, this one only reads: at once, since a promise per file cost
      // it more than the read itself, and the threads waited.
      const bytes = await readLimited(fs, f.path, maxFileBytes, stats[i], parallel && readSync);
      // A file another thread failed to index is indexed here.
      const elsewhere = parallel && typeof bytes !== 'string' ? await parallel.index(f.path, bytes).catch(() => undefined) : undefined;
      if (typeof bytes === 'string') {
        fileProblems[i] = [fileProblem(f.path, bytes)];
        loaded[i] = [];
      } else if (elsewhere) {
        read[i] = true;
        matcher.markUsed(elsewhere.usedEntries);
        indexedElsewhere[i] = elsewhere;
        loaded[i] = [];
        fileProblems[i] = elsewhere.problems;
      } else {
        read[i] = true;
        const result = loadFile(f.path, bytes);
        loaded[i] = result.sources;
        fileProblems[i] = result.problems;
      }
      handOver(i);
      options.onProgress?.(++done, toLoad.length);
    });
  } finally {
    parallel?.close();
  }

  append(files, toLoad.filter((_, i) => read[i]).map((f) => f.path));
  const sources = loaded.flat();
  append(problems, fileProblems.flat());
  append(problems, await matcher.unusedEntries(fs, dir, walked.files));
  if (options.reportDuplicates !== false) append(problems, duplicateIdProblems(sources));
  return { sources, problems, files, stamps, reused, loadFile, loadFileSync, manifests, manifest: opened.manifest };
}

/** A folder's manifest read and its loader made, before (or without) reading its sources. */
export interface OpenedFolder {
  /** The manifest files given, with their size and time (those that could be statted). */
  manifests: Array<{ rel: string } & FileStamp>;
  /** What the manifest that is used says. */
  manifest?: KnownManifest;
  /** The same, with its text (other threads apply it to the files they index). */
  parsedManifest?: Manifest;
  /** The manifest's own problems, and a second manifest's. */
  problems: SourceProblem[];
  /** Files read (the manifest). */
  files: string[];
  matcher: ManifestMatcher;
  loadFile: DatasetLoad['loadFile'];
  loadFileSync: DatasetLoad['loadFileSync'];
}

/**
 * Reads the folder's manifest (`manifestFiles`, found at its root) and makes the loader of
 * its files. A warm start calls it alone, with the manifests its stored index names: the
 * restored sources need the loader to read their texts back, not a walk of the folder.
 */
export async function openFolder(
  fs: FileSystem,
  dir: string,
  manifestFiles: WalkedFile[],
  options: { maxFileBytes: number; knownManifest?: KnownManifest },
): Promise<OpenedFolder> {
  const problems: SourceProblem[] = [];
  const files: string[] = [];
  const manifests: OpenedFolder['manifests'] = [];
  const manifestStats = new Map<string, FileStat>();
  for (const f of manifestFiles) {
    const stat = await statOrUndefined(fs, f.path);
    if (!stat) continue;
    manifestStats.set(f.path, stat);
    manifests.push({ rel: f.rel, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  const loadedManifest = await loadManifest(fs, manifestFiles, manifestStats, options.maxFileBytes, problems, files, options.knownManifest);
  const matcher = new ManifestMatcher(loadedManifest?.manifest, problems);
  const loadFile = folderLoader(dir, matcher);
  const readSync = fs.readFileSync?.bind(fs);
  const loadFileSync = readSync
    ? (path: string): Source[] => {
        try {
          return loadFile(path, readSync(path)).sources;
        } catch {
          return [];
        }
      }
    : undefined;
  return { manifests, manifest: loadedManifest?.known, parsedManifest: loadedManifest?.manifest, problems, files, matcher, loadFile, loadFileSync };
}

async function loadManifest(
  fs: FileSystem,
  candidates: WalkedFile[],
  stats: ReadonlyMap<string, FileStat>,
  maxFileBytes: number,
  problems: SourceProblem[],
  files: string[],
  known: KnownManifest | undefined,
): Promise<{ manifest: Manifest; known: KnownManifest } | undefined> {
  const ordered = [...candidates].sort((a, b) => MANIFEST_NAMES.indexOf(a.rel.toLowerCase()) - MANIFEST_NAMES.indexOf(b.rel.toLowerCase()));
  const [first, ...others] = ordered;
  if (!first) return undefined;
  for (const o of others) problems.push(fileProblem(o.path, `Only one manifest is read: '${first.rel}' is used, '${o.rel}' is ignored.`));
  const stat = stats.get(first.path);
  const bytes = await readLimited(fs, first.path, maxFileBytes, stat);
  if (typeof bytes === 'string') {
    problems.push(fileProblem(first.path, bytes));
    return undefined;
  }
  files.push(first.path);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    problems.push(fileProblem(first.path, `The manifest '${first.rel}' is a binary file; it is ignored.`, 'error'));
    return undefined;
  }
  const file = new FileText(first.path, decoded.text);
  const same = known && stat && stat.mtimeMs >= 0 && known.path === first.path && known.size === stat.size && known.mtimeMs === stat.mtimeMs;
  const manifest: Manifest = same ? { file, records: known.records, problems: known.problems } : readManifest(file);
  append(problems, manifest.problems);
  const stamp = stat ?? { size: bytes.length, mtimeMs: -1 };
  return { manifest, known: { path: first.path, size: stamp.size, mtimeMs: stamp.mtimeMs, records: manifest.records, problems: manifest.problems } };
}

/** The file's bytes, or why it was not read. */
async function readLimited(fs: FileSystem, path: string, maxBytes: number, known?: FileStat, readSync?: (path: string) => Uint8Array): Promise<Uint8Array | string> {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    const stat = known ?? (await fs.stat(path));
    if (stat && stat.size > maxBytes) return `'${name}' is too large (${megabytes(stat.size)} MB, the limit is ${megabytes(maxBytes)} MB); it is skipped.`;
    const bytes = readSync ? readSync(path) : await fs.readFile(path);
    if (bytes.length > maxBytes) return `'${name}' is too large (${megabytes(bytes.length)} MB, the limit is ${megabytes(maxBytes)} MB); it is skipped.`;
    return bytes;
  } catch (e) {
    return `Cannot read '${name}': ${reason(e)}.`;
  }
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** Each file's stat (undefined when it cannot be statted), in slices between `pause`s. A file
 * system that stats synchronously is asked in a plain loop: a promise a file was a quarter
 * of a warm start that stats 50,000 files to read a few. */
async function statEach(fs: FileSystem, files: readonly WalkedFile[], pause?: () => Promise<void>): Promise<Array<FileStat | undefined>> {
  const stats = new Array<FileStat | undefined>(files.length);
  const statSync = fs.statSync?.bind(fs);
  for (let start = 0; start < files.length; start += FILES_BETWEEN_PAUSES) {
    if (start > 0) await pause?.();
    const end = Math.min(files.length, start + FILES_BETWEEN_PAUSES);
    if (statSync) {
      for (let i = start; i < end; i++) {
        try {
          stats[i] = statSync(files[i].path);
        } catch {
          stats[i] = undefined;
        }
      }
    } else {
      await eachLimited(end - start, CONCURRENCY, async (k) => {
        stats[start + k] = await statOrUndefined(fs, files[start + k].path);
      });
    }
  }
  return stats;
}

/** Runs `fn(0…count-1)`, at most `limit` at a time. */
async function eachLimited(count: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
