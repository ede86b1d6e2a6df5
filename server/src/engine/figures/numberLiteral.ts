// A number as written: digits with thousands separators and a decimal point, or number words.
// Values are kept as decimal digits and a power of ten so that scaling (`1.2 trillion`,
// `14 nm`) is exact: Number('12e11'), never 1.2 * 1e12.

import { isDigit } from './chars';

export interface NumberToken {
  start: number;
  end: number;
  /** Digits as written, without separators or point (`1,200.5` → `12005`). */
  mant: string;
  /** Power of ten of the last digit of `mant`. */
  exp: number;
  /** Power of ten of the precision step: the last significant digit. */
  precExp: number;
  /** The value as written, without scale. */
  value: number;
  /** Digits before the point, or 0 for number words. */
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  word: boolean;
}

/** Longest number read; longer runs of digits are identifiers, not figures. */
const MAX_DIGITS = 18;

/** Trailing zeros of an integer of three digits or more count as not significant, up to the
 * thousands (`600` → 100, `60,000` → 1000); in `80` or `20` they are significant. */
const MAX_TRAILING_ZEROS = 3;

export function trailingZeroExp(digits: string): number {
  let n = 0;
  if (digits.length < 3) return 0;
  for (let k = digits.length - 1; k > 0 && digits.charCodeAt(k) === 48 && n < MAX_TRAILING_ZEROS; k--) n++;
  return n;
}

/** `1,200`; `45 000` as SI style and European sources write it, with a no-break, narrow
 * no-break or thin space (what scraped pages hold), or a plain space. */
const GROUP_SEPARATORS = new Set([44, 0xa0, 0x202f, 0x2009, 32]);

function isGroupAt(text: string, j: number, end: number, separator: number): boolean {
  return (
    j + 3 < end &&
    text.charCodeAt(j) === separator &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3)) &&
    !(j + 4 < end && isDigit(text.charCodeAt(j + 4)))
  );
}

/** Whether no other number stands a space away from text[start, end): a plain space also
 * separates numbers side by side (a table row flattened to `2019 150 200`). */
function standsAlone(text: string, start: number, end: number, limit: number): boolean {
  const before = start >= 2 && text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2));
  const after = end + 1 < limit && text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1));
  return !before && !after;
}

/**
 * A year that ends a sentence with a footnote's number glued to its full stop, as text taken
 * from a PDF keeps a superscript (`in 2010.17 The European`): the year, not 2010.17. Only
 * a year, and only before a capital: `2.17 The` is no prose anyone writes.
 */
export function footnoteAfterYear(text: string, start: number, dot: number, end: number): boolean {
  if (dot - start !== 4) return false;
  const year = Number(text.slice(start, dot));
  if (year < 1900 || year > 2100) return false;
  let k = dot + 1;
  while (k < end && k - dot <= 3 && isDigit(text.charCodeAt(k))) k++;
  if (k - dot > 3 || k >= end || !isBlankOrBreak(text.charCodeAt(k))) return false;
  while (k < end && isBlankOrBreak(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c >= 65 && c <= 90;
}

const isBlankOrBreak = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** A fraction's sign glued to a whole number, as its decimal digits (thirds have none exact). */
const VULGAR_FRACTIONS = new Map([
  ['½', '5'], ['¼', '25'], ['¾', '75'], ['⅛', '125'], ['⅜', '375'], ['⅝', '625'], ['⅞', '875'], ['⅕', '2'], ['⅖', '4'], ['⅗', '6'], ['⅘', '8'],
]);

export type LiteralResult = { ok: true; token: NumberToken } | { ok: false; end: number };

/** Reads the digits at `i`. Not ok (with how far the digits go) for leading zeros and runaway digits. */
/** Lakh grouping, as Indian reports write: at least one group of two before the last three. */
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])/;

export function readLiteral(text: string, i: number, end: number): LiteralResult {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  let digits = text.slice(i, j);
  let grouped = false;
  // Indian grouping (`4,76,530`, `1,55,335`, `12,34,56,789`): groups of two, then one of three.
  const indian = j - i <= 2 ? INDIAN.exec(text.slice(i, Math.min(end, i + 24))) : null;
  if (indian) {
    digits = indian[0].replace(/,/g, '');
    j = i + indian[0].length;
    grouped = true;
  } else if (j - i <= 3) {
    // Thousands groups: a separator and exactly three digits, the same separator throughout.
    const separator = text.charCodeAt(j);
    let k = j;
    while (GROUP_SEPARATORS.has(separator) && isGroupAt(text, k, end, separator)) k += 4;
    if (k > j && (separator !== 32 || standsAlone(text, i, k, end))) {
      for (; j < k; j += 4) digits += text.slice(j + 1, j + 4);
      grouped = true;
    }
  }
  let frac = '';
  if (j + 1 < end && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)) && !footnoteAfterYear(text, i, j, end)) {
    let k = j + 1;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    frac = text.slice(j + 1, k);
    j = k;
  } else if (j < end && VULGAR_FRACTIONS.has(text[j])) {
    // `2½%`, `£1¾bn`, as British papers set them.
    frac = VULGAR_FRACTIONS.get(text[j])!;
    j++;
  }
  if ((digits.length > 1 && digits.charCodeAt(0) === 48) || digits.length + frac.length > MAX_DIGITS) {
    return { ok: false, end: j };
  }
  return {
    ok: true,
    token: {
      start: i,
      end: j,
      mant: digits + frac,
      exp: -frac.length,
      value: frac.length === 0 && digits.length < 16 ? integerValue(digits) : decimalValue(digits + frac, -frac.length),
      precExp: frac.length > 0 ? -frac.length : trailingZeroExp(digits),
      intDigits: digits.length,
      grouped,
      decimal: frac.length > 0,
      word: false,
    },
  };
}

/** A number token for a number given by words (`seven`, `a dozen`, `two hundred`, `half a`
 * million, `one and a half` billion): a fraction's digits count to its last decimal. */
export function wordToken(start: number, end: number, value: number): NumberToken {
  const [whole, frac = ''] = String(value).split('.');
  const digits = (whole === '0' && frac ? '' : whole) + frac;
  const precExp = frac ? -frac.length : trailingZeroExp(digits);
  return { start, end, mant: digits, exp: -frac.length, value, precExp, intDigits: 0, grouped: false, decimal: false, word: true };
}

/** Powers of ten that are exact doubles. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The value of `mant × 10^exp`, correctly rounded (`1.2` trillion is 1.2e12, never
 * 1.2 * 1e12 = 1200000000000.0002). A product or quotient of two exact doubles is correctly
 * rounded too, so small cases skip the parse of a string.
 */
export function decimalValue(mant: string, exp: number): number {
  if (mant.length <= 15 && exp >= -22 && exp <= 22) {
    const m = integerValue(mant);
    return exp >= 0 ? m * EXACT_POWERS[exp] : m / EXACT_POWERS[-exp];
  }
  return Number(`${mant}e${exp}`);
}

function integerValue(digits: string): number {
  let v = 0;
  for (let k = 0; k < digits.length; k++) v = v * 10 + (digits.charCodeAt(k) - 48);
  return v;
}

/** The value of a token without scale, for year and range checks. */
export function tokenValue(t: NumberToken): number {
  return t.value;
}
