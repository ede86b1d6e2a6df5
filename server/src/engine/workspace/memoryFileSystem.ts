import * as path from 'node:path';
import type { FileStat, FileSystem, FileType } from './fileSystem';

/** Files held in memory, for tests and for the editor's unsaved text. Paths are POSIX. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, { data: Uint8Array; mtimeMs: number }>();
  private clock = 1;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.write(p, content);
  }

  write(filePath: string, content: string | Uint8Array): void {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(path.posix.normalize(filePath), { data, mtimeMs: this.clock++ });
  }

  delete(filePath: string): void {
    this.files.delete(path.posix.normalize(filePath));
  }

  async readFile(filePath: string): Promise<Uint8Array> {
    const f = this.files.get(path.posix.normalize(filePath));
    if (!f) throw new Error(`ENOENT: no such file '${filePath}'`);
    return f.data;
  }

  readFileSync(filePath: string): Uint8Array {
    const f = this.files.get(path.posix.normalize(filePath));
    if (!f) throw new Error(`ENOENT: no such file '${filePath}'`);
    return f.data;
  }

  async stat(filePath: string): Promise<FileStat | undefined> {
    const p = path.posix.normalize(filePath);
    const f = this.files.get(p);
    if (f) return { type: 'file', size: f.data.length, mtimeMs: f.mtimeMs };
    const prefix = p.endsWith('/') ? p : p + '/';
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return { type: 'directory', size: 0, mtimeMs: 0 };
    return undefined;
  }

  async readDirectory(dirPath: string): Promise<Array<[string, FileType]>> {
    const p = path.posix.normalize(dirPath);
    const prefix = p.endsWith('/') ? p : p + '/';
    const entries = new Map<string, FileType>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) entries.set(rest, 'file');
      else entries.set(rest.slice(0, slash), 'directory');
    }
    if (entries.size === 0) throw new Error(`ENOENT: no such folder '${dirPath}'`);
    return [...entries];
  }
}
