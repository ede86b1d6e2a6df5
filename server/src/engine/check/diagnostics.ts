import type { SourceFigure } from '../dataset/sourceFigures';
import { oppositeChanges, oppositeWord } from '../figures/change';
import { otherMeasure, perAfter } from '../figures/rates';
import type { Figure } from '../figures/types';
import type { Sentence } from '../markup/types';
import type { SourceProblem } from '../sources/types';
import { LineIndex } from '../text/lineIndex';
import { DEFAULT_SEVERITY, type Diagnostic, type DiagnosticCode, type Fix, type RelatedInformation, type Span } from '../types';
import { figureWords, listNames, sourceSentence, withMeasure } from './describe';
import { severityOf, type CheckOptions } from './options';
import type { BriefingReport, FigureReport } from './report';

// Turns a check's report into diagnostics: message, severity, related places and the
// quick fixes, each one text edit computed here so that the editor only offers them.

type Draft = Omit<Diagnostic, 'severity' | 'range' | 'related' | 'fixes'> & {
  span: Span;
  related?: RelatedInformation[];
  fixes?: Array<{ title: string; span: Span; newText: string }>;
  severity?: Diagnostic['severity'];
};

/** Takes a draft where it is now: its spans moved `by` characters (text typed above it). */
type Place = (draft: Draft, by: number) => void;

const moved = (span: Span, by: number): Span => (by === 0 ? span : { start: span.start + by, end: span.end + by });

const sentenceRanges = new WeakMap<SourceFigure, RelatedInformation['range']>();

function relatedAt(f: SourceFigure, message: string): RelatedInformation {
  let range = sentenceRanges.get(f);
  if (!range) {
    range = f.stored?.range ?? { start: f.source.positionInFile(f.sentence.start), end: f.source.positionInFile(f.sentence.end) };
    sentenceRanges.set(f, range);
  }
  return { path: f.source.path, range, message };
}

/** A figure's text as a replacement: a source sentence's first word in lower case (`About
 * 60%`, `Twelve countries`), unless a sentence starts there; a name (`December 2024`, `Rs 5
 * crore`) keeps its capital. */
function replacementText(source: Figure, at: number, sentence: Sentence): string {
  // A source's wording as its page wrapped it (`$12.0⏎billion`, `bil-⏎lion`) goes into the
  // sentence on one line.
  const t = source.text.replace(/([a-z])-[ \t]*\r?\n\s*([a-z])/gi, '$1$2').replace(/\s+/g, ' ');
  const first = /^[A-Z][a-z]+/.exec(t)?.[0].toLowerCase();
  if (at !== sentence.span.start && first && LOWER_FIRST_WORDS.test(first)) return t[0].toLowerCase() + t.slice(1);
  return t;
}

/** Words a figure's wording may start with that are written in lower case mid-sentence:
 * qualifiers and numbers in words. */
const LOWER_FIRST_WORDS =
  /^(?:about|around|approximately|roughly|some|nearly|almost|close|over|more|less|fewer|under|above|below|up|at|just|well|only|an?|between|from|half|quarter|third|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|million|billion|no|not|as|by|in|to|estimated)$/;

/** A figure quoted in a message beside `other` (`'fell 5%'` against `'rose 5%'`). */
function stated(f: Figure, other: Figure): string {
  return `'${figureWords(f, other)}'`;
}

/** The edit that writes the source's figure in place of the claim's: where the two go
 * opposite ways, the claim's word of change is turned too (`fell 5%` → `rose 5%`), or no
 * edit is offered when that word has no known opposite. */
function sourceFigureEdit(r: FigureReport, source: Figure, text: string): { span: Span; newText: string } | undefined {
  const { figure, sentence } = r;
  const measured = measuredEdit(r, source, text);
  if (measured) return measured;
  const newFigure = replacementText(source, figure.span.start, sentence);
  const change = figure.change;
  // The very words again (`5.4%` for a surplus's `5.4%`, where the source's is `-5.4%`): no edit.
  if (!change || !oppositeChanges(figure, source)) return newFigure === text.slice(figure.span.start, figure.span.end) ? undefined : { span: figure.span, newText: newFigure };
  const word = oppositeWord(change.word);
  if (!word) return undefined;
  if (change.span.start < figure.span.start) {
    return { span: { start: change.span.start, end: figure.span.end }, newText: word + text.slice(change.span.end, figure.span.start) + newFigure };
  }
  return { span: { start: figure.span.start, end: change.span.end }, newText: newFigure + text.slice(figure.span.end, change.span.start) + word };
}

/** A price per another measure than the claim's (`VND 125,000 per kg` for `VND 150 million a
 * tonne`) is written with its measure, over the claim's: the figure alone would say
 * `VND 125,000 a tonne`. */
function measuredEdit(r: FigureReport, source: Figure, text: string): { span: Span; newText: string } | undefined {
  const { figure, sentence } = r;
  if (!otherMeasure(figure, source)) return undefined;
  const rate = perAfter(figure.kind, text, figure.span.end, sentence.span.end);
  if (!rate) return undefined;
  return { span: { start: figure.span.start, end: rate.end }, newText: withMeasure(source, replacementText(source, figure.span.start, sentence)) };
}

function citeFix(sentence: Sentence, id: string): { title: string; span: Span; newText: string } {
  const at = sentence.insertionPoint;
  return { title: `Cite ${id}`, span: { start: at, end: at }, newText: ` [@${id}]` };
}

function figureDrafts(r: FigureReport, text: string): Draft[] {
  const { figure, verdict, sentence } = r;
  const q = `'${figure.text}'`;
  const span = figure.span;
  switch (verdict.kind) {
    case 'supported': {
      if (verdict.conflicts.length === 0) return [];
      const [other, ...more] = verdict.conflicts;
      // One related place, the source the message quotes (the spec's "that source's line"):
      // the others are named, and the figure's hover quotes them all. Five places on every
      // conflict made most of an archive-sized report, sent again after each keystroke.
      const also = more.length > 0 ? ` ${listNames(more.map((c) => c.source.meta.id))} ${more.length > 1 ? 'disagree' : 'disagrees'} too.` : '';
      return [
        {
          code: 'conflicting-sources',
          span,
          message: `${q} is supported by ${verdict.evidence.source.meta.id}, but ${other.source.meta.id} says ${stated(other.figure, figure)}: "${sourceSentence(other)}"${also}`,
          related: [relatedAt(other, `${other.source.meta.id} says ${stated(other.figure, figure)}`)],
        },
      ];
    }
    case 'more-specific': {
      const e = verdict.evidence;
      return [
        {
          code: 'figure-more-specific',
          span,
          message: `${q} is more specific than ${e.source.meta.id}, which says ${stated(e.figure, figure)}: "${sourceSentence(e)}"`,
          related: [relatedAt(e, `${e.source.meta.id} says ${stated(e.figure, figure)}`)],
          fixes: [{ title: `Use the source's wording: ${stated(e.figure, figure)}`, ...(measuredEdit(r, e.figure, text) ?? { span, newText: replacementText(e.figure, span.start, sentence) }) }],
        },
      ];
    }
    case 'mismatch': {
      const e = verdict.evidence;
      const use = sourceFigureEdit(r, e.figure, text);
      const fixes: Draft['fixes'] = use ? [{ title: `Use the source's figure: '${use.newText}'`, ...use }] : [];
      const citation = r.cited.find((c) => c.source === e.source)?.citation;
      for (const alt of verdict.alternatives.slice(0, 3)) {
        if (citation) fixes.push({ title: `Cite ${alt.source.meta.id} instead, which says '${alt.figure.text}'`, span: citation.keySpan, newText: alt.source.meta.id });
      }
      return [
        {
          code: 'figure-mismatch',
          span,
          message: `${stated(figure, e.figure)} disagrees with ${e.source.meta.id}, which says ${stated(e.figure, figure)}: "${sourceSentence(e)}"`,
          related: [relatedAt(e, `${e.source.meta.id} says ${stated(e.figure, figure)}`)],
          fixes,
        },
      ];
    }
    case 'not-in-source': {
      const names = listNames([...new Set(r.cited.map((c) => c.source.meta.id))]);
      const locators = r.cited.map((c) => c.citation.locator).filter((l) => l && l.n !== undefined);
      let message = `${q} is not stated by ${names}${locators.length > 0 ? ` in ${locators.map((l) => l!.text).join(', ')}` : ''}.`;
      const related: RelatedInformation[] = [];
      if (verdict.elsewhere) {
        const e = verdict.elsewhere;
        message += ` ${e.source.meta.id} states it in para ${e.paragraph} (line ${e.line}): "${sourceSentence(e)}"`;
        related.push(relatedAt(e, `${e.source.meta.id} states it here`));
      } else if (verdict.alternatives.length > 0) {
        const a = verdict.alternatives[0];
        message += ` ${a.source.meta.id} does: "${sourceSentence(a)}"`;
      }
      const group = r.cited[0]?.group;
      const fixes = group
        ? verdict.alternatives.slice(0, 3).map((a) => ({
            title: `Cite ${a.source.meta.id}, which says '${a.figure.text}'`,
            span: { start: group.span.end - 1, end: group.span.end - 1 },
            newText: `; @${a.source.meta.id}`,
          }))
        : [];
      for (const a of verdict.alternatives) related.push(relatedAt(a, `${a.source.meta.id} says '${a.figure.text}'`));
      return [{ code: 'figure-not-in-source', span, message, related, fixes }];
    }
    case 'uncited': {
      if (figure.kind === 'year' && verdict.supporters.length === 0 && verdict.contradictions.length === 0) {
        return [{ code: 'uncited-figure', span, message: `${q} cites no source, and no source in the dataset states it.` }];
      }
      let message = `${q} cites no source.`;
      if (verdict.supporters.length > 0) {
        const best = verdict.supporters[0];
        message += ` ${listNames(verdict.supporters.map((s) => s.source.meta.id))} ${verdict.supporters.length > 1 ? 'state' : 'states'} it: "${sourceSentence(best)}"`;
      } else if (verdict.contradictions.length > 0) {
        const c = verdict.contradictions[0];
        message += ` The dataset contradicts it: ${c.source.meta.id} says ${stated(c.figure, figure)}: "${sourceSentence(c)}"`;
      } else message += ' No source in the dataset states it.';
      return [
        {
          code: 'uncited-figure',
          span,
          message,
          related: [...verdict.supporters, ...verdict.contradictions].map((s) => relatedAt(s, `${s.source.meta.id} says '${s.figure.text}'`)),
          fixes: verdict.supporters.map((s) => citeFix(sentence, s.source.meta.id)),
        },
      ];
    }
    case 'unchecked':
      return [];
  }
}

/** A figure's drafts, kept with its verdict: a sentence that did not change keeps its verdict
 * object, and its drafts only move with it. */
const draftsOf = new WeakMap<FigureReport['verdict'], { base: number; drafts: Draft[] }>();

/** Whether every draft is as long as the figure: one kept from an earlier check still fits. */
function fitsFigure(drafts: Draft[], r: FigureReport): boolean {
  for (const d of drafts) if (d.span.end - d.span.start !== r.figure.span.end - r.figure.span.start) return false;
  return true;
}

function placeFigureDrafts(r: FigureReport, text: string, place: Place): void {
  const hit = draftsOf.get(r.verdict);
  const start = r.figure.span.start;
  if (hit && fitsFigure(hit.drafts, r)) {
    for (const draft of hit.drafts) place(draft, start - hit.base);
    return;
  }
  const drafts = figureDrafts(r, text);
  draftsOf.set(r.verdict, { base: start, drafts });
  for (const draft of drafts) place(draft, 0);
}

/** Every draft of the report, in the report's order, to `place`. */
function reportDrafts(report: BriefingReport, place: Place): void {
  const add = (draft: Draft): void => place(draft, 0);
  const { briefing } = report;
  for (const p of briefing.problems) add({ code: p.code, span: p.span, message: p.message, severity: p.severity });
  for (const c of report.citations) {
    if (c.sources.length > 0) continue;
    const hint = c.suggestions.length > 0 ? ` Did you mean ${listNames(c.suggestions.map((s) => `'${s}'`))}?` : '';
    add({
      code: 'unknown-source',
      span: c.citation.keySpan,
      message: `No source in the dataset has the key '${c.citation.key}'.${hint}`,
      fixes: c.suggestions.map((s) => ({ title: `Change to '${s}'`, span: c.citation.keySpan, newText: s })),
    });
  }
  for (const f of report.figures) placeFigureDrafts(f, briefing.text, place);
  for (const q of report.quotations) {
    const names = listNames([...new Set(q.cited.map((c) => c.source.meta.id))]);
    if (q.verdict.kind === 'close') {
      add({
        code: 'quote-mismatch',
        span: q.quotation.span,
        message: `The quotation differs from ${q.verdict.source.meta.id}, which reads: "${q.verdict.exact}"`,
        related: [{ path: q.verdict.source.path, range: { start: q.verdict.source.positionInFile(q.verdict.span.start), end: q.verdict.source.positionInFile(q.verdict.span.end) }, message: 'The passage in the source' }],
        fixes: [{ title: "Use the source's exact words", span: q.quotation.span, newText: q.verdict.exact }],
      });
    } else if (q.verdict.kind === 'none') {
      add({ code: 'quote-not-in-source', span: q.quotation.span, message: `The quotation "${q.quotation.text}" is not in ${names}.` });
    }
  }
}

/** Line numbers silenced for a code by ignore directives. */
function isIgnored(report: BriefingReport, code: DiagnosticCode, line: number): boolean {
  for (const d of report.briefing.ignores) if ((d.line === undefined || d.line === line) && (d.codes.length === 0 || d.codes.includes(code))) return true;
  return false;
}

/** The diagnostics made from a draft, one a place: a sentence written twice shares its
 * verdict, and so its drafts, between its two places. */
const madeFrom = new WeakMap<Draft, Diagnostic[]>();
const claimMade = new WeakMap<FigureReport['verdict'], Array<{ other: FigureReport['verdict']; diagnostic: Diagnostic }>>();

/** Keeps `made` among the last few made from one key (a sentence is rarely written more than twice). */
function remember<K extends object, V>(map: WeakMap<K, V[]>, key: K, made: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [made]);
  else if (list.unshift(made) > 4) list.pop();
}

/** Whether a diagnostic's fixes are the draft's, placed: nothing is made to find out. */
function sameFixes(fixes: Fix[], drafts: NonNullable<Draft['fixes']>, by: number, lines: LineIndex): boolean {
  if (fixes.length !== drafts.length) return false;
  for (let i = 0; i < fixes.length; i++) {
    const f = fixes[i];
    const d = drafts[i];
    if (f.title !== d.title || f.edit.newText !== d.newText || !lines.spans(f.edit.range, d.span.start + by, d.span.end + by)) return false;
  }
  return true;
}

const NO_FIXES: NonNullable<Draft['fixes']> = [];

/** The diagnostic made earlier from a draft that is where the draft is now, as it is now. */
function madeBefore(d: Draft, by: number, severity: Diagnostic['severity'], lines: LineIndex): Diagnostic | undefined {
  for (const p of madeFrom.get(d) ?? []) {
    if (p.severity === severity && lines.spans(p.range, d.span.start + by, d.span.end + by) && sameFixes(p.fixes, d.fixes ?? NO_FIXES, by, lines)) return p;
  }
  return undefined;
}

/** The conflicting-claims diagnostic made earlier for these two figures where they are now. */
function claimMadeBefore(at: FigureReport, other: FigureReport, severity: Diagnostic['severity'], lines: LineIndex): Diagnostic | undefined {
  for (const p of claimMade.get(at.verdict) ?? []) {
    const d = p.diagnostic;
    if (
      p.other === other.verdict &&
      d.severity === severity &&
      lines.spans(d.range, at.figure.span.start, at.figure.span.end) &&
      lines.spans(d.related[0].range, other.sentence.span.start, other.sentence.span.end)
    ) {
      return d;
    }
  }
  return undefined;
}

// Typing re-places every diagnostic: what does not change is compared where it lies, and
// nothing is made for it (ranges, lists), so that a keystroke leaves little to collect.
export function toDiagnostics(report: BriefingReport, options: CheckOptions, lines = new LineIndex(report.briefing.text)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  /** Where a diagnostic of its own was placed: a figure there is told nothing more. */
  const placed = new Set<number>();
  reportDrafts(report, (d, by) => {
    const severity = severityOf(d.code, options, d.severity ?? DEFAULT_SEVERITY[d.code]);
    if (severity === 'off') return;
    // The same draft at the same place gives back the same object, so that what is made
    // from a diagnostic (its LSP form, its JSON) can be kept while the analyst types elsewhere.
    const previous = madeBefore(d, by, severity, lines);
    const range = previous?.range ?? lines.rangeOf(moved(d.span, by));
    if (isIgnored(report, d.code, range.start.line)) return;
    placed.add(d.span.start + by);
    if (previous) {
      diagnostics.push(previous);
      return;
    }
    const fixes: Fix[] = (d.fixes ?? []).map((f, i) => ({ title: f.title, edit: { range: lines.rangeOf(moved(f.span, by)), newText: f.newText }, isPreferred: i === 0 }));
    const diagnostic: Diagnostic = { code: d.code, severity, range, message: d.message, related: [...(d.related ?? [])], fixes };
    remember(madeFrom, d, diagnostic);
    diagnostics.push(diagnostic);
  });
  // Each of the two sentences is told of the other, as either may be the one to correct,
  // unless its figure has a diagnostic of its own (uncited, or against its source): one
  // report a figure is enough. A figure that disagrees with several is told of the first.
  const told = new Set<FigureReport>();
  const severity = severityOf('conflicting-claims', options, DEFAULT_SEVERITY['conflicting-claims']);
  if (severity !== 'off') {
    for (const { later, earlier } of report.claimConflicts) {
      for (const [at, other] of [[later, earlier], [earlier, later]]) {
        if (told.has(at) || placed.has(at.figure.span.start)) continue;
        told.add(at);
        const diagnostic = claimDiagnostic(report, at, other, severity, lines);
        if (diagnostic) diagnostics.push(diagnostic);
      }
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The conflicting-claims diagnostic at one figure of a pair, pointing at the other's sentence. */
function claimDiagnostic(report: BriefingReport, at: FigureReport, other: FigureReport, severity: Diagnostic['severity'], lines: LineIndex): Diagnostic | undefined {
  // Kept like the drafts' diagnostics: a sentence that did not change keeps its verdict.
  const previous = claimMadeBefore(at, other, severity, lines);
  const range = previous?.range ?? lines.rangeOf(at.figure.span);
  if (isIgnored(report, 'conflicting-claims', range.start.line)) return undefined;
  if (previous) return previous;
  const otherRange = lines.rangeOf(other.sentence.span);
  const diagnostic: Diagnostic = {
    code: 'conflicting-claims',
    severity,
    range,
    message: `${stated(at.figure, other.figure)} disagrees with ${stated(other.figure, at.figure)} stated on line ${otherRange.start.line + 1} of this briefing.`,
    related: [{ path: report.path, range: otherRange, message: `This briefing says ${stated(other.figure, at.figure)} here` }],
    fixes: [],
  };
  remember(claimMade, at.verdict, { other: other.verdict, diagnostic });
  return diagnostic;
}

/** Diagnostics of a dataset file (invalid metadata, duplicate ids, unreadable files). */
export function sourceProblemDiagnostics(problems: SourceProblem[], options: CheckOptions, textOf: (path: string) => string | undefined): Map<string, Diagnostic[]> {
  const byPath = new Map<string, Diagnostic[]>();
  const indexes = new Map<string, LineIndex>();
  for (const p of problems) {
    const severity = severityOf(p.code, options, p.severity ?? DEFAULT_SEVERITY[p.code]);
    if (severity === 'off') continue;
    let range = p.range;
    if (!range) {
      let index = indexes.get(p.path);
      if (!index) {
        index = new LineIndex(textOf(p.path) ?? '');
        indexes.set(p.path, index);
      }
      range = index.rangeOf(p.span);
    }
    const list = byPath.get(p.path) ?? [];
    list.push({ code: p.code, severity, range, message: p.message, related: [], fixes: [] });
    byPath.set(p.path, list);
  }
  return byPath;
}

