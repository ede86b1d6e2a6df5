import { SMALL } from '../figures/numberWords';
import { phraseQualifier } from '../figures/qualifiers';
import type { Figure } from '../figures/types';
import type { Span } from '../types';

// A source often names what it counts before the number, and nothing after it: `Electric car
// sales neared 14 million in 2023`, `registrations reached 8.1 million`. No figure by the
// spec's rule (a count's unit is the noun that follows), yet it is what a claim's `nearly
// 14 million electric cars` says. Read in sources only, as a count of any noun: it backs a
// claim's count that agrees, and contradicts none, since its noun is not known.

const BARE = /(?<![\w.,$€£¥₹])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s+(thousand|million|billion)\b/gi;
/** Words of a bare count's qualifier (`fell to about 4,400`, `nearly 2,000`). */
const QUALIFIER_WORDS = 'about|around|roughly|some|nearly|almost';
const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };
/** Verbs that bring a total to a new number (`bringing the total to 79`, `raise the number of
 * years … to 43`). */
const TOTAL_VERBS = 'bring|brings|bringing|brought|take|takes|taking|took|lift|lifts|lifting|lifted|raise|raises|raising|raised';
/** A plain number after a verb of a level, or a goal's or cap's `of`, with no noun after it:
 * `Passengers per movement averaged 137 in 2024, compared with 133 in 2023`, `cut its
 * original goal of about 800`. */
const LEVEL = new RegExp(
  // Words apart by any space: a wire wraps its lines anywhere (`climbed⏎to 92`).
  String.raw`\b(?:averaged|reached|totall?ed|numbered|stood\s+at|(?:goal|target|ambition|aim|cap|ceiling|limit)\s+of|(?:rose|risen|fell|fallen|grew|grown|climbed|increased|decreased|declined|dropped|jumped|slipped)\s+to|compared\s+with|up\s+from|down\s+from` +
    // A total a new count brings it to: `bringing the total to 79`, `take the number of
    // vessels sanctioned by the UK to 287`, `bring to 342 the number of vessels`.
    String.raw`|(?:${TOTAL_VERBS})\s+(?:(?:the|its|their)\s+(?:total|number|tally|count)\b[^.;\d]{0,60}?\s+)?to` +
    // A number's old level, what it went from (`reduced the number of ministries from 18 to nine`).
    String.raw`|\bnumber\s+of\s+[^.;\d]{1,60}?\s+from)` +
    // Its qualifier (`fell to about 4,400`). Not a decimal's or a grouped number's first
    // digits, nor a percent.
    String.raw`\s+((?:(${QUALIFIER_WORDS})\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)(?!\d|[.,]\d|%|\s*(?:per\s*cent|percent|pc)\b)`,
  'gi',
);

/** A number grouped by thousands with no noun after it (`holds about 130 000, roughly a
 * third`, `1,014 were prosecuted`): so precise a number is no coincidence where its words
 * are the claim's. Not a percent, a decimal's first digits, nor part of a larger number. */
const GROUPED = new RegExp(
  String.raw`(?<![\w.,$€£¥₹])(?:(${QUALIFIER_WORDS})\s+)?(\d{1,3}(?:(?:,| |\u00a0|\u202f)\d{3})+)(?![\d%]|[.,]\d|\s*(?:per\s*cent|percent|pc)\b)`,
  'gi',
);

/** Counts of a number and a scale word with nothing after them, in text[sentence], outside
 * the spans of the sentence's figures. */
export function bareCounts(text: string, sentence: Span, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  // Most sentences hold no digit, and no bare count: not scanned twice for nothing. A decade
  // or a century is years in words alone (`for more than a century`).
  const slice = text.slice(sentence.start, sentence.end);
  if (!hasDigit(text, sentence)) return SPAN_WORD.test(slice) ? spansOfYears(slice, sentence, figures, out) : out;
  BARE.lastIndex = 0;
  for (let m = BARE.exec(slice); m; m = BARE.exec(slice)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (figures.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
    const scale = SCALE[m[3].toLowerCase()];
    const decimals = m[2]?.length ?? 0;
    const value = Number(`${m[1].replace(/,/g, '')}${decimals > 0 ? `.${m[2]}` : ''}e${scale}`);
    const precision = Number(`1e${scale - decimals}`);
    out.push({ kind: 'count', span, text: m[0], qualifier: 'exact', unit: '', low: value, high: value, precision, bare: true });
  }
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(slice); m; m = GROUPED.exec(slice)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (taken(span, figures, out)) continue;
    const [written, word, digits] = m;
    const value = Number(digits.replace(/\D/g, ''));
    // To its last group at most, as `extractFigures` reads `60,000 tonnes` (to the thousand).
    const zeros = Math.min(3, String(value).length - String(value).replace(/0+$/, '').length);
    out.push({ kind: 'count', span, text: written, qualifier: qualifierOf(word), unit: '', low: value, high: value, precision: Number(`1e${zeros}`), bare: true });
  }
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(slice); m; m = LEVEL.exec(slice)) {
    const at = sentence.start + m.index + m[0].length - m[1].length;
    const span = { start: at, end: at + m[1].length };
    if (taken(span, figures, out)) continue;
    const [, written, word, integer, decimals] = m;
    const digits = integer.replace(/,/g, '');
    const value = Number(decimals ? `${digits}.${decimals}` : digits);
    // A year is a date, and a number glued to a currency or a word is no count.
    if ((!decimals && !word && value >= 1900 && value <= 2100) || !(value > 0)) continue;
    const zeros = decimals ? 0 : digits.length - digits.replace(/0+$/, '').length;
    const precision = decimals ? Number(`1e-${decimals.length}`) : Number(`1e${Math.min(zeros, digits.length - 1)}`);
    out.push({ kind: 'count', span, text: written, qualifier: qualifierOf(word), unit: '', low: value, high: value, precision, bare: true });
  }
  // The part of a whole named before it (`Of the 24 major projects we examined, 15 are behind
  // schedule`): a count of the whole's noun.
  PART_OF_NAMED.lastIndex = 0;
  for (let m = PART_OF_NAMED.exec(slice); m; m = PART_OF_NAMED.exec(slice)) {
    const at = sentence.start + m.index + m[0].length - m[1].length - m[2].length;
    const span = { start: at, end: at + m[1].length };
    const value = Number(m[1].replace(/,/g, ''));
    if (value > 0 && !taken(span, figures, out)) out.push(wholeCount(span, m[1], value));
  }
  // A part of what the sentence before counted (`from 62 smelters … By August, 14 of them had
  // stopped`): a count of a noun not written here.
  OF_THEM.lastIndex = 0;
  for (let m = OF_THEM.exec(slice); m; m = OF_THEM.exec(slice)) {
    const at = sentence.start + m.index;
    const span = { start: at, end: at + m[1].length };
    const value = Number(m[1].replace(/,/g, ''));
    if (value > 0 && !(value >= 1900 && value <= 2100) && !taken(span, figures, out)) out.push(wholeCount(span, m[1], value));
  }
  // A total in words that a new count brings it to (`bringing the number of operations to
  // four`), and how many times (`intervened twice`).
  for (const [pattern, valueOf] of WORDED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const at = sentence.start + m.index + m[0].length - m[1].length;
      const span = { start: at, end: at + m[1].length };
      if (!taken(span, figures, out)) out.push(wholeCount(span, m[1], valueOf(m[1])));
    }
  }
  spansOfYears(slice, sentence, figures, out);
  // A vote's tally, the larger side first (`by a single vote, 215 to 214`, `adopted 141-5`):
  // the votes of each side.
  if (VOTE.test(slice)) {
    // Each side's votes told apart (`401 votes in favour, 284 against and 15 abstentions`).
    SIDE_VOTES.lastIndex = 0;
    for (let m = SIDE_VOTES.exec(slice); m; m = SIDE_VOTES.exec(slice)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[1].length };
      if (!taken(span, figures, out)) out.push(wholeCount(span, m[1], Number(m[1])));
    }
    TALLY.lastIndex = 0;
    for (let m = TALLY.exec(slice); m; m = TALLY.exec(slice)) {
      const [, first, second] = m;
      if (Number(first) < Number(second)) continue;
      const at = sentence.start + m.index;
      for (const [digits, start] of [[first, at], [second, at + m[0].length - second.length]] as const) {
        const span = { start, end: start + digits.length };
        if (!taken(span, figures, out)) out.push(wholeCount(span, digits, Number(digits)));
      }
    }
  }
  return out;
}

/**
 * `a decade`, `a century`: so many years (`tendered a decade earlier` for `ten years`), said
 * loosely: it backs what agrees, contradicts nothing and, like a year read from the source's
 * date, is words of its sentence, no other figure's (`dated`). So is `over a decade` right
 * after an amount, the stretch it is spread across (`$40 billion over a decade`), as
 * `buildFigure` reads `over two decades`. With a word of how many more or fewer, the span
 * is its bound (`more than a century` of `more than 100 years`). Adds them to `out`.
 */
function spansOfYears(slice: string, sentence: Span, figures: readonly Figure[], out: Figure[]): Figure[] {
  for (const pattern of [SPAN_OF_YEARS, SPAN_AFTER_AMOUNT, QUALIFIED_SPAN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const years = (m.groups?.span ?? m[1]).toLowerCase() === 'decade' ? 10 : 100;
      const qualifier = m.groups?.q === undefined ? 'exact' : (phraseQualifier(m.groups.q) ?? 'exact');
      if (!taken(span, figures, out)) out.push({ kind: 'count', span, text: m[0], qualifier, unit: 'year', low: years, high: years, precision: 1, dated: true });
    }
  }
  return out;
}

/** Counts in words with no noun after them: a total brought to a number, and `twice`. */
const WORDED: Array<[RegExp, (word: string) => number]> = [
  [
    new RegExp(String.raw`\b(?:${TOTAL_VERBS})\s+(?:the|its|their)\s+(?:total|number|tally|count)\b[^.;\d]{0,60}?\s+to\s+(${[...SMALL.keys()].join('|')})\b(?!\s*-|\s+(?:per|percent|%))`, 'gi'),
    (word) => SMALL.get(word.toLowerCase()) ?? 0,
  ],
  // Not a ratio: `twice as much`, `twice the size`, `more than twice`.
  [/(?<!\bthan\s)\b(twice|thrice)\b(?!\s+(?:as|the|that|a|an|its|their|his|her|this|what|over|more|less)\b)/gi, (word) => (word.toLowerCase() === 'twice' ? 2 : 3)],
];

/** `Of the 24 major projects we examined, 15 are …`: the part's number, then its verb. */
const PART_OF_NAMED = /\bOf\s+(?:the|its|their|these|those)\s+\d[\d,]*\s+[^,.;\d]{1,60},\s+(\d{1,3}(?:,\d{3})+|\d+)(\s+(?:are|were|is|was|have|had|remain|remained)\b)/gi;

/** A number of `them`, `those` or `these`, no percent, no decimal's digits. */
const OF_THEM = /(?<![\w.,$€£¥₹])(\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:them|those|these)\b/gi;

/** One decade or century, in words, of no qualifier (`nearly a decade` is no ten years). */
const SPAN_OF_YEARS = /(?<!\b(?:nearly|almost|about|around|over|than|under|some|roughly|within|just)\s+)\b(?:a|one)\s+(decade|century)\b/gi;

/** A sentence that may name a decade or a century. */
const SPAN_WORD = /decade|century/i;

/** A decade or a century with a word of how many more or fewer before it (`for more than a
 * century`, `nearly a decade`); not the stretch after an amount. */
const QUALIFIED_SPAN = /(?<!(?:\d|\b(?:million|billion|trillion|bn|mn))\s+)\b(?<q>more\s+than|over|nearly|almost|about|around|roughly|some|less\s+than|under)\s+(?:a|one)\s+(?<span>decade|century)\b/gi;

/** `over a decade` right after an amount of money (`$40 billion over a decade`). */
const SPAN_AFTER_AMOUNT = /(?<=(?:\d|\b(?:million|billion|trillion|bn|mn))\s+over\s+)(?:a|one)\s+(decade|century)\b/gi;

/** A sentence about a vote. */
const VOTE = /\bvot(?:e|es|ed|ing)\b/i;
/** A number of votes for one side, with no noun: `284 against`, `401 in favour`. */
const SIDE_VOTES = /(?<![\w.,$€£¥₹-])(\d{1,4})\s+(?:against|in\s+favou?r|for\b(?=\s*(?:,|and|\.|;))|abstained|abstentions?)\b/gi;
/** Two numbers of a tally: `215 to 214`, `141-5`, `51–49`. Not a decimal, percent or year's. */
const TALLY = /(?<![\w.,$€£¥₹-])(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})(?![\w%]|[.,]\d)/g;

/** A count of any noun, a whole number as written (`284`, `four`, `twice`). */
const wholeCount = (span: Span, text: string, value: number): Figure => ({ kind: 'count', span, text, qualifier: 'exact', unit: '', low: value, high: value, precision: 1, bare: true });

/** Whether a span overlaps a figure of the sentence or one read already. */
const taken = (span: Span, figures: readonly Figure[], read: readonly Figure[]): boolean =>
  figures.some((f) => f.span.start < span.end && span.start < f.span.end) || read.some((f) => f.span.start < span.end && span.start < f.span.end);

/** The qualifier of a word before a bare count (`about`, `nearly`). */
const qualifierOf = (word: string | undefined): Figure['qualifier'] => (!word ? 'exact' : /^(?:nearly|almost)$/i.test(word) ? 'nearly' : 'approximate');

function hasDigit(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
