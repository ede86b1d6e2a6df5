// Decides what a parsed number (or range) is, from what follows it, and builds the Figure:
// kind, unit, value in the base unit, precision, qualifier and the span of its wording.

import { boundaryAt, gapBefore, isDash, isDigit, lettersStart } from './chars';
import { changeEndOf } from './change';
import { readCompoundNoun, readCountNoun } from './countNoun';
import { currencyAfter, currencyJoined, hundredthsAfter } from './currencies';
import { commaThousandsNear, isYearCue } from './cues';
import { dateBefore, isoDateAfter } from './dates';
import { decimalValue, tokenValue, type NumberToken } from './numberLiteral';
import { NUMBER_WORDS } from './numberWords';
import { negatedBefore, qualifierAfter, qualifierBefore, WordsBefore } from './qualifiers';
import { perAfter } from './rates';
import { readScale, type Scale } from './scales';
import type { RangeVia, Side } from './sides';
import type { Figure, FigureKind, Qualifier } from './types';
import { nanometresOrMiles, readUnit, type UnitDef } from './units';
import { charAt, type Window } from './window';

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

export interface BuildContext {
  window: Window;
  /** The words before the first number. */
  before: WordsBefore;
  /** `mid-2025`: a year or nothing. */
  yearPrefixed: boolean;
  /** A plain `one`: never a count on its own. */
  alone: boolean;
}

type Tail =
  | { kind: 'money'; code: string; end: number; scale?: Scale }
  | { kind: 'quantity'; unit: UnitDef; end: number; scale?: Scale }
  | { kind: 'count'; unit: string; end: number; scale?: Scale; head?: number };

function readKind(text: string, pos: number, end: number): Tail | undefined {
  const currency = currencyAfter(text, pos, end) ?? currencyJoined(text, pos, end);
  if (currency) return { kind: 'money', code: currency.code, end: currency.end };
  const hundredths = hundredthsAfter(text, pos, end);
  if (hundredths) return { kind: 'money', code: hundredths.code, end: hundredths.end, scale: { exp: -2, start: pos, end: hundredths.end, single: false } };
  const unit = readUnit(text, pos, end);
  if (unit) return { kind: 'quantity', unit, end: unit.end };
  const noun = readCompoundNoun(text, pos, end) ?? readCountNoun(text, pos, end);
  return noun ? { kind: 'count', unit: noun.unit, end: noun.end, head: noun.head } : undefined;
}

/** What follows the number(s): a currency word after money, else a currency, unit or noun. */
function readTail(text: string, pos: number, end: number, money: boolean, hasScale: boolean): Tail | undefined {
  if (money) {
    const currency = currencyAfter(text, pos, end);
    return currency ? { kind: 'money', code: currency.code, end: currency.end } : undefined;
  }
  if (!hasScale) {
    // A glued one-letter scale is a scale only before a unit or noun (`5m barrels`, `3m people`), else `5m` is metres.
    const scale = readScale(text, pos, end, false);
    if (scale?.single && scale.start === pos) {
      const t = readKind(text, scale.end, end);
      if (t) return { ...t, scale };
    }
  }
  return readKind(text, pos, end);
}

export function isYearNumber(num: NumberToken): boolean {
  if (num.word || num.grouped || num.decimal || num.intDigits !== 4) return false;
  const v = tokenValue(num);
  return v >= YEAR_MIN && v <= YEAR_MAX;
}

/** Percentages are written to the unit: the zero of `60%` or `100%` is significant. */
function precExpOf(num: NumberToken, kind: FigureKind, unit: string): number {
  // A share's or a rate's whole number is exact to the unit: `20%`, `cut by 200 basis points`
  // (rates move in steps of 25; `200` is not a rounded 175).
  return (kind === 'percent' || unit === 'bp') && !num.decimal ? 0 : num.precExp;
}

function makeFigure(
  text: string, kind: FigureKind, start: number, end: number, qualifier: Qualifier, unit: string,
  low: number, high: number, precision: number, month?: number,
): Figure {
  const f: Figure = { kind, span: { start, end }, text: text.slice(start, end), qualifier, unit, low, high, precision };
  if (month !== undefined) f.month = month;
  return f;
}

/** `2024-25`, `2024/25` and `2025-04-03` right after a year: a year range, or a year with its month. */
export function buildYearTail(w: Window, num: NumberToken): Figure | undefined {
  const { text, end } = w;
  const y1 = tokenValue(num);
  const iso = isoDateAfter(text, num.end, end);
  if (iso) return makeFigure(text, 'year', num.start, iso.end, 'exact', 'year', y1, y1, 1, iso.month);
  const sep = charAt(w, num.end);
  if (!(isDash(sep) || sep === 47) || !isDigit(charAt(w, num.end + 1)) || !isDigit(charAt(w, num.end + 2))) return undefined;
  const e = num.end + 3;
  const after = charAt(w, e);
  if (!boundaryAt(text, e, end) || after === 37 || ((after === 46 || after === 58 || after === 47 || isDash(after)) && isDigit(charAt(w, e + 1)))) {
    return undefined;
  }
  let y2 = Math.floor(y1 / 100) * 100 + Number(text.slice(num.end + 1, e));
  if (y2 <= y1) y2 += 100;
  return y2 <= YEAR_MAX ? makeFigure(text, 'year', num.start, e, 'range', 'year', y1, y2, 1) : undefined;
}

function rangeWordStart(before: WordsBefore, via: RangeVia | undefined): number | undefined {
  const first = before.at(0);
  if (via === 'and' || (via === 'to' && first?.lower === 'from')) return first?.start;
  return undefined;
}

function buildYear(ctx: BuildContext, side1: Side, side2: Side | undefined, via: RangeVia | undefined): Figure | undefined {
  const { text, floor } = ctx.window;
  const y1 = tokenValue(side1.num);
  const y2 = side2 ? tokenValue(side2.num) : y1;
  if (y2 < y1 || (side2 && y2 === y1)) return undefined;
  let start = side1.start;
  let month: number | undefined;
  const date = side2 ? undefined : dateBefore(text, side1.start, floor);
  if (date) {
    start = date.start;
    month = date.month;
  }
  const tokens = date ? new WordsBefore(text, start, floor) : ctx.before;
  let qualifier: Qualifier = side2 ? 'range' : 'exact';
  const rangeStart = side2 ? rangeWordStart(tokens, via) : undefined;
  if (rangeStart !== undefined) start = rangeStart;
  else {
    const q = qualifierBefore(tokens);
    // `0.6% below 2019`, `12 per cent above 2019`: a base year after an amount, no bound.
    const baseYear = q !== undefined && !side2 && /(?:%|per ?cent|percent|points?)\s*$/i.test(text.slice(Math.max(0, q.start - 12), q.start));
    // `averaged $301/t over 2024`, `fell 4% over 2023`: the time the amount before is of. A
    // round `over 2000` stays an amount.
    const overYear = q?.phrase === 'over' && !side2 && y1 % 100 !== 0;
    if (q && q.phrase !== 'some' && !baseYear && !overYear) {
      if (q.qualifier === 'approximate') {
        qualifier = 'approximate';
        start = q.start;
      } else if (!side2) return undefined; // `over 2000`: a bare number, not a year; `over 2020-2025` is a period
    }
  }
  const year = makeFigure(text, 'year', start, (side2 ?? side1).num.end, qualifier, 'year', y1, y2, 1, month);
  if (!side2 && SINCE_BEFORE.test(text.slice(Math.max(0, start - 48), start))) year.since = true;
  if (!side2 && UNTIL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) year.until = true;
  if (!side2 && month !== undefined && YEAR_TO_BEFORE.test(text.slice(Math.max(0, start - 32), start))) year.yearTo = true;
  return year;
}

/** `the year to` or `the year ending` before a month and its year (`in the year to June 2025`). */
const YEAR_TO_BEFORE = /\b(?:year|12 months|twelve months)\s+(?:to|ended|ending(?:\s+in)?)\s+(?:end-)?$/i;

/** A deficit named a few words before an amount (`the fiscal deficit narrowed to 3.6%`, `a
 * current-account gap of $20.8 billion`, `net outflows of $3bn`), or right after it (`a 3.6%
 * deficit`, `a $20bn trade deficit`, `a $1.2bn loss`): the size of a balance below zero. */
const DEFICIT_BEFORE = /\b(?:deficits?|shortfalls?|gaps?|loss(?:es)?|outflows?)\b(?:\s+[\w'’-]+){0,5}\s*$/i;
const DEFICIT_AFTER = /^\s*(?:of\s+GDP\s+)?(?:(?:budget|fiscal|primary|current[- ]account|trade|financing|net)\s+)?(?:deficit|shortfall|gap|loss|outflow)s?\b/i;

/** `since` before a year, or `since records began in`. */
const SINCE_BEFORE = /\bsince\s+(?:(?:records?|data|comparable records)\s+(?:began|started|were first kept)\s+in\s+)?$/i;

/** `until`, `till` or `through` before a year (`until 2030`, `through end-2027`). */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:(?:the\s+)?end(?:\s+of)?\s+|end-)?$/i;

/** Nouns a year says which of (`2005 levels`, `the 1990 baseline`): a year, no count. */
const YEAR_NOUNS = new Set(['level', 'baseline']);

/** A year-like number whose noun comes after words of its own (`a draft 2026 budget sets
 * aside`, `the 2025 decree raises`, `2024 consumer prices`) names a year of those words: a
 * count says how many before any noun (`2,000 new jobs`), unless a qualifier says it is one
 * (`about 2000 new jobs`). */
function attributiveYear(ctx: BuildContext, tail: { head?: number }, numberEnd: number): boolean {
  return tail.head !== undefined && tail.head > numberEnd + 1 && qualifierBefore(ctx.before) === undefined;
}

/** A year-like number with no comma, where the text writes its thousands with one nearby
 * (`the first batch of 2025 quotas at 58,000 tonnes`): the writer's count would be `2,025`.
 * Unless a qualifier says it is one (`about 2000 new jobs`). */
const writtenAsYear = (ctx: BuildContext, text: string, start: number): boolean => qualifierBefore(ctx.before) === undefined && commaThousandsNear(text, start);

/** Weeks or months back, right after a figure (`$4.90 a month earlier`, `the previous week`);
 * years back are `check/yearOf.ts`'s, read against the years a sentence names. Not a rate
 * before what is taken off it (`13,000 zlotys a month before tax`). */
const WEEKS_BACK = /^,?\s+(?:(?:a|one|two|three|four|six|\d+)\s+(?:weeks?|months?)\s+(?:earlier|before(?!\s+(?:tax|taxes|taxation|deductions?|interest|charges|fees|costs|bonus(?:es)?|overtime)\b)|ago)|the\s+(?:previous|prior|preceding)\s+(?:week|month))\b/i;

/** Spans of time counted in years, or weeks in days: their unit and how many of it. */
const COUNTED_IN = new Map<string, [unit: string, times: number]>([
  ['decade', ['year', 10]],
  ['century', ['year', 100]],
  // `a 48-month arrangement` is `a four-year programme`.
  ['month', ['year', 1 / 12]],
  // `three to four weeks` is `21 to 28 days`.
  ['week', ['day', 7]],
]);

/** A number and `-year` or `-month` before a bond, its yield or its kind: a tenor. */
const TENOR = /^\d+-(?:year|month)\s+(?:(?:US|U\.S\.|German|Japanese|government|Treasury|JGB|benchmark|sovereign|note|bond)\s+){0,2}(?:yields?|bonds?|notes?|bills?|bunds?|gilts?|JGBs?|Treasur(?:y|ies)|paper|securities|swaps?|rates?|tenors?|maturit(?:y|ies)|auctions?)\b/i;

/** Count nouns that measure time. */
const DURATIONS = new Set(['year', 'decade', 'month', 'week', 'day', 'hour', 'quarter', 'century']);

/** Whether the qualifier at `start` is `over` right after the figure before it (the window's
 * floor): `$125 billion over two decades`. */
function overAfterAmount(ctx: BuildContext, start: number): boolean {
  const { text, floor } = ctx.window;
  if (floor <= ctx.window.start || text.slice(start, start + 4).toLowerCase() !== 'over') return false;
  for (let i = floor; i < start; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** Words before `over` and a stretch of time that make it a length, more than that time:
 * `for over a decade`, `in over 20 years`, `lasted over four years`, `aged over 65 years`. */
const LENGTH_BEFORE = new Set([
  'for', 'in', 'of', 'after', 'to', 'than', 'within', 'by', 'lasting', 'lasted', 'lasts', 'last', 'took', 'take', 'takes',
  'taking', 'spent', 'served', 'serving', 'aged', 'waited', 'ran', 'running', 'is', 'was', 'are', 'were', 'be', 'been',
]);

/** Verbs before `over` and what an amount is shared across (`spread over 92 voyages`). */
const SHARED_OVER = new Set(['spread', 'split', 'divided', 'distributed', 'scattered', 'shared', 'spanning', 'spans', 'spanned']);

/** Whether the qualifier at `start` is `over` after a verb of sharing: no bound. */
function overWhatIsShared(ctx: BuildContext, start: number): boolean {
  return ctx.window.text.slice(start, start + 4).toLowerCase() === 'over' && SHARED_OVER.has(ctx.before.at(1)?.lower ?? '');
}

/** Whether the qualifier at `start` is `over` before a stretch of time that an amount or a
 * change is spread across (`spend $125 billion over two decades`, `$170 billion for border
 * enforcement over four years`), not more of that time: right after the figure before it,
 * or after any word but one that makes a length (`LENGTH_BEFORE`), with no `ago` or `old`
 * after it (`over four years ago`). */
function overASpan(ctx: BuildContext, start: number, figureEnd: number): boolean {
  if (ctx.window.text.slice(start, start + 4).toLowerCase() !== 'over') return false;
  if (overAfterAmount(ctx, start)) return true;
  const before = ctx.before.at(1);
  if (!before || LENGTH_BEFORE.has(before.lower)) return false;
  return !/^\s+(?:ago|old)\b/i.test(ctx.window.text.slice(figureEnd, figureEnd + 6));
}

/** Words before a small number in words that point back at things already named: `the two
 * metals`, `these three firms` count nothing a source states (`the 27 member states`, in
 * digits, still does, and so does the whole of a part, `three of the five mines`). */
const POINTING_BACK = new Set(['the', 'these', 'those']);

function pointsBack(ctx: BuildContext, side1: Side, side2: Side | undefined, scale: Scale | undefined): boolean {
  if (!side1.num.word || side2 || scale || side1.num.value > 10 || !POINTING_BACK.has(ctx.before.at(0)?.lower ?? '')) return false;
  // `three of the five mines`, `3 of the five mines`: a part stands before it (read past the
  // floor, which the part, the figure before, sets; never out of the window).
  const of = ctx.before.at(1);
  if (of?.lower !== 'of') return true;
  const { text, start } = ctx.window;
  const g = gapBefore(text, of.start, start);
  if (g <= start) return true;
  if (isDigit(text.charCodeAt(g - 1))) return false;
  return !NUMBER_WORDS.includes(text.slice(lettersStart(text, g, start), g).toLowerCase());
}

/** `per 100,000 people`, `per million inhabitants`, `per capita`, `a head`. */
const RATE_BASE = /^\s+(?:per|a)\s+(\d{1,3}(?:,\d{3})+|\d+|thousand|million|capita|head|person)(?:\s+(?:people|persons|inhabitants|residents|population|live births|births|adults|children|workers))?(?![\w-])/i;

function rateBase(base: string): string {
  const lower = base.toLowerCase();
  if (lower === 'thousand') return '1000';
  if (lower === 'million') return '1000000';
  if (lower === 'capita' || lower === 'head' || lower === 'person') return '1';
  return lower.replace(/,/g, '');
}

export function buildFigure(ctx: BuildContext, side1: Side, side2: Side | undefined, via: RangeVia | undefined): Figure | undefined {
  const { text, end } = ctx.window;
  const last = side2 ?? side1;
  const code = side1.currency?.code ?? side2?.currency?.code;
  const percent = side1.percent || side2?.percent === true;
  const hasScale = side1.scale !== undefined || side2?.scale !== undefined;
  let tail: Tail | undefined;
  // `17 or more countries`: the qualifier stands between the number and its noun.
  let inner = side2 || percent ? undefined : qualifierAfter(text, last.end, end);
  if (inner) {
    tail = readTail(text, inner.end, end, code !== undefined, hasScale);
    if (!tail || tail.kind === 'money') inner = tail = undefined;
  }
  if (!percent && !inner) tail = readTail(text, last.end, end, code !== undefined, hasScale);
  // A year before a currency's name in the singular names bonds of that year (`Egypt's 2031
  // dollar bonds`), no sum.
  if (tail?.kind === 'money' && code === undefined && !side2 && !hasScale && isYearNumber(side1.num) && !/s$/i.test(text.slice(last.end, tail.end))) tail = undefined;

  const scale1 = side1.scale ?? side2?.scale ?? tail?.scale;
  const scale2 = side2?.scale ?? tail?.scale;
  const yearish = isYearNumber(side1.num) && (!side2 || isYearNumber(side2.num)) && !scale1 && !side1.negative &&
    !side1.plus && !side1.odd && code === undefined && !percent;
  let kind: FigureKind;
  let unit: string;
  let exp = 0;
  let mult = 1;
  if (code !== undefined || tail?.kind === 'money') {
    if (percent) return undefined;
    kind = 'money';
    unit = code ?? (tail?.kind === 'money' ? tail.code : '');
  } else if (percent) {
    kind = 'percent';
    unit = '%';
  } else if (tail?.kind === 'quantity') {
    kind = 'quantity';
    // `about 5,800 nm` is nautical miles, `3nm` nanometres.
    const measure = nanometresOrMiles(tail.unit, tokenValue(side1.num) * 10 ** (scale1?.exp ?? 0));
    unit = measure.unit;
    exp = measure.exp;
    mult = measure.mult;
  } else if (tail?.kind === 'count' && !(yearish && (ctx.yearPrefixed || side2 !== undefined || isYearCue(text, ctx.before) || YEAR_NOUNS.has(tail.unit) || attributiveYear(ctx, tail, last.end) || writtenAsYear(ctx, text, side1.start)))) {
    // (Two years make a period, whatever follows: `Between 2013 and 2021 Chinese loans`.)
    if ((ctx.alone && !scale1 && !side2) || side1.negative) return undefined;
    if (pointsBack(ctx, side1, side2, scale1)) {
      ctx.window.pointingBack?.push(side1.start);
      return undefined;
    }
    // The base of a rate is no count of its own (`46.9 per 100,000 residents`).
    if (/\bper\s+$/i.test(text.slice(Math.max(0, side1.start - 5), side1.start))) return undefined;
    // A bond's tenor names the bond, no stretch of time (`the 10-year yield`, `30-year JGBs`).
    if (!side2 && (tail.unit === 'year' || tail.unit === 'month') && TENOR.test(text.slice(side1.start, Math.min(end, side1.start + 60)))) return undefined;
    kind = 'count';
    unit = tail.unit;
    // A count per so many people is a rate, no count (`46.9 deaths per 100,000 people`).
    const rate = RATE_BASE.exec(text.slice(tail.end, Math.min(end, tail.end + 48)));
    if (rate) {
      unit = `${unit} per ${rateBase(rate[1])}`;
      tail = { ...tail, end: tail.end + rate[0].length };
    }
    // Decades and centuries are counted in years: `nearly three decades` is `almost 30 years`.
    const counted = COUNTED_IN.get(unit);
    if (counted !== undefined) [unit, mult] = counted;
  } else if (yearish) {
    return buildYear(ctx, side1, side2, via);
  } else return undefined;
  if (ctx.yearPrefixed) return undefined;

  const e1 = (scale1?.exp ?? 0) + exp;
  let low = decimalValue(side1.num.mant, side1.num.exp + e1) * mult;
  let precision = decimalValue('1', precExpOf(side1.num, kind, unit) + e1) * mult;
  if (side1.negative) low = -low;
  let high = low;
  if (side2) {
    const e2 = (scale2?.exp ?? 0) + exp;
    high = decimalValue(side2.num.mant, side2.num.exp + e2) * mult;
    precision = Math.min(precision, decimalValue('1', precExpOf(side2.num, kind, unit) + e2) * mult);
    if (!(low < high)) return undefined;
  }
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(precision > 0)) return undefined;

  let start = side1.start;
  let qualifier: Qualifier = side2 ? 'range' : 'exact';
  const rangeStart = side2 ? rangeWordStart(ctx.before, via) : undefined;
  if (rangeStart !== undefined) start = rangeStart;
  else {
    const q = qualifierBefore(ctx.before);
    // `spend $125 billion over two decades`: a span of time, not more of it (`overASpan`).
    // `spread over 92 voyages`: what an amount is shared across, not more of it.
    if (q && !(kind === 'count' && DURATIONS.has(unit) && overASpan(ctx, q.start, Math.max(last.end, tail?.end ?? 0))) && !overWhatIsShared(ctx, q.start)) {
      qualifier = q.qualifier;
      start = q.start;
      // `No single country should supply more than 65%`: a limit, as `no more than 65%` is.
      if ((qualifier === 'more-than' || qualifier === 'at-least' || qualifier === 'less-than') && negatedBefore(text, q.start, ctx.window.floor)) {
        qualifier = qualifier === 'less-than' ? 'at-least' : 'at-most';
      }
    }
  }
  // `an estimated US$25 billion-plus`: the plus says more than the estimate's word.
  if ((qualifier === 'exact' || qualifier === 'approximate') && side1.plus) qualifier = 'more-than';
  if (qualifier === 'exact' && side1.odd) qualifier = 'approximate';
  if (qualifier === 'exact' && inner) qualifier = inner.qualifier;
  let figEnd = Math.max(last.end, tail?.end ?? 0);
  if (qualifier === 'exact') {
    const trailing = qualifierAfter(text, figEnd, end);
    if (trailing) {
      qualifier = trailing.qualifier;
      figEnd = trailing.end;
    }
  }
  const f = makeFigure(text, kind, start, figEnd, qualifier, unit, low, high, precision);
  const changeEnd = changeEndOf(text, start);
  if (changeEnd) f.end = changeEnd;
  const rate = perAfter(kind, text, figEnd, end, f.text);
  if (rate) f.per = rate.words;
  if (WEEKS_BACK.test(text.slice(rate?.end ?? figEnd, Math.min(end, (rate?.end ?? figEnd) + 40)))) f.earlier = true;
  if ((kind === 'money' || kind === 'percent') && (DEFICIT_BEFORE.test(text.slice(Math.max(ctx.window.floor, start - 60), start)) || DEFICIT_AFTER.test(text.slice(figEnd, Math.min(end, figEnd + 40))))) {
    f.deficit = true;
  }
  // `1.6 million UK fixed-rate mortgages`: the words before the noun say what is counted.
  if (kind === 'count' && tail?.kind === 'count' && tail.head !== undefined && tail.head > last.end + 1) {
    f.modifiers = { start: last.end - start, end: tail.head - start };
  }
  return f;
}
