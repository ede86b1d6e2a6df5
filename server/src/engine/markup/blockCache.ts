import type { Span } from '../types';
import type { Block } from './blocks';
import type { CitationGroup, Sentence } from './types';

// Typing changes one block of a briefing; the others parse as they did. A block's
// sentences depend on its own text only, so they are remembered by that text, and a block
// gives back the same objects from parse to parse, which lets every later cache hit on
// identity. One that moved (text typed above it) has its spans moved in place: a copy of
// every sentence after the edit was the largest cost of typing near the top of a briefing.
// So a parse changes the last parse's sentences: a document is parsed and checked without
// a pause between (`Engine.check`).

interface Entry {
  start: number;
  sentences: Sentence[];
  comments: Span[];
  /** The last parse that met it (`BlockCache.round`). */
  round: number;
}

const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

function shiftGroup(g: CitationGroup, by: number): CitationGroup {
  return {
    span: shift(g.span, by),
    citations: g.citations.map((c) => ({ ...c, keySpan: shift(c.keySpan, by), ...(c.locator ? { locator: { ...c.locator, span: shift(c.locator.span, by) } } : {}) })),
  };
}

function shiftSentence(s: Sentence, by: number): Sentence {
  return {
    span: shift(s.span, by),
    block: s.block,
    citations: s.citations.map((g) => shiftGroup(g, by)),
    quotations: s.quotations.map((q) => ({ text: q.text, span: shift(q.span, by) })),
    excluded: s.excluded.map((x) => shift(x, by)),
    insertionPoint: s.insertionPoint + by,
    ...(s.columns ? { columns: s.columns } : {}),
  };
}

/** Moves a block's sentences by `by`, in place. Each span is replaced, not changed: what was
 * made from the last parse (a fix's span, kept with its verdict) keeps its own place. */
function moveInPlace(entry: Entry, by: number): void {
  for (const s of entry.sentences) {
    s.span = shift(s.span, by);
    for (const g of s.citations) {
      g.span = shift(g.span, by);
      for (const c of g.citations) {
        c.keySpan = shift(c.keySpan, by);
        if (c.locator) c.locator = { ...c.locator, span: shift(c.locator.span, by) };
      }
    }
    for (const q of s.quotations) q.span = shift(q.span, by);
    s.excluded = s.excluded.map((x) => shift(x, by));
    s.insertionPoint += by;
  }
  entry.comments = entry.comments.map((c) => shift(c, by));
  entry.start += by;
}

export class BlockCache {
  private entries = new Map<string, Entry>();
  /** Counts the parses: an entry marked with this one was met by the parse under way. A set
   * of the keys met, filled and emptied at every keystroke, was a tenth of what typing left
   * for the collector. */
  private round = 0;

  /** The block's sentences and inline comments, from the cache or from `parse`. */
  sentencesOf(prose: string, block: Block, parse: () => { sentences: Sentence[]; comments: Span[] }): { sentences: Sentence[]; comments: Span[] } {
    const { start, end } = block.span;
    // The kind, the quote markers and a row's header shape the sentences too, so they are part of the key.
    const markers = block.markers.map((m) => `${m.start - start}-${m.end - start}`).join(',');
    const columns = block.columns ? `\u0000${block.columns.join('|')}` : '';
    const key = `${block.kind}\u0000${markers}\u0000${prose.slice(start, end)}${columns}`;
    const hit = this.entries.get(key);
    // The same block written twice: the second gets its own objects, and keeps none.
    if (hit && hit.round === this.round) {
      const by = start - hit.start;
      return { sentences: hit.sentences.map((s) => shiftSentence(s, by)), comments: hit.comments.map((c) => shift(c, by)) };
    }
    if (hit) {
      hit.round = this.round;
      if (hit.start !== start) moveInPlace(hit, start - hit.start);
      return hit;
    }
    const made = { start, round: this.round, ...parse() };
    this.entries.set(key, made);
    return made;
  }

  /** Forgets the blocks the last parse did not meet, so the cache follows the document. */
  endParse(): void {
    this.entries.forEach((entry, key) => {
      if (entry.round !== this.round) this.entries.delete(key);
    });
    this.round++;
  }
}
