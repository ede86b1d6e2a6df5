import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';

/** A bundled example (`examples/<name>`) copied into memory under `/w`. */
export function exampleInMemory(name: string): MemoryFileSystem {
  const root = path.resolve(__dirname, '../../../../examples', name);
  const disk = new MemoryFileSystem();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else disk.write(`/w${p.slice(root.length)}`, fs.readFileSync(p));
    }
  };
  walk(root);
  return disk;
}
