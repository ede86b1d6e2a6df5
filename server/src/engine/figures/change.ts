// The direction of a change a figure states: `exports rose 5%`, `fell by about a third`,
// `were down 12%`, `a 5% rise`, `20% lower`. Two figures that differ only in direction cannot
// both be true (`rose 5%` against `fell 5%`), so the comparison reads it (`compare.ts`).
// Only a word next to the figure counts: `fell to 25%` and `rose from 20%` state a level,
// not a change, and a verb further away may belong to another clause.

import { boundaryAt, gapAfter, letterRun } from './chars';
import { WordsBefore } from './qualifiers';
import type { Change, Figure } from './types';

/** Verbs and adverbs of a change, just before its amount (`rose 5%`, `fell by 5%`, `up 5%`). */
const BEFORE = new Map<string, Change['direction']>([
  ...words('up', [
    'rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grown',
    'grow', 'grows', 'growing', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'jumping',
    'surged', 'surge', 'surges', 'surging', 'soared', 'soar', 'soars', 'soaring', 'gained', 'gain', 'gains', 'gaining',
    'expanded', 'expand', 'expands', 'expanding', 'rallied', 'rebounded', 'recovered', 'raised', 'lifted', 'hiked', 'boosted',
    'rallying', 'rebounding', 'advanced', 'advancing', 'up',
    // The other forms of the same verbs (`expected to rebound 6.4%`).
    'rebound', 'rebounds', 'recover', 'recovers', 'recovering', 'rally', 'rallies', 'advance', 'advances', 'raise',
    'raises', 'raising', 'lift', 'lifts', 'lifting', 'hike', 'hikes', 'hiking', 'boost', 'boosts', 'boosting',
    // A market's words (`prices firmed 2%`).
    'firmed', 'firming',
  ]),
  ...words('down', [
    'fell', 'fallen', 'fall', 'falls', 'falling', 'declined', 'decline', 'declines', 'declining', 'decreased',
    'decrease', 'decreases', 'decreasing', 'dropped', 'drop', 'drops', 'dropping', 'slumped', 'slump', 'slumps',
    'plunged', 'plunge', 'plunges', 'plunging', 'plummeted', 'plummet', 'plummets', 'slid', 'slide', 'slides',
    'sliding', 'sank', 'sunk', 'sink', 'sinks', 'shrank', 'shrunk', 'shrink', 'shrinks', 'shrinking', 'contracted',
    'contract', 'contracts', 'contracting', 'dipped', 'dip', 'dips', 'tumbled', 'tumble', 'tumbles', 'lost', 'lose',
    'loses', 'losing', 'eased', 'slipped', 'cut', 'cuts', 'reduced', 'lowered', 'slashed', 'trimmed', 'down',
    // The other forms of the same verbs, as a writer's tense or clause puts them.
    'slip', 'slips', 'slipping', 'ease', 'eases', 'easing', 'dipping', 'tumbling', 'slumping', 'sagged', 'sagging',
    'retreated', 'retreating', 'retreat', 'retreats', 'reduce', 'reduces', 'reducing', 'slash', 'slashes', 'slashing',
    'trim', 'trims', 'trimming',
    // A market's words (`shares shed 4%`, `prices softened 1.5%`).
    'shed', 'sheds', 'shedding', 'softened', 'softening',
  ]),
]);

/** Verbs whose `up` or `down` is part of the verb, no change: `shot down 79 drones`, `made up
 * 32%`, `set up 5 plants`, `took down 3 sites`. */
const PARTICLE_VERBS = new Set([
  'shot', 'shoot', 'shoots', 'shooting', 'gunned', 'brought', 'bring', 'brings', 'bringing', 'knocked', 'took', 'take',
  'takes', 'taking', 'taken', 'set', 'sets', 'setting', 'picked', 'pick', 'picks', 'signed', 'sign', 'signs', 'made',
  'make', 'makes', 'making', 'broke', 'broken', 'break', 'breaks', 'put', 'puts', 'turned', 'turn', 'turns', 'called',
  'call', 'calls', 'hunted', 'tracked', 'handed', 'hand', 'hands', 'wound', 'wind', 'winds', 'struck', 'strike', 'strikes',
  'gave', 'give', 'gives', 'giving', 'given',
]);

/** Words of how little, between a change's word and its amount. */
const LITTLE = new Set(['only', 'just', 'merely', 'barely']);

/** Nouns and comparatives of a change, just after its amount (`a 5% rise`, `20% lower`). */
const AFTER = new Map<string, Change['direction']>([
  ...words('up', ['rise', 'rises', 'increase', 'increases', 'gain', 'gains', 'jump', 'growth', 'surge', 'hike', 'higher', 'up', 'more', 'ahead']),
  ...words('down', ['fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'decrease', 'decreases', 'cut', 'cuts', 'reduction', 'slump', 'plunge', 'contraction', 'loss', 'lower', 'down', 'fewer', 'less', 'deflation', 'behind']),
]);

/** Nouns of a change before `of` and its amount (`a decline of 13.1%`, `a rise of 1.2%`). */
const OF_NOUNS = new Map<string, Change['direction']>([
  ...words('up', ['rise', 'increase', 'gain', 'jump', 'surge', 'growth']),
  ...words('down', ['fall', 'drop', 'decline', 'decrease', 'reduction', 'contraction', 'slump', 'plunge']),
]);

/** Whether a word before a number says which way a change goes (`rose`, `fell`, `down`). */
export function isWordOfChange(lower: string): boolean {
  return BEFORE.has(lower);
}

function words(direction: Change['direction'], list: string[]): Array<[string, Change['direction']]> {
  return list.map((w) => [w, direction]);
}

/** Each word of a change and a word of the other direction in the same form, for a quick
 * fix that turns `fell` into `rose`: pairs both ways, then words that turn one way only
 * (`slumped` → `rose`). The first pair that names a word gives its opposite. */
const OPPOSITES = new Map<string, string>();
for (const [a, b] of [
  ['rose', 'fell'], ['risen', 'fallen'], ['rise', 'fall'], ['rises', 'falls'], ['rising', 'falling'],
  ['increased', 'decreased'], ['increase', 'decrease'], ['increases', 'decreases'], ['increasing', 'decreasing'],
  ['grew', 'shrank'], ['grown', 'shrunk'], ['grow', 'shrink'], ['grows', 'shrinks'], ['growing', 'shrinking'],
  ['jumped', 'dropped'], ['jump', 'drop'], ['jumps', 'drops'], ['surged', 'plunged'], ['soared', 'plummeted'],
  ['gained', 'lost'], ['gain', 'loss'], ['expanded', 'contracted'], ['raised', 'lowered'], ['up', 'down'],
  ['higher', 'lower'], ['growth', 'contraction'], ['more', 'fewer'], ['ahead', 'behind'], ['+', '-'],
]) {
  if (!OPPOSITES.has(a)) OPPOSITES.set(a, b);
  if (!OPPOSITES.has(b)) OPPOSITES.set(b, a);
}
for (const [a, b] of [
  ['declined', 'increased'], ['decline', 'increase'], ['declines', 'increases'], ['declining', 'increasing'],
  ['climbed', 'fell'], ['slumped', 'rose'], ['tumbled', 'rose'], ['slid', 'rose'], ['sank', 'rose'], ['dipped', 'rose'],
  ['eased', 'rose'], ['reduction', 'increase'], ['cut', 'increase'], ['dropping', 'rising'], ['less', 'more'], ['\u2212', '+'],
  ['shed', 'gained'], ['softened', 'firmed'], ['firmed', 'softened'],
]) {
  OPPOSITES.set(a, b);
}

/** The word of the other direction in the same form (`fell` → `rose`), in the case of `word`. */
export function oppositeWord(word: string): string | undefined {
  const other = OPPOSITES.get(word.toLowerCase());
  if (!other) return undefined;
  if (word === word.toUpperCase() && word !== word.toLowerCase()) return other.toUpperCase();
  return /^[A-Z]/.test(word) ? other[0].toUpperCase() + other.slice(1) : other;
}

/** The change a figure states, read next to it in `text` (no further back than `floor`, no
 * further on than `end`): the word before, or before `by` and at most two words more (the
 * verb's object); else the word after. */
export function readChange(text: string, figure: Figure, floor: number, end: number): Change | undefined {
  // A year is a date, never the amount of a change.
  if (figure.kind === 'year') return undefined;
  const before = new WordsBefore(text, figure.span.start, floor);
  // A word of how little stands between a change's word and its amount (`grow by only 1.0%`).
  const o = LITTLE.has(before.at(0)?.lower ?? '') ? 1 : 0;
  const first = before.at(o);
  // `fell by 5%`, and the verb before its object: `cut interest rates by 25 basis points`.
  let verb = first;
  if (first?.lower === 'by') {
    verb = undefined;
    for (let k = o + 1; k <= o + 3 && !verb; k++) {
      const word = before.at(k);
      if (!word) break;
      if (BEFORE.has(word.lower)) verb = word;
    }
  }
  // A change's noun before `of` (`a decline of 13.1%`, `a sharp increase of $2 billion`,
  // `growth of 3%`); not `the rise of 5 countries`.
  const noun = first?.lower === 'of' ? before.at(o + 1) : undefined;
  if (noun && OF_NOUNS.has(noun.lower) && (noun.lower === 'growth' || [before.at(o + 2), before.at(o + 3)].some((w) => w?.lower === 'a' || w?.lower === 'an'))) verb = noun;
  // Deflation is prices falling (`deflation reached 4.2%`, `deflation of 4.2%`): a source
  // writes it as a fall, `-4.2 per cent`.
  if (!verb || !(BEFORE.has(verb.lower) || OF_NOUNS.has(verb.lower))) verb = [first, before.at(o + 1)].find((w) => w?.lower === 'deflation') ?? verb;
  const back = verb && (BEFORE.get(verb.lower) ?? OF_NOUNS.get(verb.lower) ?? (verb.lower === 'deflation' ? 'down' : undefined));
  if (verb && back && (verb.lower === 'up' || verb.lower === 'down') && isParticle(before, verb)) return undefined;
  if (verb && back) return { direction: back, word: text.slice(verb.start, verb.end), span: { start: verb.start, end: verb.end } };
  let gap = gapAfter(text, figure.span.end, end, false);
  if (gap < 0) return undefined;
  // Past the stretch the change is over (`a 5% year-on-year increase`, `a 3% annual rise`).
  const over = OVER_PERIOD.exec(text.slice(gap, Math.min(end, gap + 24)));
  if (over) gap += over[0].length;
  const next = letterRun(text, gap, end);
  const ahead = next.end > gap && boundaryAt(text, next.end, end) ? AFTER.get(next.lower) : undefined;
  return ahead && { direction: ahead, word: next.raw, span: { start: next.start, end: next.end } };
}

/** The stretch of time a change's noun after its amount is over. */
const OVER_PERIOD = /^(?:year-on-year|year-over-year|y\/y|y-o-y|yoy|month-on-month|m\/m|quarter-on-quarter|q\/q|annual|annualised|annualized|monthly|quarterly|weekly|daily)[ \t]+/i;

/** Whether `up` or `down` among the words before a figure belongs to the verb before it. */
function isParticle(before: WordsBefore, particle: { start: number }): boolean {
  for (let k = 0; k <= 4; k++) {
    const word = before.at(k);
    if (!word) return false;
    if (word.start === particle.start) return PARTICLE_VERBS.has(before.at(k + 1)?.lower ?? '');
  }
  return false;
}

/** The change a figure restates after the one before it (`rose $1.20, or 1.5%`), or whose
 * verb it leaves out (`Ecuador's output fell 12.9% and Colombia's 6.0%`): that one's. */
export function restatedChange(text: string, previous: Figure | undefined, figure: Figure): Change | undefined {
  if (!previous?.change || figure.kind === 'year') return undefined;
  const between = text.slice(previous.span.end, figure.span.start);
  if (/^\s*,?\s*or\s+$/.test(between)) return previous.change;
  return figure.kind === previous.kind && ELIDED.test(between) ? previous.change : undefined;
}

/** `and` and whose amount follows, named, and no verb: `and Colombia's`, `, while the EU's`. */
const ELIDED = /^\s*,?\s*(?:and|while|whereas)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:['’]s)?\s+$/u;

/**
 * A percent (or percentage points) written with its sign and no word of change (`-10%` in a
 * table's change column, `exports +5% on the year`, `-0.6 pp`): the sign is the change, the figure its amount (`-10%` is `fell
 * 10%`). The figure loses its minus sign; the sign is the change's word. A qualified or
 * ranged figure is left as it is.
 */
export function signedChange(text: string, figure: Figure, floor: number): Change | undefined {
  const rate = figure.kind === 'percent' || (figure.kind === 'quantity' && figure.unit === 'bp');
  if (!rate || figure.qualifier !== 'exact' || figure.low !== figure.high) return undefined;
  // A change's old or new level keeps its sign (`lifted its rate from -0.1% to 0.1%`).
  if (figure.end !== undefined) return undefined;
  const at = figure.span.start;
  const first = text.charCodeAt(at);
  if ((first === 45 || first === 0x2212) && figure.low < 0) {
    figure.low = figure.high = -figure.low;
    figure.span = { start: at + 1, end: figure.span.end };
    figure.text = figure.text.slice(1);
    return { direction: 'down', word: text[at], span: { start: at, end: at + 1 } };
  }
  const before = text.charCodeAt(at - 1);
  if (at - 1 >= floor && before === 43 && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) {
    return { direction: 'up', word: '+', span: { start: at - 1, end: at } };
  }
  return undefined;
}

/** Whether a change's word is a sign (`-`, `+`): written against its amount, with no space. */
export function isSign(word: string): boolean {
  return word === '-' || word === '+' || word === '\u2212';
}

/** Whether two figures state changes in opposite directions (`rose 5%`, `fell 5%`). */
export function oppositeChanges(a: Figure, b: Figure): boolean {
  return a.change !== undefined && b.change !== undefined && a.change.direction !== b.change.direction;
}

/** A figure as its sentence states it, with the word of its change: `rose 5%`, `a 5% drop`. */
export function withChange(f: Figure): string {
  if (!f.change) return f.text;
  if (isSign(f.change.word)) return `${f.change.word}${f.text}`;
  return f.change.span.start < f.span.start ? `${f.change.word} ${f.text}` : `${f.text} ${f.change.word}`;
}

/** `to`, `from`, maybe with a level's word between (`raised to a flat 12%`, `up from a record
 * 10%`). */
const END_BEFORE = /\b(to|from)\s+(?:(?:a|an|the)\s+(?:flat|record(?:\s+(?:high|low))?|new|fresh|revised|uniform|single|peak|high|low|multi-year\s+(?:high|low))\s+)?$/i;
const COMPARED_TO = /\bcompared\s+to\s+$/i;

/** Which end of a change the figure starting at `start` is, by the word before it: `slowed to
 * 32.15 per cent from 33.40 per cent` has a new level (`to`) and an old one (`from`). A
 * claim's new level is no statement of the old one, though the two numbers agree. */
export function changeEndOf(text: string, start: number): 'to' | 'from' | undefined {
  // What a figure is `compared to` is its old level, not a new one.
  if (COMPARED_TO.test(text.slice(Math.max(0, start - 14), start))) return 'from';
  const m = END_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  return m ? (m[1].toLowerCase() as 'to' | 'from') : undefined;
}
