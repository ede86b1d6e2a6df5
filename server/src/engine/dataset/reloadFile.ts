import * as path from 'node:path';
import { decodeBytes } from '../sources/decode';
import { FileText } from '../sources/fileText';
import { loadSourceFile, sourceFormatOf } from '../sources/loadDataset';
import { MANIFEST_NAMES, normalizeRelative, readManifest } from '../sources/manifest';
import type { ManifestEntry, Source, SourceProblem } from '../sources/types';
import type { FileSystem } from '../workspace/fileSystem';

/** What one changed file of a dataset folder now holds; `reloadAll` when only a whole reload can tell. */
export type FileReload = { kind: 'file'; sources: Source[]; problems: SourceProblem[] } | { kind: 'removed' } | { kind: 'reloadAll' };

/** The manifest's entry for a file, read again (it is small) so that its metadata applies. */
async function manifestEntryFor(fs: FileSystem, folder: string, rel: string): Promise<ManifestEntry | undefined> {
  for (const name of MANIFEST_NAMES) {
    const bytes = await fs.readFile(path.join(folder, name)).catch(() => undefined);
    if (!bytes) continue;
    const decoded = decodeBytes(bytes);
    if (decoded.kind !== 'text') return undefined;
    const manifest = readManifest(new FileText(path.join(folder, name), decoded.text));
    return manifest.records.find((r) => r.entry.file !== undefined && normalizeRelative(r.entry.file) === normalizeRelative(rel))?.entry;
  }
  return undefined;
}

/**
 * Loads one changed source file of `folder` again. A manifest, a folder, or a file under a
 * hidden folder changes more than itself: the caller reloads the whole folder then.
 */
export async function reloadFile(fs: FileSystem, folder: string, filePath: string, maxFileBytes = 20 * 1024 * 1024): Promise<FileReload> {
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
  const loaded = loadSourceFile(filePath, bytes, await manifestEntryFor(fs, folder, rel));
  return { kind: 'file', sources: loaded.sources, problems: loaded.problems };
}
