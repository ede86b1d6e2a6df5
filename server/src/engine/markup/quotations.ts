import type { Span } from '../types';
import * as chars from './chars';
import type { Quotation } from './types';

// Bound once: a CommonJS build reads each imported name through a getter, slow in hot loops.
const { isLetterOrDigit, isWhite, skipWhite, trimEnd } = chars;

// Quotations: words between straight `"` or curly `“ ”` double quotes, three words or
// more, found inside one sentence so that an inch mark or a stray quote never pairs with a
// quote of another sentence.

const MIN_WORDS = 3;
const STRAIGHT = 34;
const CURLY_OPEN = 0x201c;
const CURLY_CLOSE = 0x201d;

/** Quotations in `span`, skipping quote marks inside `excluded` (sorted). */
export function findQuotations(text: string, span: Span, excluded: readonly Span[]): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  let curly = false;
  let x = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== STRAIGHT && c !== CURLY_OPEN && c !== CURLY_CLOSE) continue;
    while (x < excluded.length && excluded[x].end <= i) x++;
    if (x < excluded.length && excluded[x].start <= i) {
      i = excluded[x].end - 1;
      continue;
    }
    if (c === CURLY_OPEN) {
      if (open < 0) {
        open = i;
        curly = true;
      }
    } else if (c === CURLY_CLOSE) {
      if (open >= 0 && curly) {
        pushQuotation(out, text, open + 1, i);
        open = -1;
      }
    } else if (open >= 0) {
      if (!curly && canClose(text, i, span.end)) {
        pushQuotation(out, text, open + 1, i);
        open = -1;
      }
    } else if (canOpen(text, i, span)) {
      open = i;
      curly = false;
    }
  }
  return out;
}

/** A straight quote opens after a non-word character and before a non-space one, so that
 * the inch mark of `a 27" screen` never opens a quotation. */
function canOpen(text: string, i: number, span: Span): boolean {
  if (i + 1 >= span.end || isWhite(text.charCodeAt(i + 1))) return false;
  return i === span.start || !isLetterOrDigit(text.charCodeAt(i - 1));
}

function canClose(text: string, i: number, end: number): boolean {
  if (isWhite(text.charCodeAt(i - 1))) return false;
  return i + 1 >= end || !isLetterOrDigit(text.charCodeAt(i + 1));
}

function pushQuotation(out: Quotation[], text: string, from: number, to: number): void {
  const start = skipWhite(text, from, to);
  const end = trimEnd(text, start, to);
  if (countWords(text, start, end) < MIN_WORDS) return;
  out.push({ text: text.slice(start, end), span: { start, end } });
}

/** Runs of non-space characters that hold at least one letter or digit. */
function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isLetterOrDigit(c)) {
      counted = true;
      words++;
      if (words >= MIN_WORDS) return words;
    }
  }
  return words;
}
