// Finds the figures in prose (spec section 2). One pass over the text: only digits and
// number words are candidates, and each is parsed by bounded looks around it, after which
// scanning resumes past what was read. Linear time on any input; never throws.

import type { Span } from '../types';
import { changeEndOf, readChange, restatedChange, signedChange } from './change';
import { isLetter, newGeneration } from './chars';
import { MONTHS } from './dates';
import { readCountNoun } from './countNoun';
import { FRACTION_WORDS } from './fraction';
import { NUMBER_WORDS } from './numberWords';
import { parseDigitsAt, parseWordAt } from './parseCandidate';
import type { Figure } from './types';
import { readUnit } from './units';
import type { Window } from './window';

/**
 * Candidates: a digit, or a number or fraction word standing alone. One alternation without nested
 * quantifiers, compiled by the engine: the fast way to skip the prose between numbers.
 */
const WORDS = [...NUMBER_WORDS, ...FRACTION_WORDS].sort((a, b) => b.length - a.length);
const CANDIDATE = new RegExp(`[0-9]|\\b(?:${WORDS.join('|')})\\b`, 'gi');

function scan(text: string, start: number, end: number, out: Figure[], pointingBack?: number[]): void {
  const w: Window = { text, start, end, floor: start, pointingBack };
  // A slice of the window, so that the search never runs past its end.
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = CANDIDATE;
  let i = start;
  while (i < end) {
    re.lastIndex = i - start;
    const m = re.exec(slice);
    if (!m) break;
    i = start + m.index;
    const word = m[0].length > 1;
    if (word && i > start && isLetter(text.charCodeAt(i - 1))) {
      i += m[0].length;
      continue;
    }
    // A section's number that starts its line (`1.4  Container ships were …`, `2.1 Government
    // stockpile holdings …`) numbers the paragraph, no figure.
    const section = word ? 0 : sectionNumberAt(text, i, start, end);
    if (section > 0) {
      i += section;
      continue;
    }
    const r = word ? parseWordAt(w, i) : parseDigitsAt(w, i);
    if (!r.figure && !word) {
      const elided = elidedFigure(text, i, end, out, w.floor) ?? numberOfFigure(text, i, end, w.floor) ?? partOfWhich(text, i, end, w.floor);
      if (elided) r.figure = elided;
    } else if (!r.figure && FRACTION_WORDS.includes(m[0].toLowerCase())) {
      const listed = listedShare(text, i, m[0], end, out[out.length - 1], w.floor);
      if (listed) r.figure = listed;
    }
    if (r.figure) {
      const change = readChange(text, r.figure, w.floor, end) ?? restatedChange(text, out[out.length - 1], r.figure) ?? signedChange(text, r.figure, w.floor);
      if (change) r.figure.change = change;
      out.push(r.figure);
      w.floor = r.figure.span.end;
    }
    i = Math.max(r.next, i + m[0].length);
  }
}

/** The length of a section's number at `at` (`1.4`, `2.1.3`): first on its line, then a
 * capitalised word that is no scale (`2.1 Million people` is a figure) nor a unit's letters
 * (a table cell's `3.3 Mt`); 0 where there is none. */
function sectionNumberAt(text: string, at: number, start: number, end: number): number {
  let b = at;
  while (b > start && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  if (b > 0 && text.charCodeAt(b - 1) !== 10) return 0;
  const m = SECTION_NUMBER.exec(text.slice(at, Math.min(end, at + 40)));
  return m ? m[1].length : 0;
}

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,2}\.?)[ \t]+(?!(?:Million|Billion|Thousand|Trillion|Per)\b)\p{Lu}\p{Ll}{2,}/u;

/** Qualifiers a list's number may have before it (`Russia some 202,000`). */
const QUALIFIERS = 'some|about|around|roughly|nearly|almost|just';
/** A list's own words up to `with`, `and`, `on` or `at`, a fiscal year among them. */
const LIST_WORDS = String.raw`(?:[^.;:!?()\d]|\b[FM]Y\d{4}\b){0,72}\b(?:with|and|on|at)`;
/** The other end of a change: `to`, `from`, `up from`; after the year of the first end too
 * (`2.16 million workers in 2023, up from 1.96 million`). */
const CHANGE_END = String.raw`(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s*(?:(?:up|down)\s+)?(?:to|from)`;
/** A comma, or a list's words up to `and`, then a name: `, Russia`, `and Britain`. */
const NAMED = String.raw`(?<named>(?:[^.;:!?()\d]{0,72}\band|\s*,)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
/** The words between a count and a number that leaves its noun to it: `2.9 million vehicles,
 * ahead of Japan with 1.5 million and South Korea with 1.4 million`, `Gedaref with 7,402 and
 * Khartoum with 8,915`, `2.3 million tonnes, ahead of Paranaguá on 4.1 million`. A list's own
 * words, no clause's end, a few of them. Or the two ends of a change: `rise 0.7 million tons
 * to 44.7 million`, `3 Mt from 2.6`, `240 seats, from 303`. A single fiscal year between, no
 * figure of its own (`140 million entries in FY2015 and 1.36 billion in FY2024`), is a word;
 * a name after a comma or `and` is the list's next place (`, Russia some 202,000`). */
const ELIDED_BETWEEN = new RegExp(`^(?:${LIST_WORDS}|${CHANGE_END}|${NAMED})(?:\\s+(?:${QUALIFIERS}))?\\s+$`, 'u');

/** What may follow a number right after a name, in a list (`Russia some 202,000 and Britain
 * 187,000.`): the list goes on or ends. A name and its number before a verb are one name
 * (`Helium 3 added 13.1 million m³`). */
const AFTER_NAMED = /^\s*(?:[,;.)\]]|\[@|(?:and|or|while|respectively)\b|$)/;

/** A qualifier right before an elided figure's number. */
const QUALIFIER_BEFORE = new RegExp(`\\b(?:${QUALIFIERS})\\s+$`, 'i');

/** A number and its scale word, and nothing of a unit or noun after it. */
const BARE_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand))?(?![\w%$€£¥-])/;
/** A count's or quantity's number and scale word, and its unit or noun after them. */
const NUMBER_THEN_UNIT = /(?:\d[\d,]*(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?\s*(\S.*)$/;
/** The scale word after an amount's number (`3.1 million tonnes`). */
const SCALE_AFTER_NUMBER = /\d\s+(million|billion|thousand)\b/i;

/** An annual report's year before in brackets after an amount (`We sold 418 lithography
 * systems in 2024 (2023: 449)`): the amount's, of that year (`yearOf.ts` dates it). */
const PRIOR_YEAR = /^(?:\s+in\s+(?:19|20)\d\d)?\s*\(\s*(?:19|20)\d\d\s*:\s*$/;

/** The amount whose year before a bracket's number gives (`PRIOR_YEAR`): the last figure
 * before the bracket's year and the amount's own. */
function priorYearAmount(text: string, at: number, out: readonly Figure[], floor: number): Figure | undefined {
  const last = out[out.length - 1];
  if (last?.kind !== 'year' || last.span.end !== floor || !/^\s*:\s*$/.test(text.slice(last.span.end, at))) return undefined;
  let k = out.length - 2;
  if (out[k]?.kind === 'year') k--;
  const amount = out[k];
  return amount && PRIOR_YEAR.test(text.slice(amount.span.end, at)) ? amount : undefined;
}

/** A number with no noun or unit after it, in a list after a count of a noun or at the other
 * end of a change from a quantity: a count of that noun, an amount in that unit. */
function elidedFigure(text: string, at: number, end: number, out: readonly Figure[], floor: number): Figure | undefined {
  // The figure before, or the one before its year (`… workers in 2023, up from`).
  const last = out[out.length - 1];
  const prior = priorYearAmount(text, at, out, floor);
  const previous = prior ?? (last?.kind === 'year' && last.span.end === floor && out.length >= 2 && /^\s+in\s+$/.test(text.slice(out[out.length - 2].span.end, last.span.start)) ? out[out.length - 2] : last);
  // The figure before is this window's (a citation or code span between starts a new one).
  if (!previous || (previous.kind !== 'count' && previous.kind !== 'quantity') || previous.bare || (previous === last && previous.span.end !== floor)) return undefined;
  const between = text.slice(previous.span.end, at);
  const list = prior ? PRIOR_YEAR.exec(between) : ELIDED_BETWEEN.exec(between);
  if (!list) return undefined;
  // A day after its month (`, January 15`) is a date.
  const wordBefore = /([A-Za-z]+)\.?\s+$/.exec(between)?.[1].toLowerCase();
  if (wordBefore && MONTHS.has(wordBefore)) return undefined;
  const m = BARE_NUMBER.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m || /^(?:19|20)\d\d$/.test(m[0])) return undefined;
  if (list.groups?.named && !AFTER_NAMED.test(text.slice(at + m[0].length, end))) return undefined;
  // A unit of its own after it, or a word in capitals (`at 670 MVA`): not the list's unit; nor
  // a day of a month, a date (`the 52 weeks to 3 November`).
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(at + m[0].length, Math.min(end, at + m[0].length + 20)));
  if (next && (/^[A-Z]/.test(next[1]) || readUnit(text, at + m[0].length + next[0].length - next[1].length, end))) return undefined;
  // Read as a count of things, then given the list's noun; or with the quantity's own unit
  // as written (`Mt` after `2.6` is 2.6 million tonnes), the list's first's where the figure
  // before left it too (`… on 4.1 million and Rio Grande on 1.9 million`).
  const written = listHead.get(previous) ?? previous;
  // A year before's amount is in the amount's scale too (`3.1 million tonnes (2023: 2.9)`).
  const scale = prior ? SCALE_AFTER_NUMBER.exec(written.text)?.[1] : undefined;
  const named = previous.kind === 'count' ? 'things' : NUMBER_THEN_UNIT.exec(written.text)?.[1];
  const unit = scale && named ? `${scale} ${named}` : named;
  if (unit === undefined) return undefined;
  // A qualifier before it is its own (`Russia some 202,000`).
  const qualifier = QUALIFIER_BEFORE.exec(between)?.[0] ?? '';
  const number = qualifier + m[0];
  const [read, ...more] = extractFigures(`${number} ${unit}`);
  if (!read || more.length > 0 || read.kind !== previous.kind || read.span.start !== 0) return undefined;
  if (previous.kind === 'quantity' && (read.unit !== previous.unit || read.span.end !== number.length + 1 + unit.length)) return undefined;
  // Which end of a change it is, as `buildFigure` reads it of a number in place (`, from 303`).
  const changeEnd = changeEndOf(text, at - qualifier.length);
  const span = { start: at - qualifier.length, end: at + m[0].length };
  const elided: Figure = { ...read, span, text: number, unit: previous.unit, change: undefined, ...(changeEnd ? { end: changeEnd } : {}) };
  listHead.set(elided, written);
  return elided;
}

/** `The number of accredited laboratories has since risen to 26`: a number with no noun or
 * unit after it, that a sentence's `number of` names the noun of, and a verb or `at` between. */
const OF_QUALIFIERS = String.raw`(?:${QUALIFIERS}|over|more than|under|fewer than|less than)`;
const UP_TO_NUMBER = new RegExp(String.raw`^[^.;:!?\d()]{0,60}\b(?:to|at|reached|hit|was|is|were|are|totalled|totaled|stood|stands)(?:\s+${OF_QUALIFIERS})?\s+$`, 'i');
const OF_QUALIFIER = new RegExp(String.raw`${OF_QUALIFIERS}\s+$`, 'i');

function numberOfFigure(text: string, at: number, end: number, floor: number): Figure | undefined {
  const before = text.slice(floor, at);
  const of = /\bnumber\s+of\s+/gi;
  let head: { unit: string; end: number } | undefined;
  for (let m = of.exec(before); m; m = of.exec(before)) {
    const noun = readCountNoun(text, floor + m.index + m[0].length - 1, at);
    if (noun) head = noun;
  }
  if (!head || !UP_TO_NUMBER.test(text.slice(head.end, at))) return undefined;
  const m = BARE_NUMBER.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m || /^(?:19|20)\d\d$/.test(m[0])) return undefined;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(at + m[0].length, Math.min(end, at + m[0].length + 20)));
  if (next && readUnit(text, at + m[0].length + next[0].length - next[1].length, end)) return undefined;
  const qualifier = OF_QUALIFIER.exec(text.slice(head.end, at))?.[0] ?? '';
  const [read, ...more] = extractFigures(`${qualifier}${m[0]} things`);
  if (!read || more.length > 0 || read.kind !== 'count' || read.span.start !== 0) return undefined;
  const changeEnd = changeEndOf(text, at - qualifier.length);
  return { ...read, span: { start: at - qualifier.length, end: at + m[0].length }, text: qualifier + m[0], unit: head.unit, change: undefined, ...(changeEnd ? { end: changeEnd } : {}) };
}

/** `of which 44 were EUV systems`, `of whom 1,200 are women`: a part's number, its noun after
 * the verb. */
function partOfWhich(text: string, at: number, end: number, floor: number): Figure | undefined {
  if (!OF_WHICH.test(text.slice(Math.max(floor, at - 20), at))) return undefined;
  const m = BARE_NUMBER.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m || /^(?:19|20)\d\d$/.test(m[0])) return undefined;
  const verb = IS_BEFORE_NOUN.exec(text.slice(at + m[0].length, Math.min(end, at + m[0].length + 12)));
  if (!verb) return undefined;
  const noun = at + m[0].length + verb[0].length;
  const [read] = extractFigures(`${m[0]} ${text.slice(noun, Math.min(end, noun + 40))}`);
  if (!read || read.kind !== 'count' || read.bare || read.span.start !== 0) return undefined;
  return { ...read, span: { start: at, end: at + m[0].length }, text: m[0], change: undefined };
}
const OF_WHICH = /\bof\s+(?:which|whom)\s+$/i;
const IS_BEFORE_NOUN = /^\s+(?:were|are|was|is)\s+/i;

/** A fraction in a list of shares after `and` (`roughly half in the US and a third in
 * Qatar`): a share as the list's first is, though no `of` follows it. Only before a place or
 * a stop (`a third time` is no share). */
function listedShare(text: string, at: number, word: string, end: number, previous: Figure | undefined, floor: number): Figure | undefined {
  if (!previous || previous.kind !== 'percent' || previous.span.end !== floor) return undefined;
  const numerator = /\b(?:a|one|two|three|four)[\s-]+$/i.exec(text.slice(Math.max(floor, at - 8), at));
  const start = numerator ? at - numerator[0].length : at;
  if (!/^[^.;:!?()\d]{0,60}?(?:,\s*|\s+)and\s+$/.test(text.slice(floor, start))) return undefined;
  const after = at + word.length;
  if (!/^(?:\s*[,.;)]|\s+(?:in|at|for|to|from|by)\b|\s*$)/.test(text.slice(after, Math.min(end, after + 8)))) return undefined;
  const phrase = text.slice(start, after);
  const [read, ...more] = extractFigures(`${phrase} of it`);
  if (!read || more.length > 0 || read.kind !== 'percent' || read.span.start !== 0 || read.span.end !== phrase.length) return undefined;
  return { ...read, span: { start, end: after }, text: phrase };
}

/** The figure that wrote the unit an elided figure leaves out. */
const listHead = new WeakMap<Figure, Figure>();

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
 * Nothing inside an `excluded` span (code, citations, links, list markers) is read. Where a
 * count points back and is no figure (`the three cables`), its start goes to `pointingBack`.
 */
export function extractFigures(text: string, from = 0, to = text.length, excluded: Span[] = [], pointingBack?: number[]): Figure[] {
  const start = Math.max(0, Math.min(Number.isFinite(from) ? Math.floor(from) : 0, text.length));
  const end = Math.max(start, Math.min(Number.isFinite(to) ? Math.floor(to) : text.length, text.length));
  const out: Figure[] = [];
  newGeneration();
  // A source sentence has nothing excluded: scanned at once, without making its one window.
  if (excluded.length === 0) scan(text, start, end, out, pointingBack);
  else for (const w of windows(start, end, excluded)) scan(text, w.start, w.end, out, pointingBack);
  return out;
}
