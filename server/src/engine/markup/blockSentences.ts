import type { Span } from '../types';
import type { Block } from './blocks';
import * as chars from './chars';
import { scanInline } from './inline';
import { findQuotations } from './quotations';
import { splitRange } from './sentences';
import type { CitationGroup, Sentence } from './types';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { isWhite, skipWhite, trimEnd } = chars;

// The sentences of one block, with what each one cites, quotes and keeps out of the
// figure search.

const CLOSERS = new Set([34, 39, 41, 93, 42, 95, 0x201d, 0x2019, 0xbb]); // " ' ) ] * _ ” ’ »
const TERMINALS = new Set([46, 63, 33, 0x2026]); // . ? ! …

/** Appends the sentences of `block` to `out`, and its inline HTML comments to `comments`. */
export function blockSentences(text: string, block: Block, out: Sentence[], comments: Span[]): void {
  const { start, end } = block.span;
  const inline = scanInline(text, start, end);
  for (const c of inline.comments) comments.push(c);
  const spans = block.kind === 'table-row' ? [{ start, end }] : splitRange(text, start, end, inline.excluded);
  const sentences = attachLeadingGroups(text, spans, inline.groups);
  const excluded = block.markers.length ? mergeSorted(inline.excluded, block.markers) : inline.excluded;
  let g = 0;
  let x = 0;
  for (const span of sentences) {
    while (g < inline.groups.length && inline.groups[g].span.end <= span.start) g++;
    const citations: CitationGroup[] = [];
    for (let k = g; k < inline.groups.length && inline.groups[k].span.start < span.end; k++) citations.push(inline.groups[k]);
    while (x < excluded.length && excluded[x].end <= span.start) x++;
    const inside: Span[] = [];
    for (let k = x; k < excluded.length && excluded[k].start < span.end; k++) {
      inside.push({ start: Math.max(span.start, excluded[k].start), end: Math.min(span.end, excluded[k].end) });
    }
    out.push({
      span,
      block: block.kind,
      citations,
      quotations: findQuotations(text, span, inside),
      excluded: inside,
      insertionPoint: insertionPoint(text, span, citations),
      ...(block.columns ? { columns: block.columns } : {}),
    });
  }
}

/**
 * A citation group that starts a sentence, right after the previous one's closing
 * punctuation (`... capacity. [@key] Next ...`), belongs to the previous sentence.
 */
function attachLeadingGroups(text: string, spans: Span[], groups: readonly CitationGroup[]): Span[] {
  const out: Span[] = [];
  let g = 0;
  for (const span of spans) {
    let s = span.start;
    const prev = out[out.length - 1];
    if (prev) {
      while (g < groups.length && groups[g].span.start < s) g++;
      while (g < groups.length && groups[g].span.start === s) {
        prev.end = groups[g].span.end;
        s = skipWhite(text, groups[g].span.end, span.end);
        g++;
      }
    }
    if (s < span.end) out.push({ start: s, end: span.end });
  }
  return out;
}

/**
 * Where a citation goes: at the closing punctuation, so that ` [@key]` inserted there reads
 * `... capacity [@key].`; without punctuation, after the last word before any trailing
 * citation groups.
 */
function insertionPoint(text: string, span: Span, groups: readonly CitationGroup[]): number {
  let end = span.end;
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k].span;
    if (g.end < end && trimEnd(text, g.end, end) > g.end) break;
    if (g.end <= end) end = trimEnd(text, span.start, g.start);
  }
  let p = end;
  while (p > span.start && CLOSERS.has(text.charCodeAt(p - 1))) p--;
  let q = p;
  while (q > span.start && TERMINALS.has(text.charCodeAt(q - 1))) q--;
  if (q < p && q > span.start && !isWhite(text.charCodeAt(q - 1))) return q;
  return end;
}

function mergeSorted(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else out.push({ ...next });
  }
  return out;
}
