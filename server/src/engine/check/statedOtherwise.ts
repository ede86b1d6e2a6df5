import { isTotal } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import type { Figure } from '../figures/types';
import { countsOfOneNoun, sameStatement, sentenceOf, together, type FigureQuery, type Scored } from './figureQuery';
import { SUPPORT_SIMILARITY, TIED_SIMILARITY } from './thresholds';
import { sourceYearOf } from './yearOf';

// A claim nothing backs that its cited source states otherwise, in fewer shared words than a
// mismatch needs: a count of its very words, a transposition, a wrong column, a list's odd one.

/** The last readings of a claim no figure backs: the cited source states it otherwise, in
 * fewer shared words than a mismatch needs, but with a sign no coincidence makes. The first
 * that finds one. */
export function statedOtherwise(query: FigureQuery, scored: Scored[], dataset: Dataset): Scored | undefined {
  for (const reading of [countOfSameWords, transposedDigits, wrongColumn, oddOneOut]) {
    const found = reading(query, scored, dataset);
    if (found) return found;
  }
  return undefined;
}


/** A list of three figures of the claim's unit or more, stated in the same order by a source
 * sentence whose figures next to the candidate are the claim's others (`advances of R78bn in the
 * first year, R76bn in the second and R40bn in the third` against `advances of R78 billion
 * in 2023/24, R66 billion in 2024/25 and R40 billion in 2025/26`): the claim's odd one is a
 * draft's slip, and the source's figure in its place the mismatch. */
function oddOneOut(query: FigureQuery, scored: Scored[], dataset: Dataset): Scored | undefined {
  const key = unitKey(query.figure);
  const list = (query.sentenceFigures ?? []).filter((f) => unitKey(f) === key);
  const at = list.indexOf(query.figure);
  if (list.length < 3 || at < 0) return undefined;
  // A total of the list is no item of it (`a cumulative 60 basis points`).
  if (isTotal(query.terms)) return undefined;
  const before = list.slice(0, at);
  const after = list.slice(at + 1);
  const seen = new Set<string>();
  for (const s of scored) {
    const sentence = `${s.candidate.source.path}:${s.candidate.sentence.start}`;
    if (s.agreement !== 'disagrees' || seen.has(sentence)) continue;
    seen.add(sentence);
    const theirs = sentenceOf(s.candidate, dataset)
      .filter((f) => unitKey(f.figure) === key)
      .sort((a, b) => a.figure.span.start - b.figure.span.start);
    // The claim's neighbours on either side are the source's figure's, and the rest of the
    // list in order before and after them (the source's sentence may say more: `followed by
    // … up to R70 billion`).
    for (let k = before.length; k + after.length < theirs.length; k++) {
      if (!before.every((f, i) => sameStatement(f, theirs[k - before.length + i].figure)) || !after.every((f, i) => sameStatement(f, theirs[k + 1 + i].figure))) continue;
      const odd = scored.find((o) => o.agreement === 'disagrees' && o.candidate.source === theirs[k].source && o.candidate.figure.span.start === theirs[k].figure.span.start);
      if (odd) return odd;
    }
  }
  return undefined;
}

/** The cited sources' count of the claim's very words (its noun and a word before it: `210
 * direct jobs` against `| Direct jobs | 120 |`, `442 container block trains` against a row
 * of them), as much about the claim as a backing must be, where it disagrees and no count of
 * those words agrees: the mismatch, less alike in other words than one needs to be
 * (`SAME_THING_SIMILARITY`), since the words that say what is counted are the same. Of
 * several alike (a row's years), the nearest to the claim's. */
function countOfSameWords(query: FigureQuery, scored: Scored[]): Scored | undefined {
  const words = modifierWords(query.figure);
  if (words.length === 0) return undefined;
  const same = scored.filter((s) => countsOfOneNoun(query.figure, s.candidate.figure) && s.similarity >= SUPPORT_SIMILARITY && modifierWords(s.candidate.figure).some((w) => words.includes(w)));
  if (same.length === 0 || same.some((s) => s.agreement !== 'disagrees')) return undefined;
  const best = same[0].similarity;
  const gap = (s: Scored): number => Math.abs(Math.log(s.candidate.figure.low / query.figure.low));
  return same.filter((s) => s.similarity === best).sort((a, b) => gap(a) - gap(b))[0];
}

/** A table row that states the claim's value under another year and another value under the
 * claim's (`Qatar  66  64` under `2023  2024e` for `slipped to 66 million cubic metres in
 * 2024`): the claim took the wrong column, and the claim's year's cell is the mismatch, on
 * the likeness a tied figure needs. */
function wrongColumn(query: FigureQuery, scored: Scored[], dataset: Dataset): Scored | undefined {
  // The year right after the figure, or the one its sentence names (`In 2024 Poland was again
  // the biggest buyer at NOK 15.8 billion`, of a row `| Poland | 15.8 | 16.9 |`).
  const year = query.year ?? query.sentenceYear;
  if (year === undefined) return undefined;
  // A column's year, or in prose the year right after the figure (`It would cost 400 million
  // euros in 2026 and 1.8 billion euros in 2027` for `€1.8 billion in 2026`): two years' amounts
  // swapped are the same slip.
  const yearOf = (s: Scored): number | undefined => s.candidate.figure.columnYear ?? (query.year !== undefined ? sourceYearOf(s.candidate, dataset) : undefined);
  for (const other of scored) {
    const column = yearOf(other);
    if (column === undefined || column === year || other.similarity < TIED_SIMILARITY) continue;
    if (compareClaim(query.figure, other.candidate.figure, query.tolerance) !== 'supports') continue;
    const own = scored.find((s) => s.candidate !== other.candidate && together(s.candidate, other.candidate) && yearOf(s) === year && compareClaim(query.figure, s.candidate.figure, query.tolerance) === 'disagrees');
    if (own) return own;
  }
  return undefined;
}

/** The cited sources' figure of the claim's unit whose digits are the claim's with two
 * neighbours swapped (`621.2 million kg` for `622.1 million kilograms`, `64,200` for `62 400`),
 * three digits or more, about the claim as a tied figure must be: a draft's transposition. Of
 * four digits or more, a word in common is enough (`the Pilbara ports together handled 737.4
 * Mt` for `Across all of the authority's ports, … throughput reached 773.4 million tonnes`):
 * no coincidence swaps so many. */
function transposedDigits(query: FigureQuery, scored: Scored[]): Scored | undefined {
  const claim = digitsOf(query.figure);
  if (claim === undefined || claim.length < 3) return undefined;
  const key = unitKey(query.figure);
  const floor = claim.length >= 4 ? Number.MIN_VALUE : TIED_SIMILARITY;
  return scored.find((s) => s.agreement === 'disagrees' && s.similarity >= floor && unitKey(s.candidate.figure) === key && adjacentSwap(claim, digitsOf(s.candidate.figure)));
}

/** A figure's significant digits, as written to its precision (`622.1 million` → `6221`). */
function digitsOf(f: Figure): string | undefined {
  if (f.low !== f.high || !(f.low > 0) || !(f.precision > 0)) return undefined;
  const units = Math.round(f.low / f.precision);
  return Number.isSafeInteger(units) ? String(units).replace(/0+$/, '') : undefined;
}

function adjacentSwap(a: string, b: string | undefined): boolean {
  if (b === undefined || a.length !== b.length || a === b) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The words between a count's number and its noun, lower case (`container block`), as its
 * text writes them (a stored figure keeps no more). */
function modifierWords(f: Figure): string[] {
  const words = f.text.toLowerCase().split(/[\s-]+/);
  let last = -1;
  words.forEach((w, i) => {
    if (/\d/.test(w)) last = i;
  });
  return words.slice(last + 1, -1).filter((w) => w.length > 2);
}
