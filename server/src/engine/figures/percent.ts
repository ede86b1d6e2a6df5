// The percent mark after a number: `15%`, `15 %`, `80 percent`, `98 per cent`, `5-percent`, `15pc`,
// `98 per-cent`.
// Percentage points and basis points are changes, not shares: they are a unit (`units.ts`).

import { boundaryAt, brokenRest, gapAfter, isBlank, isLetter, letterRun, type LetterRun } from './chars';

export interface PercentMatch {
  end: number;
}

function word(text: string, i: number, end: number): LetterRun | undefined {
  const run = letterRun(text, i, end);
  return run.end === i || run.end - i > 12 || !boundaryAt(text, run.end, end) ? undefined : run;
}

/** First letters of the words that can follow a number as a percent mark (percent, per, pct, pc). */
function mayBePercentWord(c: number): boolean {
  return (c | 32) === 112; // p
}

/** The percent mark after a number ending at `pos`. */
export function readPercent(text: string, pos: number, end: number): PercentMatch | undefined {
  if (pos >= end) return undefined;
  const c = text.charCodeAt(pos);
  if (c === 37 || c === 0xff05) return { end: pos + 1 }; // % ％
  if (isBlank(c)) {
    let j = pos;
    while (j < end && j - pos < 2 && isBlank(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    if (j < end && (d === 37 || d === 0xff05)) return { end: j + 1 };
  }
  const start = c === 45 ? pos + 1 : mayBePercentWord(c) ? pos : gapAfter(text, pos, end);
  if (start < 0 || !mayBePercentWord(text.charCodeAt(start))) return undefined;
  const w = word(text, start, end);
  if (!w) return undefined;
  // `percent-⏎age points`, broken at a line end, are percentage points (`units.ts`).
  if (w.lower === 'percent' && brokenRest(text, w, end)?.lower === 'age') return undefined;
  if (w.lower === 'percent' || w.lower === 'pct') return { end: w.end };
  // `15pc`, as British papers write it; attached only (a `pc` after a space may be a piece).
  if (w.lower === 'pc' && start === pos) return { end: w.end };
  if (w.lower !== 'per') return undefined;
  // `98 per-cent`, as a hyphenating page may set it, or `per-⏎cent` broken at a line end
  // (`per- cent` once the lines are joined), as text taken from a page layout keeps it.
  const hyphen = text.charCodeAt(w.end) === 45;
  const g = !hyphen ? gapAfter(text, w.end, end) : isLetter(text.charCodeAt(w.end + 1)) ? w.end + 1 : gapAfter(text, w.end + 1, end);
  const next = g > 0 ? word(text, g, end) : undefined;
  return next?.lower === 'cent' ? { end: next.end } : undefined;
}
