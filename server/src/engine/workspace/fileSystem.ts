// Every file the engine reads comes through this interface: the CLI gives it the disk,
// the language server gives it the disk overlaid with the editor's unsaved text, tests
// give it files in memory.

export type FileType = 'file' | 'directory';

export interface FileStat {
  type: FileType;
  size: number;
  mtimeMs: number;
}

export interface FileSystem {
  /** The bytes of a file; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /** undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The entries of a folder, names only; rejects when it cannot be read. */
  readDirectory(path: string): Promise<Array<[name: string, type: FileType]>>;
  /** The bytes of a file, at once: for a source restored from a stored index, whose text is
   * read when a check first needs it. Without it, no stored index is used. */
  readFileSync?(path: string): Uint8Array;
  /** `stat`, at once: comparing a stored index with 50,000 files is then one loop, not a
   * promise a file. */
  statSync?(path: string): FileStat | undefined;
  /** The path with every symbolic link resolved, where the file system has links. */
  realPath?(path: string): Promise<string>;
}

/** `stat`, with a failure (no permission, a broken link) read as nothing there. */
export async function statOrUndefined(fs: FileSystem, path: string): Promise<FileStat | undefined> {
  try {
    return await fs.stat(path);
  } catch {
    return undefined;
  }
}
