import type { Span } from '../types';
import * as chars from './chars';
import * as citations from './citations';
import type { CitationGroup } from './types';

// The inline constructs of one block that are not prose: citation groups, code spans,
// link destinations, bare URLs, inline HTML and comments, footnote references. No figure is
// found inside them and no sentence ends inside them.

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { CR, LF, indexWithin, isLetter, isLetterOrDigit, isWhite } = chars;
const { parseCitationGroup } = citations;

export interface InlineScan {
  groups: CitationGroup[];
  /** Sorted, non-overlapping. */
  excluded: Span[];
  /** HTML comments, `<!--` to `-->` inclusive (they may hold directives). */
  comments: Span[];
}

const MAX_FOOTNOTE = 100;

export function scanInline(text: string, from: number, to: number): InlineScan {
  const code = codeSpans(text, from, to);
  const groups: CitationGroup[] = [];
  const excluded: Span[] = [];
  const comments: Span[] = [];
  let ci = 0;
  let noCommentEnd = false;
  let noParenBefore = -1; // a link destination scan found no `)` before this offset
  let i = from;
  while (i < to) {
    while (ci < code.length && code[ci].start < i) ci++; // one started inside a skipped construct
    if (ci < code.length && code[ci].start === i) {
      excluded.push(code[ci]);
      i = code[ci++].end;
      continue;
    }
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === 92 /* \\ */ && isAsciiPunctuation(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 96) {
      // `\[@a]` and `\<b>` are literal text. (Backticks are paired before escapes are seen.)
      i += 2;
      continue;
    }
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        const close = noCommentEnd ? -1 : indexWithin(text, '-->', i + 4, to);
        if (close >= 0) {
          end = close + 3;
          comments.push({ start: i, end });
        } else noCommentEnd = true;
      } else end = htmlTagEnd(text, i, to);
    } else if (c === 91 /* [ */) {
      if (text.charCodeAt(i + 1) === 94 /* ^ */) end = footnoteEnd(text, i, to);
      else {
        const group = parseCitationGroup(text, i, to);
        if (group) {
          groups.push(group);
          end = group.span.end;
        }
      }
    } else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */ && i + 1 >= noParenBefore) {
      const close = destinationEnd(text, i + 1, to);
      // A code span that starts inside binds first (CommonMark): then this is no link.
      if (close > 0 && !(ci < code.length && code[ci].start < close)) {
        excluded.push({ start: i + 1, end: close });
        i = close;
        continue;
      }
      noParenBefore = lineEnd(text, i + 1, to);
    } else if ((c === 104 || c === 119) && (i === from || !isLetterOrDigit(text.charCodeAt(i - 1)))) {
      end = urlEnd(text, i, to);
    }
    if (end > i) {
      // A code span that starts inside the construct extends it, so that excluded spans
      // never overlap.
      while (ci < code.length && code[ci].start < end) {
        if (code[ci].end > end) end = code[ci].end;
        ci++;
      }
      excluded.push({ start: i, end });
      i = end;
    } else i++;
  }
  return { groups, excluded, comments };
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Matched backtick runs of equal length, left to right, in linear time. */
function codeSpans(text: string, from: number, to: number): Span[] {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = indexWithin(text, '`', from, to); i >= 0; i = indexWithin(text, '`', i, to)) {
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === 96) j++;
    starts.push(i);
    lengths.push(j - i);
    i = j;
  }
  if (starts.length < 2) return [];
  // For each run length, the indices of the runs of that length, and a cursor into them.
  const byLength = new Map<number, { indices: number[]; next: number }>();
  for (let r = 0; r < starts.length; r++) {
    const entry = byLength.get(lengths[r]);
    if (entry) entry.indices.push(r);
    else byLength.set(lengths[r], { indices: [r], next: 0 });
  }
  const spans: Span[] = [];
  for (let r = 0; r < starts.length; r++) {
    const entry = byLength.get(lengths[r])!;
    while (entry.next < entry.indices.length && entry.indices[entry.next] <= r) entry.next++;
    if (entry.next >= entry.indices.length) continue;
    const closing = entry.indices[entry.next];
    spans.push({ start: starts[r], end: starts[closing] + lengths[closing] });
    r = closing;
  }
  return spans;
}

/** `<tag ...>`, `</tag>` or an autolink `<https://...>` on one line. */
function htmlTagEnd(text: string, i: number, to: number): number {
  const next = text.charCodeAt(i + 1);
  const first = next === 47 /* / */ ? text.charCodeAt(i + 2) : next;
  if (!isLetter(first)) return -1;
  for (let j = i + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    if (c === 60 || c === LF || c === CR) return -1;
  }
  return -1;
}

function footnoteEnd(text: string, i: number, to: number): number {
  const limit = Math.min(to, i + MAX_FOOTNOTE);
  for (let j = i + 2; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) return j > i + 2 ? j + 1 : -1;
    if (isWhite(c) || c === 91) return -1;
  }
  return -1;
}

/** The end (after `)`) of a link destination opening at `open`, on one line; -1 if none. */
function destinationEnd(text: string, open: number, to: number): number {
  let depth = 0;
  for (let j = open; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return j + 1;
    else if (c === LF || c === CR) return -1;
  }
  return -1;
}

function lineEnd(text: string, from: number, to: number): number {
  let j = from;
  while (j < to && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
  return j;
}

/** A bare URL (`http://`, `https://`, `www.`) up to white space, without the punctuation
 * that ends the sentence around it. */
function urlEnd(text: string, i: number, to: number): number {
  if (!text.startsWith('http://', i) && !text.startsWith('https://', i) && !text.startsWith('www.', i)) return -1;
  let j = i;
  let open = 0;
  let close = 0;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isWhite(c) || c === 60 || c === 62 || c === 34 || c === 0x201d) break;
    if (c === 40) open++;
    else if (c === 41) close++;
    j++;
  }
  while (j > i) {
    const c = text.charCodeAt(j - 1);
    if (c === 41 && close > open) close--;
    else if (!(c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 42 || c === 95 || c === 93)) break;
    j--;
  }
  return j;
}
