import type { Span } from '../types';
import * as chars from './chars';
import type { Citation, CitationGroup, Locator } from './types';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { isLetterOrDigit, isWhite, trimEnd, skipWhite } = chars;

// Pandoc citation groups: `[@key]`, `[@key, para 3]`, `[see @a; @b, p. 4]`.

/** A group longer than this is not a citation: it keeps a stray `[` from scanning a block. */
const MAX_GROUP = 1000;
/** How far `citationEnd` looks for the closing bracket. */
const MAX_LOOKAHEAD = 300;

const AT = 64;
const OPEN = 91; // [
const CLOSE = 93; // ]

function isKeyStart(c: number): boolean {
  return c === 95 || isLetterOrDigit(c);
}

function isKeyChar(c: number): boolean {
  // _ - . : / #
  return isKeyStart(c) || c === 45 || c === 46 || c === 58 || c === 47 || c === 35;
}

/** An `@` that starts a key: at the start of an item, after white space, or after the `-`
 * of Pandoc's suppress-author form. An `@` inside a word is an e-mail address. */
function isKeyAt(text: string, at: number, itemStart: number): boolean {
  if (at === itemStart) return true;
  const p = text.charCodeAt(at - 1);
  if (isWhite(p)) return true;
  return p === 45 && (at - 1 === itemStart || isWhite(text.charCodeAt(at - 2)));
}

/**
 * Where a citation-like bracket that opens at `open` ends (just after its `]`), or -1.
 * A cheap, bounded look-ahead used by the sentence splitter, which needs to know whether
 * a sentence continues with a citation without parsing it.
 */
export function citationEnd(text: string, open: number, to: number): number {
  if (text.charCodeAt(open) !== OPEN) return -1;
  const limit = Math.min(to, open + MAX_LOOKAHEAD);
  let sawKey = false;
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === CLOSE) return sawKey ? j + 1 : -1;
    if (c === OPEN) return -1;
    if (c === AT && isKeyAt(text, j, open + 1) && isKeyStart(text.charCodeAt(j + 1))) sawKey = true;
  }
  return -1;
}

/** The citation group whose `[` is at `open`, or undefined when the bracket is not one. */
export function parseCitationGroup(text: string, open: number, to: number): CitationGroup | undefined {
  if (text.charCodeAt(open) !== OPEN) return undefined;
  const limit = Math.min(to, open + MAX_GROUP);
  let close = -1;
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === CLOSE) {
      close = j;
      break;
    }
    if (c === OPEN) return undefined;
  }
  if (close < 0) return undefined;
  // `[@key](url)` is a link whose text happens to hold an @.
  if (text.charCodeAt(close + 1) === 40) return undefined;
  const citations: Citation[] = [];
  let itemStart = open + 1;
  for (let j = open + 1; j <= close; j++) {
    if (j === close || text.charCodeAt(j) === 59 /* ; */) {
      const citation = parseItem(text, skipWhite(text, itemStart, j), j);
      if (citation) citations.push(citation);
      itemStart = j + 1;
    }
  }
  if (citations.length === 0) return undefined;
  return { span: { start: open, end: close + 1 }, citations };
}

/** One `prefix @key locator` item of a group, in [from, to). */
function parseItem(text: string, from: number, to: number): Citation | undefined {
  let at = -1;
  for (let j = from; j < to; j++) {
    if (text.charCodeAt(j) === AT && isKeyAt(text, j, from)) {
      at = j;
      break;
    }
  }
  if (at < 0) return undefined;
  let keyStart = at + 1;
  let keyEnd: number;
  let rest: number;
  if (text.charCodeAt(keyStart) === 123 /* { */) {
    // Pandoc's braced form `@{key}` allows any character but `}`.
    keyStart++;
    keyEnd = keyStart;
    while (keyEnd < to && text.charCodeAt(keyEnd) !== 125) keyEnd++;
    if (keyEnd >= to) return undefined;
    rest = keyEnd + 1;
  } else {
    if (!isKeyStart(text.charCodeAt(keyStart))) return undefined;
    keyEnd = keyStart + 1;
    while (keyEnd < to && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
    // A key never ends in punctuation: `[@smith.]` cites `smith`.
    while (keyEnd > keyStart && !isKeyStart(text.charCodeAt(keyEnd - 1))) keyEnd--;
    rest = keyEnd;
  }
  if (keyEnd <= keyStart) return undefined;
  const citation: Citation = {
    key: text.slice(keyStart, keyEnd),
    keySpan: { start: keyStart, end: keyEnd },
  };
  const locator = parseLocatorAfterKey(text, rest, to);
  if (locator) citation.locator = locator;
  return citation;
}

function parseLocatorAfterKey(text: string, from: number, to: number): Locator | undefined {
  let start = from;
  // Leftover key punctuation and the separating comma are not part of the locator.
  while (start < to) {
    const c = text.charCodeAt(start);
    if (isWhite(c) || c === 44 || c === 46 || c === 58) start++;
    else break;
  }
  const end = trimEnd(text, start, to);
  if (end <= start) return undefined;
  let meaningful = false;
  for (let j = start; j < end && !meaningful; j++) {
    const c = text.charCodeAt(j);
    meaningful = isLetterOrDigit(c) || c === 0xa7 || c === 0xb6; // § ¶
  }
  return meaningful ? parseLocator(text, { start, end }) : undefined;
}

const PARA = /^(?:paragraph|para\.?|¶)\s*(\d{1,9})$/i;
const LINE = /^(?:line|l\.)\s*(\d{1,9})$/i;

/** `para N` / `paragraph N` / `¶ N` and `line N` / `l. N` narrow the check; anything else
 * (`p. 4`, `§2`, `para 3-5`) is kept as written. */
export function parseLocator(text: string, span: Span): Locator {
  const written = text.slice(span.start, span.end);
  const locator: Locator = { text: written, kind: 'other', span: { ...span } };
  const para = PARA.exec(written);
  const line = para ? null : LINE.exec(written);
  const match = para ?? line;
  if (match) {
    const n = Number(match[1]);
    if (n >= 1) {
      locator.kind = para ? 'para' : 'line';
      locator.n = n;
    }
  }
  return locator;
}
