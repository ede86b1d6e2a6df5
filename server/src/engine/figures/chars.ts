import { lowerCase } from '../text/lowerCase';

// Character classes and bounded steps over text. Every step is capped so that a candidate
// number never makes the extractor read far from it: total work stays linear in the text.

const LETTER = /\p{L}/u;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return !Number.isNaN(c) && LETTER.test(String.fromCharCode(c));
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Blank within a line: space, tab and the Unicode spaces scraped text is full of. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

export function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2010 || c === 0x2011; // - – ‐ ‑
}

/** A dash that may join the two numbers of a range: a hyphen or en dash, or an em dash as
 * some publishers set ranges (`85—90%`). */
export function isRangeDash(c: number): boolean {
  return isDash(c) || c === 0x2014;
}

/** Largest white-space gap between two words of one figure (hard-wrapped text may break a line there). */
export const MAX_GAP = 4;

/**
 * End of the white space starting at `i`: 1 to MAX_GAP characters, at most one line break
 * (`\r\n` is one). -1 when there is no gap or it is too long.
 */
export function gapAfter(text: string, i: number, end: number, allowNewline = true): number {
  let j = i;
  let breaks = 0;
  let limit = MAX_GAP;
  while (j < end && j - i <= limit) {
    const c = text.charCodeAt(j);
    if (isBlank(c)) j++;
    else if (c === 13 || c === 10) {
      if (!allowNewline) return -1;
      if (c === 13 && text.charCodeAt(j + 1) === 10) j++;
      j++;
      if (++breaks > 1) return -1;
      // A hard-wrapped line may be indented (a bullet's or a quotation's lines, as a PDF's
      // text gives them: `A$116⏎     billion`).
      limit = MAX_GAP + MAX_INDENT;
    } else break;
  }
  return j > i && j - i <= limit ? j : -1;
}

/** Most blanks a wrapped line starts with, within one figure. */
const MAX_INDENT = 12;

/** Start of the white space ending at `i`, the mirror of gapAfter; -1 when none or too long. */
export function gapBefore(text: string, i: number, floor: number): number {
  let j = i;
  let breaks = 0;
  while (j > floor && i - j <= MAX_GAP) {
    const c = text.charCodeAt(j - 1);
    if (isBlank(c)) j--;
    else if (c === 10 || c === 13) {
      if (c === 10 && text.charCodeAt(j - 2) === 13 && j - 1 > floor) j--;
      j--;
      if (++breaks > 1) return -1;
    } else break;
  }
  return j < i && i - j <= MAX_GAP ? j : -1;
}

/** Longest word a figure reads around itself; longer runs of letters are not words of interest. */
export const MAX_WORD = 40;

/** End of the run of letters starting at `i` (may be `i`). */
export function lettersEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i <= MAX_WORD && isLetter(text.charCodeAt(j))) j++;
  return j;
}

export interface LetterRun {
  start: number;
  end: number;
  raw: string;
  lower: string;
}

interface CachedRun extends LetterRun {
  generation: number;
  limit: number;
}

// Several readers look at the same word after a number (is it a scale? a percent? a unit? a
// noun?): the run is read and lower-cased once. Entries are valid for one extraction only.
const RUNS: Array<CachedRun | undefined> = new Array(64);
let generation = 0;

/** Starts a new extraction: forgets the cached runs of the previous text. */
export function newGeneration(): void {
  generation++;
}

/** The run of letters at `i` (perhaps empty), with its lower-case form. */
export function letterRun(text: string, i: number, end: number): LetterRun {
  const slot = i & 63;
  const c = RUNS[slot];
  if (c !== undefined && c.start === i && c.generation === generation && c.limit === end) return c;
  const j = lettersEnd(text, i, end);
  const raw = text.slice(i, j);
  const run: CachedRun = { start: i, end: j, raw, lower: lowerCase(raw), generation, limit: end };
  RUNS[slot] = run;
  return run;
}

/** Start of the run of letters ending at `i`. */
export function lettersStart(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && i - j <= MAX_WORD && isLetter(text.charCodeAt(j - 1))) j--;
  return j;
}

/** True when the character at `i` (if any, below `end`) cannot continue a word or number. */
export function boundaryAt(text: string, i: number, end: number): boolean {
  return i >= end || !isAlnum(text.charCodeAt(i));
}

/** True when the character before `i` (if any, at or above `floor`) cannot continue a word or number. */
export function boundaryBefore(text: string, i: number, floor: number): boolean {
  return i <= floor || !isAlnum(text.charCodeAt(i - 1));
}

/** The longest white space between the halves of a word broken at a line end. */
const MAX_BREAK = 6;

/**
 * The second half of a word broken by a hyphen at a line end (`bil-⏎lion`, `ton-⏎nes`), as
 * text taken from a page's layout keeps it, or `bil- lion` once its lines are joined: the
 * run of letters after the break, when the first half `first` ends in that hyphen. One line
 * break at most: a paragraph ends the word.
 */
export function brokenRest(text: string, first: LetterRun, end: number): LetterRun | undefined {
  let k = first.end + 1;
  if (text.charCodeAt(first.end) !== 45 || (!isBlank(text.charCodeAt(k)) && !isNewline(text.charCodeAt(k)))) return undefined;
  let newlines = 0;
  while (k < end && k - first.end <= MAX_BREAK + 1 && (isBlank(text.charCodeAt(k)) || isNewline(text.charCodeAt(k)))) {
    if (text.charCodeAt(k) === 10) newlines++;
    k++;
  }
  if (newlines > 1) return undefined;
  const rest = letterRun(text, k, end);
  return rest.end > k && boundaryAt(text, rest.end, end) ? rest : undefined;
}

const TOKEN_JOINERS = new Set([45, 0x2013, 95, 58, 47, 46, 44, 35, 64, 43, 37, 38, 39]); // - – _ : / . , # @ + % & '

/**
 * End of the identifier-like token at `i` (`COVID-19`, `555-123-4567`, `1.2.3`, `10:30`):
 * letters, digits and joining punctuation, where `.`, `,` and `:` only join when more follows.
 */
export function tokenEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isAlnum(c)) j++;
    else if (TOKEN_JOINERS.has(c) && j + 1 < end && isAlnum(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return Math.max(j, i + 1);
}

/** A word of two capitals or more and nothing else (`IT`, `US`): an acronym. */
export const isAcronym = (word: string): boolean => /^[A-Z]{2,}$/.test(word);
