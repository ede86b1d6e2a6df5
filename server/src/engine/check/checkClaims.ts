import type { TermVector } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import { firstIndex } from '../lists';
import { conflict, unsourced } from './claimPairs';
import type { ClaimConflict, FigureReport } from './report';

// conflicting-claims: which pairs of a briefing's figures are compared (those of one unit
// that share a rare word, the nearest few) and how typing re-reads only those an edit
// touched. Whether two are at odds is `claimPairs.ts`'s.

/** A term must weigh this much for two figures of one briefing to be compared through it. */
const SHARED_WEIGHT = 0.3;
/** …or this much, for a figure with fewer than `MIN_LISTED` words that weigh `SHARED_WEIGHT`. */
const WEAK_WEIGHT = 0.15;
const MIN_LISTED = 2;
/** How many of a figure's rarest strong words find the earlier figures to compare it with,
 * and how many a figure on no source's word looks through: a restatement shares fewer words
 * (`sameThing`). Every figure looking through five doubled the figures compared at a
 * keystroke (1,000-figure bench briefing: 3,000 → 8,400 an edit; this way, 4,800). */
const LOOKUP_TERMS = 3;
const RESTATED_LOOKUP_TERMS = 5;
/** How many earlier figures sharing one word are compared with a figure. */
const MAX_COMPARED = 60;

/** A figure's words to be found by (`listed`), and to look for others by (`sought`). */
interface Keys {
  listed: string[];
  sought: string[];
}

const keysCache = new WeakMap<TermVector, { version: number; keys: Keys }>();

/** The figure's rarest strong words, with its unit: two figures about one thing share those.
 * Each figure is listed under the most a search reads, so that a figure on no source's word
 * finds figures through words they are not found by alone. */
function lookupKeys(f: FigureReport, unit: string, dataset: Dataset): Keys {
  const hit = keysCache.get(f.terms);
  if (hit && hit.version === dataset.version) return hit.keys;
  // A figure among many of its sentence holds each word weakly (`slumped 61% in 2024 to $3.99
  // billion, from $10.25 billion`): it is still listed under its strongest.
  const terms = [...f.terms];
  const strong = terms.filter(([, w]) => w >= SHARED_WEIGHT);
  const listed = (strong.length >= MIN_LISTED ? strong : terms.filter(([, w]) => w >= WEAK_WEIGHT))
    .map(([t, w]) => ({ t, score: w * dataset.idf(t) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, RESTATED_LOOKUP_TERMS)
    .map(({ t }) => `${unit}\u0000${t}`);
  const keys = { listed, sought: unsourced(f) ? listed : listed.slice(0, LOOKUP_TERMS) };
  keysCache.set(f.terms, { version: dataset.version, keys });
  return keys;
}

type Verdict = FigureReport['verdict'];
/** A figure of the briefing from check to check: its verdict (kept by the sentence cache while
 * the sentence does not change), and which copy of it, for a sentence written twice. `at`:
 * where it is in the briefing's figures in the latest check. */
interface Identity {
  at: number;
}
interface Answer {
  keys: string[];
  earlier?: Identity;
  /** Where the figure was in the last check. */
  place: number;
  /** The last search it was found in (`ClaimsMemo.round`). */
  seen: number;
}

// Typing runs this for every figure at every keystroke: it loops by index and keeps its
// objects from check to check, so that a keystroke leaves little for the collector.

/**
 * What the last search of one briefing found: for each figure, the earlier figure it
 * conflicts with. A figure's search reads the nearest earlier figures that share one of its
 * words; while no figure among them changed, came or went (`withinReach`), its answer
 * stands, and typing re-searches only the figures about what the edit touched.
 */
export class ClaimsMemo {
  private identities = new Map<Verdict, { round: number; copies: number; list: Identity[] }>();
  /** In briefing order. */
  private last = new Map<Identity, Answer>();
  private dataset?: Dataset;
  private version = -1;
  private tolerance = NaN;
  /** Counts the searches, to tell this one's marks from older ones. */
  private round = 0;

  identify(figures: FigureReport[]): Identity[] {
    const round = ++this.round;
    const ids: Identity[] = new Array(figures.length);
    for (let i = 0; i < figures.length; i++) {
      const verdict = figures[i].verdict;
      let copies = this.identities.get(verdict);
      if (!copies) this.identities.set(verdict, (copies = { round, copies: 0, list: [] }));
      if (copies.round !== round) {
        copies.round = round;
        copies.copies = 0;
      }
      const id = (copies.list[copies.copies++] ??= { at: i });
      id.at = i;
      ids[i] = id;
    }
    this.identities.forEach((copies, verdict) => {
      if (copies.round !== round) this.identities.delete(verdict);
    });
    return ids;
  }

  /** The words of the figures that changed, came or went since the last search, each with
   * the places (in `ids`, ascending) from which they may change a later figure's answer: a
   * search reads earlier figures only, so the figures before keep theirs. Undefined when
   * every figure must be searched (another dataset, figures that moved past each other).
   * Call after `identify`. */
  dirtyKeys(ids: Identity[], keys: string[][], dataset: Dataset, tolerance: number): Map<string, number[]> | undefined {
    if (this.dataset !== dataset || this.version !== dataset.version || this.tolerance !== tolerance) return undefined;
    const round = this.round;
    const dirty = new Map<string, number[]>();
    const mark = (k: string, from: number): void => {
      const places = dirty.get(k);
      if (places) places.push(from);
      else dirty.set(k, [from]);
    };
    /** Where each figure that stayed is now, in the order they were and are. */
    const stayedAt: number[] = [];
    let lastPlace = -1;
    for (let i = 0; i < ids.length; i++) {
      const was = this.last.get(ids[i]);
      if (was === undefined) for (const k of keys[i]) mark(k, i);
      else if (was.place < lastPlace) return undefined;
      else {
        lastPlace = was.place;
        was.seen = round;
        stayedAt.push(i);
      }
    }
    // A figure that went counts from just after the last figure that stayed before it.
    let stayed = 0;
    this.last.forEach((was) => {
      if (was.seen === round) stayed++;
      else for (const k of was.keys) mark(k, stayed === 0 ? 0 : stayedAt[stayed - 1] + 1);
    });
    for (const places of dirty.values()) if (places.length > 1) places.sort((a, b) => a - b);
    return dirty;
  }

  answer(id: Identity): Answer | undefined {
    return this.last.get(id);
  }

  remember(answers: Map<Identity, Answer>, dataset: Dataset, tolerance: number): void {
    this.last = answers;
    this.dataset = dataset;
    this.version = dataset.version;
    this.tolerance = tolerance;
  }
}

/** Whether any of a figure's words is within reach of a change (`withinReach`). */
function touched(strong: string[], dirty: Map<string, number[]>, byTerm: Map<string, number[]>, at: number): boolean {
  for (const k of strong) if (withinReach(dirty.get(k), byTerm.get(k), at)) return true;
  return false;
}

/** Pairs of figures in one briefing that state disagreeing figures for the same thing.
 * Figures are compared only with earlier ones of the same unit that share a strong word. */
export function checkClaims(figures: FigureReport[], dataset: Dataset, tolerance: number, memo?: ClaimsMemo): ClaimConflict[] {
  const conflicts: ClaimConflict[] = [];
  /** Figures by strong word, as indexes into `figures`. */
  const byTerm = new Map<string, number[]>();
  const found = figures.map((f) => lookupKeys(f, unitKey(f.figure), dataset));
  const keys = found.map((k) => k.listed);
  const ids = memo?.identify(figures);
  const dirty = ids && memo!.dirtyKeys(ids, keys, dataset, tolerance);
  const answers = new Map<Identity, Answer>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const strong = keys[i];
    const sought = found[i].sought;
    const known = dirty && !touched(sought, dirty, byTerm, i) ? memo!.answer(ids![i]) : undefined;
    let earlier = -1;
    // The figure it was found to conflict with is still there (`withinReach` sees to it).
    if (known && (!known.earlier || ids![known.earlier.at] === known.earlier)) earlier = known.earlier ? known.earlier.at : -1;
    // A figure its own source contradicts is reported as a mismatch; one report is enough.
    else if (f.verdict.kind !== 'mismatch') earlier = search(figures, i, sought, byTerm, dataset, tolerance);
    if (earlier >= 0) conflicts.push({ later: f, earlier: figures[earlier] });
    if (ids) {
      const earlierId = earlier >= 0 ? ids[earlier] : undefined;
      if (known && known.keys === strong && known.earlier === earlierId) {
        known.place = i;
        answers.set(ids[i], known);
      } else answers.set(ids[i], { keys: strong, earlier: earlierId, place: i, seen: 0 });
    }
    for (const k of strong) {
      const list = byTerm.get(k);
      if (list) list.push(i);
      else byTerm.set(k, [i]);
    }
  }
  memo?.remember(answers, dataset, tolerance);
  return oneRestatementEach(conflicts, figures, dataset, tolerance);
}

/**
 * Whether a figure that changed, came or went at one of `places` (through one word) may
 * change the answer of the figure at `at`. Its search through that word reads the nearest
 * MAX_COMPARED earlier figures holding it (`holders`, ascending); a change with more of
 * them between it and the figure is out of its sight, so typing at the top of a long
 * briefing re-searches a bounded number of figures, not every later one.
 */
function withinReach(places: number[] | undefined, holders: number[] | undefined, at: number): boolean {
  if (!places || places[0] > at) return false;
  // The nearest change before the figure: the fewer holders after it, the likelier in sight.
  let p = places[0];
  for (const q of places) if (q <= at) p = q;
  if (!holders) return true;
  // A changed figure is the oldest of these; one that went was just before them.
  return holders.length - firstIndex(holders, (h) => h < p) <= MAX_COMPARED;
}

/** The earlier figure (its index), among the nearest that share one of the figure's words,
 * that disagrees with it and is most like it; -1 when none does. Each found is `scores`'. */
function search(figures: FigureReport[], at: number, strong: string[], byTerm: Map<string, number[]>, dataset: Dataset, tolerance: number): number {
  const f = figures[at];
  const seen = new Set<number>();
  let best = -1;
  let bestScore = 0;
  for (const k of strong) {
    const list = byTerm.get(k) ?? [];
    // The nearest earlier figures sharing the word: a bounded look, however long the briefing.
    for (let j = list.length - 1; j >= Math.max(0, list.length - MAX_COMPARED); j--) {
      const e = list[j];
      if (seen.has(e)) continue;
      seen.add(e);
      const earlier = figures[e];
      if (earlier.sentence === f.sentence || earlier.verdict.kind === 'mismatch') continue;
      const score = Math.abs(conflict(f, earlier, dataset, tolerance));
      if (score > bestScore) [best, bestScore] = [e, score];
    }
  }
  return best;
}

/**
 * A figure on no source's word restates one figure: of the figures it was found to restate
 * wrongly, only the most alike is reported (`Analysts expect a cut of the cap to $50` is
 * not also against every other price of a barrel the briefing gives), and none when it
 * disagrees more alike with another.
 */
function oneRestatementEach(conflicts: ClaimConflict[], figures: FigureReport[], dataset: Dataset, tolerance: number): ClaimConflict[] {
  const scores = conflicts.map((c) => conflict(c.later, c.earlier, dataset, tolerance));
  if (!scores.some((s) => s < 0)) return conflicts;
  // A restatement of a figure whose sentence states the restater's very value beside it is
  // that one's (`only 74 per cent got a second dose` beside the first dose's 83 per cent).
  const bySentence = new Map<FigureReport['sentence'], FigureReport[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const restater = (c: ClaimConflict): FigureReport => (unsourced(c.earlier) ? c.earlier : c.later);
  const other = (c: ClaimConflict): FigureReport => (restater(c) === c.earlier ? c.later : c.earlier);
  conflicts.forEach((c, i) => {
    if (scores[i] >= 0) return;
    const r = restater(c);
    const siblings = bySentence.get(other(c).sentence) ?? [];
    if (siblings.some((g) => g !== other(c) && compareClaim(r.figure, g.figure, tolerance) === 'supports')) scores[i] = 0;
  });
  const best = new Map<FigureReport, number>();
  const keep = (f: FigureReport, score: number): void => {
    if (unsourced(f) && Math.abs(score) > (best.get(f) ?? 0)) best.set(f, Math.abs(score));
  };
  conflicts.forEach((c, i) => (keep(c.earlier, scores[i]), keep(c.later, scores[i])));
  return conflicts.filter((c, i) => scores[i] > 0 || (scores[i] < 0 && best.get(restater(c)) === -scores[i]));
}
