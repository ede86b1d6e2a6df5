import { newGeneration } from './chars';
import type { Figure } from './types';
import { readUnit } from './units';

// A price is per some measure: `VND 125,000 per kg`, `$4.20 a pound`, `US$640/t`. Two prices
// per measures of one dimension compare once both are per the claim's (`VND 125 million a
// tonne` is `VND 125,000 per kg`, which was a mismatch); prices per measures of two
// dimensions (a barrel, a tonne) never do. A price with no measure written compares as it did.
// So does an amount per a time (`about 500 tonnes a month` is `about 6,000 tonnes a year`).

/** The words that make a measure a price's: `/t`, ` a tonne`, ` per kg` (a pattern's source,
 * as `check/yearOf.ts` reads a rate after an amount too). */
export const RATE_WORDS = String.raw`(?:\s*\/\s*|\s+(?:a|an|per)\s+)`;
const RATE_WORD = new RegExp(`^${RATE_WORDS}`, 'i');
/** Measures a price may be per (`units.ts`' bases): mass, volume, oil, energy, power, length,
 * area, containers. */
const MEASURES = new Set(['t', 'l', 'bbl', 'Wh', 'W', 'm', 'm2', 'TEU', 'CEU']);

/** The measure written right after a money figure ending at `at`, as written (`per kg`,
 * `a tonne`, `/t`), with where it ends. */
function rateAfter(text: string, at: number, end: number): { words: string; end: number } | undefined {
  const m = RATE_WORD.exec(text.slice(at, Math.min(end, at + 12)));
  if (!m) return undefined;
  const unit = readUnit(text, at + m[0].length, end);
  if (!unit || !MEASURES.has(unit.unit) || unit.end > end) return undefined;
  return { words: text.slice(at, unit.end).trim().replace(/\s+/g, ' '), end: unit.end };
}

/** A time an amount (a quantity or a count) is per: ` a year`, ` per month`, `/d`, ` each year`. */
const TIME_RATE = new RegExp(String.raw`^(?:${RATE_WORDS}|\s+(?:each|every)\s+)(year|yr|annum|month|week|day|d)\b`, 'i');
/** Each time in years. */
const TIMES = new Map([
  ['year', 1],
  ['yr', 1],
  ['annum', 1],
  ['month', 1 / 12],
  ['week', 7 / 365],
  ['day', 1 / 365],
  ['d', 1 / 365],
]);

/** The time written right after an amount ending at `at` (`a month`, `per year`, `/d`). */
function timeRateAfter(text: string, at: number, end: number): { words: string; end: number } | undefined {
  const m = TIME_RATE.exec(text.slice(at, Math.min(end, at + 16)));
  return m ? { words: m[0].trim().replace(/\s+/g, ' '), end: at + m[0].length } : undefined;
}

/** The other currency of an exchange rate (`per dollar`, `to the US dollar`, `per US$`). */
const OTHER_CURRENCY = String.raw`((?:per|to|against)\s+(?:(?:the|one|a)\s+)?(?:(?:U\.?S\.?\s+)?(?:dollar|euro|greenback)\b|US\$))`;
/** ... right after a figure (`¥160.2 per dollar`), or ending its text (`160.245 per dollar`,
 * read as the yen the sentence names). */
const CURRENCY_AFTER = new RegExp(String.raw`^\s+${OTHER_CURRENCY}`, 'i');
const CURRENCY_ENDING = new RegExp(String.raw`\s${OTHER_CURRENCY}$`, 'i');

/** An exchange rate: so many of one currency per another. It is no amount of money, and
 * contradicts none (`dataset.ts`' `compareClaim`). */
export const isExchangeRate = (f: Figure): boolean => f.per !== undefined && CURRENCY_ENDING.test(` ${f.per}`);

/** What a figure of `kind` is per, written after it: a price's measure, an amount's time, an
 * exchange rate's other currency (in `text` after `at`, or ending the figure's own `written`). */
export function perAfter(kind: Figure['kind'], text: string, at: number, end: number, written = ''): { words: string; end: number } | undefined {
  if (kind === 'money') {
    const ending = CURRENCY_ENDING.exec(written);
    if (ending) return { words: ending[1].replace(/\s+/g, ' '), end: at };
    const after = CURRENCY_AFTER.exec(text.slice(at, Math.min(end, at + 30)));
    if (after) return { words: after[1].replace(/\s+/g, ' '), end: at + after[0].length };
    return rateAfter(text, at, end);
  }
  return kind === 'quantity' || kind === 'count' ? timeRateAfter(text, at, end) : undefined;
}

interface Measure {
  unit: string;
  /** The measure in its dimension's base unit (a kilogram is 0.001 of a tonne). */
  size: number;
}

const measures = new Map<string, Measure | null>();

/** The measure a price's `per` words name. */
function measureOf(per: string): Measure | undefined {
  let hit = measures.get(per);
  if (hit === undefined) {
    const written = per.startsWith('/') ? per : ` ${per}`;
    const time = TIME_RATE.exec(written);
    const years = time ? TIMES.get(time[1].toLowerCase()) : undefined;
    if (time) hit = years === undefined ? null : { unit: 'time', size: years };
    else {
      const m = RATE_WORD.exec(written);
      // Read apart from any extraction: its cached words are another text's (`chars.ts`).
      newGeneration();
      const unit = m ? readUnit(written, m[0].length, written.length) : undefined;
      hit = unit ? { unit: unit.unit, size: unit.mult * 10 ** unit.exp } : null;
    }
    measures.set(per, hit);
  }
  return hit ?? undefined;
}

/** What a source's price is multiplied by to be per the claim's measure: 1 where either
 * names none, or both the same; undefined where they are of two dimensions. */
export function rateRatio(claim: Figure, source: Figure): number | undefined {
  if (claim.per === undefined || source.per === undefined || claim.per === source.per) return 1;
  const c = measureOf(claim.per);
  const s = measureOf(source.per);
  if (!c || !s) return 1;
  if (c.unit !== s.unit) return undefined;
  return c.size / s.size;
}

/** The source's price per the claim's measure (itself where nothing changes); undefined
 * where the two are prices per measures of two dimensions. */
export function inClaimRate(claim: Figure, source: Figure): Figure | undefined {
  const ratio = rateRatio(claim, source);
  if (ratio === undefined) return undefined;
  if (ratio === 1) return source;
  return { ...source, low: source.low * ratio, high: source.high * ratio, precision: source.precision * ratio, per: claim.per };
}

/** Whether two prices are per different measures of one dimension (`a tonne`, `per kg`): a
 * message quotes the measure with the figure, and a fix writes it. */
export function otherMeasure(a: Figure, b: Figure): boolean {
  const ratio = rateRatio(a, b);
  return ratio !== undefined && ratio !== 1;
}
