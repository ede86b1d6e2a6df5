// The noun a count counts: `17 elements`, `seven critical minerals`, `a 50-nation coalition`.
// Without a dictionary, the head is the first plural within three words of the number, the
// words before it being modifiers; a function word or punctuation first means no noun.

import type { Span } from '../types';
import type { Figure } from './types';
import { boundaryAt, brokenRest, gapAfter, isAcronym, isDigit, isLetter, isUpper, letterRun, lettersEnd, lettersStart } from './chars';
import { readLiteral } from './numberLiteral';
import { readWordNumber } from './numberWords';
import { singularize } from './singularize';
import { readUnit } from './units';

/** Function words: the number is not followed by a noun phrase (`17 of the`, `one that`). */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'and',
  'or', 'but', 'nor', 'than', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do',
  'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no',
  'it', 'its', 'this', 'these', 'those', 'there', 'their', 'they', 'them', 'he', 'she', 'his', 'her', 'we',
  'our', 'you', 'your', 'i', 'per', 'via', 'about', 'over', 'under', 'above', 'below', 'after', 'before',
  'since', 'until', 'between', 'among', 'across', 'through', 'during', 'against', 'without', 'within',
  'each', 'every', 'all', 'both', 'either', 'neither', 'more', 'less', 'most', 'least', 'fewer', 'such',
  'so', 'too', 'very', 'also', 'only', 'just', 'even', 'if', 'then', 'because', 'though', 'although',
  'whereas', 'besides', 'towards', 'toward', 'upon', 'out', 'up', 'down', 'off', 'again', 'once', 'here',
  'how', 'why', 'other', 'another', 'same', 'own', 'vs', 'versus', 'plus', 'minus', 'times', 'percent',
  'pct', 'yet', 'still', 'already', 'now', 'ago', 'later', 'earlier', 'or',
  // A day of a month is a date (`26 February breaks down into`, `On 12 March Nigerian customs`).
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Plural-looking words that are no countable head (`three times`, `two-thirds`, `17 others`). */
const NOT_HEADS = new Set([
  'ones', 'others', 'thirds', 'quarters', 'halves', 'fifths', 'sixths', 'sevenths', 'eighths', 'ninths',
  'tenths', 'percentages', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens', 'always',
  'perhaps', 'sometimes', 'afterwards', 'upwards', 'downwards', 'forwards', 'backwards', 'onwards',
  'nowadays', 'overseas', 'thus', 'yes', 'us', 'ours', 'yours', 'theirs', 'hers', 'goes', 'whereas', 'besides',
  'towards', 'various', 'numerous', 'previous', 'serious', 'alas', 'news', 'means', 'odds', 'lens', 'chaos',
  'ethos', 'kudos', 'gas', 'bias', 'atlas', 'canvas', 'alias', 'sales', 'arms', 'savings', 'goods',
  'earnings', 'proceeds', 'remains', 'gets', 'makes', 'takes', 'gives', 'means',
  'needs', 'uses', 'plans', 'aims', 'works', 'looks', 'comes', 'becomes', 'includes', 'appears',
  'represents', 'accounts', 'stands', 'holds', 'marks',
]);

/** Verbs that end a noun phrase: what follows is no noun of the number's (`Circular 158 lets
 * depositors withdraw`: an identifier, no count of depositors). */
const VERBS = new Set([
  'says', 'shows', 'seems', 'lets', 'allows', 'requires', 'enables', 'obliges', 'prohibits', 'forbids',
  'entitles', 'applies', 'expires', 'governs', 'stipulates',
]);

/** Plural nouns that do not end in `s`, or that are their own plural. */
const PLURALS_WITHOUT_S = new Set([
  'people', 'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'criteria', 'phenomena',
  'staff', 'personnel', 'police', 'cattle', 'livestock', 'aircraft', 'spacecraft', 'sheep', 'fish',
  'deer', 'crew', 'species', 'series', 'offspring', 'alumni',
]);

function isRegularPlural(lower: string): boolean {
  if (lower.length < 3 || !lower.endsWith('s')) return false;
  return !(lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is'));
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A word of letters with inner hyphens (`rare-earth`), ending at a word boundary. */
function readWord(text: string, i: number, end: number): Word | undefined {
  const run = letterRun(text, i, end);
  let j = run.end;
  if (j === i) return undefined;
  if (text.charCodeAt(j) !== 45) {
    return j - i > 40 || !boundaryAt(text, j, end) ? undefined : { text: run.raw, lower: run.lower, start: i, end: j };
  }
  // A word a page broke at a line's end: `2,257 power com-⏎panies`.
  const rest = brokenRest(text, run, end);
  if (rest && rest.lower === rest.raw) return { text: run.raw + rest.raw, lower: run.lower + rest.lower, start: i, end: rest.end };
  while (j + 1 < end && text.charCodeAt(j) === 45 && isLetter(text.charCodeAt(j + 1)) && j - i < 40) {
    j = lettersEnd(text, j + 1, end);
  }
  if (j - i > 40 || !boundaryAt(text, j, end)) return undefined;
  const t = text.slice(i, j);
  return { text: t, lower: t.toLowerCase(), start: i, end: j };
}

export interface CountNoun {
  unit: string;
  end: number;
  /** Where the noun starts, when words stand between it and the number (`UK fixed-rate`). */
  head?: number;
}

/** The end of a number joined to its unit as one word at `i` (`60-kg`, `40-foot`, `20ft`),
 * read by `units.ts`; -1 when there is none. */
function measureModifierEnd(text: string, i: number, end: number): number {
  const digits = /^\d+(?:\.\d+)?/.exec(text.slice(i, Math.min(end, i + 12)));
  if (!digits) return -1;
  const at = i + digits[0].length;
  const c = text.charCodeAt(at);
  if (c !== 45 && !isLetter(c)) return -1;
  const unit = readUnit(text, at, end);
  return unit && boundaryAt(text, unit.end, end) && text.charCodeAt(unit.end) !== 45 ? unit.end : -1;
}

/** Nouns an institution's own texts capitalise (`five Member States`, `196 Parties`). */
const CAPITALISED_NOUNS = new Set(['states', 'parties', 'countries', 'nations', 'members', 'provinces', 'territories', 'regions']);

/** A people's name in the plural (`Argentines`, `Americans`, `Filipinos`, `Israelis`): people
 * of that nation, counted as people are (`15 million Argentines`). Not a place's name that
 * ends alike (`the Philippines`). */
const DEMONYMS = /^[A-Z][a-z]{2,}(?:ans|ines|inos|is)$/;
const NOT_DEMONYMS = new Set(['philippines', 'paris', 'tunis', 'memphis', 'davis', 'lewis', 'jeans']);

/** Acronyms in the plural (`NGOs`, `SMRs`) keep their case; other capitalised words are names,
 * but for `CAPITALISED_NOUNS` and a people's name (`DEMONYMS`). */
function headOf(w: Word): string | undefined {
  if (isUpper(w.text.charCodeAt(0))) {
    if (w.text.length >= 3 && w.text.endsWith('s') && /^[A-Z]+s$/.test(w.text)) return w.text.slice(0, -1);
    if (DEMONYMS.test(w.text) && !NOT_DEMONYMS.has(w.lower)) return 'person';
    if (CAPITALISED_NOUNS.has(w.lower) && w.text.slice(1) === w.lower.slice(1)) return singularize(w.lower);
    return undefined;
  }
  if (NOT_HEADS.has(w.lower)) return undefined;
  if (PLURALS_WITHOUT_S.has(w.lower) || isRegularPlural(w.lower)) return singularize(w.lower);
  return undefined;
}

/** The noun counted by a number ending at `pos`: `elements` → 'element', `critical minerals` → 'mineral'. */
export function readCountNoun(text: string, pos: number, end: number): CountNoun | undefined {
  return readPartitive(text, pos, end) ?? readHead(text, pos, end);
}

const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those']);

/** The end of a determiner of a whole after `of` at `pos`: `the`, `its`, a possessive
 * (`NATO's`, `China’s`), or both (`the alliance's`); `pos` when there is none. */
function wholeDeterminerEnd(text: string, pos: number, end: number): number {
  const g = gapAfter(text, pos, end);
  const det = g < 0 ? undefined : readWord(text, g, end);
  if (!det) return pos;
  if (PARTITIVE_DETERMINERS.has(det.lower)) return possessiveEnd(text, det.end, end) ?? det.end;
  return possessiveEnd(text, pos, end) ?? pos;
}

/** The end of a possessive word after `pos` (`NATO's`, `alliance’s`), if one follows. */
function possessiveEnd(text: string, pos: number, end: number): number | undefined {
  const g = gapAfter(text, pos, end);
  const word = g < 0 ? undefined : readWord(text, g, end);
  if (!word) return undefined;
  const apostrophe = text.charCodeAt(word.end);
  const possessive = (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(word.end + 1) | 32) === 115 && boundaryAt(text, word.end + 2, end);
  return possessive ? word.end + 2 : undefined;
}

/** The noun after a whole that is counted too (`the 32 members`, `32 members`), after `pos`. */
function countedWhole(text: string, pos: number, end: number): CountNoun | undefined {
  const g = gapAfter(text, pos, end);
  if (g < 0) return undefined;
  const digits = isDigit(text.charCodeAt(g)) ? readLiteral(text, g, end) : undefined;
  const e = digits ? (digits.ok ? digits.token.end : g) : (readWordNumber(text, g, end, g)?.token.end ?? g);
  return e > g && boundaryAt(text, e, end) ? readHead(text, e, end) : undefined;
}

/**
 * A count of part of a whole. `22 of the projects`, `22 of China's mines`, `three of its
 * ports` (not `one`: `one of the largest`): the part's figure is its words up to the noun. `23 of NATO's 32 members`,
 * `three of the five mines`: the whole is a figure of its own, and the part's is its number
 * alone; read as no figure, a wrong part (`25 of the 32`) passed unseen.
 */
export function readPartitive(text: string, pos: number, end: number): CountNoun | undefined {
  const d = text.charCodeAt(pos - 1);
  const word = isLetter(d);
  if (!word && !isDigit(d)) return undefined;
  const g = gapAfter(text, pos, end);
  const of = g < 0 ? undefined : readWord(text, g, end);
  if (of?.lower !== 'of') return undefined;
  const det = wholeDeterminerEnd(text, of.end, end);
  const whole = countedWhole(text, det, end);
  if (whole) return { unit: whole.unit, end: pos };
  const one = word && text.slice(lettersStart(text, pos, 0), pos).toLowerCase() === 'one';
  return one || det === of.end ? undefined : readHead(text, det, end);
}

function readHead(text: string, pos: number, end: number): CountNoun | undefined {
  let p = pos;
  // Up to four words, not counting the words of a name (`nine Monetary Policy Committee
  // members`), six in all: `19 large seawater desalination plants`.
  for (let k = 0, words = 0; k < 4 && words < 6; words++) {
    const g = gapAfter(text, p, end);
    if (g < 0) return undefined;
    // `412 ship-to-ship (STS) transfers`: initials in brackets name the words before them.
    const initials = k > 0 ? bracketedInitialsEnd(text, g, end) : -1;
    if (initials > 0) {
      p = initials;
      continue;
    }
    // `65.1 million 60-kg bags`, `two 40-foot containers`: a measure joined to its unit
    // says what each thing is, and is no figure of its own.
    const measure = words === 0 ? measureModifierEnd(text, g, end) : -1;
    if (measure > 0) {
      p = measure;
      k++;
      continue;
    }
    // `24 U.S. LNG cargoes`: initials with full stops are a name's words.
    const dotted = DOTTED_INITIALS.exec(text.slice(g, Math.min(end, g + 8)));
    if (dotted) {
      p = g + dotted[0].length;
      continue;
    }
    const w = readWord(text, g, end);
    if (!w) return undefined;
    // `15 more drugs`, `two fewer plants`: still a count of the noun.
    if (words === 0 && (w.lower === 'more' || w.lower === 'fewer')) {
      p = w.end;
      continue;
    }
    // `72,000 home and apartment policies`, `20 oil and gas fields`: modifiers joined.
    if (k > 0 && (w.lower === 'and' || w.lower === 'or')) {
      p = w.end;
      continue;
    }
    // In capitals, an acronym (`14 IT parks`), no function word.
    if ((STOP.has(w.lower) && !isAcronym(w.text)) || VERBS.has(w.lower)) return undefined;
    if (!isUpper(w.text.charCodeAt(0))) k++;
    const head = headOf(w);
    if (head !== undefined) {
      // `500 staff members`, `200 aircraft engines`: an invariant plural is a modifier when a plural follows.
      if (PLURALS_WITHOUT_S.has(w.lower) && k < 2) {
        const g2 = gapAfter(text, w.end, end);
        const next = g2 > 0 ? readWord(text, g2, end) : undefined;
        const nextHead = next && !STOP.has(next.lower) && isRegularPlural(next.lower) ? headOf(next) : undefined;
        if (next && nextHead !== undefined) return { unit: nextHead, end: next.end, head: next.start };
      }
      return { unit: head, end: w.end, head: w.start };
    }
    p = w.end;
  }
  return undefined;
}

/** Initials with full stops, before a space: `U.S.`, `U.K.`, `E.U.`. */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,3}(?=\s)/;

/** The end of `(STS)` at `i`: capitals (a plural `s` too) in brackets; -1 if none. */
function bracketedInitialsEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 40) return -1;
  let j = i + 1;
  while (j < end && j - i <= 8 && isUpper(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 115) j++; // `(NGOs)`
  return j - i >= 3 && text.charCodeAt(j) === 41 ? j + 1 : -1;
}

/** Second words of a hyphenated compound that do not name what is counted (`10-fold`, `5,000-strong`). */
const NOT_COMPOUND_NOUNS = new Set(['fold', 'strong', 'something', 'ish', 'like', 'style', 'odd', 'plus', 'old', 'off', 'third', 'thirds', 'quarter', 'quarters', 'half', 'fifth', 'fifths', 'tenth', 'tenths', 'percent']);

/** Nouns that name a thing by how many parts it has (`two-wheelers`, `a two-seater`, `three-
 * pointers`): a kind of thing, no count. */
const NAMED_BY_PARTS = /^(?:wheel|seat|deck|point|lin|hand)ers?$/;

/** Endings of adjectives, which a hyphenated compound ends in when it names no countable thing (`2-dimensional`). */
const ADJECTIVE_ENDINGS = ['ional', 'ical', 'ive', 'ous', 'ed', 'ful', 'less', 'able', 'ible', 'ish'];

/** `a 50-nation coalition`: the count and its noun joined by a hyphen; the noun is lower case. */
export function readCompoundNoun(text: string, pos: number, end: number): CountNoun | undefined {
  if (pos + 1 >= end || text.charCodeAt(pos) !== 45) return undefined;
  const j = lettersEnd(text, pos + 1, end);
  if (j - (pos + 1) < 2 || j - (pos + 1) > 30 || !boundaryAt(text, j, end)) return undefined;
  const word = text.slice(pos + 1, j);
  if (word !== word.toLowerCase() || NOT_COMPOUND_NOUNS.has(word) || NAMED_BY_PARTS.test(word)) return undefined;
  if (word.length > 4 && ADJECTIVE_ENDINGS.some((e) => word.endsWith(e))) return undefined;
  // `14-year-old`: an age, not a count of years.
  if (text.charCodeAt(j) === 45 && text.slice(j + 1, j + 4).toLowerCase() === 'old') return undefined;
  return { unit: singularize(word), end: j };
}

/** A count's words between its number and its noun, as offsets of its text (`Figure.modifiers`). */
export function countModifiers(figure: Figure): Span | undefined {
  const m = figure.modifiers;
  return m && { start: figure.span.start + m.start, end: figure.span.start + m.end };
}
