// Line-by-line scanning shared by noise removal, paragraphs and lines. Line breaks are those
// of LineIndex (`\n`, `\r\n`, a lone `\r`), so that `line N` is the line the editor shows.

/** Calls `fn(start, end)` for every line of `text`, `end` before the line break. */
export function forEachLine(text: string, fn: (start: number, end: number) => void): void {
  let start = 0;
  if (text.indexOf('\r') < 0) {
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      fn(start, nl);
      start = nl + 1;
    }
  } else {
    const breaks = /\r\n?|\n/g;
    let m: RegExpExecArray | null;
    while ((m = breaks.exec(text))) {
      fn(start, m.index);
      start = m.index + m[0].length;
    }
  }
  fn(start, text.length);
}

/** White space, including the no-break and other Unicode spaces scraped text is full of. */
export function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f || c === 0x205f;
}

/** First non-space offset in [start, end), or `end`. */
export function contentStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Offset after the last non-space character in [start, end), or `start`. */
export function contentEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `text` with the given spans replaced by spaces, line breaks kept: offsets do not move. */
export function blankSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(at, start));
    parts.push(blankOf(text, start, end));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function blankOf(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return ' '.repeat(s.length);
  return s.replace(/[^\r\n]/g, ' ');
}
