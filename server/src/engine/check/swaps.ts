import { similarity, tokenize, type Tokens } from '../context/terms';
import { compareClaim, unitKey, type Dataset } from '../dataset/dataset';
import { sentenceText, type SourceFigure } from '../dataset/sourceFigures';
import { extractFigures } from '../figures/extractFigures';
import type { Span } from '../types';
import type { FigureReport } from './report';

// Two figures of one sentence swapped: `fishing alone 33% and anchors 38%` where the source's
// table has fishing at 38 and anchoring at 33. Each figure, taken alone, finds the source's
// figure of its value and is backed. Taken together, each one's words are the other's
// evidence's, or each one's subject is (`Turkey bought 73 tonnes and India 75` where the
// source has Turkey at 75), or the words each has to itself in its sentence are the other
// evidence's in the source's (`Germany's sites were 39% full and France's 45%` where the
// source has `Germany's sites were 45% full and France's had fallen to 39%`): the claim gave
// each thing the other's number.

/** How much more alike a figure must be to the other's evidence than to its own. */
const SWAP_MARGIN = 1.25;

/** Turns the verdicts of swapped figures of one sentence into mismatches, each against the
 * figure of the source that its own words are about. `tolerance` as the check's. */
export function markSwaps(reports: FigureReport[], dataset: Dataset, tolerance: number, claim: ClaimSentence): void {
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i];
      const b = reports[j];
      if (a.verdict.kind !== 'supported' || b.verdict.kind !== 'supported' || unitKey(a.figure) !== unitKey(b.figure)) continue;
      const ea = a.verdict.evidence;
      const eb = b.verdict.evidence;
      if (ea === eb || ea.source !== eb.source) continue;
      // Of two values: each disagrees with the other's evidence.
      if (compareClaim(a.figure, eb.figure, tolerance) !== 'disagrees' || compareClaim(b.figure, ea.figure, tolerance) !== 'disagrees') continue;
      // A change's two ends, each the end its evidence is (`raised access to SDR 6,090 million
      // … from SDR 2,350 million` of `from SDR 2,350 million … to SDR 6,090 million`): the
      // claim put them in another order, and swapped nothing. One end the same is enough where
      // the source writes the other as a level (`rises from 2% … to 10% in 2030` of `requires
      // 2% … in 2025, rising to 10% in 2030`).
      if (a.figure.end !== undefined && b.figure.end !== undefined && a.figure.end !== b.figure.end && (a.figure.end === ea.figure.end || b.figure.end === eb.figure.end)) continue;
      const crossed =
        subjectsCrossed(a, b) ||
        respectivelyCrossed(claim, a, b) ||
        wordsCrossed(claim, a.figure.span, b.figure.span, ea, eb) ||
        (similarity(a.terms, eb.terms, dataset) > SWAP_MARGIN * similarity(a.terms, ea.terms, dataset) &&
          similarity(b.terms, ea.terms, dataset) > SWAP_MARGIN * similarity(b.terms, eb.terms, dataset));
      if (!crossed) continue;
      a.verdict = { kind: 'mismatch', evidence: eb, alternatives: [] };
      b.verdict = { kind: 'mismatch', evidence: ea, alternatives: [] };
    }
  }
}

/** Each figure's subject (the name nearest before it) is the other's evidence's, and the two
 * are two: `Japan with 1.5 million and South Korea with 1.4 million` where the source has
 * `South Korea with 1.5 million and Japan with 1.4 million`. Both sentences name both, so
 * their words alone cannot tell the two apart. */
function subjectsCrossed(a: FigureReport, b: FigureReport): boolean {
  if (a.verdict.kind !== 'supported' || b.verdict.kind !== 'supported') return false;
  const [sa, sb] = [a.terms.subject, b.terms.subject];
  const [ea, eb] = [a.verdict.evidence.terms.subject, b.verdict.evidence.terms.subject];
  return sa !== undefined && sb !== undefined && sa !== sb && sa === eb && sb === ea;
}

/** Names listed before figures that `respectively` pairs in order (`Hong Kong and Japan
 * followed, with 9.1% and 11.4% of pledges respectively`), each figure's evidence of the
 * other's name: the first figure's of the later name, the second's of the earlier. */
function respectivelyCrossed(claim: ClaimSentence, a: FigureReport, b: FigureReport): boolean {
  if (a.verdict.kind !== 'supported' || b.verdict.kind !== 'supported') return false;
  if (!/\brespectively\b/i.test(claim.text.slice(claim.span.start, claim.span.end))) return false;
  const [first, second] = a.figure.span.start < b.figure.span.start ? [a, b] : [b, a];
  const names: string[] = [];
  for (const t of claim.tokens.tokens) if (t.name && t.end <= first.figure.span.start && !names.includes(t.term)) names.push(t.term);
  // The first of the listed names the evidence names (a row's `Hong Kong (China)` names `kong`).
  const of = (r: FigureReport): number => {
    const own = r.verdict.kind === 'supported' ? (r.verdict.evidence.terms.names ?? []) : [];
    return names.findIndex((n) => own.includes(n));
  };
  const [i, j] = [of(first), of(second)];
  return i >= 0 && j >= 0 && i > j;
}

/** A claim's sentence as `checkSentence` read it: its words and where its figures are. */
export interface ClaimSentence {
  text: string;
  span: Span;
  tokens: Tokens;
  /** Every figure's span, in order. */
  spans: readonly Span[];
}

/** The words each of two figures has to itself, and the words of their sources' sentences
 * that each evidence has to itself, say the claim gave each thing the other's number: every
 * such word is on the other figure's side (`North-East Asia stood at 91% … and South-East
 * Asia at 81%` where the source has `North-East Asia (81% …) … South-East Asia (91%)`). A
 * word both figures or both evidences hold tells nothing. */
function wordsCrossed(claim: ClaimSentence, a: Span, b: Span, ea: SourceFigure, eb: SourceFigure): boolean {
  const [claimA, claimB] = ownWords(claim.text, claim.span, claim.tokens, claim.spans, a, b);
  let sourceA: Set<string>;
  let sourceB: Set<string>;
  if (ea.sentence.start === eb.sentence.start && ea.sentence.end === eb.sentence.end) {
    // A table's row: its cells are told apart by their columns, not by words.
    if (isRow(ea) || isRow(eb)) return false;
    [sourceA, sourceB] = ownSourceWords(ea, eb);
  } else if (isRow(ea) && isRow(eb)) {
    // Two rows of a table: each row's words are its figure's.
    [sourceA, sourceB] = [ea, eb].map((e) => {
      const text = sentenceText(e);
      return new Set(tokenize(text, 0, text.length).tokens.map((t) => t.term));
    });
  } else if (!isRow(ea) && !isRow(eb) && !isTitle(ea) && !isTitle(eb)) {
    // Two sentences of prose say more than their figures' things: only the words each figure
    // has to itself in its own (`The urban inflation rate was 37.29%`, `The corresponding
    // rural inflation rate was 32.53%`). Not a headline, which says the whole story's
    // (`Biden signs $95 billion war aid measure with Ukraine help`).
    [sourceA] = ownSourceWords(ea, ea);
    [sourceB] = ownSourceWords(eb, eb);
  } else return false;
  // Each figure's own words must point at the other's evidence, and none at its own.
  const crossed = [false, false];
  for (const [i, words, side] of [[0, claimA, sourceA], [1, claimB, sourceB]] as const) {
    for (const w of words) {
      if (claimA.has(w) && claimB.has(w)) continue;
      const inA = sourceA.has(w);
      const inB = sourceB.has(w);
      if (inA === inB) continue;
      if (side.has(w)) return false;
      crossed[i] = true;
    }
  }
  return crossed[0] && crossed[1];
}

/** The words each of two figures of one source sentence has to itself there (one figure
 * given twice: its own). */
function ownSourceWords(ea: SourceFigure, eb: SourceFigure): [Set<string>, Set<string>] {
  const text = sentenceText(ea);
  const { start } = ea.sentence;
  const tokens = tokenize(text, 0, text.length);
  const shift = (s: Span): Span => ({ start: s.start - start, end: s.end - start });
  // A year owns no words: it says when, of either figure (`81% of 2019 levels`).
  const spans = extractFigures(text)
    .filter((f) => f.kind !== 'year')
    .map((f) => f.span);
  return ownWords(text, { start: 0, end: text.length }, tokens, spans, shift(ea.figure.span), shift(eb.figure.span));
}

function isTitle(e: SourceFigure): boolean {
  return sentenceText(e).trim() === e.source.meta.title?.trim();
}

function isRow(e: SourceFigure): boolean {
  return e.figure.columnYear !== undefined || /^\s*\|/.test(sentenceText(e));
}



/** The terms of the stretch of a sentence that belongs to each of two of its figures: the
 * words before its first figure are the first's; the words after its last, up to a break,
 * the last's; the words between two figures split at the last of the strongest breaks
 * between them (a clause word, a comma, then `and`), or are the later figure's. */
function ownWords(text: string, sentence: Span, tokens: Tokens, found: readonly Span[], a: Span, b: Span): [Set<string>, Set<string>] {
  const breaks = breaksOf(text, sentence, tokens);
  // The two figures as given: another reading of the same words (a source's sentence read
  // again alone) gives way to them.
  const spans = [...found.filter((s) => !overlaps(s, a) && !overlaps(s, b)), a, b].sort((x, y) => x.start - y.start);
  const own: [Set<string>, Set<string>] = [new Set(), new Set()];
  // The words before the first figure, and whether the first figure has a name after it and
  // the last words after it: `Vacancy reached 5.3% in Ciudad Juárez and 9.8% in Tijuana` says
  // each place after its figure, and `Vacancy reached`, which names no one, is both figures'
  // (`Champagne was expected to lose 26% of its volume and the Loire Valley 16%` names the
  // first figure's before it).
  const leading: string[] = [];
  let leadingName = false;
  let firstNameAfter = false;
  let lastAfter = false;
  let k = -1; // the last figure ending at or before the word
  for (const token of tokens.tokens) {
    while (k + 1 < spans.length && spans[k + 1].end <= token.start) k++;
    const next = spans[k + 1];
    if (next && next.start <= token.start) continue; // inside a figure's wording
    const before = k >= 0 ? spans[k] : undefined;
    let owner: Span | undefined;
    if (!before) owner = next;
    else if (!next) owner = strongest(breaks, before.end, token.start) === undefined ? before : undefined;
    else {
      const at = strongest(breaks, before.end, next.start);
      owner = at !== undefined && token.start < at ? before : next;
    }
    if (!before) {
      leading.push(token.term);
      leadingName ||= token.name;
    } else if (owner === before) {
      if (k === 0) firstNameAfter ||= token.name;
      if (k === spans.length - 1) lastAfter = true;
    }
    if (owner === a) own[0].add(token.term);
    else if (owner === b) own[1].add(token.term);
  }
  if (firstNameAfter && lastAfter && !leadingName && spans.length > 1) {
    const first = spans[0] === a ? own[0] : spans[0] === b ? own[1] : undefined;
    for (const term of leading) first?.delete(term);
  }
  return own;
}

/** Where a sentence breaks, with how strongly: the tokenizer's boundaries (a clause word, a
 * dash, a comma), and `and`/`or`, the weakest. */
function breaksOf(text: string, sentence: Span, tokens: Tokens): Array<{ at: number; weight: number }> {
  // A bracket is no break: what it holds is about the words before it (`Network (FinCEN)`,
  // `the 1,173-km (729-mile) C-Lion1`).
  const breaks = tokens.boundaries
    .map((at, i) => ({ at, weight: tokens.weightsBefore[i + 1] - tokens.weightsBefore[i] }))
    .filter((b) => !isBracket(text.charCodeAt(b.at)));
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\b(?:and|or)\b/g)) breaks.push({ at: sentence.start + m.index, weight: 1 });
  return breaks.sort((x, y) => x.at - y.at);
}

/** The last of the strongest breaks in [from, to): undefined when there is none. The weak
 * clause words of a comparison (`from`, `against`) are no break here: `3% of those sourcing
 * from standard-risk countries` is one figure's. */
function strongest(breaks: Array<{ at: number; weight: number }>, from: number, to: number): number | undefined {
  let best: { at: number; weight: number } | undefined;
  for (const br of breaks) {
    if (br.at < from || br.at >= to || br.weight === COMPARISON_WEIGHT) continue;
    if (!best || br.weight >= best.weight) best = br;
  }
  return best?.at;
}

const isBracket = (c: number): boolean => c === 40 || c === 41;

/** The weight the tokenizer gives `from`, `against`, `compared`, `versus`. */
const COMPARISON_WEIGHT = 2;

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;
