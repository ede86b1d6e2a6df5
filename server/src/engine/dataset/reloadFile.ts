import * as path from 'node:path';
import { sourceFormatOf } from '../sources/loadDataset';
import type { FileLoad } from '../sources/loadSourceFile';
import { MANIFEST_NAMES } from '../sources/manifest';
import type { Source, SourceProblem } from '../sources/types';
import type { FileSystem } from '../workspace/fileSystem';

/** What one changed file of a dataset folder now holds; `reloadAll` when only a whole reload can tell. */
export type FileReload = { kind: 'file'; sources: Source[]; problems: SourceProblem[] } | { kind: 'removed' } | { kind: 'reloadAll' };

/**
 * Loads one changed source file of `folder` again, with `loadFile`: the folder's loader, which
 * applies the manifest as the folder's load did. A manifest, a folder, or a file under a
 * hidden folder changes more than itself: the caller reloads the whole folder then.
 */
export async function reloadFile(
  fs: FileSystem,
  folder: string,
  filePath: string,
  maxFileBytes: number,
  loadFile: (path: string, bytes: Uint8Array) => FileLoad,
): Promise<FileReload> {
  const rel = path.relative(folder, filePath);
  if (MANIFEST_NAMES.includes(path.basename(filePath).toLowerCase()) || rel.split(path.sep).some((p) => p.startsWith('.') || p === 'node_modules')) {
    return { kind: 'reloadAll' };
  }
  const stat = await fs.stat(filePath);
  if (!stat) return { kind: 'removed' };
  if (stat.type === 'directory' || !sourceFormatOf(filePath)) return { kind: 'reloadAll' };
  if (stat.size > maxFileBytes) return { kind: 'reloadAll' };
  const bytes = await fs.readFile(filePath).catch(() => undefined);
  if (!bytes) return { kind: 'reloadAll' };
  const loaded = loadFile(filePath, bytes);
  return { kind: 'file', sources: loaded.sources, problems: loaded.problems };
}
