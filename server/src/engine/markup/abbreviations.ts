import { lowerCase } from '../text/lowerCase';
import * as chars from './chars';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { isLetter } = chars;

// Words after which a full stop does not end a sentence (spec section 1). `etc.` is left
// out on purpose: it ends a sentence when an upper-case letter follows, and when a
// lower-case letter follows no sentence ends anyway.
const ABBREVIATIONS = new Set([
  'approx', 'no', 'nos', 'p', 'pp', 'para', 'paras', 'fig', 'figs', 'vol', 'cf', 'al', 'ca',
  'dr', 'mr', 'ms', 'mrs', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'dept',
  'vs', 'inc', 'ltd', 'co', 'corp', 'plc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ph.d',
]);

/** Longest word looked at; longer words are never abbreviations. */
const MAX_WORD = 12;

/**
 * Whether the full stop at `dot` closes an abbreviation: a listed word (`approx.`, `Dr.`),
 * a dotted one (`U.S.`, `e.g.`, `i.e.`, `a.m.`), or a single-letter initial (`J. Smith`).
 * Looks back at most MAX_WORD characters, never before `from`.
 */
export function isAbbreviationAt(text: string, dot: number, from: number): boolean {
  let b = dot;
  while (b > from && dot - b <= MAX_WORD) {
    const c = text.charCodeAt(b - 1);
    if (c === 46 || isLetter(c)) b--;
    else break;
  }
  if (b === dot || dot - b > MAX_WORD) return false;
  // `3.U.S.` or a word glued to a digit is not a word start we recognise.
  if (b > from && text.charCodeAt(b - 1) >= 48 && text.charCodeAt(b - 1) <= 57) return false;
  const word = text.slice(b, dot);
  if (word.length === 1) return isLetter(word.charCodeAt(0));
  if (ABBREVIATIONS.has(lowerCase(word))) return true;
  return isDotted(word);
}

/** `U.S`, `e.g`, `a.m`: single letters joined by dots (the final dot is not in `word`). */
function isDotted(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k % 2 === 0 ? !isLetter(c) : c !== 46) return false;
  }
  return true;
}
