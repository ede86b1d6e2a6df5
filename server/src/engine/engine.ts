import * as path from 'node:path';
import { checkBriefing } from './check/checkBriefing';
import { sourceProblemDiagnostics, toDiagnostics } from './check/diagnostics';
import { checkOptionsSchema, type CheckOptions } from './check/options';
import { SentenceCache } from './check/sentenceCache';
import type { BriefingReport } from './check/report';
import type { IndexStore } from './cache/indexStore';
import { addIndexedFile, indexFile } from './cache/encodedFile';
import type { ParallelIndexer } from './cache/parallelIndexer';
import { encodeIndex, type IndexIdentity, OpenedIndex } from './cache/storedIndex';
import { Dataset } from './dataset/dataset';
import { reloadFile } from './dataset/reloadFile';
import { BlockCache } from './markup/blockCache';
import { parseFrontMatter } from './markup/frontMatter';
import { parseBriefing } from './markup/parseBriefing';
import type { Briefing, FrontMatter } from './markup/types';
import { type DatasetLoad, type LoadDatasetOptions, loadDataset, openFolder } from './sources/loadDataset';
import type { Source, SourceProblem } from './sources/types';
import { LineIndex } from './text/lineIndex';
import type { Diagnostic, Span } from './types';
import { ConfinedFileSystem, isInside } from './workspace/confinedFileSystem';
import type { FileSystem } from './workspace/fileSystem';

// The facade: the language server and the CLI create one engine and ask it to check
// briefings. It loads each source folder once, keeps it indexed, and updates it file by
// file when sources change.

export interface Logger {
  log(message: string): void;
}

export interface EngineHost {
  fs: FileSystem;
  logger?: Logger;
  /** Untrusted workspace: sources are read only inside these folders (links resolved). */
  confineTo?: string[];
  /** Where indexes are stored between runs, so that a reopened dataset is ready at once.
   * `fingerprint` changes whenever the code may index differently. `answerFirst`: a restored
   * dataset is used at once and compared with the files afterwards, in the background
   * (the editor's server); otherwise the comparison ends before the dataset is used (the
   * CLI, whose one answer must be right). */
  indexStore?: { store: IndexStore; fingerprint: string; answerFirst?: boolean };
  /** Sources changed since their index was stored, found by that background comparison: what
   * was checked meanwhile is out of date (a file watcher's changes are the caller's own). */
  onDatasetChanged?: () => void;
  /** Indexes a large folder's files on other threads (Node: worker threads). */
  parallel?: ParallelIndexer;
}

export interface CheckRequest {
  /** Absolute path of the briefing. */
  path: string;
  /** Its text (the editor's unsaved text, or the file's). */
  text: string;
  /** Where the sources are when the front matter does not say: absolute folder. */
  defaultSources?: string;
  options?: Partial<CheckOptions>;
}

export interface CheckResult {
  /** Why the briefing was not checked (too large), when it was not. */
  skipped?: string;
  report: BriefingReport;
  dataset: Dataset;
  lines: LineIndex;
  diagnostics: Diagnostic[];
}

export interface LoadProgress {
  (done: number, total: number): void;
}

/** What the load did not hand over file by file (no `readFileSync` to read texts back, an
 * unreadable file, a manifest's problems): each file set as it is, the folder's own
 * problems kept apart. */
function addLoadedFiles(dataset: Dataset, folder: string, loaded: Pick<DatasetLoad, 'sources' | 'problems'>): void {
  const byPath = new Map<string, Source[]>();
  for (const s of loaded.sources) {
    const list = byPath.get(s.path);
    if (list) list.push(s);
    else byPath.set(s.path, [s]);
  }
  const problemsByPath = new Map<string, SourceProblem[]>();
  for (const p of loaded.problems) {
    if (p.path === folder) {
      dataset.folderProblems.push(p);
      continue;
    }
    const list = problemsByPath.get(p.path);
    if (list) list.push(p);
    else problemsByPath.set(p.path, [p]);
  }
  for (const file of new Set([...byPath.keys(), ...problemsByPath.keys()])) {
    dataset.setFile(file, byPath.get(file) ?? [], problemsByPath.get(file) ?? []);
  }
}

/** What a folder's load leaves for its stored index besides the files. */
function folderOf(loaded: DatasetLoad): Parameters<typeof encodeIndex>[2] {
  // Problems of a file are stored with it; the others are the folder's (its manifest's).
  const folderProblems = loaded.problems.filter((p) => !loaded.stamps.has(p.path));
  return { stamps: loaded.stamps, manifests: loaded.manifests, manifest: loaded.manifest, folderProblems };
}

/** Files are indexed as they load and kept encoded, where their texts can be read back (a
 * file system with `readFileSync`: not an untrusted workspace's confined one). */
function takeEncoded(dataset: Dataset): NonNullable<LoadDatasetOptions['take']> {
  return (file, sources, problems, loadFileSync) => {
    if (!loadFileSync) return false;
    addIndexedFile(dataset, file, indexFile(sources), problems, loadFileSync);
    return true;
  };
}

const datasetKey = (folders: string[], maxFileBytes: number): string => [...folders].sort().join('\u0000') + `\u0000${maxFileBytes}`;

/** Lets the editor's requests run between slices of background work. */
const giveWay = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Engine {
  private readonly datasets = new Map<string, Promise<Dataset>>();
  /** Per briefing, its sentences' last checks: typing re-checks only what changed. */
  private readonly sentenceCaches = new Map<string, SentenceCache>();
  private readonly blockCaches = new Map<string, BlockCache>();

  private readonly fs: FileSystem;
  /** Stored indexes being written: the CLI waits for them before it exits. */
  private readonly saves = new Set<Promise<void>>();
  /** Restored datasets being compared with their files in the background. */
  private readonly comparisons = new Set<Promise<unknown>>();
  private readAgain = false;

  constructor(private readonly host: EngineHost) {
    this.fs = host.confineTo ? new ConfinedFileSystem(host.fs, host.confineTo) : host.fs;
  }

  /** The source folders of a briefing: its front matter's `sources`, else the default. */
  sourceFolders(briefingPath: string, frontMatter: FrontMatter | undefined, defaultSources?: string): string[] {
    const listed = frontMatter?.values.sources;
    if (listed && listed.length > 0) return listed.map((p) => path.resolve(path.dirname(briefingPath), p));
    return defaultSources ? [path.resolve(defaultSources)] : [];
  }

  /** The dataset of these folders, loaded once and kept. */
  dataset(folders: string[], progress?: LoadProgress, maxFileBytes = 20 * 1024 * 1024): Promise<Dataset> {
    const key = datasetKey(folders, maxFileBytes);
    let pending = this.datasets.get(key);
    if (!pending) {
      pending = this.load(folders, progress, maxFileBytes);
      this.datasets.set(key, pending);
    }
    return pending;
  }

  private async load(folders: string[], progress?: LoadProgress, maxFileBytes = 20 * 1024 * 1024, how: { ignoreStored?: boolean } = {}): Promise<Dataset> {
    const dataset = new Dataset(folders, maxFileBytes);
    // A stored index serves one folder; sources restored from it are read synchronously when
    // needed, which an untrusted workspace's confined file system does not offer.
    const storing = folders.length === 1 && this.fs.readFileSync ? this.host.indexStore : undefined;
    for (const folder of folders) {
      const started = Date.now();
      const identity: IndexIdentity = { folder, fingerprint: storing?.fingerprint ?? '', maxFileBytes };
      const stored = storing && !this.readAgain && !how.ignoreStored ? await this.openStored(storing.store, identity) : undefined;
      if (storing && stored && (await this.restore(dataset, folder, stored))) {
        this.host.logger?.log(`Indexed ${dataset.sourceCount} sources from ${folder} in ${Date.now() - started} ms, from the stored index`);
        const comparing = this.compareWithFiles(dataset, folder, stored, storing.store, identity, storing.answerFirst);
        const done = storing.answerFirst
          ? comparing.then(
              (outcome) => this.changedMeanwhile(dataset, outcome),
              (e) => this.host.logger?.log(`Cannot compare ${folder} with its stored index: ${e instanceof Error ? e.message : String(e)}`),
            )
          : comparing;
        this.comparisons.add(done);
        void done.catch(() => undefined).finally(() => this.comparisons.delete(done));
        if (!storing.answerFirst && (await comparing) === 'manifest') return this.load(folders, progress, maxFileBytes, { ignoreStored: true });
        continue;
      }
      const loaded = await loadDataset(this.fs, folder, {
        onProgress: progress,
        maxFileBytes,
        reportDuplicates: false,
        take: takeEncoded(dataset),
        parallel: this.host.parallel,
        takeIndexed: (file, indexed, problems, loadFileSync) => addIndexedFile(dataset, file, indexed, problems, loadFileSync),
      });
      dataset.loaders.set(folder, loaded.loadFile);
      addLoadedFiles(dataset, folder, loaded);
      dataset.compactPostings();
      this.host.logger?.log(`Indexed ${dataset.sourceCount} sources from ${folder} in ${Date.now() - started} ms`);
      if (storing) this.store(storing.store, dataset, identity, folderOf(loaded));
    }
    return dataset;
  }

  /** Puts a folder's stored index into the dataset, unless the folder's manifest changed
   * since (then every source's metadata may have, and the folder is read afresh). */
  private async restore(dataset: Dataset, folder: string, stored: OpenedIndex): Promise<boolean> {
    const opened = await openFolder(this.fs, folder, stored.manifestFiles, { maxFileBytes: dataset.maxFileBytes, knownManifest: stored.knownManifest });
    if (!stored.sameManifests(opened.manifests)) {
      this.host.logger?.log(`The manifest of ${folder} changed since its index was stored: it is indexed afresh.`);
      return false;
    }
    if (!opened.loadFileSync) return false;
    stored.restoreInto(dataset, opened.loadFileSync);
    addLoadedFiles(dataset, folder, { sources: [], problems: stored.folderProblems });
    dataset.loaders.set(folder, opened.loadFile);
    return true;
  }

  /**
   * Compares the folder's files with the stored index restored into the dataset, as a file
   * watcher would have reported their changes: a file changed or new is read and replaces
   * what was restored, a file gone is removed (each change moves `dataset.version` on). In the
   * background (`answerFirst`), it gives way to other work every few hundred files.
   * 'manifest': a manifest appeared or changed, and only reading the folder afresh is right.
   */
  private async compareWithFiles(dataset: Dataset, folder: string, stored: OpenedIndex, store: IndexStore, identity: IndexIdentity, answerFirst?: boolean): Promise<'same' | 'changed' | 'manifest'> {
    const started = Date.now();
    const version = dataset.version;
    const loaded = await loadDataset(this.fs, folder, {
      maxFileBytes: dataset.maxFileBytes,
      reportDuplicates: false,
      reuse: (p, stamp) => stored.unchanged(p, stamp),
      knownManifest: stored.knownManifest,
      pause: answerFirst ? giveWay : undefined,
      take: takeEncoded(dataset),
    });
    if (!stored.sameManifests(loaded.manifests)) {
      this.host.logger?.log(`The manifest of ${folder} changed since its index was stored: it is indexed afresh.`);
      return 'manifest';
    }
    // Stored files not there now (no stamp) are gone.
    for (const p of stored.paths) if (!loaded.stamps.has(p)) dataset.removeFile(p);
    const now = folderOf(loaded);
    // A file read again that could not be: its problems replace what was restored.
    addLoadedFiles(dataset, folder, { sources: loaded.sources, problems: loaded.problems.filter((p) => loaded.stamps.has(p.path)) });
    if (JSON.stringify(now.folderProblems ?? []) !== JSON.stringify(stored.folderProblems)) {
      // The manifest's entries may now find files, or no longer.
      for (const p of new Set(stored.folderProblems.map((q) => q.path))) if (!loaded.stamps.has(p)) dataset.removeFile(p);
      dataset.folderProblems = [];
      addLoadedFiles(dataset, folder, { sources: [], problems: now.folderProblems ?? [] });
    }
    const changed = dataset.version !== version;
    const read = loaded.stamps.size - loaded.reused.length;
    this.host.logger?.log(`Compared ${folder} with its stored index in ${Date.now() - started} ms: ${loaded.reused.length} files unchanged, from the stored index; ${read} read again`);
    if (changed || loaded.reused.length !== stored.fileCount) this.store(store, dataset, identity, now);
    return changed ? 'changed' : 'same';
  }

  /** After a background comparison: a changed manifest loads the folder afresh, and the
   * host hears of any change. */
  private async changedMeanwhile(dataset: Dataset, outcome: 'same' | 'changed' | 'manifest'): Promise<void> {
    if (outcome === 'same') return;
    const key = datasetKey(dataset.folders, dataset.maxFileBytes);
    const current = await this.datasets.get(key)?.catch(() => undefined);
    // Reset or reloaded meanwhile: the dataset compared is no longer the one in use.
    if (current !== dataset) return;
    if (outcome === 'manifest') this.datasets.set(key, this.load(dataset.folders, undefined, dataset.maxFileBytes, { ignoreStored: true }));
    this.host.onDatasetChanged?.();
  }

  private async openStored(store: IndexStore, identity: IndexIdentity): Promise<OpenedIndex | undefined> {
    try {
      const bytes = await store.open(identity.folder);
      if (!bytes) return undefined;
      const opened = OpenedIndex.open(bytes, identity);
      if (typeof opened === 'string') {
        this.host.logger?.log(`The stored index of ${identity.folder} is not used: ${opened}. It is made again.`);
        return undefined;
      }
      return opened;
    } catch (e) {
      this.host.logger?.log(`The stored index of ${identity.folder} cannot be read (${e instanceof Error ? e.message : String(e)}). It is made again.`);
      return undefined;
    }
  }

  /** Writes the folder's index after the check that is waiting for the dataset has run,
   * a slice at a time, so that the editor's requests are answered meanwhile. */
  private store(store: IndexStore, dataset: Dataset, identity: IndexIdentity, folder: Parameters<typeof encodeIndex>[2]): void {
    const saving = (async () => {
      await giveWay();
      const started = Date.now();
      try {
        const chunks = await encodeIndex(dataset, identity, folder, giveWay);
        if (!chunks) {
          this.host.logger?.log(`The sources of ${identity.folder} changed while their index was being stored; it is stored next time.`);
          return;
        }
        await store.save(identity.folder, chunks);
        this.host.logger?.log(`Stored the index of ${identity.folder} in ${Date.now() - started} ms`);
      } catch (e) {
        this.host.logger?.log(`Cannot store the index of ${identity.folder}: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    this.saves.add(saving);
    void saving.finally(() => this.saves.delete(saving));
  }

  /** Resolves when every restored dataset is compared with its files, and every stored
   * index being written is written. */
  async indexesStored(): Promise<void> {
    while (this.comparisons.size > 0 || this.saves.size > 0) await Promise.all([...this.comparisons, ...this.saves]);
  }

  /** Forgets every loaded dataset: the next check loads them again. `readAgain`: from the
   * source files themselves, not from stored indexes, for the rest of this engine's life
   * (a user's "re-index"); the fresh indexes are stored. */
  reset(options: { readAgain?: boolean } = {}): void {
    if (options.readAgain) this.readAgain = true;
    this.datasets.clear();
    this.sentenceCaches.clear();
  }

  /** A briefing was closed: its cache goes. */
  forget(briefingPath: string): void {
    this.sentenceCaches.delete(briefingPath);
    this.blockCaches.delete(briefingPath);
  }

  /** Datasets already loaded or loading. */
  loadedDatasets(): Promise<Dataset[]> {
    return Promise.all(this.datasets.values());
  }

  /** A file changed, appeared or disappeared: datasets whose folder holds it index it again,
   * that file alone where it can, the whole folder when a manifest or a folder changed. */
  async fileChanged(filePath: string): Promise<boolean> {
    let touched = false;
    for (const [key, pending] of this.datasets) {
      const dataset = await pending;
      const folder = dataset.folders.find((f) => filePath.startsWith(f + path.sep));
      if (!folder) continue;
      touched = true;
      const loader = dataset.loaders.get(folder);
      const reload = loader ? await reloadFile(this.fs, folder, filePath, dataset.maxFileBytes, loader) : { kind: 'reloadAll' as const };
      if (reload.kind === 'file') dataset.setFile(filePath, reload.sources, reload.problems);
      else if (reload.kind === 'removed') dataset.removeFile(filePath);
      else this.datasets.set(key, this.load(dataset.folders, undefined, dataset.maxFileBytes));
    }
    return touched;
  }

  async check(request: CheckRequest, progress?: LoadProgress): Promise<CheckResult> {
    return this.checkInTurn(request, [request.text], progress);
  }

  /**
   * Checks texts of one briefing in turn (`request.text`'s front matter says where their
   * sources are), with nothing else running between them, and gives the last one's result.
   * The language server rehearses typing with it (`lsp/rehearsal.ts`): a parse moves the
   * objects of the briefing's last parse in place, and a request answered between an edit
   * and its undoing would find them moved.
   */
  async checkInTurn(request: CheckRequest, texts: string[], progress?: LoadProgress): Promise<CheckResult> {
    const options = checkOptionsSchema.parse(request.options ?? {});
    const megabytes = Math.max(...texts.map((t) => t.length)) / (1024 * 1024);
    if (megabytes > options.maxBriefingMB) {
      // Too large to check while the analyst types: say so, and check nothing.
      const briefing = parseBriefing('');
      const skipped = `${path.basename(request.path)} is ${megabytes.toFixed(1)} MB, over the limit of ${options.maxBriefingMB} MB (setting briefing.maxBriefingMB, or --max-briefing-mb); it was not checked.`;
      const dataset = new Dataset([]);
      return { skipped, report: { path: request.path, briefing, figures: [], citations: [], quotations: [], claimConflicts: [] }, dataset, lines: new LineIndex(texts[texts.length - 1]), diagnostics: [] };
    }
    const wanted = this.sourceFolders(request.path, parseFrontMatter(request.text).frontMatter, request.defaultSources);
    const confine = this.host.confineTo;
    const folders = confine ? wanted.filter((f) => confine.some((r) => isInside(f, r))) : wanted;
    const refused = wanted.filter((f) => !folders.includes(f));
    const dataset = await this.dataset(folders, progress, options.maxSourceFileMB * 1024 * 1024);
    // From here nothing waits: the parse moves the objects of the document's last parse in
    // place (`BlockCache`), so no other check of it may run between a parse and its diagnostics.
    let result: CheckResult | undefined;
    for (const text of texts) result = this.checkText(request.path, text, options, dataset, folders, refused);
    return result!;
  }

  private checkText(briefingPath: string, text: string, options: CheckOptions, dataset: Dataset, folders: string[], refused: string[]): CheckResult {
    let blocks = this.blockCaches.get(briefingPath);
    if (!blocks) this.blockCaches.set(briefingPath, (blocks = new BlockCache()));
    const briefing = parseBriefing(text, blocks);
    const optionsKey = SentenceCache.keyOf(options);
    let cache = this.sentenceCaches.get(briefingPath);
    if (!cache || cache.dataset !== dataset || cache.datasetVersion !== dataset.version || cache.optionsKey !== optionsKey) {
      cache = new SentenceCache(dataset, optionsKey);
      this.sentenceCaches.set(briefingPath, cache);
    }
    const report = checkBriefing(briefingPath, briefing, dataset, options, cache.check, cache.claims);
    cache.endCheck();
    const lines = new LineIndex(text);
    let diagnostics = toDiagnostics(report, options, lines);
    // Without any source, every key is unknown: the one problem at `sources` says why.
    if (dataset.sourceCount === 0) diagnostics = diagnostics.filter((d) => d.code !== 'unknown-source');
    const missing = refused.length > 0 ? this.refusedProblem(briefing, refused, lines) : this.datasetProblem(briefing, folders, dataset, lines);
    if (missing) diagnostics.unshift(missing);
    // The figures the check read back go, but for the most lately used: it is done with them.
    dataset.releaseDecoded();
    return { report, dataset, lines, diagnostics };
  }

  /** An empty or missing dataset makes every check meaningless: say so at the `sources` key. */
  private datasetProblem(briefing: Briefing, folders: string[], dataset: Dataset, lines: LineIndex): Diagnostic | undefined {
    if (dataset.sourceCount > 0) return undefined;
    const span: Span = briefing.frontMatter?.keySpans.sources ?? { start: 0, end: 0 };
    const message =
      folders.length === 0
        ? 'No source dataset: set `sources` in the front matter or the `briefing.sources` setting.'
        : `The source dataset ${folders.join(', ')} ${dataset.folderProblems.length > 0 ? 'cannot be read' : 'holds no sources'}: ${
            dataset.folderProblems.map((p) => p.message).join('; ') || 'no .txt, .md, .json or .html files'
          }`;
    return { code: 'invalid-front-matter', severity: 'error', range: lines.rangeOf(span), message, related: [], fixes: [] };
  }

  /** A dataset folder outside the workspace of an untrusted workspace is not read. */
  private refusedProblem(briefing: Briefing, refused: string[], lines: LineIndex): Diagnostic {
    const span: Span = briefing.frontMatter?.keySpans.sources ?? { start: 0, end: 0 };
    return {
      code: 'invalid-front-matter',
      severity: 'error',
      range: lines.rangeOf(span),
      message: `The source folder ${refused.join(', ')} is outside the workspace folders. This workspace is not trusted, so Briefing reads sources only inside it; trust the workspace to allow it.`,
      related: [],
      fixes: [],
    };
  }

  /** Diagnostics for the dataset's own files: invalid metadata, duplicate ids. */
  datasetDiagnostics(dataset: Dataset, options?: Partial<CheckOptions>): Map<string, Diagnostic[]> {
    const parsed = checkOptionsSchema.parse(options ?? {});
    return sourceProblemDiagnostics(dataset.problems.filter((p) => p.code === 'invalid-source-metadata'), parsed, () => undefined);
  }
}
