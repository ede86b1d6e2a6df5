import type { Figure } from '../figures/types';

// Units and currencies a source gives its own reading of.
//
// `MT` is a metric ton to most writers, and a million tonnes to India's coal and steel press,
// which says so once (`1,047.6 million tonnes (MT)`) and then writes `781.1 MT`. A source that
// defines it so means it so throughout.

const DEFINES_MILLION_TONNES = /million (?:tonnes|tons)\s*\(MT\)/i;
/** A scale before `MT` (`3.54 million MT`): then `MT` is a metric ton, as `million metric
 * tons (MT)` defines it. */
const SCALED_MT = /\b(?:thousand|million|billion)\s+MT\b/;

/** Whether a source's text defines `MT` as a million tonnes. */
export function definesMillionTonnes(text: string): boolean {
  return text.includes('(MT)') && DEFINES_MILLION_TONNES.test(text) && !SCALED_MT.test(text);
}

/** A figure written in `MT`, as millions of tonnes; any other as it is. */
export function inMillionTonnes(f: Figure): Figure {
  if (f.kind !== 'quantity' || f.unit !== 't' || !f.text.endsWith('MT')) return f;
  return { ...f, low: f.low * 1e6, high: f.high * 1e6, precision: f.precision * 1e6 };
}

// Nigeria's press writes the naira as `N` before the amount (`N825 per litre`, `N1.5
// trillion`), having named it in words. A source that names the naira means it so.

const NAIRA_NAMED = /\bnaira\b/i;
const N_BEFORE_AMOUNT = /(?<![\p{L}\p{N}$£€¥.,])N(?=\d)/gu;

/** The source's text with the naira's `N` before an amount written as `₦` (one character for
 * one, so that every offset stays), where the source names the naira; else the text. */
export function withNairaSigns(text: string): string {
  return NAIRA_NAMED.test(text) ? text.replace(N_BEFORE_AMOUNT, '₦') : text;
}
