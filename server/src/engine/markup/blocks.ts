import type { Span } from '../types';
import * as chars from './chars';
import type { BlockKind, Heading } from './types';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { CR, LF, indexWithin, isBlank, isDigit, isWhite, skipWhite, trimEnd } = chars;

// The block structure of a briefing's body, line by line, spec section 1: ATX (and setext)
// headings, paragraphs, list items, block quotes, pipe tables, fenced code (skipped) and
// HTML comments (kept for their directives). Indented code is not special: analysts indent
// list continuations.

export interface Block {
  kind: BlockKind;
  /** From the first character of the block's text to the end of its last line's text. */
  span: Span;
  /** Block quote markers (`> `) of the block's later lines: not prose, read as white space. */
  markers: Span[];
}

export interface BlockScan {
  blocks: Block[];
  headings: Heading[];
  /** HTML comments that stand as blocks of their own (inline ones are found per block). */
  comments: Span[];
}

interface Line {
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

interface Open {
  kind: BlockKind;
  start: number;
  end: number;
  quoted: boolean;
  /** For a list item, whether it is numbered (`1.`) or a bullet. */
  list?: 'ordered' | 'bullet';
  markers: Span[];
}

type Fence = { char: number; length: number };

export function scanBlocks(text: string, from: number): BlockScan {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const comments: Span[] = [];
  let open: Open | undefined;
  let fence: Fence | undefined;
  let commentStart = -1; // inside a block-level comment
  let inlineComment = false; // inside a comment that started within a paragraph
  let table = false;
  let listContext = false;

  const close = (): void => {
    if (open && open.end > open.start) blocks.push({ kind: open.kind, span: { start: open.start, end: open.end }, markers: open.markers });
    open = undefined;
  };
  const start = (kind: BlockKind, at: number, line: Line, list?: Open['list']): void => {
    close();
    open = { kind: line.quotes > 0 ? 'blockquote' : kind, start: at, end: at, quoted: line.quotes > 0, list, markers: [] };
    extend(line, at);
  };
  // Text after a comment's `-->` on the same line is prose.
  const afterComment = (line: Line, at: number): void => {
    const s = skipWhite(text, at, line.end);
    if (s < line.end) start('paragraph', s, line);
  };
  const extend = (line: Line, from: number): void => {
    open!.end = Math.max(open!.end, trimEnd(text, from, line.end));
    inlineComment = opensComment(text, from, line.end);
  };

  for (let pos = from; pos < text.length; ) {
    const line = readLine(text, pos);
    pos = line.next;
    const { content, end } = line;
    if (fence) {
      if (closesFence(text, content, end, fence)) fence = undefined;
      continue;
    }
    if (commentStart >= 0) {
      const closeAt = indexWithin(text, '-->', line.start, end);
      if (closeAt >= 0) {
        comments.push({ start: commentStart, end: closeAt + 3 });
        commentStart = -1;
        afterComment(line, closeAt + 3);
      }
      continue;
    }
    if (content >= end) {
      close();
      table = false;
      inlineComment = false;
      continue;
    }
    if (inlineComment && open) {
      // The lines of a comment opened inside a paragraph belong to that paragraph.
      const closeAt = indexWithin(text, '-->', line.start, end);
      if (closeAt >= 0) extend(line, closeAt + 3);
      else open.end = end;
      continue;
    }
    const c = text.charCodeAt(content);
    const opening = fenceAt(text, content, end);
    if (opening) {
      close();
      table = false;
      fence = opening;
      continue;
    }
    if (text.startsWith('<!--', content)) {
      close();
      table = false;
      const closeAt = indexWithin(text, '-->', content + 4, end);
      if (closeAt >= 0) {
        comments.push({ start: content, end: closeAt + 3 });
        afterComment(line, closeAt + 3);
      } else commentStart = content;
      continue;
    }
    const level = headingLevel(text, content, end);
    if (level > 0) {
      close();
      table = false;
      listContext = false;
      headings.push(atxHeading(text, content, end, level));
      continue;
    }
    if (open?.kind === 'paragraph' && !open.quoted && line.quotes === 0 && (c === 61 || c === 45) && isRun(text, content, end, c)) {
      headings.push(setextHeading(text, open, trimEnd(text, content, end), c === 61 ? 1 : 2));
      open = undefined;
      continue;
    }
    if (isThematicBreak(text, content, end)) {
      close();
      table = false;
      continue;
    }
    const item = listItemAt(text, content, end);
    if (item && interrupts(item, open, end)) {
      table = false;
      listContext = line.quotes === 0;
      start('list-item', item.text, line, item.ordinal === undefined ? 'bullet' : 'ordered');
      continue;
    }
    if (table) {
      close();
      const row = tableRowSpan(text, content, end);
      if (row) blocks.push({ kind: 'table-row', span: row, markers: [] });
      continue;
    }
    if (pos < text.length && hasPipe(text, content, end)) {
      const next = readLine(text, pos);
      if (isDelimiterRow(text, next.content, next.end)) {
        close();
        table = true;
        listContext = false;
        pos = next.next;
        continue;
      }
    }
    if (open && !(line.quotes > 0 && !open.quoted)) {
      if (line.quotes > 0) open.markers.push({ start: line.start, end: content });
      extend(line, content);
      continue;
    }
    // A link reference definition (`[1]: https://…`) is not shown, so it is not prose.
    if (!open && isLinkDefinition(text, content, end)) continue;
    if (line.quotes === 0 && line.indent < 2) listContext = false;
    start(listContext && line.quotes === 0 ? 'list-item' : 'paragraph', content, line);
  }
  close();
  return { blocks, headings, comments };
}

/**
 * Whether a list item may start here rather than continue the open block's text. As in
 * CommonMark, a new list that would interrupt a paragraph must start at `1.` and not be
 * empty, so that a wrapped line such as `2024. Output fell` stays prose; within a numbered
 * list any number starts the next item.
 */
function interrupts(item: ListItem, open: Open | undefined, end: number): boolean {
  if (!open || open.list === (item.ordinal === undefined ? 'bullet' : 'ordered')) return true;
  return (item.ordinal === undefined || item.ordinal === 1) && item.text < end;
}

function readLine(text: string, start: number): Line {
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

function fenceAt(text: string, at: number, end: number): Fence | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let j = at;
  while (j < end && text.charCodeAt(j) === char) j++;
  if (j - at < 3) return undefined;
  // A backtick fence's info string has no backtick (else it is inline code).
  if (char === 96 && indexWithin(text, '`', j, end) >= 0) return undefined;
  return { char, length: j - at };
}

function closesFence(text: string, at: number, end: number, fence: Fence): boolean {
  let j = at;
  while (j < end && text.charCodeAt(j) === fence.char) j++;
  return j - at >= fence.length && trimEnd(text, j, end) === j;
}

function headingLevel(text: string, at: number, end: number): number {
  let j = at;
  while (j < end && j - at < 7 && text.charCodeAt(j) === 35) j++;
  const level = j - at;
  if (level < 1 || level > 6) return 0;
  return j === end || isBlank(text.charCodeAt(j)) ? level : 0;
}

function atxHeading(text: string, at: number, end: number, level: number): Heading {
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

function setextHeading(text: string, open: Open, underlineEnd: number, level: number): Heading {
  const textSpan = { start: open.start, end: open.end };
  return { level, text: text.slice(textSpan.start, textSpan.end), span: { start: open.start, end: underlineEnd }, textSpan };
}

/** A run of one character, then blanks only: a setext underline. */
function isRun(text: string, at: number, end: number, char: number): boolean {
  let j = at;
  while (j < end && text.charCodeAt(j) === char) j++;
  return trimEnd(text, j, end) === j;
}

/** `---`, `***`, `___`, possibly spaced (`* * *`). */
function isThematicBreak(text: string, at: number, end: number): boolean {
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

/** `-`, `*`, `+`, `1.` or `1)` followed by a blank or the end of the line. */
interface ListItem {
  /** Where the item's text starts. */
  text: number;
  /** The number of a numbered item; undefined for a bullet. */
  ordinal?: number;
}

function listItemAt(text: string, at: number, end: number): ListItem | undefined {
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
function isLinkDefinition(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 91 || text.charCodeAt(at + 1) === 94) return false;
  const limit = Math.min(end, at + 1000);
  let j = at + 1;
  while (j < limit && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 91) j++;
  if (j >= limit || j === at + 1 || text.charCodeAt(j) !== 93 || text.charCodeAt(j + 1) !== 58) return false;
  const dest = j + 2;
  return dest < end && isBlank(text.charCodeAt(dest)) && trimEnd(text, dest, end) > dest;
}

function hasPipe(text: string, at: number, end: number): boolean {
  return indexWithin(text, '|', at, end) >= 0;
}

/** `| --- | :---: |`: pipes, dashes, colons and blanks, with at least one pipe and dash. */
function isDelimiterRow(text: string, at: number, end: number): boolean {
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
function tableRowSpan(text: string, at: number, end: number): Span | undefined {
  let s = at;
  let e = trimEnd(text, at, end);
  if (text.charCodeAt(s) === 124) s++;
  if (e > s && text.charCodeAt(e - 1) === 124 && text.charCodeAt(e - 2) !== 92) e--;
  while (s < e && (isWhite(text.charCodeAt(s)) || text.charCodeAt(s) === 124)) s++;
  while (e > s && (isWhite(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 124)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** Whether [from, to) leaves an HTML comment open at its end. */
function opensComment(text: string, from: number, to: number): boolean {
  let pos = from;
  for (;;) {
    const a = indexWithin(text, '<!--', pos, to);
    if (a < 0) return false;
    const b = indexWithin(text, '-->', a + 4, to);
    if (b < 0) return true;
    pos = b + 3;
  }
}
