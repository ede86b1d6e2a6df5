import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IndexStore, StoredBytes } from '../engine/cache/indexStore';

const SLAB_BYTES = 1 << 20;
const DAY_MS = 24 * 60 * 60 * 1000;
/** An index not used for this long is of a folder no longer opened. */
const STALE_INDEX_MS = 90 * DAY_MS;
const STALE_TEMPORARY_MS = DAY_MS;

const closeWhenUnreachable = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed: nothing to do
  }
});

/**
 * Stored indexes in a folder on disk (the extension's storage folder, or the CLI's
 * `--cache`): one file a source folder, named by a hash of its path. A new index is
 * written beside the old one and renamed over it, so a reader never sees half a file and
 * an index already open keeps reading the old one.
 */
export class NodeIndexStore implements IndexStore {
  constructor(readonly folder: string) {}

  fileFor(sourceFolder: string): string {
    return path.join(this.folder, `${createHash('sha1').update(sourceFolder).digest('hex').slice(0, 20)}.idx`);
  }

  async open(sourceFolder: string): Promise<StoredBytes | undefined> {
    let fd: number;
    const file = this.fileFor(sourceFolder);
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return undefined;
    }
    // Its time says when it was last used, so that indexes in use are never taken for stale.
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // a read-only store: the index is still used, only not marked
    }
    const size = fs.fstatSync(fd).size;
    // Kept open: records are read when first needed. Small reads are carved out of shared
    // slabs: one allocation per record was most of their cost.
    let slab = Buffer.alloc(0);
    let used = 0;
    const allocate = (length: number): Buffer => {
      if (length > SLAB_BYTES / 4) return Buffer.allocUnsafeSlow(length);
      if (used + length > slab.length) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        used = 0;
      }
      const bytes = slab.subarray(used, used + length);
      used += (length + 7) & ~7;
      return bytes;
    };
    const stored: StoredBytes = {
      size,
      read(offset: number, length: number): Uint8Array {
        const bytes = allocate(length);
        let done = 0;
        while (done < length) {
          const n = fs.readSync(fd, bytes, done, length - done, offset + done);
          if (n === 0) throw new Error(`the stored index ends at ${offset + done} of ${size} bytes`);
          done += n;
        }
        return bytes;
      },
    };
    // The file stays open while a dataset may read from it, and is closed once none can.
    closeWhenUnreachable.register(stored, fd);
    return stored;
  }

  async save(sourceFolder: string, chunks: readonly Uint8Array[]): Promise<void> {
    await fs.promises.mkdir(this.folder, { recursive: true });
    const target = this.fileFor(sourceFolder);
    const temporary = `${target}.${process.pid}.tmp`;
    const handle = await fs.promises.open(temporary, 'w');
    try {
      for (const chunk of chunks) await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, target);
    await this.removeStale();
  }

  /** Indexes of folders not opened for a long time, and half-written files a stopped process
   * left behind: the storage folder does not grow without end. Best effort. */
  private async removeStale(now = Date.now()): Promise<void> {
    const names = await fs.promises.readdir(this.folder).catch(() => [] as string[]);
    for (const name of names) {
      const maxAge = name.endsWith('.idx') ? STALE_INDEX_MS : name.endsWith('.tmp') ? STALE_TEMPORARY_MS : undefined;
      if (maxAge === undefined) continue;
      const file = path.join(this.folder, name);
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (stat && now - stat.mtimeMs > maxAge) await fs.promises.rm(file, { force: true }).catch(() => undefined);
    }
  }
}

/** A hash of the running program's code (the bundle this is built into): a stored index
 * made by other code is not used. */
export function codeFingerprint(): string {
  try {
    return createHash('sha1').update(fs.readFileSync(__filename)).digest('hex');
  } catch {
    return 'unknown';
  }
}
