import type { Span } from '../types';
import * as chars from './chars';
import * as kinds from './lineKinds';
import type { Fence, Line, ListItem } from './lineKinds';
import type { BlockKind, Heading } from './types';

// The block structure of a briefing's body, line by line, spec section 1: ATX (and setext)
// headings, paragraphs, list items, block quotes, pipe tables, fenced code (skipped) and
// HTML comments (kept for their directives). Indented code is not special: analysts indent
// list continuations.

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { indexWithin, skipWhite, trimEnd } = chars;
const { readLine, fenceAt, closesFence, headingLevel, atxHeading, isRun, isThematicBreak, listItemAt } = kinds;
const { isLinkDefinition, hasPipe, isDelimiterRow, tableRowSpan, cellTexts, opensComment } = kinds;

export interface Block {
  kind: BlockKind;
  /** From the first character of the block's text to the end of its last line's text. */
  span: Span;
  /** Block quote markers (`> `) of the block's later lines: not prose, read as white space. */
  markers: Span[];
  /** A table row's header cells, as written (`Second-quarter grind, 2024`). */
  columns?: string[];
}

export interface BlockScan {
  blocks: Block[];
  headings: Heading[];
  /** HTML comments that stand as blocks of their own (inline ones are found per block). */
  comments: Span[];
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

export function scanBlocks(text: string, from: number): BlockScan {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const comments: Span[] = [];
  let open: Open | undefined;
  let fence: Fence | undefined;
  let commentStart = -1; // inside a block-level comment
  let inlineComment = false; // inside a comment that started within a paragraph
  let table = false;
  let columns: string[] | undefined;
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
      if (row) blocks.push({ kind: 'table-row', span: row, markers: [], ...(columns ? { columns } : {}) });
      continue;
    }
    if (pos < text.length && hasPipe(text, content, end)) {
      const next = readLine(text, pos);
      if (isDelimiterRow(text, next.content, next.end)) {
        close();
        table = true;
        const header = tableRowSpan(text, content, end);
        columns = header && cellTexts(text, header);
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

function setextHeading(text: string, open: Open, underlineEnd: number, level: number): Heading {
  const textSpan = { start: open.start, end: open.end };
  return { level, text: text.slice(textSpan.start, textSpan.end), span: { start: open.start, end: underlineEnd }, textSpan };
}
