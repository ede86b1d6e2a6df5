// One number with what is attached to it (currency, scale, `%`, `+`), and the second number of
// a range (`60-70%`, `$40-50 billion`, `60 to 70 percent`, `between 60 and 70%`).

import { boundaryAt, gapAfter, isDash, isDigit, isRangeDash, letterRun, lettersEnd } from './chars';
import { currencyAt, type CurrencyMark } from './currencies';
import { readLiteral, type NumberToken } from './numberLiteral';
import { readWordNumber } from './numberWords';
import { readPercent } from './percent';
import { readScale, type Scale } from './scales';

export interface Side {
  /** Start of the side's wording: its currency or sign, else its number. */
  start: number;
  num: NumberToken;
  currency?: CurrencyMark;
  negative: boolean;
  scale?: Scale;
  percent: boolean;
  /** `100+`, `100-plus`. */
  plus: boolean;
  /** `50-odd`. */
  odd: boolean;
  end: number;
}

export function newSide(start: number, num: NumberToken, currency?: CurrencyMark, negative = false): Side {
  return { start, num, currency, negative, percent: false, plus: false, odd: false, end: num.end };
}

/** Reads the scale, percent mark and `+` after the side's number; one-letter scales only after a currency. */
export function readSideTail(text: string, side: Side, end: number, money: boolean): void {
  let p = side.num.end;
  const scale = readScale(text, p, end, money);
  if (scale && (!scale.single || money)) {
    side.scale = scale;
    p = scale.end;
  }
  if (!money) {
    const percent = readPercent(text, p, end);
    if (percent) {
      side.percent = true;
      p = percent.end;
    }
  }
  const c = text.charCodeAt(p);
  if (p < end && c === 43 && boundaryAt(text, p + 1, end) && text.charCodeAt(p + 1) !== 47) {
    side.plus = true; // 100+, but not +/-
    p++;
  } else if (p + 1 < end && c === 45) {
    const j = lettersEnd(text, p + 1, end);
    const word = boundaryAt(text, j, end) ? text.slice(p + 1, j).toLowerCase() : '';
    if (word === 'plus') side.plus = true;
    else if (word === 'odd') side.odd = true;
    if (side.plus || side.odd) p = j;
  }
  side.end = p;
}

export type RangeVia = 'dash' | 'to' | 'and' | 'or';

/** The separator of a range after `pos`: `-`, `–`, ` - `, ` to `, ` and `. */
export function readRangeSep(text: string, pos: number, end: number): { via: RangeVia; end: number } | undefined {
  if (pos + 1 >= end) return undefined;
  // Glued to both numbers, any range dash (`85—90%`); spaced (below), an em dash is a break
  // in the sentence, and only a hyphen or en dash joins.
  if (isRangeDash(text.charCodeAt(pos))) {
    const n = text.charCodeAt(pos + 1);
    return isDigit(n) || currencyAt(text, pos + 1, end) ? { via: 'dash', end: pos + 1 } : undefined;
  }
  const g = gapAfter(text, pos, end, false);
  if (g < 0) return undefined;
  if (isDash(text.charCodeAt(g))) {
    const g2 = gapAfter(text, g + 1, end, false);
    return g2 > 0 ? { via: 'dash', end: g2 } : undefined;
  }
  const l = text.charCodeAt(g) | 32;
  if (l !== 116 && l !== 97 && l !== 111) return undefined; // t a o
  const run = letterRun(text, g, end);
  const j = run.end;
  const word = run.lower;
  if (word !== 'to' && word !== 'and' && word !== 'or') return undefined;
  const g2 = gapAfter(text, j, end);
  return g2 > 0 ? { via: word, end: g2 } : undefined;
}

/** The second side of a range at `pos`, or 'chain' when the digits go on (`555-123-4567`). */
export function readSecondSide(text: string, pos: number, end: number, first: Side, floor: number): Side | 'chain' | undefined {
  const currency = currencyAt(text, pos, end);
  const q = currency ? currency.end : pos;
  let num: NumberToken;
  if (first.num.word) {
    const w = readWordNumber(text, q, end, floor);
    if (!w || w.token.start !== q) return undefined;
    num = w.token;
  } else {
    if (q >= end || !isDigit(text.charCodeAt(q))) return undefined;
    const lit = readLiteral(text, q, end);
    if (!lit.ok) return 'chain';
    num = lit.token;
    const c = text.charCodeAt(num.end);
    if (num.end + 1 < end && (c === 58 || c === 46 || c === 47 || isDash(c)) && isDigit(text.charCodeAt(num.end + 1))) return 'chain';
  }
  const side = newSide(currency ? currency.start : q, num, currency);
  readSideTail(text, side, end, first.currency !== undefined || currency !== undefined);
  return side;
}
