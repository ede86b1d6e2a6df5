// The words around a number that shape its value (spec section 2): `about`, `nearly`,
// `more than`, `at least`, `under`, `up to` before it; `+`, `-plus`, `or more` after it.

import { boundaryBefore, gapAfter, gapBefore, lettersEnd, lettersStart, boundaryAt } from './chars';
import type { Qualifier } from './types';

/** A word or symbol before a number, read backwards; `lower` is its lower-case text. */
export interface BackToken {
  lower: string;
  start: number;
  end: number;
}

const SYMBOLS = new Set([0x7e, 0x2248, 0x3e, 0x3c, 0x2265, 0x2264, 0x3d]); // ~ ≈ > < ≥ ≤ =

/**
 * Up to `max` words or symbols before `pos`, nearest first. Words are separated by white
 * space; a symbol may touch the number (`~15%`, `>90%`); a word may end in `.` (`approx.`).
 */
export function tokensBefore(text: string, pos: number, floor: number, max: number): BackToken[] {
  const out: BackToken[] = [];
  let p = pos;
  for (let k = 0; k < max; k++) {
    const g = gapBefore(text, p, floor);
    const q = g >= 0 ? g : p;
    if (q <= floor) break;
    const c = text.charCodeAt(q - 1);
    if (SYMBOLS.has(c)) {
      let s = q - 1;
      if (s > floor && SYMBOLS.has(text.charCodeAt(s - 1))) s--; // >= <=
      out.push({ lower: text.slice(s, q), start: s, end: q });
      p = s;
      continue;
    }
    if (g < 0) break;
    const e = c === 46 ? q - 1 : q;
    const s = lettersStart(text, e, floor);
    if (s === e || !boundaryBefore(text, s, floor)) break;
    out.push({ lower: text.slice(s, q).toLowerCase(), start: s, end: q });
    p = s;
  }
  return out;
}

const PHRASES: Array<[string, Qualifier]> = [
  ['about', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'],
  ['approx', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['some', 'approximate'],
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['an approximate', 'approximate'],
  ['~', 'approximate'], ['≈', 'approximate'], ['circa', 'approximate'], ['c.', 'approximate'],
  ['ca.', 'approximate'], ['an approximately', 'approximate'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['just shy of', 'nearly'], ['just short of', 'nearly'], ['not quite', 'nearly'],
  ['over', 'more-than'], ['more than', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['upward of', 'more-than'], ['>', 'more-than'],
  ['greater than', 'more-than'], ['well over', 'more-than'], ['just over', 'more-than'],
  ['well above', 'more-than'], ['well in excess of', 'more-than'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'],
  ['not less than', 'at-least'], ['>=', 'at-least'], ['≥', 'at-least'], ['a minimum of', 'at-least'],
  ['under', 'less-than'], ['less than', 'less-than'], ['below', 'less-than'], ['<', 'less-than'],
  ['fewer than', 'less-than'], ['well under', 'less-than'], ['well below', 'less-than'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'],
  ['<=', 'at-most'], ['≤', 'at-most'], ['a maximum of', 'at-most'],
];

/** Longest phrases first, so that `no more than` wins over `more than`. */
const SORTED = PHRASES.map(([p, q]) => ({ words: p.split(' '), qualifier: q })).sort((a, b) => b.words.length - a.words.length);

/** Longest qualifier phrase in words. */
export const MAX_QUALIFIER_WORDS = SORTED[0].words.length;

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  /** The phrase as matched, lower case (`more than`). */
  phrase: string;
}

/** The qualifier phrase that ends right before a number, given the tokens before it (nearest first). */
export function qualifierBefore(tokens: BackToken[]): QualifierMatch | undefined {
  for (const { words, qualifier } of SORTED) {
    const n = words.length;
    if (tokens.length < n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = tokens[n - 1 - k].lower === words[k];
    if (ok) return { qualifier, start: tokens[n - 1].start, phrase: words.join(' ') };
  }
  return undefined;
}

const AFTER: Record<string, Qualifier> = {
  more: 'at-least', above: 'at-least', over: 'at-least', higher: 'at-least', greater: 'at-least',
  less: 'at-most', fewer: 'at-most', below: 'at-most', under: 'at-most', lower: 'at-most', so: 'approximate',
};

function wordAt(text: string, i: number, end: number): { lower: string; end: number } | undefined {
  const j = lettersEnd(text, i, end);
  if (j === i || j - i > 8 || !boundaryAt(text, j, end)) return undefined;
  return { lower: text.slice(i, j).toLowerCase(), end: j };
}

/** `or more`, `or less`, `or so` after a figure ending at `pos`. */
export function qualifierAfter(text: string, pos: number, end: number): { qualifier: Qualifier; end: number } | undefined {
  const g = gapAfter(text, pos, end);
  const or = g > 0 ? wordAt(text, g, end) : undefined;
  if (or?.lower !== 'or') return undefined;
  const g2 = gapAfter(text, or.end, end);
  const w = g2 > 0 ? wordAt(text, g2, end) : undefined;
  const qualifier = w ? AFTER[w.lower] : undefined;
  return w && qualifier ? { qualifier, end: w.end } : undefined;
}
