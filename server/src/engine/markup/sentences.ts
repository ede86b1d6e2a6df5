import type { Span } from '../types';
import * as abbreviations from './abbreviations';
import * as chars from './chars';
import * as citations from './citations';

// Sentence splitting, spec section 1: a sentence ends at `.`, `?` or `!` followed by white
// space and then an upper-case letter, an opening quote, a citation, or the end of the
// text; not after an abbreviation, never inside a number. A line break followed by a blank
// line ends a sentence too (scraped source text often has no final punctuation).

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { CR, LF, isBlank, isUpper, isWhite, skipWhite, trimEnd } = chars;
const { isAbbreviationAt } = abbreviations;
const { citationEnd } = citations;

const NO_SPANS: readonly Span[] = [];

function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026; // . ? ! …
}

/** What may follow the punctuation and still belong to the sentence: closing quotes and
 * brackets, and the `*`/`_` that close Markdown emphasis. */
function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95 || // " ' ) ] * _
    c === 0x201d || c === 0x2019 || c === 0xbb // ” ’ »
  );
}

function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e;
}

/**
 * The sentences of text[from, to) as spans: each from its first non-space character to
 * its closing punctuation (with any closing quotes, brackets or glued citation groups), or
 * to its last non-space character. One pass; safe on any input.
 */
export function splitSentences(text: string, from = 0, to: number = text.length): Span[] {
  const end = Math.max(0, Math.min(to, text.length));
  const start = Math.max(0, Math.min(from, end));
  return splitRange(text, start, end, NO_SPANS);
}

/**
 * As `splitSentences`, with spans that no sentence may end inside (code spans, citation
 * groups, links, inline HTML), sorted and non-overlapping.
 */
export function splitRange(text: string, from: number, to: number, protect: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = skipWhite(text, from, to);
  let p = 0;
  let i = start;
  const slice = text.slice(from, to);
  while (i < to) {
    i = nextStop(slice, from, i, to);
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      const next = afterBlankLine(text, i, to);
      if (next >= 0) {
        emit(out, text, start, i);
        start = skipWhite(text, next, to);
        i = start;
      } else i++;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    while (p < protect.length && protect[p].end <= i) p++;
    if (p < protect.length && protect[p].start <= i) {
      i = protect[p].end;
      continue;
    }
    let j = i + 1;
    while (j < to && isTerminal(text.charCodeAt(j))) j++;
    while (j < to && isCloser(text.charCodeAt(j))) j++;
    // A citation glued to the full stop (`capacity.[@key]`) stays with its sentence.
    for (let e = citationEnd(text, j, to); e > 0; e = citationEnd(text, j, to)) j = e;
    if (j >= to) {
      emit(out, text, start, to);
      start = to;
      break;
    }
    if (!isWhite(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    const k = skipWhite(text, j, to);
    const ends = k >= to || (startsSentence(text, k, to) && !isAbbreviationAt(text, i, from));
    if (ends) {
      emit(out, text, start, j);
      start = k;
      i = k;
    } else {
      // Resume at the white space so that a blank line in it is still seen.
      i = j;
    }
  }
  if (start < to) emit(out, text, start, to);
  return out;
}

/** Where the scan stops: a line break, or punctuation that may end a sentence. */
const STOP = /[\n\r.?!\u2026]/g;

/** The first stop in text[i, to), or `to`; `slice` is text[from, to). Between stops the text
 * is skipped by the regular expression engine, several times faster than a loop over char
 * codes, and `test` makes no match object. */
export function nextStop(slice: string, from: number, i: number, to: number): number {
  STOP.lastIndex = i - from;
  return STOP.test(slice) ? from + STOP.lastIndex - 1 : to;
}

function emit(out: Span[], text: string, start: number, end: number): void {
  const e = trimEnd(text, start, end);
  if (e > start) out.push({ start, end: e });
}

/** If the line break at `i` is followed by a blank line, where that blank line ends; else -1. */
function afterBlankLine(text: string, i: number, to: number): number {
  let m = text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  while (m < to && isBlank(text.charCodeAt(m))) m++;
  if (m >= to) return -1;
  const c = text.charCodeAt(m);
  return c === LF || c === CR ? m : -1;
}

/** Whether a new sentence can start at `k`: an upper-case letter (possibly after an opening
 * bracket or emphasis marker), an opening quote, or a citation. */
function startsSentence(text: string, k: number, to: number): boolean {
  let m = k;
  for (let n = 0; n < 3 && m < to; n++) {
    const c = text.charCodeAt(m);
    if (c === 40 || c === 42 || c === 95) m++; // ( * _
    else break;
  }
  if (m >= to) return false;
  const c = text.charCodeAt(m);
  if (isUpper(c) || isOpeningQuote(c)) return true;
  return c === 91 && citationEnd(text, m, to) > 0;
}
