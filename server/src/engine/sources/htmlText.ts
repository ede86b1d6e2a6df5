import { OffsetMapBuilder, type OffsetMap } from './offsetMap';

// The visible text of a page as it is built: white space collapsed as a browser does,
// block boundaries as line breaks, every piece mapped to where it starts in the file.

/** White space that collapsing changes: a run, or one character that is not a space. */
const COLLAPSE = /[ \t\n\f\r\u00a0]{2,}|[\t\n\f\r\u00a0]/g;

export class VisibleText {
  private readonly out = new OffsetMapBuilder();
  /** File offset of collapsed white space not yet written (written only before a word). */
  private pending: number | undefined;
  /** Line breaks at the end of the text so far. */
  private newlines = 0;
  /** A table row has cells written and not yet closed. */
  private inRow = false;

  get atLineStart(): boolean {
    return this.out.length === 0 || this.newlines > 0;
  }

  /** Text found at file offset `at`; `pre` keeps its white space as written. */
  text(data: string, at: number, pre: boolean): void {
    if (pre) {
      this.pending = undefined;
      this.out.append(data, at);
      let n = 0;
      while (n < data.length && data[data.length - 1 - n] === '\n') n++;
      this.newlines = n === data.length ? this.newlines + n : n;
      return;
    }
    // Only white space that changes (a run, or a line break or tab) splits the text:
    // single spaces stay inside the piece, which keeps pieces long and few.
    let i = 0;
    COLLAPSE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COLLAPSE.exec(data))) {
      if (m.index > i) this.piece(data, i, m.index, at);
      this.space(at + m.index);
      i = m.index + m[0].length;
    }
    if (i < data.length) this.piece(data, i, data.length, at);
  }

  /** Text without runs of white space; a single space at either end is white space like any other. */
  private piece(data: string, from: number, to: number, at: number): void {
    if (data.charCodeAt(from) === 32) this.space(at + from++);
    let trailing = false;
    if (to > from && data.charCodeAt(to - 1) === 32) {
      to--;
      trailing = true;
    }
    if (to > from) {
      if (this.pending !== undefined && !this.atLineStart) this.out.append(' ', this.pending);
      this.pending = undefined;
      this.out.append(from === 0 && to === data.length ? data : data.slice(from, to), at + from);
      this.newlines = 0;
    }
    if (trailing) this.space(at + to);
  }

  private space(at: number): void {
    if (!this.atLineStart) this.pending ??= at;
  }

  /** Ends the current line; `count` 2 leaves a blank line (between paragraphs). */
  lineBreak(count: 1 | 2, at: number): void {
    this.pending = undefined;
    if (this.out.length === 0) return;
    while (this.newlines < count) {
      this.out.append('\n', at);
      this.newlines++;
    }
  }

  /** A `<br>`: always a new line. */
  hardBreak(at: number): void {
    this.pending = undefined;
    if (this.out.length === 0) return;
    this.out.append('\n', at);
    this.newlines++;
  }

  /** Before a table cell: a row reads as a Markdown table row (`| Chile | 235 |`), so that
   * its cells are read as a table's, under its header (`dataset/headerUnits.ts`). */
  cellSeparator(at: number): void {
    this.pending = undefined;
    this.out.append(this.atLineStart ? '| ' : ' | ', at);
    this.inRow = true;
  }

  /** The end of a table row: its closing pipe, when it had cells. */
  rowEnd(at: number): void {
    if (!this.inRow) return;
    this.pending = undefined;
    this.out.append(' |', at);
    this.inRow = false;
  }

  finish(endFileOffset: number): { text: string; map: OffsetMap } {
    const { text, map } = this.out.finish(endFileOffset);
    let end = text.length;
    while (end > 0 && text[end - 1] === '\n') end--;
    return { text: end === text.length ? text : text.slice(0, end), map };
  }
}
