// Words for comparing quotations: case, quote marks and dashes do not count, and neither
// does the punctuation between words.

export interface Word {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘\-‐‑–—][\p{L}\p{N}]+)*/gu;

export function normaliseWord(w: string): string {
  return w.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–—]/g, '-');
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
