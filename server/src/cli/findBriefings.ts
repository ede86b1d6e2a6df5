import * as path from 'node:path';
import type { FileSystem } from '../engine/workspace/fileSystem';

export function isBriefingPath(p: string): boolean {
  return p.endsWith('.brief') || p.endsWith('.brief.md');
}

/** Briefing files named or found under the folders named, sorted; missing paths reported. */
export async function findBriefings(fs: FileSystem, paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    let entries: Array<[string, 'file' | 'directory']>;
    try {
      entries = await fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      if (type === 'directory') await walk(full, depth + 1);
      else if (isBriefingPath(name)) files.add(full);
    }
  };
  for (const p of paths) {
    const full = path.resolve(p);
    const stat = await fs.stat(full);
    if (!stat) missing.push(p);
    else if (stat.type === 'directory') await walk(full, 0);
    else files.add(full);
  }
  return { files: [...files].sort(), missing };
}
