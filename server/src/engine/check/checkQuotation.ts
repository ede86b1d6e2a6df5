import type { Quotation } from '../markup/types';
import type { Source } from '../sources/types';
import { wordsOf, type Word } from '../text/words';
import type { CitedSource, QuotationVerdict } from './report';

interface SourceWords {
  words: Word[];
  positions: Map<string, number[]>;
}

const cache = new WeakMap<Source, SourceWords>();

function sourceWords(source: Source): SourceWords {
  let entry = cache.get(source);
  if (!entry) {
    const words = wordsOf(source.text);
    const positions = new Map<string, number[]>();
    words.forEach((w, i) => {
      const list = positions.get(w.word);
      if (list) list.push(i);
      else positions.set(w.word, [i]);
    });
    entry = { words, positions };
    cache.set(source, entry);
  }
  return entry;
}

interface Alignment {
  distance: number;
  first: number;
  last: number;
}

/** Edit distance in words between the quote and the best-matching run of `words` inside
 * [from, to), free to start and end anywhere in that window. */
function align(quote: string[], words: Word[], from: number, to: number): Alignment | undefined {
  const n = quote.length;
  const width = to - from;
  if (width <= 0) return undefined;
  // prev[j]: distance of quote[0..i) against a run ending at window word j; start tracked alongside.
  let prev = new Array<number>(width + 1).fill(0);
  let prevStart = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(width + 1);
    const curStart = new Array<number>(width + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= width; j++) {
      const sub = prev[j - 1] + (quote[i - 1] === words[from + j - 1].word ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best: Alignment | undefined;
  // On a tie, the later end: a quote whose last words differ (`in one country` for `in a
  // single country`) must not be cut short before them (`in`).
  for (let j = 1; j <= width; j++) {
    if (!best || prev[j] <= best.distance) best = { distance: prev[j], first: from + prevStart[j], last: from + j - 1 };
  }
  return best;
}

/** Finds the quotation in one source: exactly (after normalising) or as a close passage. */
function findIn(quote: string[], source: Source): { distance: number; first: Word; last: Word } | undefined {
  const { words, positions } = sourceWords(source);
  const votes = new Map<number, number>();
  quote.forEach((w, j) => {
    for (const i of positions.get(w) ?? []) votes.set(i - j, (votes.get(i - j) ?? 0) + 1);
  });
  // A word added or dropped shifts the rest of the quote by one (`we cannot send water that we
  // do not have` for `We cannot send water we do not have`): the words of a start and of its
  // neighbours count together.
  const near = [...votes].map(([start, count]): [number, number] => [start, count + (votes.get(start - 1) ?? 0) + (votes.get(start + 1) ?? 0)]);
  const starts = near.sort((a, b) => b[1] - a[1]).slice(0, 50);
  let best: Alignment | undefined;
  const slack = Math.max(2, Math.ceil(quote.length / 3));
  for (const [start, count] of starts) {
    if (count < Math.ceil(quote.length / 2)) break;
    const a = align(quote, words, Math.max(0, start - slack), Math.min(words.length, start + quote.length + slack));
    if (a && (!best || a.distance < best.distance)) best = a;
    if (best?.distance === 0) break;
  }
  if (!best) return undefined;
  return { distance: best.distance, first: words[best.first], last: words[best.last] };
}

/** Exact, close (with the source's exact words), or not in any cited source. */
export function checkQuotation(quotation: Quotation, cited: CitedSource[]): QuotationVerdict {
  const quote = wordsOf(quotation.text).map((w) => w.word);
  if (quote.length === 0) return { kind: 'none' };
  const allowed = Math.max(1, Math.floor(quote.length / 3));
  let close: QuotationVerdict | undefined;
  let closeDistance = Infinity;
  for (const { source } of cited) {
    const found = findIn(quote, source);
    if (!found) continue;
    const span = { start: found.first.start, end: found.last.end };
    if (found.distance === 0) return { kind: 'exact', source, span };
    if (found.distance <= allowed && found.distance < closeDistance) {
      closeDistance = found.distance;
      close = { kind: 'close', source, span, exact: source.text.slice(span.start, span.end).replace(/\s+/g, ' ') };
    }
  }
  return close ?? { kind: 'none' };
}
