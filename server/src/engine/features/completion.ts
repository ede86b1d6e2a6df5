import { countModifiers } from '../figures/countNoun';
import { supportersElsewhere } from '../check/checkFigure';
import type { Dataset } from '../dataset/dataset';
import type { Source } from '../sources/types';
import type { Span } from '../types';
import { contextOf, figureSpans, tokenize } from '../context/terms';
import { extractFigures } from '../figures/extractFigures';
import { parseBriefing } from '../markup/parseBriefing';
import type { Sentence } from '../markup/types';

export interface CompletionEntry {
  id: string;
  title: string;
  date?: string;
  /** Sorts before the others: the source supports a figure of the current sentence. */
  supports: boolean;
  /** The key text already typed, to be replaced. */
  replace: Span;
  detail: string;
}

/** Where a citation key is being typed: just after `[@` or `; @` (and any key characters). */
export function keyPrefixAt(text: string, offset: number): Span | undefined {
  let start = offset;
  while (start > 0 && /[\p{L}\p{N}_\-.:/#]/u.test(text[start - 1])) start--;
  if (text[start - 1] !== '@') return undefined;
  // `[@`, `; @`, `[see @`: the @ must stand inside an open bracket on this line.
  let i = start - 2;
  while (i >= 0 && text[i] !== '[' && text[i] !== ']' && text[i] !== '\n') i--;
  if (i < 0 || text[i] !== '[') return undefined;
  const before = text[start - 2];
  if (before !== '[' && before !== ' ' && before !== ';') return undefined;
  return { start, end: offset };
}

/**
 * Completion of a citation key at `offset` of `text` (the editor's current text). Only the
 * sentence being written is looked at, parsed afresh, so completion never waits for a check
 * of the whole briefing.
 */
export function completionsAt(text: string, dataset: Dataset, offset: number, tolerance: number): CompletionEntry[] | undefined {
  const replace = keyPrefixAt(text, offset);
  if (!replace) return undefined;
  const sentence = sentenceAt(text, offset);
  const supporting = new Map<string, number>();
  if (sentence) {
    const tokens = tokenize(text, sentence.span.start, sentence.span.end, sentence.excluded);
    const figures = extractFigures(text, sentence.span.start, sentence.span.end, sentence.excluded);
    const spans = figureSpans(figures);
    for (const figure of figures) {
      const terms = contextOf(tokens, figure.span, spans, figure.change, countModifiers(figure), text);
      supportersElsewhere({ figure, terms, tolerance }, dataset, new Set()).forEach((s, rank) => {
        const prev = supporting.get(s.source.meta.id);
        supporting.set(s.source.meta.id, prev === undefined ? rank : Math.min(prev, rank));
      });
    }
  }
  // Supporting sources first, best first; then every other source by id.
  const entry = (s: Source, supports: boolean): CompletionEntry => ({
    id: s.meta.id,
    title: s.meta.title,
    date: s.meta.date,
    supports,
    replace,
    detail: [s.meta.publisher, s.meta.date].filter(Boolean).join(', '),
  });
  const first = [...supporting].sort((a, b) => a[1] - b[1]).flatMap(([id]) => dataset.sourcesWithId(id).slice(0, 1).map((s) => entry(s, true)));
  // A large dataset is offered by what has been typed, a page at a time (the editor asks
  // again as the key grows), so that completion stays quick with tens of thousands of sources.
  const typed = text.slice(replace.start, replace.end).toLowerCase();
  const rest: CompletionEntry[] = [];
  const all = dataset.sourcesById;
  const paged = all.length > COMPLETION_PAGE;
  for (const s of all) {
    if (supporting.has(s.meta.id)) continue;
    if (paged && !s.meta.id.toLowerCase().includes(typed)) continue;
    rest.push(entry(s, false));
    if (rest.length >= COMPLETION_PAGE) break;
  }
  return [...first, ...rest];
}

/** Sources offered at once when the dataset is larger; the list is then marked incomplete.
 * The editor shows a dozen and asks again at each keystroke, so a page of 200 is plenty
 * and keeps each answer small (500 took a fifth of a megabyte of JSON). */
export const COMPLETION_PAGE = 200;

/** The sentence of the paragraph around `offset`, parsed on its own. */
function sentenceAt(text: string, offset: number): Sentence | undefined {
  // The paragraph: from the blank line before to the blank line after.
  const before = text.lastIndexOf('\n\n', offset - 1);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', offset);
  const end = after < 0 ? text.length : after;
  const paragraph = parseBriefing(text.slice(start, end));
  const local = offset - start;
  const found = paragraph.sentences.find((s) => local >= s.span.start && local <= s.span.end);
  if (!found) return undefined;
  const shift = (x: Span): Span => ({ start: x.start + start, end: x.end + start });
  return { ...found, span: shift(found.span), excluded: found.excluded.map(shift) };
}
