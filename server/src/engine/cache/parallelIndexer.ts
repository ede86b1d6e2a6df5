import { FileText } from '../sources/fileText';
import type { ManifestRecord } from '../sources/manifest';
import { folderLoader, ManifestMatcher } from '../sources/manifestMatcher';
import type { SourceProblem } from '../sources/types';
import { indexFile, type IndexedFile } from './encodedFile';

// Cold indexing spends nearly all its time finding, describing and encoding each file's
// figures, which needs nothing but the file and the folder's manifest. A host that has
// threads (the Node one: server/src/node/workerIndexer.ts) does that for many files at once;
// the main thread reads the files, and adopts the results in folder order, so that figure
// ids are those an index made on one thread gives.

/** What another thread needs to load a folder's files as `loadDataset` does. */
export interface FolderToIndex {
  folder: string;
  /** The manifest in use: its file (where its ids are written) and its entries. */
  manifest?: { path: string; text: string; records: ManifestRecord[] };
  /** How many source files the folder holds: a few are indexed faster on the main thread. */
  fileCount: number;
}

/** A file indexed on another thread: plain data, cheap to send. */
export interface FileIndexedElsewhere extends IndexedFile {
  /** Every problem its loading found. */
  problems: SourceProblem[];
  /** The numbers of the manifest entries it used that the thread had not used before, so
   * that the main thread knows which entries found no file. */
  usedEntries: number[];
}

export interface ParallelIndexer {
  /** Indexing of a folder's files, or undefined to index them on the main thread (too few
   * files to be worth starting threads, or none could start). */
  start(folder: FolderToIndex): ParallelIndexing | undefined;
}

export interface ParallelIndexing {
  /** How many files to hand over at once to keep every thread busy. */
  readonly capacity: number;
  /** Indexes one file from its bytes. Rejects when the thread failed: the caller indexes
   * that file itself. */
  index(path: string, bytes: Uint8Array): Promise<FileIndexedElsewhere>;
  /** Ends the threads. */
  close(): void;
}

/** What a thread runs for each file of the folder: the main thread's own code, with a
 * manifest matcher of its own. */
export function folderIndexer(folder: FolderToIndex): (path: string, bytes: Uint8Array) => FileIndexedElsewhere {
  const manifest = folder.manifest && { file: new FileText(folder.manifest.path, folder.manifest.text), records: folder.manifest.records, problems: [] };
  // Its problems (duplicate entries) are the main thread's matcher's to report.
  const matcher = new ManifestMatcher(manifest);
  const load = folderLoader(folder.folder, matcher);
  return (path, bytes) => {
    const { sources, problems } = load(path, bytes);
    return { ...indexFile(sources), problems, usedEntries: matcher.takeUsed() };
  };
}
