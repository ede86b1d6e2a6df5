import * as path from 'node:path';
import type { FileStat, FileSystem, FileType } from './fileSystem';

/** Whether `p` is `root` or inside it. */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A file system that reads only inside the given folders, after resolving symbolic links:
 * in an untrusted workspace, the dataset may not reach outside the workspace.
 */
export class ConfinedFileSystem implements FileSystem {
  constructor(
    private readonly inner: FileSystem,
    readonly roots: string[],
  ) {}

  /** Refuses a path that is, or links to, a place outside every root. */
  private async check(p: string): Promise<void> {
    const real = this.inner.realPath ? await this.inner.realPath(p).catch(() => p) : p;
    if (!this.roots.some((r) => isInside(path.resolve(p), r) && isInside(real, r))) {
      throw new Error(`'${p}' is outside the workspace folders; an untrusted workspace reads only inside them`);
    }
  }

  async readFile(p: string): Promise<Uint8Array> {
    await this.check(p);
    return this.inner.readFile(p);
  }

  async stat(p: string): Promise<FileStat | undefined> {
    try {
      await this.check(p);
    } catch {
      return undefined;
    }
    return this.inner.stat(p);
  }

  async readDirectory(p: string): Promise<Array<[string, FileType]>> {
    await this.check(p);
    return this.inner.readDirectory(p);
  }

  realPath(p: string): Promise<string> {
    return this.inner.realPath ? this.inner.realPath(p) : Promise.resolve(p);
  }
}
