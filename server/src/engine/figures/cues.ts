// Words before a number that say what kind of number it is: a label (`page 4`), a change
// (`rose from 60% to 70%` is two figures, not a range), a year (`the 2019 elections`).

import { isWordOfChange } from './change';
import { MONTHS } from './dates';
import { qualifierBefore, type BackToken, type WordsBefore } from './qualifiers';

/** A number after these is a label or reference, never a figure (`para 3`, `p. 4`, `Table 2`). */
const LABELS = new Set([
  'page', 'pages', 'p.', 'pp.', 'pg.', 'para', 'para.', 'paras', 'paragraph', 'paragraphs', 'line', 'lines',
  'l.', 'll.', 'section', 'sections', 'sec.', 'chapter', 'chapters', 'ch.', 'chap.', 'fig.', 'figs.',
  'figure', 'figures', 'table', 'tables', 'tab.', 'art.', 'article', 'articles', 'no.', 'nos.', 'number',
  'vol.', 'volume', 'issue', 'item', 'annex', 'appendix', 'app.', 'rule', 'step', 'phase', 'tier',
  'grade', 'class', 'category', 'stage', 'round', 'group', 'model', 'version', 'ver.', 'v.', 'release',
  'edition', 'ed.', 'part', 'pt.', 'box', 'exhibit', 'footnote', 'note', 'n.', 'ref.', 'slide',
  'question', 'q.', 'level', 'chart', 'graph', 'map', 'diagram', 'clause', 'schedule', 'paragraphe',
  'resolution', 'amendment', 'option', 'scenario', 'room', 'route', 'platform', 'gate', 'unit', 'lot',
  // A design's or a project's number (`Project 22220 nuclear icebreakers`, `Type 26 frigates`).
  'project', 'type', 'flight', 'block', 'batch', 'mark', 'mk.',
]);

/** Legal instruments, capitalised, name themselves by a number (`FERC's Order 2023`,
 * `Circular 158`, `Decree 70/2023`); lower case they are other words (`airlines order 12 jets`). */
const INSTRUMENTS = new Set([
  'order', 'circular', 'decree', 'directive', 'regulation', 'law', 'act', 'bill', 'ordinance', 'proclamation',
  'notification', 'statute', 'code', 'form',
]);

/** Whether the word before a number makes it a label or a reference; `text` is the token's text. */
export function isLabel(token: BackToken | undefined, text: string): boolean {
  if (token === undefined) return false;
  // A table's `Volume 2024 (kt)` is the volume of 2024, no book's volume.
  if (token.lower === 'volume' && /^\s+(?:19|20)\d\d\b/.test(text.slice(token.end, token.end + 6))) return false;
  if (LABELS.has(token.lower)) return true;
  const c = text.charCodeAt(token.start);
  return c >= 65 && c <= 90 && INSTRUMENTS.has(token.lower);
}

/** Words of a change that say no way, or come before a noun (`a rise from 60 to 70`); the
 * words that say which way are `change.ts`'s (`isWordOfChange`). */
const CHANGE_WORDS = new Set([
  'doubled', 'tripled', 'halved', 'reduce', 'raise', 'lower', 'went', 'gone', 'moved', 'changed', 'widened',
  'narrowed', 'revised', 'upgraded', 'downgraded', 'accelerated', 'slowed', 'edged', 'ticked', 'growth',
  'reduction', 'hike', 'shift', 'change', 'changes', 'expansion', 'contraction',
]);

const isChangeWord = (lower: string): boolean => CHANGE_WORDS.has(lower) || isWordOfChange(lower);

/** True when the number after `tokens` starts a change rather than a range (`rose 5% to 7%`, `fell from 60 to 50`). */
export function isChange(before: WordsBefore): boolean {
  // `went from about $68 to $95`: a start with its qualifier is a start.
  const words = qualifierBefore(before)?.phrase.split(' ').length ?? 0;
  const skip = words > 0 && before.at(words)?.lower === 'from' ? words : 0;
  const first = before.at(skip)?.lower;
  if (first === undefined) return false;
  if (first === 'from') {
    // `raised its stake from 20% to 25%`, `raised its royalty rate from 3.5% to 10%`, `a rise
    // from 60 to 70`; but `ranges from 20% to 25%`.
    for (let k = skip + 1; k <= skip + 5; k++) {
      const word = before.at(k)?.lower ?? '';
      if (SPREAD_WORDS.has(word)) return false;
      if (isChangeWord(word)) return true;
    }
    return false;
  }
  if (first === 'by') return true;
  return isChangeWord(first);
}

/** Words of a spread, not a change, right before its `from` (`estimates of the rise range from`). */
const SPREAD_WORDS = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying']);

/** Words after which a four-digit number before a plural is a year (`the 2019 elections`, `in 2020 exports`). */
const YEAR_CUES = new Set([
  'the', 'in', 'since', 'until', 'till', 'before', 'after', 'during', 'by', 'its', 'their', 'his', 'her',
  'those', 'these', 'this', 'that',
  'our', 'early', 'late', 'mid', 'fiscal', 'fy', 'year', 'calendar', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'through', 'throughout', 'from', 'for',
  // A month: `Indonesia's February 2024 elections` is a date, not 2,024 elections.
  ...MONTHS.keys(),
]);

/** A number of thousands written with a comma (`58,000`), not a decimal's (`1,5`). */
const COMMA_THOUSANDS = /\d,\d{3}(?![\d])/;
/** How far either way a text's way of writing thousands is looked for. */
const STYLE_REACH = 160;

/** Whether the text writes a number of thousands with a comma near `at`. */
export function commaThousandsNear(text: string, at: number): boolean {
  return COMMA_THOUSANDS.test(text.slice(Math.max(0, at - STYLE_REACH), Math.min(text.length, at + STYLE_REACH)));
}

export function isYearCue(text: string, before: WordsBefore): boolean {
  // A half or a quarter of a year before it (`in H1 2025 exports rose`, `Q3 2025 sales`).
  if (PART_OF_YEAR_BEFORE.test(text.slice(Math.max(0, before.origin - 4), before.origin))) return true;
  // Past a word of the whole after one (`Brazil's total 2024 shipments`, `their combined 2023 shipments`).
  return cueAt(text, before, 0) || (WHOLE_WORDS.has(before.at(0)?.lower ?? '') && cueAt(text, before, 1));
}

/** `H1 `, `Q3 ` right before a number. */
const PART_OF_YEAR_BEFORE = /(?:^|[^\w])(?:Q[1-4]|H[12])\s+$/i;

function cueAt(text: string, before: WordsBefore, k: number): boolean {
  const t = before.at(k);
  if (!t) return false;
  if (YEAR_CUES.has(t.lower)) return true;
  // The second of two years (`the 2022 and 2021 harvests`).
  if ((t.lower === 'and' || t.lower === 'or') && YEAR_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  // A part of a year: `the first half of 2025 puts the rate at 31.6%`, `by the end of 2023 shows`.
  if (t.lower === 'of' && YEAR_PARTS.has(before.at(k + 1)?.lower ?? '')) return true;
  // A possessive: `China's 2025 targets`.
  const c = t.start > 0 ? text.charCodeAt(t.start - 1) : 0;
  return t.lower === 's' && (c === 39 || c === 0x2019);
}

/** A year-like number right before a word (`2022 and`). */
const YEAR_BEFORE = /(?<![\d,.])(?:19|20)\d{2}\s+$/;

/** What `of` a year names a part of (`half of 2025`, `end of 2023`). */
const YEAR_PARTS = new Set(['half', 'quarter', 'end', 'start', 'beginning', 'middle', 'rest', 'course', 'spring', 'summer', 'autumn', 'winter']);

const WHOLE_WORDS = new Set(['total', 'combined', 'overall', 'annual', 'entire', 'whole', 'full']);

/** Prefixes joined to a year by a hyphen (`mid-2025`). */
export const YEAR_PREFIXES = new Set(['mid', 'early', 'late', 'pre', 'post', 'end', 'fy']);
