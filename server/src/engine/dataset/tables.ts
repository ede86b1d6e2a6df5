import type { Span } from '../types';

// The tables of a source: Markdown's, with pipes, and those of text taken from a PDF page,
// which keeps its columns by spaces alone:
//
//   Chokepoint                      2023        Week to         Change
//                                   average     11 Feb 2024     (%)
//   Suez Canal (all vessels)        489         284             -42
//
// A row is read against its header: which column each cell is under, and what the column's
// header says (its unit, its year, its words).

/** A column of a table's header: its words (over several lines, for a header that wraps) and
 * where they stand. */
export interface TableColumn {
  text: string;
  spans: Span[];
}

/** A table row with its header. */
export interface TableRow {
  /** The header's lines. */
  header: Span;
  columns: TableColumn[];
  /** The row's cells, one per column: an empty span where the row has none. */
  cells: Span[];
}

/** The cells of a table row `text[start, end)`: their spans, trimmed, between the pipes. */
export function tableCells(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let at = text.indexOf('|', start);
  if (at < 0 || at >= end) return cells;
  for (;;) {
    const next = text.indexOf('|', at + 1);
    if (next < 0 || next >= end) break;
    let s = at + 1;
    let e = next;
    // Blanks, and the emphasis of a total row (`| **Total** | **277.2** |`), are no content.
    while (s < e && (text.charCodeAt(s) <= 32 || isEmphasis(text.charCodeAt(s)))) s++;
    while (e > s && (text.charCodeAt(e - 1) <= 32 || isEmphasis(text.charCodeAt(e - 1)))) e--;
    cells.push({ start: s, end: e });
    at = next;
  }
  return cells;
}

const isEmphasis = (c: number): boolean => c === 42 || c === 95; // * _

/** The first row of the table that holds the row starting at `rowStart`, unless it is that row. */
export function tableHeader(text: string, rowStart: number): Span | undefined {
  let start = rowStart;
  for (;;) {
    const prevEnd = start - 1;
    if (prevEnd <= 0) break;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (text[prevStart] !== '|') break;
    start = prevStart;
  }
  if (start === rowStart) return undefined;
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

/** Whether a text may hold a table kept by spaces: two spaces together, or a tab, somewhere.
 * Most prose has neither, and is not looked at line by line. */
export function mayHoldSpacedTable(text: string): boolean {
  return SPACED.test(text);
}

const SPACED = /\t| {2}/;

/** The table row that the sentence `row` is, with its header: a Markdown row, or (unless
 * `spaced` says the text holds none) a line of a table whose columns are kept by spaces. */
export function tableRowAt(text: string, row: Span, spaced = true): TableRow | undefined {
  if (text[row.start] === '|') {
    const header = tableHeader(text, row.start);
    if (!header) return undefined;
    const columns = tableCells(text, header.start, header.end).map((s) => ({ text: text.slice(s.start, s.end), spans: [s] }));
    return { header, columns, cells: tableCells(text, row.start, row.end) };
  }
  return spaced && hasColumnGap(text, row) ? spacedRowAt(text, row) : undefined;
}

/** Whether `row` has a gap between columns: two spaces or a tab. Looked for char by char
 * within the row (every sentence of a source is asked; `indexOf` would read on to the end of
 * the text for each). */
function hasColumnGap(text: string, row: Span): boolean {
  for (let i = row.start; i < row.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32 && i + 1 < row.end)) return true;
  }
  return false;
}

/** Columns kept by spaces are two spaces apart or more, or a tab. (Prose puts two between
 * its sentences too: a line of a table holds a number, or three short cells.) */
const COLUMN_GAP = /\t| {2,}/g;

/** The cells of a line kept by spaces: runs of text between gaps of `COLUMN_GAP`. */
export function spacedCells(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  const line = text.slice(start, end);
  let at = 0;
  COLUMN_GAP.lastIndex = 0;
  const push = (s: number, e: number): void => {
    while (s < e && line.charCodeAt(s) <= 32) s++;
    while (e > s && line.charCodeAt(e - 1) <= 32) e--;
    if (e > s) cells.push({ start: start + s, end: start + e });
  };
  for (let m = COLUMN_GAP.exec(line); m; m = COLUMN_GAP.exec(line)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, line.length);
  return cells;
}

/** A cell that is a number and nothing else (`170,000`, `2 808.6`, `-42`, `+74`, `~44`). */
export const BARE_NUMBER = /^[~≈]?[-−+]?\d[\d,.\u202f\u00a0 ]*$/;
/** A year or a season, which a header names (`2023`, `2024/25`, a projection's `2025P`,
 * a forecast's `2025f`): no number of a row. */
const YEAR_CELL = /^(?:19|20)\d\d(?:[/–-]\d\d)?[a-zA-Z*]?$/;

/** Whether a cell's text is a year or a season. */
export const isYearCell = (cell: string): boolean => YEAR_CELL.test(cell);

/** A number, a percent too (`24.95`, `74%`). */
const isNumberText = (cell: string): boolean => BARE_NUMBER.test(cell.endsWith('%') ? cell.slice(0, -1) : cell);

const isNumberCell = (text: string, s: Span): boolean => {
  const cell = text.slice(s.start, s.end);
  return isNumberText(cell) && !isYearCell(cell);
};

/** Whether the line [start, end) is a line of a table kept by spaces: two cells at least. */
export function isSpacedTableLine(text: string, start: number, end: number, minHeaderCells = 3): boolean {
  if (!hasColumnGap(text, { start, end })) return false;
  const cells = spacedCells(text, start, end);
  if (cells.length < 2) return false;
  const words = cells.map((c) => text.slice(c.start, c.end));
  // A numbered paragraph (`4.     External buffers are being rebuilt. …`), as staff reports
  // number theirs: prose, its number no cell.
  if (cells.length === 2 && /^\(?\d{1,3}[.)]$/.test(words[0]) && words[1].length > 40) return false;
  if (words.some(isNumberText)) return true;
  // A header's cells are a few words each, and end a sentence once at most (`estim.`); a
  // column's abbreviation ends none (`Actual  Actual  Proj.  Proj.`).
  return cells.length >= minHeaderCells && words.every((w) => w.length <= 40) && words.filter((w) => /[.!?]$/.test(w) && !HEADER_ABBREVIATION.test(w)).length <= 1;
}

/** Abbreviations a column's header ends in: `Proj.`, `Est.`, `Prel.`, `Rev.`. */
const HEADER_ABBREVIATION = /^(?:proj|est|estim|prel|prov|rev|act|fcst|avg|approx)\.$/i;

/** A line of a table that is a unit in brackets and nothing else: `(Annual percentage change,
 * unless otherwise indicated)`. */
const SUBHEADING = /^\s*\([^()]{3,100}\)\s*$/;

/** A line of one cell that is a unit, in brackets (`(Billions of U.S. dollars)`) or set alone
 * under a header's years (`EUR million`, `thousand tonnes`, `number of units`): a scale, maybe
 * after a currency, or `number of`. */
const UNIT_LINE = new RegExp(String.raw`^\s*(?:(?:[A-Z]{3}|US\$|[$€£¥₹])\s*)?(?:thousands?|millions?|billions?|trillions?|bn|mn)\b[^\d|]{0,40}$|^\s*number\s+of\s+[a-z]+\s*$`, 'i');

const isUnitLine = (line: string): boolean => (SUBHEADING.test(line) || UNIT_LINE.test(line) || NAMED_UNIT_LINE.test(line)) && !INNER_GAP.test(line);

/** A line of a group's words and its unit in brackets, and no cells (`Volumes (thousand
 * tonnes)`, `Value (US$ billion)`): the unit of the rows below it. */
const NAMED_UNIT_LINE = /^\s*[A-Za-z][A-Za-z ,&/-]{0,40}?\s*\(((?:[^()]*\b(?:thousands?|millions?|billions?|trillions?|tonnes?|tons|barrels?|litres?|liters?|cubic|per ?cent|percent)\b|[^()]*(?:%|\$|€|£|¥|₹))[^()]{0,40})\)\s*:?\s*$/i;

/** A column's gap between words: a line of two cells or more (`$ billion     Growth (%)`). */
const INNER_GAP = /\S(?: {2,}|\t)\s*\S/;

/** The subheading of units nearest above a row of a table kept by spaces, below
 * its header's first line: the unit of the rows down to the next one. */
export function subheadingAbove(text: string, rowStart: number, headerStart: number): string | undefined {
  const memo = blockMemo(text).subheadings;
  const asked = (lineStart: number): { header: number; subheading?: string } | undefined => {
    const known = memo.get(lineStart);
    return known?.header === headerStart ? known : undefined;
  };
  const lineStart = text.lastIndexOf('\n', rowStart - 1) + 1;
  const known = asked(lineStart);
  if (known) return known.subheading;
  let end = lineStart - 1;
  let found: string | undefined;
  while (end > headerStart) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // (Of a group's words and its unit, the unit.)
    const ruled = RULED_CELL.exec(line) ?? (INNER_GAP.test(line) ? null : NAMED_UNIT_LINE.exec(line));
    if (ruled) {
      found = `(${ruled[1]})`;
      break;
    }
    if (isUnitLine(line)) {
      found = line.trim();
      break;
    }
    if (line.trim() === '') break;
    // The row above was asked first (rows are read top down): its answer is this row's too.
    const above = asked(start);
    if (above) {
      found = above.subheading;
      break;
    }
    end = start - 1;
  }
  memo.set(lineStart, { header: headerStart, subheading: found });
  return found;
}

/** What the rows of one text's tables have found above them, kept while that text's rows
 * are read: each row's walk up its block stops at the row above, and a table of n rows is
 * read in n steps, not n² (a statistical annex holds tables of thousands of rows). */
interface BlockMemo {
  text: string;
  /** Per row's line start, its header (`headerAbove`): one array for the rows of a block. */
  headers: Map<number, readonly HeaderLine[]>;
  /** Per line start, the subheading above it, below the header that starts at `header`
   * (`subheadingAbove`). */
  subheadings: Map<number, { header: number; subheading?: string }>;
}

let memo: BlockMemo | undefined;

function blockMemo(text: string): BlockMemo {
  if (memo?.text !== text) memo = { text, headers: new Map(), subheadings: new Map() };
  return memo;
}

/** A table's caption: `Table 1`, `Table A.3.`, `TABLE 2:`, `Table IV`, then its title. */
const CAPTION = /^\s*table\s+(?:[a-z]?\d+[a-z]?|[ivxl]+)(?:[.\-–]\d+)*[.:]?(?:\s|$)/i;

/** The caption of the table whose header starts at `headerStart`, after its number, with the
 * lines under it down to the header (`Table 2. Planned leading-edge logic wafer capacity,⏎
 * 2024-2030 (year-end)⏎Thousand wafer starts per month`): a line a few above that opens
 * `Table N`, and no blank line between it and the lines under it but one before the header. */
export function captionAbove(text: string, headerStart: number): Span | undefined {
  let end = headerStart - 1;
  let last = -1;
  for (let k = 0; k < 5 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const blank = line.trim() === '';
    // A line of the unit under the caption (`Unit: Mt, unless otherwise stated.`) is no prose.
    const unitLine = LABELLED_UNIT.test(line);
    if (!blank && last < 0) last = end;
    // Its words, not its number (`Table 3.`).
    const caption = CAPTION.exec(line);
    if (caption) return { start: start + caption[0].length, end: last };
    // A blank line between the caption's lines ends them, but for the one before the header;
    // so does a sentence of prose.
    if ((blank && last >= 0) || (!unitLine && PROSE_LINE.test(line))) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** A line of six words or more that ends a sentence. */
const PROSE_LINE = /^(?:\S+\s+){5,}\S*[a-z]\.\s*$/;

/** A line that names the unit of a table's numbers: `Unit: thousand tonnes`, `Units: US$ per
 * tonne`. */
export const LABELLED_UNIT = /^\s*(?:units?(?:\s+of\s+measure(?:ment)?)?|measure)\s*:\s*(\S.*?)\s*$/i;

/** A line drawn across a table: dashes, equals signs, underscores, box-drawing lines. */
const RULE = /^\s*[-=_─━]{3,}\s*$/;
/** A rule with the rows' unit set in it (`------- thousand tonnes Ni -------`): a rule, and
 * a subheading of the rows below it (`subheadingAbove`). */
const RULED_UNIT = /^\s*[-=_─━]{3,}\s+(\S.{0,80}?)\s+[-=_─━]{3,}\s*$/;
/** The same as one cell of a header's line, over some columns, beside others' headers
 * (`-------- thousand tonnes --------  2025/24 (%)`). */
const RULED_CELL = /[-=_─━]{3,}\s+([^\s=_─━-].{0,80}?)\s+[-=_─━]{3,}/;

/** A line of a table's header, with its cells. */
interface HeaderLine {
  line: Span;
  cells: Span[];
}

/** The header of the row that starts its line at `rowStart`: the lines at the top of its block
 * of table lines (no blank line between) that hold no number but years. Rows are read top
 * down, and a row's header is the row above's: the walk up stops there. */
function headerAbove(text: string, rowStart: number): readonly HeaderLine[] {
  const memo = blockMemo(text).headers;
  const known = memo.get(rowStart);
  if (known) return known;
  const lines: Span[] = [];
  let start = rowStart;
  let skipped: Span | undefined;
  let found: readonly HeaderLine[] | undefined;
  while (start > 0) {
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    let prevEnd = start - 1;
    if (prevEnd > prevStart && text[prevEnd - 1] === '\r') prevEnd--;
    // A rule between the header and the rows (`-------`, `--- thousand tonnes Ni ---`) is neither.
    const line = text.slice(prevStart, prevEnd);
    // So is a unit set alone (`(US$ billion, unless stated)`, `EUR million`), the rows' below it
    // (`subheadingAbove`), above another line of one cell (`(PR)` under a column's year).
    if (RULE.test(line) || RULED_UNIT.test(line) || isUnitLine(line)) {
      start = prevStart;
      continue;
    }
    // A table's caption is above its header, never a line of it, though it may be set in
    // columns (`Table 1  Supply and demand of staple rice        (million tonnes)`): its unit is
    // the whole table's (`captionUnit`), not the column's it happens to stand over.
    if (CAPTION.test(line)) break;
    // Above a table's lines, two header cells are enough (`Global capacity (GW)   China share (%)`).
    if (isSpacedTableLine(text, prevStart, prevEnd, 2)) {
      // A row asked for before, a number in it: its header is this row's too.
      const above = memo.get(prevStart);
      if (above && hasNumberCell(text, prevStart, prevEnd)) {
        found = above;
        break;
      }
      // (A unit line, `(Billions of U.S. dollars)`, was passed over above: the rows' below it.)
      if (skipped) lines.push(skipped);
      skipped = undefined;
      lines.push({ start: prevStart, end: prevEnd });
    } else if (!skipped && line.trim() !== '') {
      // A line of one cell between rows (`Memorandum item:`) is a subheading of the table.
      skipped = { start: prevStart, end: prevEnd };
    } else break;
    start = prevStart;
  }
  if (!found) {
    const header: HeaderLine[] = [];
    for (const line of lines.reverse()) {
      // A ruled unit among a line's cells is the rows' unit (`subheadingAbove`), no column's.
      const cells = spacedCells(text, line.start, line.end).filter((c) => !RULED_CELL.test(text.slice(c.start, c.end)));
      if (cells.some((c) => isNumberCell(text, c))) break;
      if (cells.length > 0) header.push({ line, cells });
    }
    found = header;
  }
  memo.set(rowStart, found);
  return found;
}

/** Whether the line [start, end) holds a number cell. */
const hasNumberCell = (text: string, start: number, end: number): boolean => spacedCells(text, start, end).some((c) => isNumberCell(text, c));

/** A line of one cell set far in, right above a table's first line: maybe the header's upper
 * line over one column (`Share in` over `FY 2024-25 (%)`). */
function upperLineAbove(text: string, first: Span): Span | undefined {
  const start = text.lastIndexOf('\n', first.start - 2) + 1;
  let end = first.start - 1;
  if (end > start && text[end - 1] === '\r') end--;
  // (A unit in brackets set far in, `(million tonnes)`, is the whole table's caption.)
  const line = text.slice(start, end);
  return start < first.start && /^ {8,}[^\s(]/.test(line) && spacedCells(text, start, end).length === 1 ? { start, end } : undefined;
}

/**
 * A row of a table kept by spaces: a line of two cells or more, one a number, under a header
 * (the lines at the top of its block that hold no number but years). A row's cell is under
 * the header column its place on the line overlaps most, or lies nearest: numbers are set
 * flush right, labels flush left.
 */
function spacedRowAt(text: string, row: Span): TableRow | undefined {
  const lineStart = text.lastIndexOf('\n', row.start - 1) + 1;
  const rowCells = spacedCells(text, lineStart, row.end);
  if (rowCells.length < 2 || !rowCells.some((c) => isNumberCell(text, c))) return undefined;
  // A copy: the header is shared by the rows of its block.
  const headerLines = [...headerAbove(text, lineStart)];
  if (headerLines.length === 0) return undefined;
  // Over one column of the header's first line, a line of one cell is its upper line (over
  // several, `Annual percentage change` names a group, which a centred heading's reading
  // would stretch to every column).
  const upper = upperLineAbove(text, headerLines[0].line);
  if (upper) {
    const [cell] = spacedCells(text, upper.start, upper.end);
    const { line, cells } = headerLines[0];
    const over = cells.filter((c) => Math.min(c.end - line.start, cell.end - upper.start) > Math.max(c.start - line.start, cell.start - upper.start));
    if (over.length === 1) headerLines.unshift({ line: upper, cells: [cell] });
  }
  // Columns: the cells of the header's last line, the one over the rows; a cell of a line
  // above names every column under it (`Global capacity (GW)` over `2023` and `2024`), or is
  // a column of its own where none is under it (`Chokepoint` over the row labels).
  const place = (line: Span, c: Span): { from: number; to: number } => ({ from: c.start - line.start, to: c.end - line.start });
  const last = headerLines[headerLines.length - 1];
  const columns: Array<{ from: number; to: number; cells: Span[] }> = last.cells.map((c) => ({ ...place(last.line, c), cells: [c] }));
  // The row labels' column, if the header's last line names it (`Region  2021  2022`).
  const firstFrom = rowCells[0].start - lineStart;
  const labels = columns[0].from <= firstFrom ? columns[0] : undefined;
  const headings = headerLines.slice(0, -1);
  // Whether a cell of a line above the last stands over the column.
  const headed = (col: { from: number; to: number }): boolean =>
    headings.some(({ line, cells }) => cells.some((c) => Math.min(place(line, c).to, col.to) > Math.max(place(line, c).from, col.from)));
  for (const { line, cells } of headings) {
    for (const [k, c] of cells.entries()) {
      const { from, to } = place(line, c);
      // A heading over a group of columns is set centred, narrower than they are (`$ billion`
      // over `2021  2022  2023  2024e`): over two or more, it names them and those beside them
      // up to halfway to the next heading, but for the row labels'. Over one, only that one
      // (`2030` over `(projected)`). Over none, in the gap between two (`(%)` over `2022    2023`),
      // those beside it; a column of its own where none is (`WHO region` over the row labels).
      const left = k > 0 ? (place(line, cells[k - 1]).to + from) / 2 : columns[0].to;
      const right = k + 1 < cells.length ? (to + place(line, cells[k + 1]).from) / 2 : Infinity;
      const overlapped = columns.filter((col) => Math.min(to, col.to) > Math.max(from, col.from));
      const near = (col: { from: number; to: number }): boolean => col !== labels && (col.from + col.to) / 2 >= left && (col.from + col.to) / 2 < right;
      // Set flush left over the first of its group (`Inflows (US$ million)` over `2023     2024`),
      // it names the columns after it that no heading stands over, up to its line's next one.
      const next = k + 1 < cells.length ? place(line, cells[k + 1]).from : Infinity;
      const group = (col: { from: number; to: number }): boolean => col.from > overlapped[0].to && col.to <= next && !headed(col);
      const flushLeft = overlapped.length === 1 && overlapped[0].from === from;
      // Centred over the middle of its group, narrower than it (`Verified emissions (Mt CO2e)`
      // over `2022  2023  2024`): as many columns no heading stands over on either side, up to
      // its line's neighbours, are its too. Over one with such columns on one side only
      // (`2030` over `(without CHIPS)`, beside `2022`), only that one.
      const centredOver = (middle: (typeof columns)[number]): typeof columns => {
        const previous = k > 0 ? place(line, cells[k - 1]).to : -1;
        const free = (col: { from: number; to: number }): boolean => col !== labels && col !== columns[0] && !headed(col) && col.from > previous && col.to <= next;
        const at = columns.indexOf(middle);
        let before = 0;
        while (at - before - 1 >= 0 && free(columns[at - before - 1])) before++;
        let after = 0;
        while (at + after + 1 < columns.length && free(columns[at + after + 1])) after++;
        return before === after ? columns.slice(at - before, at + after + 1) : [middle];
      };
      const under =
        overlapped.length !== 1 ? columns.filter((col) => overlapped.includes(col) || near(col)) : flushLeft ? columns.filter((col) => col === overlapped[0] || group(col)) : centredOver(overlapped[0]);
      // Read top down: the last line's cell stays last (`Change (%)`).
      if (under.length > 0) for (const col of under) col.cells.splice(col.cells.length - 1, 0, c);
      else columns.push({ from, to, cells: [c] });
    }
  }
  columns.sort((a, b) => a.from - b.from);
  // Row labels under no header word (`   Wheat   804.2`): a column of their own, first.
  if (firstFrom < columns[0].from && rowCells[0].end - lineStart <= columns[0].from) columns.unshift({ from: 0, to: columns[0].from, cells: [] });
  const cells: Span[] = columns.map(() => ({ start: row.end, end: row.end }));
  for (const c of rowCells) {
    const from = c.start - lineStart;
    const to = c.end - lineStart;
    let best = -1;
    let bestScore = -Infinity;
    columns.forEach((col, i) => {
      const overlap = Math.min(to, col.to) - Math.max(from, col.from);
      const score = overlap > 0 ? overlap : -Math.min(Math.abs(from - col.to), Math.abs(col.from - to), Math.abs(to - col.to));
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    // Two cells under one column are one (`1   Anies Baswedan` under `No. Candidate pair`).
    if (best >= 0) cells[best] = cells[best].start === cells[best].end ? c : { start: cells[best].start, end: c.end };
  }
  const header = { start: headerLines[0].line.start, end: headerLines[headerLines.length - 1].line.end };
  return {
    header,
    columns: columns.map((col) => ({ text: col.cells.map((c) => text.slice(c.start, c.end)).join(' '), spans: col.cells })),
    cells,
  };
}
