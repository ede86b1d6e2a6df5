import type { Span } from '../types';
import * as chars from './chars';
import type { Heading } from './types';

// What one line of a briefing's body can be: the classifiers behind `scanBlocks`. Each
// looks at one line's text, [at, end), and nothing else (a table's delimiter row is
// the next line, read by the caller).

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { CR, LF, indexWithin, isBlank, isDigit, isWhite, trimEnd } = chars;

export interface Line {
  start: number;
  end: number;
  next: number;
  /** Where the text starts after block quote markers and indentation. */
  content: number;
  /** Number of `>` markers. */
  quotes: number;
  /** Columns of indentation after the quote markers (a tab counts 4). */
  indent: number;
}

export type Fence = { char: number; length: number };

export function readLine(text: string, start: number): Line {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  let next = end;
  if (text.charCodeAt(next) === CR) next++;
  if (text.charCodeAt(next) === LF) next++;
  let p = start;
  let quotes = 0;
  let indent = 0;
  for (;;) {
    const c = text.charCodeAt(p);
    if (p < end && (isBlank(c) || c === 0xfeff)) {
      indent += c === 9 ? 4 : c === 32 ? 1 : 0;
      p++;
    } else if (p < end && c === 62 /* > */) {
      quotes++;
      indent = 0;
      p++;
    } else break;
  }
  return { start, end, next, content: p, quotes, indent };
}

export function fenceAt(text: string, at: number, end: number): Fence | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let j = at;
  while (j < end && text.charCodeAt(j) === char) j++;
  if (j - at < 3) return undefined;
  // A backtick fence's info string has no backtick (else it is inline code).
  if (char === 96 && indexWithin(text, '`', j, end) >= 0) return undefined;
  return { char, length: j - at };
}

export function closesFence(text: string, at: number, end: number, fence: Fence): boolean {
  let j = at;
  while (j < end && text.charCodeAt(j) === fence.char) j++;
  return j - at >= fence.length && trimEnd(text, j, end) === j;
}

export function headingLevel(text: string, at: number, end: number): number {
  let j = at;
  while (j < end && j - at < 7 && text.charCodeAt(j) === 35) j++;
  const level = j - at;
  if (level < 1 || level > 6) return 0;
  return j === end || isBlank(text.charCodeAt(j)) ? level : 0;
}

export function atxHeading(text: string, at: number, end: number, level: number): Heading {
  const lineEnd = trimEnd(text, at, end);
  let s = at + level;
  while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
  let e = lineEnd;
  // A closing run of `#`s counts only after a blank (`## C# ##` keeps `C#`).
  let h = e;
  while (h > s && text.charCodeAt(h - 1) === 35) h--;
  if (h < e && (h === s || isBlank(text.charCodeAt(h - 1)))) e = trimEnd(text, s, h);
  return { level, text: text.slice(s, e), span: { start: at, end: lineEnd }, textSpan: { start: s, end: e } };
}

/** A run of one character, then blanks only: a setext underline. */
export function isRun(text: string, at: number, end: number, char: number): boolean {
  let j = at;
  while (j < end && text.charCodeAt(j) === char) j++;
  return trimEnd(text, j, end) === j;
}

/** `---`, `***`, `___`, possibly spaced (`* * *`). */
export function isThematicBreak(text: string, at: number, end: number): boolean {
  const char = text.charCodeAt(at);
  if (char !== 45 && char !== 42 && char !== 95) return false;
  let count = 0;
  for (let j = at; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === char) count++;
    else if (!isBlank(c) && c !== CR) return false;
  }
  return count >= 3;
}

export interface ListItem {
  /** Where the item's text starts. */
  text: number;
  /** The number of a numbered item; undefined for a bullet. */
  ordinal?: number;
}

/** `-`, `*`, `+`, `1.` or `1)` followed by a blank or the end of the line. */
export function listItemAt(text: string, at: number, end: number): ListItem | undefined {
  const c = text.charCodeAt(at);
  let j = at;
  let ordinal: number | undefined;
  if (c === 45 || c === 42 || c === 43) j++;
  else {
    while (j < end && j - at < 10 && isDigit(text.charCodeAt(j))) j++;
    if (j === at || j - at > 9) return undefined;
    const d = text.charCodeAt(j);
    if (d !== 46 && d !== 41) return undefined;
    ordinal = Number(text.slice(at, j));
    j++;
  }
  if (j < end && !isBlank(text.charCodeAt(j))) return undefined;
  while (j < end && isBlank(text.charCodeAt(j))) j++;
  return { text: j, ordinal };
}

/** `[label]: destination`, not a footnote (`[^1]: …`, which is prose). */
export function isLinkDefinition(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 91 || text.charCodeAt(at + 1) === 94) return false;
  const limit = Math.min(end, at + 1000);
  let j = at + 1;
  while (j < limit && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 91) j++;
  if (j >= limit || j === at + 1 || text.charCodeAt(j) !== 93 || text.charCodeAt(j + 1) !== 58) return false;
  const dest = j + 2;
  return dest < end && isBlank(text.charCodeAt(dest)) && trimEnd(text, dest, end) > dest;
}

export function hasPipe(text: string, at: number, end: number): boolean {
  return indexWithin(text, '|', at, end) >= 0;
}

/** `| --- | :---: |`: pipes, dashes, colons and blanks, with at least one pipe and dash. */
export function isDelimiterRow(text: string, at: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let j = at; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 124) pipe = true;
    else if (c === 45) dash = true;
    else if (c !== 58 && !isWhite(c)) return false;
  }
  return pipe && dash;
}

/** A body row without its outer pipes and blanks; undefined when every cell is empty. */
export function tableRowSpan(text: string, at: number, end: number): Span | undefined {
  let s = at;
  let e = trimEnd(text, at, end);
  if (text.charCodeAt(s) === 124) s++;
  if (e > s && text.charCodeAt(e - 1) === 124 && text.charCodeAt(e - 2) !== 92) e--;
  while (s < e && (isWhite(text.charCodeAt(s)) || text.charCodeAt(s) === 124)) s++;
  while (e > s && (isWhite(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 124)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** The texts of the cells of a row's span (`tableRowSpan`), trimmed: split at each pipe not escaped. */
export function cellTexts(text: string, row: Span): string[] {
  const cells: string[] = [];
  let from = row.start;
  for (let j = row.start; j <= row.end; j++) {
    if (j === row.end || (text.charCodeAt(j) === 124 && text.charCodeAt(j - 1) !== 92)) {
      cells.push(text.slice(from, j).trim());
      from = j + 1;
    }
  }
  return cells;
}

/** Where each cell of a row's span (`tableRowSpan`) starts: the row's start, then past each
 * pipe not escaped. */
export function cellStarts(text: string, row: Span): number[] {
  const starts = [row.start];
  for (let j = row.start; j < row.end; j++) if (text.charCodeAt(j) === 124 && text.charCodeAt(j - 1) !== 92) starts.push(j + 1);
  return starts;
}

/** Whether [from, to) leaves an HTML comment open at its end. */
export function opensComment(text: string, from: number, to: number): boolean {
  let pos = from;
  for (;;) {
    const a = indexWithin(text, '<!--', pos, to);
    if (a < 0) return false;
    const b = indexWithin(text, '-->', a + 4, to);
    if (b < 0) return true;
    pos = b + 3;
  }
}
