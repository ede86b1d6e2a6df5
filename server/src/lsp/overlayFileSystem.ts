import type { FileStat, FileSystem, FileType } from '../engine/workspace/fileSystem';

/** The disk, with the editor's unsaved text over the files open in it. */
export class OverlayFileSystem implements FileSystem {
  private readonly open = new Map<string, Uint8Array>();

  constructor(private readonly disk: FileSystem) {
    const statSync = disk.statSync?.bind(disk);
    if (statSync) this.statSync = (path) => this.overOpen(path, statSync(path));
  }

  setOpen(path: string, text: string | undefined): void {
    if (text === undefined) this.open.delete(path);
    else this.open.set(path, new TextEncoder().encode(text));
  }

  isOpen(path: string): boolean {
    return this.open.has(path);
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.open.get(path) ?? this.disk.readFile(path);
  }

  readFileSync(path: string): Uint8Array {
    const open = this.open.get(path);
    if (open) return open;
    if (!this.disk.readFileSync) throw new Error(`Cannot read '${path}' synchronously.`);
    return this.disk.readFileSync(path);
  }

  /** An open file's time is unknown (−1): its unsaved text must never pass for the file's
   * in a stored index. */
  async stat(path: string): Promise<FileStat | undefined> {
    return this.overOpen(path, await this.disk.stat(path));
  }

  /** Where the disk can: comparing a stored index's 50,000 file times is one plain loop. */
  readonly statSync?: (path: string) => FileStat | undefined;

  private overOpen(path: string, s: FileStat | undefined): FileStat | undefined {
    const text = this.open.get(path);
    return text && s ? { ...s, size: text.length, mtimeMs: -1 } : s;
  }

  readDirectory(path: string): Promise<Array<[string, FileType]>> {
    return this.disk.readDirectory(path);
  }
}
