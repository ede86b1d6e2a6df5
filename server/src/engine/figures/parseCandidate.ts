// Parses the figure around one candidate (digits or a number word): what stands before it
// (currency, sign, qualifier, label), the number or range, and what follows (scale, `%`,
// currency, unit, noun). Returns the figure, or nothing, and where scanning goes on.

import { readPartitive } from './countNoun';
import { gapAfter, isAcronym, isBlank, isDash, isDigit, isLetter, isNewline, isRangeDash, letterRun, lettersEnd, lettersStart, tokenEnd } from './chars';
import { currencyBefore, type CurrencyMark } from './currencies';
import { isChange, isLabel, YEAR_PREFIXES } from './cues';
import { fractionWordAfter, isFractionWord, readFraction } from './fraction';
import { footnoteAfterYear, readLiteral, type NumberToken } from './numberLiteral';
import { readWordNumber } from './numberWords';
import { readPercent } from './percent';
import { WordsBefore } from './qualifiers';
import { readRatio } from './ratio';
import { readScale } from './scales';
import { newSide, readRangeSep, readSecondSide, readSideTail, type RangeVia, type Side } from './sides';
import { buildFigure, buildYearTail, isYearNumber } from './buildFigure';
import { isDegreeSign, readUnit } from './units';
import type { Figure } from './types';
import { charAt, type Window } from './window';

export interface Parsed {
  figure?: Figure;
  /** Where scanning resumes: after the figure, or after the number that made none. */
  next: number;
}

/** Characters that make the digits after them part of something else (`§2`, `#3`, `x_1`, `a/2`, `%26`, `=5`). */
const BLOCKING_PREFIXES = new Set([0xa7, 35, 95, 47, 92, 64, 38, 94, 46, 44, 58, 0xb6, 37, 61]); // § # _ / \ @ & ^ . , : ¶ % =

/** A list marker (`1.` or `1)` first on its line); the caller passes Markdown markers as excluded spans. */
function isListMarker(w: Window, num: NumberToken): boolean {
  const c = charAt(w, num.end);
  if ((c !== 46 && c !== 41) || num.intDigits > 3 || num.decimal || num.grouped) return false;
  const n = charAt(w, num.end + 1);
  if (!(isBlank(n) || isNewline(n) || Number.isNaN(n))) return false;
  let k = num.start;
  while (k > 0 && num.start - k < 8 && isBlank(w.text.charCodeAt(k - 1))) k--;
  return k === 0 || isNewline(w.text.charCodeAt(k - 1));
}

/** Letters glued to digits must be a scale, unit or percent (`12bn`, `14nm`); else an identifier (`4th`, `5G`). */
function gluedLettersOk(w: Window, num: NumberToken): boolean {
  if (!isLetter(charAt(w, num.end))) return true;
  return readScale(w.text, num.end, w.end, true) !== undefined || readUnit(w.text, num.end, w.end) !== undefined ||
    readPercent(w.text, num.end, w.end) !== undefined;
}

/** `minus` before a number: its sign. */
const MINUS_BEFORE = /\bminus\s+$/i;

/** Letters glued to a season: a fiscal or marketing year (`FY2024/25`, `MY2023/24`). */
const GLUED_YEAR_PREFIXES = new Set(['FY', 'MY']);

export function parseDigitsAt(w: Window, i: number): Parsed {
  const { text, end, floor } = w;
  const skip = (): Parsed => ({ next: tokenEnd(text, i, end) });
  let currency: CurrencyMark | undefined;
  let negative = false;
  let yearPrefixed = false;
  if (i > w.start) {
    currency = currencyBefore(text, i, floor);
    if (!currency) {
      const p = text.charCodeAt(i - 1);
      const pp = charAt(w, i - 2);
      // `MY2023/24`, `FY2024/25`: a marketing or fiscal year's season, its letters glued on (a
      // single year, `FY2026`, may be the year it starts or ends in: none).
      if (isLetter(p) && GLUED_YEAR_PREFIXES.has(text.slice(lettersStart(text, i, w.start), i))) yearPrefixed = true;
      else if (isLetter(p) || BLOCKING_PREFIXES.has(p)) return skip(); // A380, G7, v1.2, §2, 1,5
      if (isDash(p) || p === 0x2212) {
        if (isLetter(pp)) {
          const s = lettersStart(text, i - 1, w.start);
          if (!YEAR_PREFIXES.has(text.slice(s, i - 1).toLowerCase())) return skip(); // COVID-19, F-35
          yearPrefixed = true;
        } else if (isDigit(pp) || pp === 37 || pp === 41) return skip();
        else if ((p === 45 || p === 0x2212) && i - 1 >= floor) negative = true;
      }
    }
  }
  // `from minus 0.1 percent`: the sign in words (not `plus or minus 2%`).
  let signStart = negative ? i - 1 : i;
  if (!currency && !negative && i > floor) {
    const minus = MINUS_BEFORE.exec(text.slice(Math.max(floor, i - 16), i));
    if (minus && !/plus\s+or\s+$/i.test(text.slice(Math.max(floor, i - 32), i - minus[0].length))) {
      negative = true;
      signStart = i - minus[0].length;
    }
  }
  const lit = readLiteral(text, i, end);
  if (!lit.ok) return skip();
  const num = lit.token;
  const c = charAt(w, num.end);
  const start = currency ? currency.start : signStart;
  if (!currency && !negative && isYearNumber(num)) {
    const year = buildYearTail(w, num);
    if (year) return { figure: year, next: year.span.end };
  }
  if (yearPrefixed && isLetter(text.charCodeAt(i - 1))) return skip();
  if ((c === 58 || c === 46 || c === 47) && isDigit(charAt(w, num.end + 1)) && !footnoteAfterYear(text, num.start, num.end, end)) return skip(); // 10:30, 1.2.3, 3/4
  if (isListMarker(w, num) || !gluedLettersOk(w, num)) return skip();
  const side1 = newSide(start, num, currency, negative);
  readSideTail(text, side1, end, currency !== undefined);
  return continueFrom(w, side1, i, yearPrefixed, false);
}

export function parseWordAt(w: Window, i: number): Parsed {
  const { text, end, floor } = w;
  const wordEnd = lettersEnd(text, i, end);
  if (isFractionWord(text, i, end)) {
    const share = readFraction(w, i);
    return share ? { figure: share, next: share.span.end } : { next: wordEnd };
  }
  if (i - 1 > w.start && isDash(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i - 2))) return { next: wordEnd };
  const wn = readWordNumber(text, i, end, floor);
  if (!wn) return { next: wordEnd };
  // `two-thirds`, `three quarters`: a share, read from the fraction word, numerator and all
  // (but `two third-party suppliers` is a count).
  const fraction = wn.token.end === wordEnd ? fractionWordAfter(text, wordEnd, end) : -1;
  const share = fraction >= 0 ? readFraction(w, fraction) : undefined;
  if (share) return { figure: share, next: share.span.end };
  const side1 = newSide(wn.token.start, wn.token);
  readSideTail(text, side1, end, false);
  return continueFrom(w, side1, i, false, wn.alone);
}

/** Common function words: a number followed by one of these has no unit, noun or range. */
const DEAD_ENDS = new Set([
  'the', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'that', 'which', 'this', 'it', 'its', 'as', 'a', 'an', 'but', 'not', 'will', 'would', 'can',
  'could', 'may', 'should', 'he', 'she', 'they', 'we', 'you', 'i', 'their', 'his', 'her', 'there', 'when',
  'where', 'while', 'if', 'so', 'than', 'then', 'into', 'also', 'only', 'after', 'before', 'since', 'until',
  'all', 'no', 'who', 'what', 'these', 'those', 'such', 'said', 'says',
]);

/**
 * A quick no for the commonest case, a bare number (`in 17, the`, `page 4 of`, `one of the`):
 * nothing attached, and what follows is punctuation or a function word. Years go the long way.
 */
function isBare(w: Window, side: Side): boolean {
  if (side.currency || side.scale || side.percent || side.plus || side.odd || side.end !== side.num.end) return false;
  if (!side.num.word && isYearNumber(side.num)) return false;
  const c = charAt(w, side.end);
  if (Number.isNaN(c)) return true;
  if (isLetter(c) || isRangeDash(c) || c === 37 || c === 43 || c === 47 || isDegreeSign(c)) return false;
  if (!isBlank(c) && !isNewline(c)) return true;
  const g = gapAfter(w.text, side.end, w.end);
  if (g < 0) return true;
  const d = w.text.charCodeAt(g);
  if (isDash(d) || d === 37 || d === 0xff05) return false;
  if (!isLetter(d)) return isDigit(d) || d === 46 || d === 44 || d === 59 || d === 41 || d === 58; // digits, . , ; ) :
  const run = letterRun(w.text, g, w.end);
  const next = run.lower;
  // `22 of the projects`, `three of the five mines`: a count of part of a whole, read by the noun reader.
  if (next === 'of' && readPartitive(w.text, side.end, w.end)) return false;
  // In capitals, an acronym (`14 IT parks`), no function word.
  return DEAD_ENDS.has(next) && !isAcronym(run.raw);
}

function compatible(a: Side, b: Side): boolean {
  if (b.currency && (!a.currency || a.currency.code !== b.currency.code)) return false;
  if (a.percent && !b.percent) return false;
  if (a.scale && !b.scale) return false;
  return !a.plus && !a.odd && !b.negative;
}

function rangeAllowed(via: RangeVia, before: WordsBefore, side1: Side, side2: Side): boolean {
  // A year is no end of a range of other numbers: `fell 8.5% in 2024 to 8,235,000 units`.
  if (via !== 'and' && isBareYear(side1) && !isBareYear(side2) && (side2.num.grouped || side2.scale !== undefined || side2.num.intDigits > 4)) return false;
  if (via === 'and') return before.at(0)?.lower === 'between';
  // `one or two vessels`, `5 or 6%`: a rough range, rising, of two numbers alike (not years).
  if (via === 'or') return !isBareYear(side1) && side1.num.word === side2.num.word && side2.num.value > side1.num.value;
  // `cut supply by 10 to 15%`: an amount, the first number taking the second's percent sign;
  // `cut revenue by $500 million to $700 million`: two ends alike and close, a rough amount (a
  // new level after a change is seldom within twice it: `fell by $5 billion to $70 billion`).
  if (via === 'to') return !isChange(before) || (before.at(0)?.lower === 'by' && ((!side1.percent && side2.percent) || closeAlike(side1, side2)));
  return true;
}

/** Two ends written alike (one currency, scale and percent sign), the second above the first
 * and at most twice it. */
function closeAlike(a: Side, b: Side): boolean {
  if (a.currency?.code !== b.currency?.code || a.scale?.exp !== b.scale?.exp || a.percent !== b.percent) return false;
  return b.num.value > a.num.value && b.num.value <= 2 * a.num.value;
}

/** A number that reads as a year: four digits, nothing attached. */
const isBareYear = (side: Side): boolean => !side.currency && !side.scale && !side.percent && isYearNumber(side.num);

function sectionSignBefore(w: Window, pos: number): boolean {
  let k = pos;
  while (k > w.floor && pos - k < 2 && isBlank(w.text.charCodeAt(k - 1))) k--;
  const c = charAt(w, k - 1);
  return c === 0xa7 || c === 0xb6 || c === 35; // § ¶ #
}

function continueFrom(w: Window, side1: Side, i: number, yearPrefixed: boolean, alone: boolean): Parsed {
  const { text, end, floor } = w;
  const none: Parsed = { next: Math.max(side1.num.end, i + 1) };
  // `one in four`: before the bare-number test, which stops at `in`.
  const ratio = readRatio(w, side1);
  if (ratio) return { figure: ratio, next: ratio.span.end };
  if (isBare(w, side1)) return none;
  const before = new WordsBefore(text, side1.start, floor);
  // A currency's sign before the number makes it an amount: `we model $290-350 million` is
  // no model's number.
  const signed = side1.currency !== undefined && side1.start < side1.num.start;
  if ((!signed && isLabel(before.at(0), text)) || sectionSignBefore(w, side1.start)) return none;
  let side2: Side | undefined;
  let via: RangeVia | undefined;
  const sep = side1.plus || side1.odd ? undefined : readRangeSep(text, side1.end, end);
  if (sep) {
    const s2 = readSecondSide(text, sep.end, end, side1, floor);
    if (s2 === 'chain') return { next: tokenEnd(text, side1.num.start, end) };
    if (s2 && compatible(side1, s2) && rangeAllowed(sep.via, before, side1, s2)) {
      side2 = s2;
      via = sep.via;
    }
  }
  const ctx = { window: w, before, yearPrefixed, alone };
  const figure = buildFigure(ctx, side1, side2, via) ?? (side2 ? buildFigure(ctx, side1, undefined, undefined) : undefined);
  return figure ? { figure, next: Math.max(figure.span.end, i + 1) } : none;
}
