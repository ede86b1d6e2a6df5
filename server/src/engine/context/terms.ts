import type { Span } from '../types';
import { MEASURE_WORDS, PHRASES, PLACE_NAMES, SAME_TERMS, WORDS } from './aliases';
import { isCurrencyCode } from '../figures/currencies';
import { MONTHS } from '../figures/dates';
import { STOPWORDS } from './stopwords';
import { wordEnd, wordStart } from './wordScan';

// "The same thing" is decided by the words near each figure (spec section 4): what it is a
// share of, who holds it, what it measures. A figure's context is a weighted bag of terms:
// each content word of its sentence, weighted by how close it stands to the figure.
// Crossing a clause boundary or another figure makes a word count for much less, so two
// figures in one sentence get two different contexts.

/** term → weight in (0, 1]. `names`: the terms that were proper names (Chile, Coldwater's,
 * SQM, the U.S.), which identify who a figure is about. */
export interface TermVector extends Iterable<[string, number]> {
  readonly size: number;
  get(term: string): number | undefined;
  has(term: string): boolean;
  keys(): Iterable<string>;
  names?: readonly string[];
  /** Terms that help cover a claim but are never asked to be covered (a source's title). */
  background?: ReadonlyMap<string, number>;
  /** The nearest name before the figure: who it is about. */
  subject?: string;
  /** What the figure is a share or an amount of: the word after `of` (`98 percent of the
   * world's gallium` → gallium). */
  object?: string;
  /** The term of the word that says which way the figure's change goes (`rose 5%`). */
  change?: ChangeTerm;
}

/** A figure's word of change as a term, with its way. */
export interface ChangeTerm {
  term: string;
  direction: 'up' | 'down';
}

/** A context while it is built; `compactTerms` turns it into the form an index keeps. */
type BuildingVector = Map<string, number> & { names?: readonly string[]; background?: ReadonlyMap<string, number>; subject?: string; object?: string; change?: ChangeTerm };

/**
 * A context kept by the index, in two plain arrays: a dataset holds millions of them, and a
 * Map per figure (with a boxed number per weight) costs three times the memory.
 */
class CompactTerms implements TermVector {
  names?: readonly string[];
  background?: ReadonlyMap<string, number>;
  subject?: string;
  object?: string;
  change?: ChangeTerm;

  constructor(
    private readonly terms: string[],
    private readonly weights: number[],
  ) {}

  get size(): number {
    return this.terms.length;
  }

  get(term: string): number | undefined {
    const i = this.terms.indexOf(term);
    return i < 0 ? undefined : this.weights[i];
  }

  has(term: string): boolean {
    return this.terms.indexOf(term) >= 0;
  }

  keys(): Iterable<string> {
    return this.terms;
  }

  arrays(): { terms: readonly string[]; weights: readonly number[] } {
    return { terms: this.terms, weights: this.weights };
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let i = 0; i < this.terms.length; i++) yield [this.terms[i], this.weights[i]];
  }
}

/** A context's terms and their weights, in two arrays of one order. The index's compact
 * contexts give their own: encoding millions of figures made a [term, weight] pair per term. */
export function termArrays(v: TermVector): { terms: readonly string[]; weights: readonly number[] } {
  if (v instanceof CompactTerms) return v.arrays();
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [t, w] of v) {
    terms.push(t);
    weights.push(w);
  }
  return { terms, weights };
}

const INTERNED = new Map<string, string>();

/** The compact, read-only form of a context, for the index. */
export function compactTerms(v: TermVector): TermVector {
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [t, w] of v) {
    // One copy of each word for the whole index, not one per figure that uses it.
    terms.push(internTerm(t));
    weights.push(w);
  }
  return restoredTerms(terms, weights, v);
}

/** A compact context from its parts, as a stored index keeps them (`figureRecords`); the
 * terms are already interned (`internTerm`). */
export function restoredTerms(
  terms: string[],
  weights: number[],
  extras: { names?: readonly string[]; background?: ReadonlyMap<string, number>; subject?: string; object?: string; change?: ChangeTerm },
): TermVector {
  const c = new CompactTerms(terms, weights);
  if (extras.names && extras.names.length > 0) c.names = extras.names;
  if (extras.background) c.background = extras.background;
  if (extras.subject) c.subject = extras.subject;
  if (extras.object) c.object = extras.object;
  if (extras.change) c.change = extras.change;
  return c;
}

/** A context's own words, without its background (a source's title, a table's header): what
 * the sentence itself says. */
export function ownTerms(v: TermVector): TermVector {
  const own: BuildingVector = new Map(v);
  if (v.names) own.names = v.names;
  if (v.subject) own.subject = v.subject;
  if (v.object) own.object = v.object;
  if (v.change) own.change = v.change;
  return own;
}

/** A context without the terms `drop`: nor among its names, nor its subject. Made once a
 * context and set of terms, so that what is cached by context stays cached. */
export function withoutTerms(v: TermVector, drop: ReadonlySet<string>): TermVector {
  const key = [...drop].sort().join(' ');
  let made = dropped.get(v);
  if (!made) dropped.set(v, (made = new Map()));
  let out = made.get(key);
  if (!out) {
    const kept: BuildingVector = new Map([...v].filter(([t]) => !drop.has(t)));
    const names = v.names?.filter((n) => !drop.has(n));
    if (names && names.length > 0) kept.names = names;
    if (v.background) kept.background = v.background;
    if (v.subject && !drop.has(v.subject)) kept.subject = v.subject;
    if (v.object) kept.object = v.object;
    if (v.change) kept.change = v.change;
    made.set(key, (out = kept));
  }
  return out;
}

const dropped = new WeakMap<TermVector, Map<string, TermVector>>();

/** A table cell's context with its own column's header words as its own (the background
 * words weighed as much as a header's, not a title's): a cell's row says only whom it is
 * about (`Belarus`), its column what of them (`Share of world exports`). Other contexts as
 * they are. */
export function withColumnWords(v: TermVector): TermVector {
  const background = v.background;
  if (!background) return v;
  let out = withColumn.get(v);
  if (!out) {
    out = v;
    // (Most contexts' backgrounds are a title's, weighing less: nothing to build.)
    for (const [t, w] of background) {
      if (w < HEADER_WORD_WEIGHT || v.has(t)) continue;
      const own: BuildingVector = out === v ? new Map(v) : (out as BuildingVector);
      own.set(t, w);
      out = own;
    }
    if (out === v) return v;
    const own = out as BuildingVector;
    if (v.names) own.names = v.names;
    own.background = background;
    if (v.subject) own.subject = v.subject;
    if (v.object) own.object = v.object;
    if (v.change) own.change = v.change;
    withColumn.set(v, out);
  }
  return out;
}

/** A claim's table cell's context with its column's header words (`| Policy rate after the
 * meeting |`) as its own: the row says whom the cell is about, the column what of them. */
export function withHeaderWords(v: TermVector, header: string): TermVector {
  const own: BuildingVector = new Map(v);
  for (const t of tokenize(header, 0, header.length).tokens) if ((own.get(t.term) ?? 0) < CLAIM_HEADER_WEIGHT) own.set(t.term, CLAIM_HEADER_WEIGHT);
  if (own.size === v.size) return v;
  if (v.names) own.names = v.names;
  if (v.subject) own.subject = v.subject;
  if (v.object) own.object = v.object;
  if (v.change) own.change = v.change;
  return own;
}

/** What a claim's column header's words weigh in its cells' context: less than the row's own
 * words, which every row does not share (at the weight of a source's header, a column's
 * `Disbursement` made a row's `Fourth review … about $600m` the first review's `About US$600
 * million was disbursed`). */
const CLAIM_HEADER_WEIGHT = 0.3;

/** What a table header's words weigh in its cells' background (their own column's more,
 * `dataset/sourceFigures.ts`); a source's title weighs less. */
export const HEADER_WORD_WEIGHT = 0.5;
const withColumn = new WeakMap<TermVector, TermVector>();

/** The one copy of a term the index keeps: interned once, every context shares it. */
export function internTerm(t: string): string {
  let interned = INTERNED.get(t);
  if (interned === undefined) INTERNED.set(t, (interned = t));
  return interned;
}

export interface Token {
  term: string;
  start: number;
  end: number;
  /** A proper name: capitalised inside the sentence, possessive, an acronym, or a known actor. */
  name: boolean;
  /** In an `of` phrase, up to its first word that is not a general one (`of the world's
   * gallium`: world, gallium): what a figure just before the phrase is of. */
  afterOf: boolean;
  /** On the last word of a run of capitalised words (`London Metal Exchange`, `Bank of
   * England`): the terms of its initials (`lme`; `be` and `boe`), as another text may write it. */
  initials?: string[];
  /** In an aside between commas that a relative word opens (`Germany, which holds a quarter
   * of the EU's storage, was 30% full`): where the aside ends, and the comma that opened it
   * where a comma closes it. */
  asideEnd?: number;
  asideStart?: number;
}

/** A sentence's content words, and the places where a clause ends (`;`, `—`, `while`, …)
 * with how much distance crossing each adds. */
export interface Tokens {
  tokens: Token[];
  boundaries: number[];
  /** weightsBefore[i]: the summed weight of boundaries[0 .. i). */
  weightsBefore: number[];
}

// Words that turn to another subject (a strong boundary), and words that compare the same
// quantity at another time or place (`$12.1 billion, against $9.6 billion in 2023`: a weak one).
const CLAUSE_WORDS = new Map<string, number>([
  ...['while', 'whereas', 'but', 'although', 'though', 'unlike', 'meanwhile'].map((w): [string, number] => [w, 8]),
  ...['compared', 'versus', 'vs', 'against', 'from'].map((w): [string, number] => [w, 2]),
]);
const FIRST_WORDS = new Set(PHRASES.map(([p]) => p.split(' ')[0]));
const NOT_NAMES = new Set(
  [
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i',
    // Currencies written in capitals (`RMB 18.2 trillion`, `USD 12 billion`) are no one.
    'usd eur gbp cny rmb jpy inr chf cad aud nzd brl rub krw zar try mxn idr sgd hkd',
    // So are measures and goods written in capitals (`China's LNG imports fell 12%`).
    'gdp gnp cpi ppi pmi lng lpg cng bev bevs phev phevs fdi ipo ipos etf etfs vat eps ebit ebitda capex opex aum nav',
  ]
    .join(' ')
    .split(' '),
);
/** Words an `of` phrase may begin with before what it is of (`of the world's`, `of its`). */
const OF_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all']);
/** Words that open an aside after a comma: what it names is not who the sentence is about. */
const ASIDE_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'where', 'with', 'including', 'alongside', 'from', 'excluding', 'mainly', 'mostly', 'largely', 'notably', 'especially', 'particularly']);
const CLAUSE_WEIGHT = 8;
const COMMA_WEIGHT = 3;

function looksLikeName(word: string, first: boolean): boolean {
  const c = word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c > 127 && word[0] !== word[0].toLowerCase())) return false;
  const bare = word.replace(/['’]s$/, '').replace(/\./g, '');
  if (NOT_NAMES.has(bare.toLowerCase())) return false;
  if (bare.length >= 2 && bare === bare.toUpperCase()) return true;
  return !first || /['’]s$/.test(word);
}

/** A word without its possessive `'s` (`Russia's` → `Russia`). */
const withoutPossessive = (w: string): string => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

/** Reduces a word to a comparable stem: plural and possessive dropped, then cut to five
 * letters, which joins `refining`/`refinery`/`refined` and `processing`/`process`. */
export function stem(word: string): string {
  let w = withoutPossessive(word);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  // mining, mined, mines → min; shipping → ship; refined, refinery → refin
  if (w.length >= 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length >= 5 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length >= 4 && w[w.length - 1] === w[w.length - 2] && !'aeiouls'.includes(w[w.length - 1])) w = w.slice(0, -1);
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  w = SYNONYMS.get(w) ?? w;
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** General words that mean the same place, measure or month: `a tonne` and `a ton`, `tonnes`
 * and `tons` (a wire's `$349 a ton` for a claim's `$394 a tonne` shared no word of it). */
const SYNONYMS = new Map([
  ['global', 'world'],
  ['worldwid', 'world'],
  ['intern', 'world'],
  ['tonn', 'ton'],
  // A month as a dateline writes it (`ABIDJAN, Dec 18`) is the month (`in December`).
  // (Not `Mar`, which `marred` and `Mars` are cut to.)
  ...['janua', 'febru', 'april', 'augus', 'septe', 'octob', 'novem', 'decem'].map((month): [string, string] => [month.slice(0, 3), month]),
  ['sept', 'septe'],
]);

/** Terms of an `of` phrase that say how much or when of a thing, not which (`of the world's`,
 * `of its annual`, `of total`). */
const GENERAL_OF = new Set(
  ['world', 'total', 'annual', 'yearly', 'overall', 'entire', 'whole', 'current', 'estimated', 'combined', 'average', 'refined', 'mined', 'primary', 'processed', 'raw', 'domestic'].map(stem),
);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Clause boundaries in `text[from, to)`: strong punctuation, and commas that are not inside
 * a number. Each is added to `at`, with the distance crossing it adds to `weights`. */
const INITIALS_IN_BRACKETS = /^\([A-Z][A-Z0-9&]{1,8}s?\)/;

/** Whether the bracket at `i` opens or closes an amount in a currency and nothing more
 * (`($202 billion)`, `(about US$1 billion)`, `(€5.4bn)`, `(USD 1.2 million)`). */
function convertedInBrackets(text: string, i: number, c: number): boolean {
  // Looked for at most 40 characters away: every bracket of an archive is asked.
  let open = i;
  while (c === 41 && open > 0 && i - open < 40 && text.charCodeAt(open) !== 40) open--;
  let close = i;
  while (c === 40 && close < text.length && close - i < 40 && text.charCodeAt(close) !== 41) close++;
  return text.charCodeAt(open) === 40 && text.charCodeAt(close) === 41 && BRACKETED_AMOUNT.test(text.slice(open + 1, close));
}

const BRACKETED_AMOUNT = /^\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|over|~)\s*)?(?:US\$|[A-Z]{1,2}\$|\$|€|£|¥|₹|(?:USD|EUR|GBP|CNY|RMB|JPY|INR)\s?)\s?\d[\d.,]*\s*(?:thousand|million|billion|trillion|bn|mn|m|k|tn)?\s*$/;

function addBoundaries(text: string, from: number, to: number, at: number[], weights: number[], row: boolean): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A name's initials in brackets after it (`Domestic value addition (DVA) in …`) part no
    // clause.
    if (c === 40) {
      const initials = INITIALS_IN_BRACKETS.exec(text.slice(i, i + 14));
      if (initials) {
        i += initials[0].length - 1;
        continue;
      }
    }
    // A table cell's neighbours are its row's label, so `|` is no boundary, and nor are a
    // row label's brackets (`Floor area sold (million sq m)`).
    // Nor do the brackets around an amount in another currency (`SDR 760 million (about US$1
    // billion)`): one amount, told twice.
    if ((c === 40 || c === 41) && convertedInBrackets(text, i, c)) continue;
    if (c === 59 || (!row && (c === 40 || c === 41)) || c === 0x2014 || (c === 58 && !isDigit(text.charCodeAt(i + 1)) && !afterDateLabel(text, i))) {
      at.push(i); // ; ( ) — :
      weights.push(CLAUSE_WEIGHT);
    } else if (c === 0x2013 && text.charCodeAt(i - 1) === 32) {
      at.push(i); // – after a space
      weights.push(CLAUSE_WEIGHT);
    } else if (c === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) && !aroundAside(text, i)) {
      at.push(i); // ,
      weights.push(COMMA_WEIGHT);
    }
  }
}

/** A line that opens with a date and a colon, as a timeline's entries do (`February 2025:
 * President Donald Trump announces …`): the date is the entry's, and its colon parts nothing. */
const DATE_LABEL = new RegExp(
  String.raw`\n[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?:\d{1,2}[ \t]+)?(?:(?:${[...MONTHS.keys()].join('|')})\.?[ \t]+(?:\d{1,2},?[ \t]+)?)?(?:19|20)\d{2}(?:\*\*|__)?[ \t]*$`,
  'i',
);

function afterDateLabel(text: string, colon: number): boolean {
  const from = Math.max(0, colon - 32);
  return DATE_LABEL.test(`${from === 0 ? '\n' : ''}${text.slice(from, colon)}`);
}

/** Words set between commas that turn nothing (`Cell capacity, however, remains limited at
 * around 3 GW`): their commas are no boundary. */
const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'therefore', 'though', 'too', 'also', 'indeed', 'instead', 'still', 'thus', 'nonetheless', 'nevertheless', 'overall', 'notably']);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether the comma at `i` is one of the two around an adverb aside (`, however,`): scanned
 * by hand, as every comma of an archive is asked. */
function aroundAside(text: string, i: number): boolean {
  // After: `, however,`
  let j = i + 1;
  while (text.charCodeAt(j) === 32) j++;
  let k = j;
  while (isAsciiLetter(text.charCodeAt(k))) k++;
  let m = k;
  while (text.charCodeAt(m) === 32) m++;
  if (k > j && text.charCodeAt(m) === 44 && ASIDE_ADVERBS.has(text.slice(j, k).toLowerCase())) return true;
  // Before: `, however` ending at this comma.
  let e = i;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  let p = b;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  return b < e && text.charCodeAt(p - 1) === 44 && ASIDE_ADVERBS.has(text.slice(b, e).toLowerCase());
}

/** Multi-word names split into their words once. */
const PHRASE_WORDS = PHRASES.map(([phrase, term, isName]): [words: string[], term: string, isName: boolean] => [phrase.split(' '), term, isName]);

/** Lower-case words that may join the capitalised words of a name (`Bank of England`). */
const NAME_JOINERS = new Set(['of', 'the', 'for', '&']);

/** A word written with a capital and then a small letter (`London`, not `LME` or `london`). */
function isCapitalised(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  // Most words are small ASCII letters: told apart without a case conversion.
  if (a >= 97 && a <= 122) return false;
  if (a >= 65 && a <= 90 && b >= 97 && b <= 122) return true;
  return word.length > 1 && word[0] !== word[0].toLowerCase() && word[1] !== word[1].toUpperCase();
}

/** Whether text[from, to) holds only spaces and tabs. */
/** Initials written with stops: `U.S`, `U.K.` (a word's own stop may be left out of it). */
const DOTTED_INITIALS = /^[A-Z](?:\.[A-Z])+\.?$/;

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The initials of runs of capitalised words, each on its run's last token: `London Metal
 * Exchange` carries `lme`, so that a claim's `LME` finds it. A run is two capitalised words
 * or more, joined by spaces and `NAME_JOINERS` only. An `of` in it is initialled or not, as
 * names are (`OPEC`, `BoE`): both are kept. */
function markInitials(text: string, raw: ReadonlyArray<{ word: string; start: number; end: number }>, tokens: Token[]): void {
  let initials = '';
  let withOf = '';
  // A word joined to the one before by a hyphen is one word to some (`Inter-American
  // Development Bank`: `IDB`, and `IADB` to others).
  let joined = '';
  let last: Token | undefined;
  let end = -1;
  let t = 0;
  const close = (): void => {
    if (initials.length >= 2 && last) last.initials = [...new Set([initials, withOf, joined].filter((s) => s.length >= 2).map(stem))];
    initials = withOf = joined = '';
    last = undefined;
  };
  let dotted = false;
  for (const { word, start } of raw) {
    const between = text.slice(end, start);
    const hyphen = initials !== '' && between === '-';
    // Only spaces between the words of a run; after initials written with stops (`U.S.
    // Department of Agriculture`: `USDA`), a stop and spaces.
    if (initials && !hyphen && !onlySpaces(text, end, start) && !(dotted && /^\.?(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/.test(between))) close();
    end = start + word.length;
    dotted = DOTTED_INITIALS.test(word);
    if (dotted) {
      const letters = word.replace(/\./g, '').toLowerCase();
      initials += letters;
      withOf += letters;
      joined += letters;
      continue;
    }
    if (isCapitalised(word)) {
      while (t < tokens.length && tokens[t].end <= start) t++;
      const token = tokens[t] && tokens[t].start <= start ? tokens[t] : undefined;
      const lower = word.toLowerCase();
      // A month or a day is no part of a name (`the London Metal Exchange Tuesday`).
      if (token && !NOT_NAMES.has(lower)) {
        initials += lower[0];
        withOf += lower[0];
        if (!hyphen) joined += lower[0];
        last = token;
        continue;
      }
    } else if (initials && !hyphen && word.length <= 3 && NAME_JOINERS.has(word)) {
      if (word === 'of') withOf += 'o';
      continue;
    }
    close();
  }
  close();
}

/** Whether the word [start, end) stands by an amount: a digit after it, or a digit or a
 * scale word before it. */
function byAmount(text: string, start: number, end: number, from: number, to: number): boolean {
  let after = end;
  while (after < to && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 0xa0)) after++;
  if (after < to && isDigit(text.charCodeAt(after))) return true;
  let before = start;
  while (before > from && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 0xa0)) before--;
  if (before > from && isDigit(text.charCodeAt(before - 1))) return true;
  return SCALE_BEFORE.test(text.slice(Math.max(from, before - 12), before));
}

const SCALE_BEFORE = /\b(?:thousands?|millions?|billions?|trillions?|bn|mn|tn|crores?|lakhs?)$/i;

/** The content words of `text[from, to)`, outside `excluded` spans, as normalised terms.
 * `initials`: mark the initials of capitalised runs (`markInitials`), for a source's sentences. */
export function tokenize(text: string, from: number, to: number, excluded: readonly Span[] = [], initials = false, row = false): Tokens {
  const tokens: Token[] = [];
  const boundaries: number[] = [];
  const weights: number[] = [];
  let ex = 0;
  const raw: Array<{ word: string; start: number; end: number }> = [];
  let next = wordStart(text, from, to);
  while (next < to) {
    let start = next;
    const end = wordEnd(text, start, to);
    // The letters of a currency (`US$4.2 billion`, `HK$`) are no word: `US` there is no name.
    if (text.charCodeAt(end) === 36 && end - start <= 3) {
      next = wordStart(text, end, to);
      continue;
    }
    // A currency's code by its amount is the amount's unit, no word of what it is about
    // (`NOK 19.7 trillion`, `7,527 billion NOK`, a header's `(billions NOK)`). Codes are short
    // and capitalised: no other word is cut out to be looked up.
    if (end - start <= 3 && isUpperAscii(text.charCodeAt(start)) && isCurrencyCode(text.slice(start, end)) && byAmount(text, start, end, from, to)) {
      next = wordStart(text, end, to);
      continue;
    }
    // A stop word a page broke at a line's end (`be-⏎tween`, `mil-⏎lion`) is no two words
    // (`tween`, `lion`). Other breaks keep their halves: a wire breaks `rare-⏎earth` there too,
    // and a first half of five letters is the whole word's term already (`legis-⏎lative`).
    const joined = brokenWordEnd(text, end, to);
    if (joined > end && wordInfo(text.slice(start, end) + text.slice(wordStart(text, end, to), joined)).term === undefined) {
      next = wordStart(text, joined, to);
      continue;
    }
    // An ordinal is one word with its digits (`17th` package, not `th`): two packages or
    // rounds of another number are two things.
    if (start > from && isDigit(text.charCodeAt(start - 1)) && ORDINAL_ENDINGS.has(text.slice(start, end).toLowerCase())) {
      while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    }
    while (ex < excluded.length && excluded[ex].end <= start) ex++;
    if (!(ex < excluded.length && excluded[ex].start <= start)) raw.push({ word: text.slice(start, end), start, end });
    next = wordStart(text, end, to);
  }
  let last = from;
  let ofPhrase = false;
  // The tokens of an aside that is open (`, which holds … ,`), until a boundary ends it.
  let aside: Token[] | undefined;
  let asideStart = -1;
  let openedAt = -1;
  const closeAside = (at: number): void => {
    if (aside) {
      // Closed by a comma, the aside is one between commas: what it opened with is kept.
      const commas = text.charCodeAt(at) === 44;
      for (const t of aside) {
        t.asideEnd = at;
        if (commas) t.asideStart = asideStart;
      }
    }
    aside = undefined;
  };
  for (let i = 0; i < raw.length; i++) {
    const { start, word } = raw[i];
    let { end } = raw[i];
    const crossed = boundaries.length;
    // A table cell starts with a capital as a sentence does (`| Share of mined lithium |`).
    let cellStart = false;
    for (let k = last; k < start && !cellStart; k++) cellStart = text.charCodeAt(k) === 124;
    addBoundaries(text, last, start, boundaries, weights, row);
    if (boundaries.length > crossed) {
      ofPhrase = false;
      closeAside(boundaries[crossed]);
      if (text.charCodeAt(boundaries[boundaries.length - 1]) === 44 && ASIDE_OPENERS.has(word.toLowerCase())) {
        aside = [];
        asideStart = boundaries[boundaries.length - 1];
        openedAt = i;
      }
    }
    const info = wordInfo(word);
    let term: string | undefined;
    let name = false;
    if (info.phraseStart) {
      for (const [words, canon, isName] of PHRASE_WORDS) {
        if (words[0] !== info.lower || i + words.length > raw.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = raw[i + k].word.toLowerCase().replace(/\.$/, '') === words[k];
        if (ok) {
          term = canon;
          name = isName;
          end = raw[i + words.length - 1].end;
          i += words.length - 1;
          break;
        }
      }
    }
    last = end;
    if (term === undefined) {
      if (info.clause !== undefined) {
        boundaries.push(start);
        weights.push(info.clause);
        ofPhrase = false;
        // A clause word that opens an aside (`, from foregone output …,`) is in it.
        if (openedAt !== i) closeAside(start);
        continue;
      }
      if (info.term === undefined) {
        if (info.ofRole === 'of') ofPhrase = true;
        else if (info.ofRole === 'ends') ofPhrase = false;
        continue;
      }
      term = info.term;
      name = i === 0 || cellStart ? info.nameFirst : info.name;
    }
    const token: Token = { term, start, end, name, afterOf: ofPhrase };
    tokens.push(token);
    aside?.push(token);
    // Whose it is (`of Ghanaian beans`) leaves the phrase open for what it is of.
    if (!GENERAL_OF.has(term) && !name) ofPhrase = false;
  }
  const open = boundaries.length;
  addBoundaries(text, last, to, boundaries, weights, row);
  closeAside(boundaries.length > open ? boundaries[open] : to);
  if (initials) markInitials(text, raw, tokens);
  const weightsBefore = [0];
  for (const w of weights) weightsBefore.push(weightsBefore[weightsBefore.length - 1] + w);
  return { tokens, boundaries, weightsBefore };
}

/** The end of the rest of a word broken by a hyphen at `end` and a line break (`legis-⏎lative`):
 * lower-case letters starting the next line; `end` when there is none. */
function brokenWordEnd(text: string, end: number, to: number): number {
  if (text.charCodeAt(end) !== 45) return end;
  let i = end + 1;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return end;
  i++;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 97 && c <= 122)) return end;
  return wordEnd(text, i, to);
}

const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/** What a spelling is, worked out once: prose repeats its words, and a dataset is indexed
 * word by word. */
interface WordInfo {
  lower: string;
  /** Its term; undefined for a stop word. */
  term?: string;
  /** The weight of the clause boundary it is, if it is one. */
  clause?: number;
  /** A proper name inside a sentence, and as a sentence's first word. */
  name: boolean;
  nameFirst: boolean;
  /** It may begin a multi-word name (`united states`). */
  phraseStart: boolean;
  /** In an `of` phrase: `of` opens one, a determiner keeps it open (`of the`, `of its`), any
   * other stop word ends it. */
  ofRole: 'of' | 'keeps' | 'ends';
}

const WORD_INFO = new Map<string, WordInfo>();
/** The stems of places' names (`brazi`, `vietn`): their adjectives' too. */
const PLACE_STEMS = new Set([...PLACE_NAMES].map((p) => stem(p)));
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
/** Enough for any archive's vocabulary; cleared when full, so odd text cannot grow it forever. */
const WORD_INFO_LIMIT = 200_000;

function wordInfo(word: string): WordInfo {
  let info = WORD_INFO.get(word);
  if (info) return info;
  let lower = word.toLowerCase();
  // A trailing full stop belongs to the sentence, unless the word is an abbreviation (U.S.).
  if (lower.endsWith('.') && !lower.slice(0, -1).includes('.')) lower = lower.slice(0, -1);
  const ofRole = lower === 'of' ? 'of' : OF_DETERMINERS.has(lower) ? 'keeps' : 'ends';
  info = { lower, name: false, nameFirst: false, phraseStart: FIRST_WORDS.has(lower), clause: CLAUSE_WORDS.get(lower), ofRole };
  if (info.clause === undefined) {
    const bare = lower.replace(/\./g, '');
    // A possessive names the same actor (`Russia's` is `Russia`, `Beijing's` is China): stemmed
    // instead, it was a word of its own (`russi`), and two sentences about Russia shared none.
    const owner = withoutPossessive(bare);
    let term = WORDS.get(owner);
    const known = term !== undefined || PLACE_NAMES.has(owner);
    if (term === undefined && !STOPWORDS.has(bare) && bare.length >= 2) {
      const cut = stem(bare);
      term = SAME_TERMS.get(cut) ?? cut;
    }
    // A place's adjective is a name at a sentence's or a title's start too (`Brazilian coffee
    // exports`), as its stem is the place's (`brazi`).
    const demonym = !known && term !== undefined && PLACE_STEMS.has(term) && isUpperAscii(word.charCodeAt(0));
    if (term !== undefined) {
      info.term = term;
      // A measure written in capitals (`GDP`) is no name.
      const nameable = !MEASURE_WORDS.has(owner);
      info.name = nameable && (known || looksLikeName(word, false));
      info.nameFirst = nameable && (known || demonym || looksLikeName(word, true));
    }
  }
  if (WORD_INFO.size >= WORD_INFO_LIMIT) WORD_INFO.clear();
  WORD_INFO.set(word, info);
  return info;
}

/** A figure's word of change as its context holds it (`fell` → `fell`, `rising` → `ris`); a
 * stop word (`up`, `down`) as itself, which no context holds. */
export function changeTermOf(change: { word: string; direction: 'up' | 'down' }): ChangeTerm {
  const info = wordInfo(change.word);
  return { term: info.term ?? info.lower, direction: change.direction };
}

/** Where another figure of the sentence stands; `date` for a year or a date. */
export interface FigureSpan extends Span {
  date?: boolean;
  /** The end of a change it is (`from $18.6 billion … to $7.9 billion`). */
  level?: 'to' | 'from';
}

/** The spans of a sentence's figures, for `contextOf`. */
export const figureSpans = (figures: ReadonlyArray<{ kind: string; span: Span; end?: 'to' | 'from' }>): FigureSpan[] =>
  figures.map((f) => (f.kind === 'year' ? { ...f.span, date: true } : f.end ? { ...f.span, level: f.end } : f.span));

// Two binary searches written out, not through `lists.ts`' `firstIndex`: they run for every
// word of every source indexed, where a callback a step cost 5% of indexing.

/** Index of the first boundary at or after `offset`. */
function boundaryIndex(boundaries: number[], offset: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that starts at or after `offset` (spans in text order). */
function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The context of the figure at `figure` among the tokens of its sentence: every token's
 * term, weighted by its distance in words, with clause boundaries and the other figures of
 * the sentence (`others`) between the two counted as extra distance. With the sentence's
 * `text`, a list's other items are read too: their words are their figures'.
 */
export function contextOf(
  { tokens, boundaries, weightsBefore }: Tokens,
  figure: Span,
  allOthers: readonly FigureSpan[],
  change?: { word: string; direction: 'up' | 'down' },
  modifiers?: Span,
  text?: string,
): TermVector {
  // One amount in two units (`756 billion riyals ($202 billion)`, `€5bn, or $5.4bn`): the
  // other is no figure between this one and its words; they are both's.
  const others = text === undefined ? allOthers : withoutConversions(text, figure, allOthers);
  const vector: BuildingVector = new Map();
  if (change) vector.change = changeTermOf(change);
  const names = new Set<string>();
  // Other figures between two offsets, by binary search (`others` are in text order).
  const firstFrom = (offset: number): number => firstStartingFrom(others, offset);
  const oldLevel = oldLevelBefore(others, firstFrom(figure.start), figure.start);
  const between = (a: number, b: number): number => {
    const w = weightsBefore[boundaryIndex(boundaries, b)] - weightsBefore[boundaryIndex(boundaries, a)];
    // Every other figure that starts or ends between the two: a word of another figure's own
    // (`DUV` of `374 EUV systems and 44 DUV systems`) is past that figure too. Not a date's
    // (`May` of `1 May 2024`): a date is when, and its month is as near as it stands.
    // Counted by binary search: a table row may hold thousands of figures after its label.
    const first = firstFrom(a);
    const last = firstFrom(b);
    let crossed = last - first;
    // (Figures do not overlap: only the last may run on past `b`.)
    if (crossed > 0 && others[last - 1].date && others[last - 1].end > b) crossed--;
    const before = others[first - 1];
    if (before && !before.date && before.end > a && before.start < a) crossed++;
    // Nor are the old level of the change the figure is the new level of, and its date: what
    // changed is named before both (`usable reserves dropped from $18.6 billion at the end of
    // 2020 to $7.9 billion`).
    if (oldLevel !== undefined && b > oldLevel) crossed -= Math.max(0, firstFrom(Math.min(b, figure.start)) - firstFrom(Math.max(a, oldLevel)));
    return w + crossed * PAST_FIGURE;
  };
  /** Adds a token at a distance; false once words are too far to count, which ends the walk. */
  const add = (token: Token, distance: number): boolean => {
    const w = 1 / (1 + distance / 3);
    if (w < MIN_WEIGHT) return false;
    const prev = vector.get(token.term);
    if (prev === undefined || prev < w) vector.set(token.term, w);
    if (token.name) names.add(token.term);
    for (const initials of token.initials ?? []) {
      const before = vector.get(initials);
      if (before === undefined || before < w) vector.set(initials, w);
      names.add(initials);
    }
    return true;
  };
  const after = firstStartingFrom(tokens, figure.end);
  // What the figure is of: the first word of an `of` phrase right after it, past general ones.
  // Whose it is (`of Ghanaian beans`, `of China's imports`) says which, not what: the noun after it.
  let head = after;
  const whose = (i: number): boolean => tokens[i].name && i + 1 < tokens.length && tokens[i + 1].afterOf && !tokens[i + 1].name;
  while (head < tokens.length && tokens[head].afterOf && (GENERAL_OF.has(tokens[head].term) || whose(head))) head++;
  if (head < tokens.length && tokens[head].afterOf && !GENERAL_OF.has(tokens[head].term) && between(figure.end, tokens[head].start) === 0) {
    vector.object = tokens[head].term;
  }
  // The next item of a list (`South Korea's share fell to 16.5% and Japan's to 5.0%`, `hybrids
  // at almost 35% of the market and BEVs at 15.6%`): its words are the next figure's, past it.
  const nextItem = text === undefined ? -1 : listItemAfter(text, figure, others[firstFrom(figure.end)]);
  for (let i = after; i < tokens.length; i++) {
    const past = nextItem >= 0 && tokens[i].start >= nextItem ? PAST_FIGURE : 0;
    if (!add(tokens[i], i - after + between(figure.end, tokens[i].start) + past)) break;
  }
  // A name that is another figure's unit (`GW` of `about 15 GW`) is no one's.
  const unitOfFigure = (t: Token): boolean => {
    const o = others[firstFrom(t.start + 1) - 1];
    return o !== undefined && !o.date && o.start <= t.start && o.end >= t.end;
  };
  let k = 0;
  const previousPlace = text === undefined ? undefined : placeOfPrevious(text, figure, others[firstFrom(figure.start) - 1]);
  // An aside between commas before the figure (`Core inflation, which strips out regulated
  // prices, was 2.2%`) stands between it and what it is about, as brackets would: the words
  // before the aside are as near as if it were not there.
  let asideWords = 0;
  let asideWeight = 0;
  let lastAside: number | undefined;
  let subject = false;
  // The subject's whole name, as near as its last word (`Mumbai Metropolitan Region (MMR)`).
  let run: { start: number; distance: number } | undefined;
  for (let i = after - 1; i >= 0; i--) {
    const t = tokens[i];
    // What a count counts, in its own words (`UK fixed-rate` mortgages): as near as can be.
    if (modifiers && t.start >= modifiers.start && t.end <= modifiers.end) add(t, 0);
    if (t.end > figure.start) continue; // a word of the figure itself
    const inAside = t.asideStart !== undefined && t.asideEnd !== undefined && t.asideEnd <= figure.start;
    if (inAside && lastAside !== t.asideStart) {
      lastAside = t.asideStart;
      asideWeight += between(t.asideStart!, t.asideEnd! + 1);
    }
    const distance = inAside ? k++ + between(t.end, figure.start) : k++ - asideWords + between(t.end, figure.start) - asideWeight;
    if (inAside) asideWords++;
    // The previous item's place, after its figure (`24% at Meta, against 15% at Alphabet and
    // 13% at Amazon`: Alphabet is 15%'s): as far as past that figure, and no subject.
    if (previousPlace && t.start >= previousPlace.start && t.end <= previousPlace.end) {
      add(t, distance + PAST_FIGURE);
      // Its places follow their figures: none before is this figure's subject either.
      subject = true;
      continue;
    }
    // The nearest name before a figure is who it is about (`Chile holds …, and produced
    // about 24%`), however long the sentence runs between them.
    // A name in an aside that ended before the figure is not who the figure is about.
    if (run && t.name && run.start - t.end <= NAME_GAP) {
      add(t, run.distance);
      run.start = t.start;
    } else if (t.name && !subject && !(t.asideEnd !== undefined && t.asideEnd <= figure.start) && !(t.afterOf && text !== undefined && ofWhatIsShared(text, t.start)) && !unitOfFigure(t)) {
      subject = true;
      vector.subject = t.term;
      run = { start: t.start, distance: Math.min(distance, 3) };
      add(t, run.distance);
    } else {
      run = undefined;
      if (!add(t, distance) && subject) break;
    }
    if (k > MAX_SUBJECT_REACH) break;
  }
  if (names.size > 0) vector.names = [...names];
  return vector;
}

/** Whether a name at `at` is what a share is of (`57% of EU LNG imports`, `Russia's share of
 * EU imports`): who holds the share is named before, and a later figure's subject is that
 * one (`The United States supplied 57% of EU LNG imports in 2025, up from 45%`). */
function ofWhatIsShared(text: string, at: number): boolean {
  return SHARE_OF.test(text.slice(Math.max(0, at - 24), at));
}

const SHARE_OF = /(?:%|\bper\s?cent|\bpercent|\bshares?|\bproportion)\s+of\s+(?:the\s+)?$/i;

/** The other figures of a sentence, without the one `figure` converts or is converted by:
 * right before it, or right after it, in brackets or after `or` (`€5bn, or $5.4bn`). */
function withoutConversions(text: string, figure: Span, others: readonly FigureSpan[]): readonly FigureSpan[] {
  // By binary search: a sentence may hold thousands (an adversarial source's `$1 $1 $1 …`).
  const i = firstStartingFrom(others, figure.start);
  const previous = i > 0 ? others[i - 1] : undefined;
  const next = others[i]?.start === figure.start ? others[i + 1] : others[i];
  const converts = (a: FigureSpan, b: FigureSpan): boolean => !a.date && !b.date && b.start >= a.end && b.start - a.end <= 8 && CONVERSION.test(text.slice(a.end, b.start));
  const drop = [previous && converts(previous, figure) ? previous : undefined, next && converts(figure, next) ? next : undefined];
  return drop[0] || drop[1] ? others.filter((o) => o !== drop[0] && o !== drop[1]) : others;
}

/** What stands between an amount and the same in another unit. */
const CONVERSION = /^\s*(?:\(|,?\s*or\s)\s*$/;

/** Where the old level of a change starts, when the figure at `at` (the `index`th of
 * `others`, if it is among them) is its new level: the last figure before it but dates, at
 * most 80 characters back. */
function oldLevelBefore(others: readonly FigureSpan[], index: number, at: number): number | undefined {
  if (others[index]?.start !== at || others[index].level !== 'to') return undefined;
  let i = index - 1;
  while (i >= 0 && others[i].date) i--;
  const old = others[i];
  return old?.level === 'from' && at - old.end <= 80 ? old.start : undefined;
}

/** Where the next item of a list begins after a figure: an `and` before a capitalised word
 * (a name, an actor's possessive, initials) with nothing but a few words between it and the
 * next figure (`and Japan's to`, `and BEVs at`, `and the IDB`, `and its GDP by`), or before
 * a noun and the word that leads to the figure (`and imports by`); -1 where none does. */
function listItemAfter(text: string, figure: Span, next: Span | undefined): number {
  if (!next || next.start - figure.end > 80) return -1;
  const m = LIST_ITEM.exec(text.slice(figure.end, next.start));
  return m ? figure.end + m.index : -1;
}

/** The place a list's previous item names after its figure, right before this one (`15% at
 * Alphabet and 13%`, `23% of revenue at Microsoft and 24%`): the span of its words. */
function placeOfPrevious(text: string, figure: Span, previous: Span | undefined): Span | undefined {
  if (!previous || previous.end > figure.start || figure.start - previous.end > 80) return undefined;
  const m = PLACE_AFTER.exec(text.slice(previous.end, figure.start));
  return m ? { start: previous.end, end: previous.end + m[1].length } : undefined;
}

const PLACE_AFTER = /^((?:\s+[\p{Ll}'’-]+){0,3}?\s+(?:at|in|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*,?\s+(?:and|but|while|against|versus|vs\.?)(?:\s+(?:only|just))?\s*$/u;

const LIST_ITEM = /\band\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2}|\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?\s+(?:by|to|at))\s*$/u;

/** How much farther a word is for every other figure between it and the figure. */
const PAST_FIGURE = 6;

/** At most this many characters between two words of one name (`Region (MMR`, `Bank of England`). */
const NAME_GAP = 4;

/** Words weighing less than this are too far from the figure to say what it is about. */
const MIN_WEIGHT = 0.08;
/** How many words back the subject of a figure is looked for. */
const MAX_SUBJECT_REACH = 60;

/** Inverse document frequency of terms, from how many source figures' contexts hold them. */
export interface TermStatistics {
  idf(term: string): number;
  /** Changes whenever an idf may have changed (a dataset's version). */
  readonly version?: number;
}

/** A claim's terms with their rarity, worked out once for the hundreds of candidates it is
 * compared with. */
interface WeighedClaim {
  stats: TermStatistics;
  version: number;
  terms: string[];
  weights: number[];
  idfs: number[];
  total: number;
}

const weighed = new WeakMap<TermVector, WeighedClaim>();

function weigh(claim: TermVector, stats: TermStatistics): WeighedClaim {
  const hit = weighed.get(claim);
  if (hit && hit.stats === stats && hit.version === stats.version && stats.version !== undefined) return hit;
  const w: WeighedClaim = { stats, version: stats.version ?? -1, terms: [], weights: [], idfs: [], total: 0 };
  for (const [term, wc] of claim) {
    const idf = stats.idf(term);
    w.terms.push(term);
    w.weights.push(wc);
    w.idfs.push(idf);
    w.total += idf * wc;
  }
  weighed.set(claim, w);
  return w;
}

/** Names near the claim's figure that the other context lacks, while it names someone else:
 * "Australia produced 47%" and "Chile produced 24%" are about two different things. */
function namesClash(claim: TermVector, other: TermVector): boolean {
  if (subjectsClash(claim, other)) return true;
  if (!claim.names || !other.names) return false;
  let strong = false;
  for (const n of claim.names) {
    const w = claim.get(n) ?? 0;
    if (w < 0.4) continue;
    strong = true;
    if (other.has(n) || other.background?.has(n)) return false;
  }
  return strong && other.names.some((n) => (other.get(n) ?? other.background?.get(n) ?? 0) >= 0.3 && !claim.has(n));
}

/** Each figure is about someone (the nearest name before it) that the other barely mentions:
 * "China mines 60-70%" and "Outside China, the Mountain Pass mine in California supplies 15%". */
function subjectsClash(a: TermVector, b: TermVector): boolean {
  if (!a.subject || !b.subject || a.subject === b.subject) return false;
  return weightIn(b, a.subject) < 0.5 && weightIn(a, b.subject) < 0.5;
}

/** The other figure is of something else, in words that speak of the claim's thing too, but
 * not as what that figure is of: in "98 percent of the world's gallium and about 60% of its
 * germanium", 98 percent is no figure for `80% of germanium`. Where the other's words never
 * name the claim's thing, the two may be one thing in other words (`output`, `production`),
 * and nothing clashes. */
function objectsClash(a: TermVector, b: TermVector): boolean {
  if (!a.object || !b.object || a.object === b.object) return false;
  const inB = weightIn(b, a.object);
  return inB > 0 && inB < 0.5 && weightIn(a, b.object) < 0.5;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map(stem);

/** The ordinals in a figure's context (`second review`, `third and fourth reviews`). */
function ordinalsOf(terms: TermVector): string[] {
  return ORDINALS.filter((o) => (terms.get(o) ?? 0) >= ORDINAL_WEIGHT);
}
const ORDINAL_WEIGHT = 0.15;
const claimOrdinals = new WeakMap<TermVector, string[]>();

/** One is the second of something, the other its third and fourth (`The second review had
 * released $1.15bn`, `the combined third and fourth reviews, releasing about $1.3 billion`):
 * two of a series, which share every other word. */
function ordinalsClash(claim: TermVector, other: TermVector): boolean {
  // A claim is compared with hundreds of candidates: its ordinals are found once.
  let mine = claimOrdinals.get(claim);
  if (!mine) claimOrdinals.set(claim, (mine = ordinalsOf(claim)));
  if (mine.length === 0) return false;
  const theirs = ordinalsOf(other);
  return theirs.length > 0 && !theirs.some((o) => mine.includes(o));
}

/** Two figures of something named differently (`98% of the world's gallium`, `about 60% of
 * the world's germanium`): two things, whatever else the sentences share. Between a claim
 * and the source it cites the same test would split one thing written two ways (`output`,
 * `production`); between two claims, and between a claim and a source it does not cite,
 * silence is the better mistake. */
export function ofOtherThings(a: TermVector, b: TermVector): boolean {
  if (a.object === undefined || b.object === undefined || a.object === b.object) return false;
  // What one is of, the other names right beside its figure: a noun before the head (`80% of
  // Venezuela's oil exports` for `68% of Venezuelan exports`), not another thing. Not as a
  // name (`Germany` is cut to `germanium`'s term).
  return !namesBeside(b, a.object) && !namesBeside(a, b.object);
}

const namesBeside = (v: TermVector, term: string): boolean => (v.get(term) ?? 0) >= OBJECT_NAMED && !(v.names ?? []).includes(term);

/** How much a word must weigh in a context to name what its figure is of. */
const OBJECT_NAMED = 0.5;

const AIMS = ['target', 'goal', 'aim', 'objective'].map(stem);

/** Whether a figure is an aim, not an outcome: a word of one in its clause (`The budget
 * targets … average inflation of 6.5%`, `the government's target of 6.5%`). */
export const isAim = (terms: TermVector): boolean => AIMS.some((t) => (terms.get(t) ?? 0) >= 0.2);

/** Words of a total, as a context holds them. */
const TOTAL_TERMS = ['total', 'cumulative', 'combined', 'overall', 'altogether', 'together'].map(stem);

/** Whether a context says its figure is a total (`Total smelting capacity is around 16
 * million tonnes`, `a cumulative 60 basis points`). */
export const isTotal = (v: TermVector): boolean => TOTAL_TERMS.some((t) => (v.get(t) ?? 0) >= 0.5);

/** Words of a difference between two things (`the spread between TTF and Henry Hub`, `a
 * discount of $12 to Brent`); not `gap` (`the skills gap`) nor `premium` (an insurance's). */
const DIFFERENCE_TERMS = ['spread', 'difference', 'differential', 'discount'].map(stem);

/** Whether a context says its figure is a difference between two things, not either's level. */
export const isDifference = (v: TermVector): boolean => DIFFERENCE_TERMS.some((t) => (v.get(t) ?? 0) >= 0.3);

const weightIn = (v: TermVector, t: string): number => v.get(t) ?? v.background?.get(t) ?? 0;

/** How much of the claim's context the other context covers, weighted by rarity: 0 to 1.
 * One shared word is not enough to be the same thing when the claim says more, and a clash
 * of names or of what the figures are of halves the score.
 * `acrossWays`: two words of change stand for each other, whichever their way (`fell`, `grew`,
 * `climbed`), since the way is compared as the way (figures/change.ts). Only for a claim and
 * a figure of the source it cites of the very same amount: across a dataset, and between
 * changes of different amounts, a change word and one more word shared made the same thing
 * of unrelated changes (`fell by about 50% last year`, `13% higher than in November`). */
export function similarity(claim: TermVector, other: TermVector, stats: TermStatistics, acrossWays = false, sameNoun = false): number {
  const { terms, weights, idfs, total } = weigh(claim, stats);
  let covered = 0;
  let shared = 0;
  const changed = acrossWays && claim.change && other.change && claim.change.term !== other.change.term ? claim.change : undefined;
  let changeCover = 0;
  let own = false;
  for (let i = 0; i < terms.length; i++) {
    // Background terms (a source's title) help cover a claim but are never asked to be covered.
    const mine = other.get(terms[i]);
    const wo = mine ?? other.background?.get(terms[i]);
    if (wo !== undefined) {
      const common = Math.min(weights[i], wo);
      covered += idfs[i] * common;
      if (common >= 0.2) shared++;
      own ||= mine !== undefined;
    } else if (changed && terms[i] === changed.term) {
      // The other's word of change stands next to its figure: a stop word (`down`) counts as such.
      const common = Math.min(weights[i], other.get(other.change!.term) ?? 1);
      changeCover = idfs[i] * common;
      if (common >= 0.2) shared++;
    }
  }
  // Two words of change alike make nothing alike with no other word of the sentence: `rose
  // 2.4%` of copper is not the dollar index that `climbed 2.4%` in an article about copper.
  if (own) covered += changeCover;
  else if (changeCover > 0) shared--;
  if (total === 0) return 0;
  let s = covered / total;
  // One shared word is too little to be sure of, but for two counts of one noun (`cutting
  // 10,000 jobs`, `cutting at least 10,000 jobs`): the noun is a word they share.
  if (shared + (sameNoun ? 1 : 0) < 2 && claim.size >= 3) s = Math.min(s, 0.35);
  if (namesClash(claim, other) || objectsClash(claim, other) || ordinalsClash(claim, other)) s *= 0.5;
  return s;
}

/** Both ways: each context covers the other. For conflicts, where nothing else ties the two. */
export function mutualSimilarity(a: TermVector, b: TermVector, stats: TermStatistics): number {
  return Math.min(similarity(a, b, stats), similarity(b, a, stats));
}

/** The terms two contexts share, strongest first: for messages and hovers. */
export function sharedTerms(a: TermVector, b: TermVector): string[] {
  return [...a.keys()].filter((t) => b.has(t)).sort((x, y) => (b.get(y)! + a.get(y)!) - (b.get(x)! + a.get(x)!));
}
