import type { Span } from '../types';
import type { Block } from './blocks';
import type { CitationGroup, Sentence } from './types';

// Typing changes one block of a briefing; the others parse as they did. A block's
// sentences depend on its own text only, so they are remembered by that text: a block at
// the same place gives back the same objects (which lets every later cache hit on identity),
// one that moved gives them shifted.

interface Entry {
  start: number;
  sentences: Sentence[];
  comments: Span[];
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
  };
}

export class BlockCache {
  private entries = new Map<string, Entry>();
  private used = new Set<string>();

  /** The block's sentences and inline comments, from the cache or from `parse`. */
  sentencesOf(prose: string, block: Block, parse: () => { sentences: Sentence[]; comments: Span[] }): { sentences: Sentence[]; comments: Span[] } {
    const { start, end } = block.span;
    // The kind and the quote markers shape the sentences too, so they are part of the key.
    const markers = block.markers.map((m) => `${m.start - start}-${m.end - start}`).join(',');
    const key = `${block.kind}\u0000${markers}\u0000${prose.slice(start, end)}`;
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit && hit.start === start) return hit;
    if (hit) {
      const by = start - hit.start;
      const moved: Entry = { start, sentences: hit.sentences.map((s) => shiftSentence(s, by)), comments: hit.comments.map((c) => shift(c, by)) };
      this.entries.set(key, moved);
      return moved;
    }
    const made = { start, ...parse() };
    this.entries.set(key, made);
    return made;
  }

  /** Forgets the blocks the last parse did not meet, so the cache follows the document. */
  endParse(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}
