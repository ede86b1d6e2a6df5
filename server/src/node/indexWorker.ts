import { parentPort, workerData } from 'node:worker_threads';
import { folderIndexer, type FolderToIndex } from '../engine/cache/parallelIndexer';
import type { IndexRequest, IndexResponse } from './workerIndexer';

// A worker thread of `WorkerIndexer` (bundled as dist/indexWorker.js): it indexes the files of
// one folder, given their bytes one at a time, and sends each result back. Its messages come
// from our own main thread, so they are not validated again here.

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread');
const index = folderIndexer(workerData as FolderToIndex);

port.on('message', ({ id, path, bytes }: IndexRequest) => {
  let response: IndexResponse;
  try {
    const file = index(path, bytes);
    response = { id, file };
    // The record and the postings are moved, not copied: the main thread keeps the record.
    port.postMessage(response, [file.record.buffer as ArrayBuffer, file.postings.figures.buffer as ArrayBuffer, file.postings.termCounts.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    response = { id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(response);
});
