import { canonicalCountNoun } from '../context/aliases';
import type { TermStatistics, TermVector } from '../context/terms';
import { compareFigures } from '../figures/compare';
import type { Agreement, Figure } from '../figures/types';
import { duplicateIdProblems } from '../sources/duplicates';
import type { Source, SourceProblem } from '../sources/types';
import { figuresOfSource, type SourceFigure } from './sourceFigures';

/** Figures compare only within one kind and unit: `%`, `money:USD`, `count:country`, … */
export function unitKey(figure: Figure): string {
  return figure.kind === 'count' ? `count:${canonicalCountNoun(figure.unit)}` : `${figure.kind}:${figure.unit}`;
}

/** `compareFigures` with count nouns used interchangeably as one unit, as `unitKey` groups
 * them: `50 nations` and `50 countries` are compared, not skipped as different units. */
export function compareClaim(claim: Figure, source: Figure, tolerance: number): Agreement | undefined {
  const same = claim.kind === 'count' && source.kind === 'count' && claim.unit !== source.unit && unitKey(claim) === unitKey(source);
  const agreement = compareFigures(claim, same ? { ...source, unit: claim.unit } : source, tolerance);
  // `$5.2 billion` where the source says `about $5 billion`: within the source's tolerance,
  // but more precise than anything the source states.
  if (agreement === 'supports' && source.qualifier === 'approximate' && claim.qualifier === 'exact' && !equalAtPrecision(claim, source)) {
    return 'looser';
  }
  return agreement;
}

/** Equal at the claim's own precision: `5.2` is not `5`, though `about 5` covers it. */
function equalAtPrecision(a: Figure, b: Figure): boolean {
  const step = a.precision;
  return step > 0 && Math.round(a.low / step) === Math.round(b.low / step);
}

/** A term must weigh this much in a figure's context to find the figure through it. */
const INDEXED_WEIGHT = 0.3;
/** How many of a query's strongest terms are looked up, and how many candidates kept. */
const QUERY_TERMS = 6;
const CANDIDATE_LIMIT = 400;
/** A term on more figures than this is looked up only when no rarer term is. */
const POSTING_LIMIT = 2000;

interface FileEntry {
  sources: Source[];
  figures: SourceFigure[];
  problems: SourceProblem[];
}

/**
 * The source dataset, indexed once: its sources by id, and every figure they state by
 * unit and by context term, so that a check looks up candidates instead of scanning.
 * Files are added, replaced and removed one at a time as they change.
 */
export class Dataset implements TermStatistics {
  private readonly files = new Map<string, FileEntry>();
  private readonly byId = new Map<string, Source[]>();
  /** unit key → term → the figures whose context holds the term strongly. Terms are the
   * interned strings of `compactTerms`, so each lookup hashes a string once per process. */
  private readonly byTerm = new Map<string, Map<string, SourceFigure[]>>();
  private readonly documentFrequency = new Map<string, number>();
  private figureCount = 0;

  /** Grows with every change, so that what was computed from an older state is recomputed. */
  version = 0;

  /** Problems of the folder itself (missing, unreadable), kept apart from files. */
  folderProblems: SourceProblem[] = [];

  constructor(
    readonly folders: string[],
    /** The size limit the files were loaded with, so that a reloaded file keeps it. */
    readonly maxFileBytes = 20 * 1024 * 1024,
  ) {}

  get sources(): Source[] {
    if (this.sourcesVersion !== this.version) {
      this.sourceList = [...this.files.values()].flatMap((f) => f.sources);
      this.sourcesVersion = this.version;
    }
    return this.sourceList;
  }

  /** Sources sorted by id, for completion. */
  get sourcesById(): Source[] {
    if (this.sortedVersion !== this.version) {
      this.sortedList = [...this.sources].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
      this.sortedVersion = this.version;
    }
    return this.sortedList;
  }

  private sourceList: Source[] = [];
  private sourcesVersion = -1;
  private sortedList: Source[] = [];
  private sortedVersion = -1;

  get sourceCount(): number {
    return this.sources.length;
  }

  get paths(): string[] {
    return [...this.files.keys()];
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  /** Replaces whatever the file held with these sources. */
  setFile(path: string, sources: Source[], problems: SourceProblem[]): void {
    this.removeFile(path);
    this.version++;
    const figures = sources.flatMap(figuresOfSource);
    this.files.set(path, { sources, figures, problems });
    for (const source of sources) {
      const list = this.byId.get(source.meta.id);
      if (list) list.push(source);
      else this.byId.set(source.meta.id, [source]);
    }
    for (const f of figures) this.indexFigure(f);
  }

  removeFile(path: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    this.version++;
    this.files.delete(path);
    for (const source of entry.sources) {
      const list = this.byId.get(source.meta.id)?.filter((s) => s !== source);
      if (list && list.length > 0) this.byId.set(source.meta.id, list);
      else this.byId.delete(source.meta.id);
    }
    this.unindexFigures(entry.figures);
  }

  private indexFigure(f: SourceFigure): void {
    const key = unitKey(f.figure);
    let unit = this.byTerm.get(key);
    if (!unit) this.byTerm.set(key, (unit = new Map()));
    for (const [term, weight] of f.terms) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      if (weight < INDEXED_WEIGHT) continue;
      const postings = unit.get(term);
      if (postings) postings.push(f);
      else unit.set(term, [f]);
    }
    this.figureCount++;
  }

  /** Takes a file's figures out of the index: each posting list they are on is filtered once. */
  private unindexFigures(figures: SourceFigure[]): void {
    const gone = new Set(figures);
    const touched = new Set<SourceFigure[]>();
    for (const f of figures) {
      const unit = this.byTerm.get(unitKey(f.figure));
      for (const [term, weight] of f.terms) {
        const df = (this.documentFrequency.get(term) ?? 0) - 1;
        if (df > 0) this.documentFrequency.set(term, df);
        else this.documentFrequency.delete(term);
        if (weight < INDEXED_WEIGHT || !unit) continue;
        const postings = unit.get(term);
        if (!postings || touched.has(postings)) continue;
        touched.add(postings);
        const kept = postings.filter((p) => !gone.has(p));
        if (kept.length > 0) unit.set(term, kept);
        else unit.delete(term);
      }
    }
    this.figureCount -= figures.length;
  }

  /** Sources with this id (more than one is a duplicate). */
  sourcesWithId(id: string): Source[] {
    return this.byId.get(id) ?? [];
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  figuresOf(source: Source): SourceFigure[] {
    return this.files.get(source.path)?.figures.filter((f) => f.source === source) ?? [];
  }

  /**
   * Figures of the same unit whose context shares a strong term with `terms`, the ones that
   * share the most first, at most `limit`. Only the query's strongest terms are looked up,
   * so the cost of a check does not grow with the dataset: a word every source uses
   * (`world`, `china`) finds nothing that the rarer words do not find better.
   */
  candidates(figure: Figure, terms: TermVector, limit = CANDIDATE_LIMIT): SourceFigure[] {
    const unit = this.byTerm.get(unitKey(figure));
    if (!unit) return [];
    const strongest: Array<{ score: number; postings: SourceFigure[] }> = [];
    for (const [term, w] of terms) {
      if (w < INDEXED_WEIGHT) continue;
      const postings = unit.get(term);
      if (postings) strongest.push({ score: w * this.idf(term), postings });
    }
    strongest.sort((a, b) => b.score - a.score);
    const hits = new Map<SourceFigure, number>();
    let looked = 0;
    for (const { score, postings } of strongest) {
      // A word on thousands of figures tells little; the rarer words have found them already.
      if (postings.length > POSTING_LIMIT && looked > 0) continue;
      if (++looked > QUERY_TERMS) break;
      const n = Math.min(postings.length, POSTING_LIMIT);
      for (let i = 0; i < n; i++) hits.set(postings[i], (hits.get(postings[i]) ?? 0) + score);
    }
    const found = [...hits];
    if (found.length > limit) found.sort((a, b) => b[1] - a[1]).length = limit;
    return found.map(([f]) => f);
  }

  /** Rare terms weigh more. Terms no source uses get a neutral weight. */
  idf(term: string): number {
    if (this.idfVersion !== this.version) {
      this.idfCache.clear();
      this.idfVersion = this.version;
    }
    let idf = this.idfCache.get(term);
    if (idf === undefined) {
      const df = this.documentFrequency.get(term) ?? 0;
      idf = df <= 0 ? 1 : Math.log(1 + this.figureCount / df);
      this.idfCache.set(term, idf);
    }
    return idf;
  }

  private readonly idfCache = new Map<string, number>();
  private idfVersion = -1;

  /** Problems of every file, and an error on each source that shares its id with another
   * (at the id where it is written), recomputed as files change. */
  get problems(): SourceProblem[] {
    // The folder's own problems are reported at the briefing's `sources` key instead.
    return [...[...this.files.values()].flatMap((f) => f.problems), ...duplicateIdProblems(this.sources)];
  }
}
