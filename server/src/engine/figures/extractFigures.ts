// Finds the figures in prose (spec section 2). One pass over the text: only digits and
// number words are candidates, and each is parsed by bounded looks around it, after which
// scanning resumes past what was read. Linear time on any input; never throws.

import type { Span } from '../types';
import { isAsciiLetter, isDigit, isLetter } from './chars';
import { isNumberWordStart } from './numberWords';
import { parseDigitsAt, parseWordAt } from './parseCandidate';
import type { Figure } from './types';
import type { Window } from './window';

/** Lower-case first letters of number words (`one`…`ninety`, `dozen`, `hundred`, `million`…). */
const WORD_INITIALS = new Set('otfsendhmb'.split('').map((c) => c.charCodeAt(0)));

function scan(text: string, start: number, end: number, out: Figure[]): void {
  const w: Window = { text, start, end, floor: start };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const r = parseDigitsAt(w, i);
      if (r.figure) {
        out.push(r.figure);
        w.floor = r.figure.span.end;
      }
      i = Math.max(r.next, i + 1);
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
    const len = j - i;
    if (len >= 3 && len <= 9 && WORD_INITIALS.has(c | 32) && (i === start || !isLetter(text.charCodeAt(i - 1)))) {
      if (isNumberWordStart(text.slice(i, j).toLowerCase())) {
        const r = parseWordAt(w, i);
        if (r.figure) {
          out.push(r.figure);
          w.floor = r.figure.span.end;
        }
        i = Math.max(r.next, j);
        continue;
      }
    }
    i = j;
  }
}

/** The stretches of [from, to) outside the excluded spans. */
function windows(from: number, to: number, excluded: Span[]): Span[] {
  const cuts = excluded
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let p = from;
  for (const s of cuts) {
    if (s.start > p) out.push({ start: p, end: Math.min(s.start, to) });
    p = Math.max(p, s.end);
    if (p >= to) break;
  }
  if (p < to) out.push({ start: p, end: to });
  return out;
}

/**
 * The figures in `text` between `from` and `to`, in order, spans as offsets into `text`.
 * Nothing inside an `excluded` span (code, citations, links, list markers) is read.
 */
export function extractFigures(text: string, from = 0, to = text.length, excluded: Span[] = []): Figure[] {
  const start = Math.max(0, Math.min(Number.isFinite(from) ? Math.floor(from) : 0, text.length));
  const end = Math.max(start, Math.min(Number.isFinite(to) ? Math.floor(to) : text.length, text.length));
  const out: Figure[] = [];
  for (const w of windows(start, end, excluded)) scan(text, w.start, w.end, out);
  return out;
}
