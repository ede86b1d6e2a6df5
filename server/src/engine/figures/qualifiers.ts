// The words around a number that shape its value (spec section 2): `about`, `nearly`,
// `more than`, `at least`, `under`, `up to` before it; `+`, `-plus`, `or more` after it.

import { boundaryAt, boundaryBefore, brokenRest, gapAfter, gapBefore, isBlank, isNewline, letterRun, lettersEnd, lettersStart, type LetterRun } from './chars';
import type { Qualifier } from './types';

/** A word or symbol before a number, read backwards; `lower` is its lower-case text. */
export interface BackToken {
  lower: string;
  start: number;
  end: number;
}

const SYMBOLS = new Set([0x7e, 0x2248, 0x3e, 0x3c, 0x2265, 0x2264, 0x3d]); // ~ ≈ > < ≥ ≤ =

/** Most words read back from a number. */
const MAX_BACK = 5;

/**
 * The words or symbols before a position, nearest first, read lazily. Words are separated by
 * white space; a symbol may touch the number (`~15%`, `>90%`); a word may end in `.` (`approx.`).
 */
export class WordsBefore {
  private readonly read: BackToken[] = [];
  private pos: number;
  private done = false;

  constructor(
    private readonly text: string,
    /** Where the reading starts: the number's wording. */
    readonly origin: number,
    private readonly floor: number,
  ) {
    this.pos = origin;
  }

  at(k: number): BackToken | undefined {
    while (this.read.length <= k && !this.done) this.readOne();
    return this.read[k];
  }

  private readOne(): void {
    const { text, floor } = this;
    const g = this.read.length < MAX_BACK ? gapBefore(text, this.pos, floor) : -1;
    const q = g >= 0 ? g : this.pos;
    const c = q > floor ? text.charCodeAt(q - 1) : NaN;
    if (this.read.length >= MAX_BACK || q <= floor) {
      this.done = true;
    } else if (SYMBOLS.has(c)) {
      let s = q - 1;
      if (s > floor && SYMBOLS.has(text.charCodeAt(s - 1))) s--; // >= <=
      this.read.push({ lower: text.slice(s, q), start: s, end: q });
      this.pos = s;
    } else {
      const e = c === 46 ? q - 1 : q;
      const s = g < 0 ? e : lettersStart(text, e, floor);
      if (s === e || !boundaryBefore(text, s, floor)) {
        this.done = true;
        return;
      }
      let lower = letterRun(text, s, e).lower;
      let start = s;
      // A word a page broke at a line's end is one word (`an in-⏎crease of 9.1 per cent`).
      const broken = brokenWordStart(text, s, floor);
      if (broken !== undefined) {
        lower = letterRun(text, broken, lettersEnd(text, broken, s)).lower + lower;
        start = broken;
      }
      this.read.push({ lower: c === 46 ? lower + '.' : lower, start, end: q });
      this.pos = start;
    }
  }
}

/** Where the first half begins of a word whose second half starts at `s`, lower case, broken
 * by a hyphen at the end of the line before (`in-⏎crease`): as `brokenRest` reads such a word
 * forwards. */
function brokenWordStart(text: string, s: number, floor: number): number | undefined {
  const c = text.charCodeAt(s);
  if (!(c >= 97 && c <= 122)) return undefined;
  let k = s;
  while (k > floor && (isBlank(text.charCodeAt(k - 1)) || isNewline(text.charCodeAt(k - 1)))) k--;
  if (k === s || text.charCodeAt(k - 1) !== 45) return undefined;
  const start = lettersStart(text, k - 1, floor);
  return start < k - 1 && brokenRest(text, letterRun(text, start, k - 1), s + 1)?.start === s ? start : undefined;
}

const PHRASES: Array<[string, Qualifier]> = [
  ['about', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'],
  ['approx', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['some', 'approximate'],
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['an approximate', 'approximate'],
  ['~', 'approximate'], ['≈', 'approximate'], ['circa', 'approximate'], ['c.', 'approximate'],
  ['ca.', 'approximate'], ['an approximately', 'approximate'],
  // Writers' words for about: `in the region of $5 billion`, `more or less 40%`.
  ['in the region of', 'approximate'], ['on the order of', 'approximate'], ['of the order of', 'approximate'], ['more or less', 'approximate'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['just shy of', 'nearly'], ['just short of', 'nearly'], ['not quite', 'nearly'], ['shy of', 'nearly'],
  ['approaching', 'nearly'],
  ['over', 'more-than'], ['more than', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['upward of', 'more-than'], ['>', 'more-than'],
  ['greater than', 'more-than'], ['well over', 'more-than'], ['just over', 'more-than'],
  ['well above', 'more-than'], ['well in excess of', 'more-than'], ['north of', 'more-than'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'],
  ['not less than', 'at-least'], ['>=', 'at-least'], ['≥', 'at-least'], ['a minimum of', 'at-least'],
  ['under', 'less-than'], ['less than', 'less-than'], ['below', 'less-than'], ['<', 'less-than'],
  ['fewer than', 'less-than'], ['well under', 'less-than'], ['well below', 'less-than'],
  // A comparative bound: `farms smaller than 20 hectares`, `prices higher than $80`.
  ['smaller than', 'less-than'], ['lower than', 'less-than'], ['shorter than', 'less-than'], ['cheaper than', 'less-than'],
  ['larger than', 'more-than'], ['bigger than', 'more-than'], ['higher than', 'more-than'], ['longer than', 'more-than'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'],
  ['<=', 'at-most'], ['≤', 'at-most'], ['a maximum of', 'at-most'],
  // A bound reached at the extreme: `rose as much as 1.5%` (intraday), `as many as 40 ships`;
  // `as little as $94` (the cheapest).
  ['as much as', 'at-most'], ['as many as', 'at-most'], ['as high as', 'at-most'],
  ['as little as', 'at-least'], ['as few as', 'at-least'], ['as low as', 'at-least'],
];

/** Verbs that bound the number after them (`to exceed 5 million bpd`, `sales topped $1
 * billion`): a qualifier, but not part of the figure's wording, which a fix rewrites. */
const VERBS: Array<[string, Qualifier]> = [
  ['exceed', 'more-than'], ['exceeds', 'more-than'], ['exceeded', 'more-than'], ['surpass', 'more-than'],
  ['surpasses', 'more-than'], ['surpassed', 'more-than'], ['surpassing', 'more-than'], ['topped', 'more-than'],
  ['tops', 'more-than'], ['topping', 'more-than'],
  // `top` and `cross` only as verbs (`set to top $100 trillion`, `will cross $30 billion`), not
  // `the top 5`. (What `crossed 2 trillion rupees` it was `passed ₹2 trillion` says too, with
  // no word a bound.)
  ...['to', 'will', 'could', 'would', 'may', 'might', 'should', 'can'].flatMap((w): Array<[string, Qualifier]> => [
    [`${w} top`, 'more-than'],
    [`${w} cross`, 'more-than'],
  ]),
];

/** Verbs whose `up to` is the way to a level, not a bound (`revised up to £1,190`). */
const LEVEL_VERBS = new Set([
  'revised', 'revise', 'revises', 'revising', 'moved', 'ramped', 'ramps', 'ramping', 'scaled', 'ratcheted', 'bumped',
  'marked', 'pushed', 'nudged', 'edged', 'ticked', 'adjusted',
]);

/** Verbs whose `over` is a particle, not a bound (`handed over 766 jets`: delivered 766). */
const OVER_VERBS = new Set(['hand', 'hands', 'handed', 'handing']);

interface Phrase {
  words: string[];
  qualifier: Qualifier;
  phrase: string;
  verb?: boolean;
}

/** A qualifier's phrase as written (`more than`, `nearly`), to its qualifier. */
const OF_PHRASE = new Map(PHRASES);

/** The qualifier a phrase of words writes (`more than` → more-than); undefined for none. */
export const phraseQualifier = (phrase: string): Qualifier | undefined => OF_PHRASE.get(phrase.toLowerCase().replace(/\s+/g, ' '));

/** The phrases by their last word, longest first, so that `no more than` wins over `more than`. */
const BY_LAST = new Map<string, Phrase[]>();
for (const [phrase, qualifier, verb] of [...PHRASES, ...VERBS.map(([p, q]): [string, Qualifier, boolean] => [p, q, true])]) {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const list = BY_LAST.get(last) ?? [];
  list.push({ words, qualifier, phrase, verb: verb === true });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_LAST.set(last, list);
}

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  /** The phrase as matched, lower case (`more than`). */
  phrase: string;
}

/** The qualifier phrase that ends right before a number. */
export function qualifierBefore(before: WordsBefore): QualifierMatch | undefined {
  const first = before.at(0);
  const candidates = first ? BY_LAST.get(first.lower) : undefined;
  if (!candidates) return undefined;
  for (const { words, qualifier, phrase, verb } of candidates) {
    const n = words.length;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = before.at(k)?.lower === words[n - 1 - k];
    // `revised up to £1,190`, `ramped up to 40%`: a way and a level, no bound.
    if (ok && phrase === 'up to' && LEVEL_VERBS.has(before.at(n)?.lower ?? '')) continue;
    if (ok && phrase === 'over' && OVER_VERBS.has(before.at(n)?.lower ?? '')) continue;
    const start = verb ? before.origin : before.at(n - 1)?.start;
    if (ok && start !== undefined) return { qualifier, start, phrase };
  }
  return undefined;
}

/** Words that make a bound a limit: `No single country should supply more than 65%`. */
const NEGATIONS = new Set(['no', 'not', 'never', 'none', 'nor', 'cannot', 'neither']);
/** How many words back a negation limits a bound. */
const NEGATION_REACH = 8;
/** Words that open another clause: a negation before them says nothing of the bound after
 * (`There is no doubt that more than 65% …`, `did not mine it but imported more than 60%`).
 * Not `or`, which joins what one negation covers (`No country or bloc should supply more
 * than 65%`). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'but', 'and', 'yet', 'so', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'when', 'where', 'since', 'as']);

/** Whether a negation stands in the clause before `pos`, a few words back: then `more than
 * 65%` is a limit, at most 65% (as `no more than 65%` is), and `less than 5%` a floor. */
export function negatedBefore(text: string, pos: number, floor: number): boolean {
  let words = 0;
  let end = pos;
  // The word after the one read, and whether a verb's auxiliary stands between it and the bound.
  let after = '';
  let auxiliary = false;
  for (let i = pos - 1; i >= floor - 1; i--) {
    const c = i >= floor ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
    if (letter) continue;
    if (end > i + 1) {
      const word = text.slice(i + 1, end).toLowerCase();
      // A negation of a participle before the verb is a noun's (`the energy not served has
      // fallen by more than 90%`), not the bound's.
      if (NEGATIONS.has(word.replace(/[’]/g, "'").replace(/n't$/, ' not').split(' ').pop()!)) return !(auxiliary && PARTICIPLE.test(after));
      if (CLAUSE_OPENERS.has(word)) return false;
      if (++words >= NEGATION_REACH) return false;
      auxiliary ||= AUXILIARIES.has(word);
      after = word;
    }
    // A clause ends at punctuation: `Not only did exports rise, more than 65% …` is no limit.
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 || c === 0x2014) return false;
    end = i;
  }
  return false;
}

/** A verb's auxiliary, as a sentence's verb starts. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** A past participle, as regular verbs write it. */
const PARTICIPLE = /^[a-z]{3,}ed$/;

const AFTER = new Map<string, Qualifier>([
  ['more', 'at-least'], ['above', 'at-least'], ['over', 'at-least'], ['higher', 'at-least'], ['greater', 'at-least'],
  ['less', 'at-most'], ['fewer', 'at-most'], ['below', 'at-most'], ['under', 'at-most'], ['lower', 'at-most'],
  ['so', 'approximate'],
  // Of sizes and ages: `7 nm or finer`, `aged 65 and older`.
  ['finer', 'at-most'], ['smaller', 'at-most'], ['younger', 'at-most'], ['larger', 'at-least'], ['bigger', 'at-least'], ['older', 'at-least'],
]);

function wordAt(text: string, i: number, end: number): LetterRun | undefined {
  const run = letterRun(text, i, end);
  return run.end === i || run.end - i > 8 || !boundaryAt(text, run.end, end) ? undefined : run;
}

/** `or more`, `or less`, `or so` after a figure ending at `pos`; `and above`, `and over`,
 * `and below`, `and under` too (`ships of 7,500 CEU and above`), not `and more`, which adds. */
export function qualifierAfter(text: string, pos: number, end: number): { qualifier: Qualifier; end: number } | undefined {
  const g = gapAfter(text, pos, end);
  const first = g < 0 ? 0 : text.charCodeAt(g) | 32;
  if (first !== 111 && first !== 97) return undefined; // o, a
  const joint = wordAt(text, g, end);
  if (joint?.lower !== 'or' && joint?.lower !== 'and') return undefined;
  const g2 = gapAfter(text, joint.end, end);
  const w = g2 > 0 ? wordAt(text, g2, end) : undefined;
  const qualifier = w && (joint.lower === 'or' || AND_AFTER.has(w.lower)) ? AFTER.get(w.lower) : undefined;
  // Not a bound of the next number (`5% and above 3%`).
  const g3 = w ? gapAfter(text, w.end, end) : -1;
  if (g3 > 0 && /[\d$€£¥₹]/.test(text[g3])) return undefined;
  return w && qualifier ? { qualifier, end: w.end } : undefined;
}

const AND_AFTER = new Set(['above', 'over', 'below', 'under', 'older', 'younger']);
