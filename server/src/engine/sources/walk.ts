import type { FileSystem } from '../workspace/fileSystem';
import { fileProblem } from './fileText';
import type { SourceProblem } from './types';

// The files of a dataset folder, found recursively in a stable (sorted) order. Hidden
// entries and node_modules are skipped. A folder reached twice (a symbolic link loop) is
// read once: by its real path when the file system can tell it (an optional `realPath`);
// otherwise a folder listing exactly what one of its ancestors lists is taken for a link
// back to it. Depth is capped regardless.

export interface WalkedFile {
  path: string;
  /** Relative to the dataset folder, `/`-separated. */
  rel: string;
}

const MAX_DEPTH = 40;

/** File systems may offer this (the Node one can); the interface does not require it. */
interface RealPaths {
  realPath?(path: string): Promise<string>;
}

export async function walk(fs: FileSystem, root: string, keep: (rel: string) => boolean): Promise<{ files: WalkedFile[]; problems: SourceProblem[] }> {
  const files: WalkedFile[] = [];
  const problems: SourceProblem[] = [];
  const seen = new Set<string>();
  const realPath = (fs as FileSystem & RealPaths).realPath?.bind(fs);

  const visit = async (dir: string, rel: string, depth: number, ancestors: string[]): Promise<void> => {
    let real = dir;
    if (realPath) {
      try {
        real = await realPath(dir);
      } catch {
        real = dir;
      }
    }
    if (seen.has(real) || depth > MAX_DEPTH) return;
    seen.add(real);
    let entries: Array<[string, string]>;
    try {
      entries = await fs.readDirectory(dir);
    } catch (e) {
      problems.push(fileProblem(dir, `Cannot read the folder '${dir}': ${reason(e)}`, depth === 0 ? 'error' : 'warning'));
      return;
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const listing = realPath ? '' : entries.map(([n, t]) => `${t}:${n}`).join('/');
    if (!realPath && ancestors.includes(listing)) return;
    const inner = realPath ? ancestors : [...ancestors, listing];
    for (const [name, type] of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childPath = joinPath(dir, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      if (type === 'directory') await visit(childPath, childRel, depth + 1, inner);
      else if (keep(childRel)) files.push({ path: childPath, rel: childRel });
    }
  };
  await visit(root, '', 0, []);
  return { files, problems };
}

/** `dir/name`, with the separator the folder path already uses. */
export function joinPath(dir: string, name: string): string {
  if (dir.endsWith('/') || dir.endsWith('\\')) return dir + name;
  return dir + (dir.includes('\\') && !dir.includes('/') ? '\\' : '/') + name;
}

export function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/[.\s]+$/, '');
}
