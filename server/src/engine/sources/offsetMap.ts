// Extracted text (a JSON string unescaped, the visible text of a page) is built piece by
// piece; each piece remembers where it came from, so that an offset of the text can be
// taken back to the file. Pieces that continue the previous one linearly add no segment.

/** Builds a text and, alongside it, the map from its offsets to file offsets. */
export class OffsetMapBuilder {
  // Appended with `+=`: V8 keeps a rope and flattens it once, cheaper than an array join.
  private out = '';
  private readonly outStarts: number[] = [];
  private readonly fileStarts: number[] = [];
  length = 0;

  /** Appends `s`, whose first character is at `fileOffset` and the rest follow it in the file. */
  append(s: string, fileOffset: number): void {
    if (s.length === 0) return;
    const n = this.outStarts.length;
    if (n === 0 || fileOffset - this.fileStarts[n - 1] !== this.length - this.outStarts[n - 1]) {
      this.outStarts.push(this.length);
      this.fileStarts.push(fileOffset);
    }
    this.out += s;
    this.length += s.length;
  }

  /** The text, and the map; offsets at or past the end map to `endFileOffset`. */
  finish(endFileOffset: number): { text: string; map: OffsetMap } {
    const text = this.out;
    return { text, map: new OffsetMap(this.outStarts, this.fileStarts, text.length, endFileOffset) };
  }
}

export class OffsetMap {
  constructor(
    private readonly outStarts: number[],
    private readonly fileStarts: number[],
    private readonly length: number,
    private readonly endFileOffset: number,
  ) {}

  /** The file offset of text offset `offset`. */
  toFile(offset: number): number {
    if (offset >= this.length || this.outStarts.length === 0) return this.endFileOffset;
    const o = Math.max(0, offset);
    let lo = 0;
    let hi = this.outStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.outStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return this.fileStarts[lo] + (o - this.outStarts[lo]);
  }
}
