import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileIndexedElsewhere, FolderToIndex, ParallelIndexer, ParallelIndexing } from '../engine/cache/parallelIndexer';

// Cold indexing on worker threads: one per core, each given the folder's manifest once, then
// file after file (its bytes, read by the main thread through the engine's file system, so
// that the editor's unsaved text and the size limit apply as on one thread). A worker that
// fails takes only itself down: its files are indexed on the main thread.

/** Main thread → worker: one file to index. */
export interface IndexRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

/** Worker → main thread: the file indexed, or why not. */
export type IndexResponse = { id: number; file: FileIndexedElsewhere; error?: undefined } | { id: number; error: string };

export interface WorkerIndexerOptions {
  /** The worker's script. Default: `indexWorker.js` beside this bundle (dist/). */
  script?: string;
  /** Node options of the workers (tests run the TypeScript source with `--require tsx/cjs`). */
  execArgv?: string[];
  /** At most this many workers. Default: `os.availableParallelism()`. */
  threads?: number;
  /** A folder with fewer source files is indexed on the main thread: starting a worker
   * (loading the bundle, ≈ 50 ms) would cost more than it saves. */
  minFiles?: number;
  log?: (message: string) => void;
}

/** Below this many files a worker more is not worth its start. */
const FILES_PER_THREAD = 100;
/** Files sent to a worker before its results come back: enough that it never waits for the
 * main thread to read the next. */
const FILES_IN_FLIGHT_PER_THREAD = 8;

export class WorkerIndexer implements ParallelIndexer {
  private readonly script: string;

  constructor(private readonly options: WorkerIndexerOptions = {}) {
    this.script = options.script ?? path.join(__dirname, 'indexWorker.js');
  }

  start(folder: FolderToIndex): ParallelIndexing | undefined {
    if (folder.fileCount < (this.options.minFiles ?? 2 * FILES_PER_THREAD)) return undefined;
    if (!existsSync(this.script)) {
      this.options.log?.(`No worker script at ${this.script}: the sources are indexed on one thread.`);
      return undefined;
    }
    const count = Math.max(1, Math.min(this.options.threads ?? availableParallelism(), Math.ceil(folder.fileCount / FILES_PER_THREAD)));
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i++) workers.push(new Worker(this.script, { workerData: folder, execArgv: this.options.execArgv }));
    } catch (e) {
      for (const w of workers) void w.terminate();
      this.options.log?.(`Cannot start worker threads (${e instanceof Error ? e.message : String(e)}): the sources are indexed on one thread.`);
      return undefined;
    }
    return new WorkerIndexing(workers, this.options.log);
  }
}

interface Thread {
  worker: Worker;
  /** Requests sent and not answered, by id. */
  pending: Map<number, { resolve: (file: FileIndexedElsewhere) => void; reject: (error: Error) => void }>;
  failed: boolean;
}

/** One folder's indexing on worker threads. */
class WorkerIndexing implements ParallelIndexing {
  private readonly threads: Thread[];
  private nextId = 0;
  private closed = false;

  constructor(
    workers: Worker[],
    private readonly log: ((message: string) => void) | undefined,
  ) {
    this.threads = workers.map((worker) => {
      const thread: Thread = { worker, pending: new Map(), failed: false };
      // An idle worker does not keep the process alive: a CLI that forgot to close would still end.
      worker.unref();
      worker.on('message', (response: IndexResponse) => this.answered(thread, response));
      worker.on('error', (e) => this.fail(thread, `a worker thread failed: ${e.message}`));
      worker.on('messageerror', (e) => this.fail(thread, `a worker thread's message could not be read: ${e.message}`));
      worker.on('exit', (code) => this.fail(thread, `a worker thread ended (exit code ${code})`));
      return thread;
    });
  }

  get capacity(): number {
    return this.threads.length * FILES_IN_FLIGHT_PER_THREAD;
  }

  index(path: string, bytes: Uint8Array): Promise<FileIndexedElsewhere> {
    // The worker with the least to do: files differ in size by a hundred times.
    let thread: Thread | undefined;
    for (const t of this.threads) if (!t.failed && (!thread || t.pending.size < thread.pending.size)) thread = t;
    if (!thread || this.closed) return Promise.reject(new Error('no worker thread is running'));
    const { worker, pending } = thread;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (pending.size === 0) worker.ref(); // an answer is awaited: the process must wait for it
      pending.set(id, { resolve, reject });
      // Sent as a copy (kept here to index the file on this thread if the worker fails); a view
      // into a larger buffer is cut out first, or the whole buffer would be copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      worker.postMessage({ id, path, bytes: own } satisfies IndexRequest);
    });
  }

  close(): void {
    this.closed = true;
    for (const t of this.threads) {
      t.failed = true;
      this.rejectAll(t, 'indexing was closed');
      void t.worker.terminate();
    }
  }

  private answered(thread: Thread, response: IndexResponse): void {
    const waiting = thread.pending.get(response.id);
    if (!waiting) return;
    thread.pending.delete(response.id);
    if (thread.pending.size === 0) thread.worker.unref();
    if (response.error === undefined) {
      waiting.resolve(response.file);
    } else {
      this.log?.(`A worker thread could not index a file (it is indexed on the main thread): ${response.error}`);
      waiting.reject(new Error(response.error));
    }
  }

  private fail(thread: Thread, why: string): void {
    if (thread.failed) return;
    thread.failed = true;
    this.log?.(`${why}; its files are indexed on the main thread.`);
    this.rejectAll(thread, why);
    void thread.worker.terminate();
  }

  private rejectAll(thread: Thread, why: string): void {
    for (const { reject } of thread.pending.values()) reject(new Error(why));
    thread.pending.clear();
  }
}
