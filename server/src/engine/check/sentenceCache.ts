import type { Dataset } from '../dataset/dataset';
import type { Figure } from '../figures/types';
import type { Sentence } from '../markup/types';
import { checkSentence } from './checkBriefing';
import { ClaimsMemo } from './checkClaims';
import type { CheckOptions } from './options';
import type { FigureReport } from './report';

type SentenceResult = ReturnType<typeof checkSentence>;

interface Entry {
  /** The sentence the result was last given for (the parser keeps an unchanged block's). */
  sentence: Sentence;
  result: SentenceResult;
  /** Where the sentence started when its figures' spans were last placed: the parser moves
   * its sentence in place, and the figures follow here. */
  start: number;
  /** The sentence's text. */
  key: string;
  /** The last check that met it (`SentenceCache.round`). */
  round: number;
}

const shiftSpan = <T extends { start: number; end: number }>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** A figure where text typed above it moved it: its span, and its word of change's. */
function shiftFigure(f: Figure, by: number): Figure {
  const moved = { ...f, span: shiftSpan(f.span, by) };
  if (f.change) moved.change = { ...f.change, span: shiftSpan(f.change.span, by) };
  return moved;
}

/** Moves a result's figures by `by`, in place: their spans and their words of change's are
 * replaced, not changed, since what was made from them (a fix's span) keeps its own place. */
function moveFigures(result: SentenceResult, by: number): void {
  for (const { figure } of result.figures) {
    figure.span = shiftSpan(figure.span, by);
    if (figure.change) figure.change = { ...figure.change, span: shiftSpan(figure.change.span, by) };
  }
}

/**
 * Remembers each sentence's check, so that typing re-checks only the sentence that changed.
 * A sentence is the same when its text is. The parser's own sentence object (it keeps an
 * unchanged block's, moved in place when text was typed above it) gets its result back, its
 * figures moved in place with it; the same text in a new sentence object gets a shifted
 * copy. Valid for one dataset and one set of options. It keeps what the last search for
 * conflicting claims found, too.
 */
export class SentenceCache {
  private entries = new Map<string, Entry>();
  readonly claims = new ClaimsMemo();
  /** Counts the checks: an entry marked with this one was met by the check under way (a set
   * of the keys met, filled and emptied at every keystroke, was garbage to collect). */
  private round = 0;
  /** The dataset's version when the cache began: a changed source invalidates every entry. */
  readonly datasetVersion: number;

  constructor(
    readonly dataset: Dataset,
    readonly optionsKey: string,
  ) {
    this.datasetVersion = dataset.version;
  }

  static keyOf(options: CheckOptions): string {
    return JSON.stringify(options);
  }

  /** The entry of a sentence object the parser gave before: its text is the same, and need
   * not be cut out of the briefing and hashed again. */
  private bySentence = new WeakMap<Sentence, Entry>();

  readonly check = (text: string, sentence: Sentence, dataset: Dataset, options: CheckOptions): SentenceResult => {
    const known = this.bySentence.get(sentence);
    // A table row's header says what its cells are of (`columnYear`): part of what it says.
    const key = known?.key ?? (sentence.columns ? `${text.slice(sentence.span.start, sentence.span.end)}\u0000${sentence.columns.join('|')}` : text.slice(sentence.span.start, sentence.span.end));
    const entry = this.entries.get(key);
    if (entry) entry.round = this.round;
    if (entry?.sentence === sentence) {
      if (entry.start !== sentence.span.start) moveFigures(entry.result, sentence.span.start - entry.start);
      entry.start = sentence.span.start;
      return entry.result;
    }
    const result = entry ? this.moved(entry, sentence) : checkSentence(text, sentence, dataset, options);
    const made = { sentence, result, start: sentence.span.start, key, round: this.round };
    this.entries.set(key, made);
    this.bySentence.set(sentence, made);
    return result;
  };

  /** Drops the sentences the last check did not use, so the cache follows the document. */
  endCheck(): void {
    this.entries.forEach((entry, key) => {
      if (entry.round !== this.round) this.entries.delete(key);
    });
    this.round++;
  }

  private moved(entry: Entry, sentence: Sentence): SentenceResult {
    // From where the entry's figures are: its sentence may have moved in place since.
    const by = sentence.span.start - entry.start;
    const old = entry.result;
    // The same text parses to the same citations in the same order: take the new objects.
    const fresh = sentence.citations.flatMap((group) => group.citations.map((citation) => ({ group, citation })));
    const remap = new Map(old.citations.map((c, i) => [c.citation, fresh[i]]));
    const cited = (list: FigureReport['cited']): FigureReport['cited'] => list.map((c) => ({ ...c, ...(remap.get(c.citation) ?? {}) }));
    return {
      citations: old.citations.map((c, i) => ({ ...c, ...(fresh[i] ?? {}), sentence })),
      figures: old.figures.map((f) => ({ ...f, figure: shiftFigure(f.figure, by), sentence, cited: cited(f.cited) })),
      quotations: old.quotations.map((q, i) => ({ ...q, quotation: sentence.quotations[i] ?? q.quotation, sentence, cited: cited(q.cited) })),
    };
  }
}
