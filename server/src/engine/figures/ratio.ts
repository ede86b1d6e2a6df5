// A share said as a ratio: `one in four`, `1-in-5`, `three out of 10`, `nine in every ten`.
// The spec's kinds do not name it; an analyst reads `one in four households` as a quarter of
// them, and a source may say `25%` or `one in four` for the same thing. Read as a number
// and its noun it was a count of four households: a briefing's `three in 10 companies`
// against a source's `four in 10 companies` compared 10 with 10 and passed.
//
// A ratio is a percent (100 × A / B), approximate unless words before it say more (`nearly
// one in three`, `more than one in five`): `one in three` is not exactly 33.3%, and
// `two in three` for a source's 66% is not a mismatch. The wording stops at B: the noun
// after it is what the share is of.

import { gapAfter, isDash, isDigit, isLetter, letterRun } from './chars';
import { isLabel } from './cues';
import { isYearNumber } from './buildFigure';
import { readLiteral, tokenValue, type NumberToken } from './numberLiteral';
import { readWordNumber } from './numberWords';
import { qualifierBefore, WordsBefore, type QualifierMatch } from './qualifiers';
import type { Side } from './sides';
import type { Figure } from './types';
import { charAt, type Window } from './window';

/** A larger denominator is no way of speaking of a share. */
const MAX_PER = 1_000_000;

/** The ratio whose first number is `side`, as a percent figure, or nothing. */
export function readRatio(w: Window, side: Side): Figure | undefined {
  const { num } = side;
  if (side.currency || side.scale || side.percent || side.plus || side.odd || side.negative || side.end !== num.end) return undefined;
  if (num.decimal || (!num.word && isYearNumber(num))) return undefined;
  const of = tokenValue(num);
  if (!(of >= 1) || !Number.isInteger(of)) return undefined;
  const per = readPer(w, num.end);
  if (!per) return undefined;
  const perValue = tokenValue(per);
  if (!Number.isInteger(perValue) || perValue <= of || perValue > MAX_PER || (!per.word && isYearNumber(per))) return undefined;
  // What follows B must end it: not `5%`, `5G`, `5.5` or `5,`-and-more digits.
  const after = charAt(w, per.end);
  if (after === 37 || isLetter(after) || ((after === 46 || after === 44) && isDigit(charAt(w, per.end + 1)))) return undefined;
  const before = new WordsBefore(w.text, side.start, w.floor);
  if (isLabel(before.at(0), w.text)) return undefined; // `Table 1 in 5`
  return sharePercent(w.text, side.start, per.end, qualifierBefore(before), (100 * of) / perValue);
}

/** A share said in words (a ratio, a fraction) as a percent: approximate unless its
 * qualifier says more, its wording from the qualifier on. */
export function sharePercent(text: string, start: number, end: number, q: QualifierMatch | undefined, value: number): Figure {
  const from = q ? q.start : start;
  return {
    kind: 'percent',
    span: { start: from, end },
    text: text.slice(from, end),
    qualifier: q && q.qualifier !== 'exact' ? q.qualifier : 'approximate',
    unit: '%',
    low: value,
    high: value,
    // The step of a percent written to the unit: a share in words is never compared as exact.
    precision: 1,
  };
}

/** ` in `, `-in-`, ` out of `, then ` every `, then B (digits or words): B's token. */
function readPer(w: Window, from: number): NumberToken | undefined {
  const { text, end, floor } = w;
  const hyphened = isDash(charAt(w, from));
  let p = hyphened ? from + 1 : gapAfter(text, from, end, false);
  if (p < 0) return undefined;
  const word = letterRun(text, p, end);
  if (word.lower === 'in') p = word.end;
  else if (word.lower === 'out' && !hyphened) {
    // A wire wraps its lines inside the ratio too (`Five out of every⏎ten`), though not
    // right after its first number (`Table 5⏎In 2024 …`).
    const g = gapAfter(text, word.end, end);
    const of = g < 0 ? undefined : letterRun(text, g, end);
    if (of?.lower !== 'of') return undefined;
    p = of.end;
  } else return undefined;
  p = hyphened ? (isDash(charAt(w, p)) ? p + 1 : -1) : gapAfter(text, p, end);
  if (p < 0) return undefined;
  const every = hyphened ? undefined : letterRun(text, p, end);
  if (every?.lower === 'every') {
    p = gapAfter(text, every.end, end);
    if (p < 0) return undefined;
  }
  if (isDigit(charAt(w, p))) {
    const lit = readLiteral(text, p, end);
    return lit.ok ? lit.token : undefined;
  }
  return isLetter(charAt(w, p)) ? readWordNumber(text, p, end, Math.max(floor, from))?.token : undefined;
}
