import type { Figure } from '../figures/types';

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
