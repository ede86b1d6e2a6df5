// Words for comparing quotations: case, quote marks and dashes do not count, and neither
// does the punctuation between words, nor a line break inside a word.

export interface Word {
  word: string;
  start: number;
  end: number;
}

// A word a page broke at a line's end (`pub-⏎lic`) is one word. Its hyphens do not count:
// the page cannot say whether `well-⏎known` was `well-known` or `wellknown`.
const WORD = /[\p{L}\p{N}]+(?:(?:['’‘\-‐‑–—]|-[ \t]*\r?\n[ \t]*)[\p{L}\p{N}]+)*/gu;
const HYPHEN = /[-‐‑–—]|[ \t]*\r?\n[ \t]*/g;

export function normaliseWord(w: string): string {
  return w.toLowerCase().replace(HYPHEN, '').replace(/[’‘]/g, "'");
}

export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ word: normaliseWord(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
