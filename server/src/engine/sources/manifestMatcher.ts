import { statOrUndefined, type FileSystem } from '../workspace/fileSystem';
import type { ManifestMatch } from './buildSource';
import { type FileLoad, loadSourceBytes } from './loadSourceFile';
import { type Manifest, normalizeRelative } from './manifest';
import type { SourceProblem } from './types';
import { joinPath, type WalkedFile } from './walk';

/** Hands each source file its manifest entry, and reports entries that found no file. Entries
 * are known by their number in the manifest, so that a worker thread, which matches files
 * with a matcher of its own, can say which it used (`takeUsed`, `markUsed`). */
export class ManifestMatcher {
  private readonly files = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly used = new Set<number>();
  /** Entries used since `takeUsed` was last called. */
  private newlyUsed: number[] = [];

  /** `problems` receives the duplicate entries (one matcher of a folder reports them). */
  constructor(
    private readonly manifest: Manifest | undefined,
    problems: SourceProblem[] = [],
  ) {
    manifest?.records.forEach((r, n) => {
      const key = r.entry.file !== undefined ? normalizeRelative(r.entry.file) : undefined;
      const map = key !== undefined ? this.files : this.ids;
      const k = key ?? (r.entry.id as string);
      if (map.has(k)) {
        const what = key !== undefined ? `file '${r.entry.file}'` : `id '${k}'`;
        problems.push(manifest.file.problem(r.spans.file ?? r.spans.id ?? r.span, `The manifest already has an entry for ${what}; this one is ignored.`, 'warning'));
      } else {
        map.set(k, n);
      }
    });
  }

  byFile(rel: string): ManifestMatch | undefined {
    const n = this.files.get(normalizeRelative(rel));
    return n === undefined ? undefined : this.match(n);
  }

  byId(id: string): ManifestMatch | undefined {
    const n = this.ids.get(id);
    return n === undefined ? undefined : this.match(n);
  }

  private match(n: number): ManifestMatch {
    if (!this.used.has(n)) {
      this.used.add(n);
      this.newlyUsed.push(n);
    }
    const r = this.manifest!.records[n];
    const idAt = r.spans.id ? { file: this.manifest!.file, span: r.spans.id } : undefined;
    return { entry: r.entry, idAt };
  }

  /** The numbers of the entries first used since the last call. */
  takeUsed(): number[] {
    const taken = this.newlyUsed;
    this.newlyUsed = [];
    return taken;
  }

  /** Entries another matcher used. */
  markUsed(numbers: readonly number[]): void {
    for (const n of numbers) this.used.add(n);
  }

  async unusedEntries(fs: FileSystem, dir: string, walked: WalkedFile[]): Promise<SourceProblem[]> {
    if (!this.manifest) return [];
    const { file, records } = this.manifest;
    const present = new Set(walked.map((w) => normalizeRelative(w.rel)));
    const problems: SourceProblem[] = [];
    for (const [rel, n] of this.files) {
      if (this.used.has(n) || present.has(rel)) continue;
      const r = records[n];
      const exists = (await statOrUndefined(fs, joinPath(dir, rel)))?.type === 'file';
      const message = exists
        ? `'${r.entry.file}' is not a source file (.txt, .md, .json, .html, .htm).`
        : `No file '${r.entry.file}' in the source folder.`;
      problems.push(file.problem(r.spans.file ?? r.span, message, 'warning'));
    }
    for (const [id, n] of this.ids) {
      const r = records[n];
      if (!this.used.has(n)) problems.push(file.problem(r.spans.id ?? r.span, `No source file has the id '${id}'.`, 'warning'));
    }
    return problems;
  }
}

/** Loads one file of the folder `dir` from its bytes, its manifest entry applied. */
export function folderLoader(dir: string, matcher: ManifestMatcher): (path: string, bytes: Uint8Array) => FileLoad {
  return (path, bytes) => {
    const inside = path.startsWith(dir) && (/[\\/]$/.test(dir) || path[dir.length] === '/' || path[dir.length] === '\\');
    const rel = inside ? normalizeRelative(path.slice(dir.length)) : undefined;
    return loadSourceBytes(path, bytes, rel === undefined ? undefined : matcher.byFile(rel), (id) => matcher.byId(id));
  };
}

