// Where stored indexes live: a folder of the extension's storage, a folder the CLI is given,
// memory in tests. One stored index a source folder. Reads are synchronous and by range,
// because a file's figures are read back in the middle of a check, when first needed.

/** The bytes of one stored index, open for reading. */
export interface StoredBytes {
  readonly size: number;
  /** `length` bytes from `offset`; throws if the store cannot read them. */
  read(offset: number, length: number): Uint8Array;
}

export interface IndexStore {
  /** The stored index of a source folder, if there is one. */
  open(folder: string): Promise<StoredBytes | undefined>;
  /** Replaces the stored index of a folder (readers of the old one keep reading it). */
  save(folder: string, chunks: readonly Uint8Array[]): Promise<void>;
}

/** A store in memory, for tests. */
export class MemoryIndexStore implements IndexStore {
  readonly saved = new Map<string, Uint8Array>();

  async open(folder: string): Promise<StoredBytes | undefined> {
    const bytes = this.saved.get(folder);
    return bytes && { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
  }

  async save(folder: string, chunks: readonly Uint8Array[]): Promise<void> {
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    this.saved.set(folder, all);
  }
}
