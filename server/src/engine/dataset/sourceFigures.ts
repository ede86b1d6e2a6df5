import { countModifiers } from '../figures/countNoun';
import { extractFigures } from '../figures/extractFigures';
import { bareCounts } from './bareCounts';
import { datedYears } from './datedYears';
import { definesMillionTonnes, inMillionTonnes, withNairaSigns } from './definedUnits';
import { recalledCounts } from './recalledCounts';
import { captionUnit, columnYear, headerUnitFigures, subheadingUnit, type WrittenUnit } from './headerUnits';
import { captionAbove, isSpacedTableLine, mayHoldSpacedTable, subheadingAbove, tableRowAt, type TableRow } from './tables';
import type { Figure } from '../figures/types';
import { append } from '../lists';
import { splitSentences } from '../markup/sentences';
import type { Source } from '../sources/types';
import type { Range, Span } from '../types';
import { compactTerms, contextOf, figureSpans, HEADER_WORD_WEIGHT, tokenize, type TermVector, type Token, type Tokens } from '../context/terms';

/** A figure stated by a source, with what it is about. */
export interface SourceFigure {
  source: Source;
  figure: Figure;
  /** The source sentence that states it (offsets of `source.text`). */
  sentence: Span;
  terms: TermVector;
  /** 1-based paragraph and line of the source that hold the figure (0: none). */
  readonly paragraph: number;
  readonly line: number;
  /** The sentence's text and its place in the file, when known without reading the source
   * (a figure read back from its encoded form). */
  readonly stored?: StoredSentence;
}

/** The text of the sentence that states a source figure: stored with it where it was read
 * back from an index, else cut from its source. */
export const sentenceText = (f: SourceFigure): string => f.stored?.text ?? f.source.text.slice(f.sentence.start, f.sentence.end);

export interface StoredSentence {
  text: string;
  range: Range;
  paragraph: number;
  line: number;
}

/** A source figure whose paragraph and line are worked out when a locator or a message
 * asks: most figures never need them, and a source's lines cost memory. */
export class IndexedFigure implements SourceFigure {
  private paragraphNumber: number | undefined;
  private lineNumber: number | undefined;

  constructor(
    readonly source: Source,
    readonly figure: Figure,
    readonly sentence: Span,
    readonly terms: TermVector,
    readonly stored?: StoredSentence,
  ) {}

  get paragraph(): number {
    return (this.paragraphNumber ??= this.stored?.paragraph ?? spanNumber(this.source.paragraphs, this.figure.span.start));
  }

  get line(): number {
    return (this.lineNumber ??= this.stored?.line ?? spanNumber(this.source.lines, this.figure.span.start));
  }
}

/** Whether the line content [first, end) is the source's title, with nothing after it but
 * white space: a scraped page's headline, which has no full stop to end it. */
function isTitleLine(text: string, first: number, lineEnd: number, title: string | undefined): boolean {
  if (!title || lineEnd - first < title.length || !text.startsWith(title, first)) return false;
  for (let i = first + title.length; i < lineEnd; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** A line of a paragraph of several that is short beside its longest one and ends in no
 * punctuation: a dateline, a byline, a label (`Published May 2021`), never a wrapped line
 * of prose, which runs near the wrap width or ends its sentence. */
function isShortLine(text: string, first: number, lineEnd: number, longest: number, last: boolean): boolean {
  if (last) return false;
  let end = lineEnd;
  while (end > first && text.charCodeAt(end - 1) <= 32) end--;
  return end > first && end - first < SHORT_LINE * longest && !/[.!?:;,"”’)\]…-]/.test(text[end - 1]) && !continuedInLowerCase(text, lineEnd);
}

/** Whether the line after `lineEnd` goes on with a small letter (`about 35 per⏎cent of that
 * total`): the sentence runs on, however short the line a page broke it at. */
function continuedInLowerCase(text: string, lineEnd: number): boolean {
  let i = lineEnd + 1;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** A line shorter than this share of its paragraph's longest line may stand alone. */
const SHORT_LINE = 0.5;

/** The length of the longest line of [start, end). */
function longestLine(text: string, start: number, end: number): number {
  let longest = 0;
  for (let at = start; at < end; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    longest = Math.max(longest, lineEnd - at);
    at = lineEnd + 1;
  }
  return longest;
}

/** Sentences of a source: table rows, heading lines, the title line and a short line without
 * punctuation stand alone; prose is split. (A headline run into the paragraph under it,
 * `Myanmar supply disrupted Myanmar supplied roughly half…`, was quoted as one sentence; and
 * a dateline's year, `Published May 2021 China's share of rare earth refining was…`,
 * conflicted with a claim's `in 2023`.) */
export function sourceSentences(source: Source, spaced = mayHoldSpacedTable(source.text)): Span[] {
  const { text } = source;
  const title = source.meta.title?.trim();
  const sentences: Span[] = [];
  for (const paragraph of continuedParagraphs(text, source.paragraphs)) {
    let runStart = -1;
    let lineStart = paragraph.start;
    const flush = (end: number): void => {
      if (runStart >= 0) append(sentences, splitSentences(text, runStart, end));
      runStart = -1;
    };
    const firstBreak = text.indexOf('\n', paragraph.start);
    const multiline = firstBreak >= 0 && firstBreak < paragraph.end;
    const longest = multiline ? longestLine(text, paragraph.start, paragraph.end) : 0;
    while (lineStart < paragraph.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > paragraph.end) lineEnd = paragraph.end;
      let first = lineStart;
      while (first < lineEnd && (text[first] === ' ' || text[first] === '\t')) first++;
      const c = text[first];
      if (
        c === '|' ||
        c === '#' ||
        isTitleLine(text, first, lineEnd, title) ||
        (multiline && isShortLine(text, first, lineEnd, longest, lineEnd >= paragraph.end)) ||
        (spaced && isSpacedTableLine(text, first, lineEnd))
      ) {
        flush(lineStart);
        if (first < lineEnd) sentences.push({ start: first, end: lineEnd });
      } else if (first < lineEnd && (runStart < 0 || LIST_MARKER.test(text.slice(first, first + 4)))) {
        // A list's item starts a sentence of its own, whatever the line before ends with.
        flush(lineStart);
        runStart = first;
      }
      lineStart = lineEnd + 1;
    }
    flush(paragraph.end);
  }
  return sentences;
}

/** A list item's marker at a line's start (`- `, `* `, `• `, `1. `, `2) `). */
const LIST_MARKER = /^(?:[-*•][ \t]|\d{1,2}[.)][ \t])/;

/**
 * Paragraphs, a line that runs on into the next joined to it: in a file of one paragraph a
 * line (some line is long), a page's text still breaks some words and sentences at line ends
 * (`Production of SAF doubled to about 1 mil-⏎lion tonnes`). A line runs on when it ends in
 * a word broken by a hyphen, or in a letter or comma, and the next line, right under it,
 * starts in lower case. Only sentences are found this way: `para N` still counts lines.
 */
function continuedParagraphs(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last && runsOn(text, last.end, p.start)) out[out.length - 1] = { start: last.start, end: p.end };
    else out.push(p);
  }
  return out;
}

function runsOn(text: string, end: number, next: number): boolean {
  const first = text.charCodeAt(next);
  if (!(first >= 97 && first <= 122)) return false;
  if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(end, next))) return false;
  const c = text[end - 1];
  return /[\p{L},-]/u.test(c) && !(c === '-' && !/\p{L}/u.test(text[end - 2] ?? ''));
}

/** 1-based index of the span in `spans` (sorted) that contains `offset`, or 0. */
export function spanNumber(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid + 1;
  }
  return 0;
}

/** Every figure a source states, with its context. */
export function figuresOfSource(source: Source): SourceFigure[] {
  const out: SourceFigure[] = [];
  const { text } = source;
  // What the whole source is about (its title) is context of every figure in it.
  // Its names carry their initials, as the sentences' do (`Jaguar Land Rover` is `JLR`).
  const title = source.meta.title ? tokenize(source.meta.title, 0, source.meta.title.length, [], true).tokens : [];
  // Who published it, by its initials (`The INSG expects …` of the International Nickel
  // Study Group's outlook, `the IEA`): background, never a name a figure is about. Its
  // other words (`World`, `Institute`) say nothing of the figures.
  const publisher = publisherInitials(source.meta.publisher);
  const titleBackground = title.length + publisher.length > 0 ? new Map([...publisher.map((p): [string, number] => [p, 0.3]), ...weighed(title, () => 0.3)]) : undefined;
  const titleNames = title.filter((t) => t.name).flatMap((t) => [t.term, ...(t.initials ?? [])]);
  // Per table and column, what its cells share: the header's words, weighted, and its year.
  // Per table (by where its header starts), what every row shares, worked out once.
  const tables = new Map<number, TableParts>();
  const groups = new Map<number, Group>();
  const partsOf = (table: TableRow): TableParts => {
    let parts = tables.get(table.header.start);
    if (!parts) {
      const header = tokenize(text, table.header.start, table.header.end, [], true);
      // A caption above a table kept by spaces (`Table 3. LME nickel cash price, annual
      // average`) says what every row is of, more than the title, less than the header.
      const captionLine = text[table.header.start] === '|' ? undefined : captionAbove(text, table.header.start);
      const captionWords = captionLine ? weighed(tokenize(text, captionLine.start, captionLine.end, [], true).tokens, () => CAPTION_WORD_WEIGHT) : [];
      const tableBackground = captionWords.length > 0 ? new Map([...(titleBackground ?? []), ...captionWords]) : titleBackground;
      parts = {
        header,
        caption: captionUnit(text, table.header.start),
        tableBackground,
        // A table row says what its figure is about in its label; the header says of what,
        // for every row alike: background, like the source's title.
        background: new Map([...(tableBackground ?? []), ...weighed(header.tokens, () => HEADER_WORD_WEIGHT)]),
        // Who the header or title names is who the row is about, unless the row names someone.
        namedAround: [...backgroundNames(header), ...titleNames],
        subject: header.tokens.find((t) => t.name)?.term,
        columns: new Map(),
      };
      tables.set(table.header.start, parts);
    }
    return parts;
  };
  // Tables kept by spaces are looked for only in a text that has two spaces together somewhere.
  const spaced = mayHoldSpacedTable(text);
  const millionTonnes = definesMillionTonnes(text);
  // Figures are read in the text with the naira's `N` as `₦` (`withNairaSigns`); its words,
  // as written.
  const figureText = withNairaSigns(text);
  const sentences = sourceSentences(source, spaced);
  for (const [k, sentence] of sentences.entries()) {
    const table = tableRowAt(text, sentence, spaced);
    const parts = table && partsOf(table);
    const pointingBack: number[] = [];
    const extracted = extractFigures(figureText, sentence.start, sentence.end, [], pointingBack);
    const found = millionTonnes ? extracted.map(inMillionTonnes) : extracted;
    // A row's bare numbers are figures in the unit their column's header gives; `last year`
    // is a year, from the source's date; `sales neared 14 million` a count of any noun.
    // A subheading of units between a spaced table's rows gives the rows below it theirs.
    const subheading = table && parts && text[sentence.start] !== '|' ? subheadingAbove(text, sentence.start, table.header.start) : undefined;
    const caption = (subheading ? subheadingUnit(subheading) : undefined) ?? parts?.caption;
    const cells = table && parts ? headerUnitFigures(text, table, found, caption) : [];
    const more = [
      ...cells,
      ...datedYears(text, sentence, source.meta.date, found),
      // A table's cell is read once, in its column's unit.
      ...bareCounts(text, sentence, cells.length > 0 ? [...found, ...cells] : found),
      ...(pointingBack.length > 0 ? recalledCounts(text, sentence, pointingBack) : []),
    ];
    // A cell its unit reads again (`2.73m` under `(US$)`, not metres) is that figure only.
    const kept = cells.length > 0 ? found.filter((f) => !cells.some((c) => c.span.start === f.span.start && c.span.end === f.span.end)) : found;
    const figures = more.length > 0 ? inTextOrder([...kept, ...more]) : found;
    if (figures.length === 0) continue;
    // A source's `London Metal Exchange` is a claim's `LME` too (only this way: a claim's
    // long name against a source's initials is left as words).
    // A sentence that is its amount and nothing more (`$20 billion. At least that much in
    // tariffs was lost every single year.`, as a blog's list writes it) is about what the
    // next sentence of its paragraph says; a date alone is a dateline's.
    const next = !table && figures.length === 1 && figures[0].kind !== 'year' ? sentences[k + 1] : undefined;
    const alone = next !== undefined && figureOnly(text, sentence, figures[0]) && !text.slice(sentence.end, next.start).includes('\n\n');
    const tokens = tokenize(text, sentence.start, alone ? next.end : sentence.end, [], true, table !== undefined);
    // A row's label is every cell's, however many cells stand between (`| Chad HNRP | 674 |
    // 1,130 | 1,450 |`): the other cells are no distance, as other figures of prose are.
    // A date read from the source's own (`on 24 February`, `last year`) is words of the
    // sentence, no other figure's.
    const spans = table ? [] : figureSpans(figures.filter((f) => !f.dated));
    const rowBackground = parts ? parts.background : titleBackground;
    // A cell's own column's header says it most (`| Quota (mb/d) | Sept 2024 output (mb/d) |`:
    // 9.05 is the output, not the quota).
    const columnAt = (at: number): Column | undefined => {
      if (!table || !parts) return undefined;
      const col = table.cells.findIndex((c) => c.start <= at && at < c.end);
      if (col < 0) return undefined;
      let column = parts.columns.get(col);
      if (!column) {
        const own = table.columns[col];
        let background = parts.background;
        const inOwn = (t: Token): boolean => own?.spans.some((s) => t.start >= s.start && t.end <= s.end) ?? false;
        // The first column labels the rows: its header says no more of them than the others'.
        if (col > 0) {
          const weighted = weighed(parts.header.tokens, (t) => (inOwn(t) ? OWN_COLUMN_WEIGHT : OTHER_COLUMN_WEIGHT));
          // A term in two columns keeps its greater weight.
          const map = new Map(parts.tableBackground ?? []);
          for (const [term, w] of weighted) map.set(term, Math.max(w, map.get(term) ?? 0));
          background = map;
        }
        column = { background, year: own && columnYear(own.text) };
        parts.columns.set(col, column);
      }
      return column;
    };
    // An indented row under a group's label (`Imports for consumption:` over `  Gallium
    // metal  13,300 …`) is of that group: its words are the row's background too, one map a
    // group and column for all its rows (a stored index keeps each map once).
    const groupAt = table ? groupLabelAbove(text, sentence.start, table.header.start) : undefined;
    let group = groupAt && groups.get(groupAt.start);
    if (groupAt && !group) groups.set(groupAt.start, (group = { words: tokenize(text, groupAt.start, groupAt.end, [], true).tokens, backgrounds: new Map() }));
    // A row labelled by a year (`FY2023   1,000   54.5   57`) is of that year, where its
    // column's header names none.
    const label = table && table.cells.length > 1 ? table.cells[0] : undefined;
    const rowYear = label ? columnYear(text.slice(label.start, label.end)) : undefined;
    const namedAround = parts ? parts.namedAround : titleNames;
    const headerSubject = parts?.subject;
    for (const figure of figures) {
      const terms = contextOf(tokens, figure.span, spans, figure.change, countModifiers(figure), text);
      const column = columnAt(figure.span.start);
      const columnBackground = column ? column.background : rowBackground;
      const figureBackground = group && group.words.length > 0 ? withGroup(group, columnBackground) : columnBackground;
      if (figureBackground) terms.background = figureBackground;
      const year = column?.year ?? (label && figure.span.start >= label.end ? rowYear : undefined);
      if (year !== undefined && figure.kind !== 'year') figure.columnYear = year;
      const names = withNames(terms.names, namedAround);
      if (names.length > 0) terms.names = names;
      terms.subject ??= headerSubject;
      out.push(new IndexedFigure(source, figure, alone ? { start: sentence.start, end: next.end } : sentence, compactTerms(terms)));
    }
  }
  return out;
}

/** Whether a sentence holds its figure and no word besides (`70%.`, `$20 billion.`). */
function figureOnly(text: string, sentence: Span, figure: Figure): boolean {
  const rest = text.slice(sentence.start, figure.span.start) + text.slice(figure.span.end, sentence.end);
  return !/\p{L}/u.test(rest);
}

/** The label of the group an indented row of a table kept by spaces belongs to: the nearest
 * line above it in the table (the header's last line, often) that is less indented, holds no
 * number and ends in `:`. */
function groupLabelAbove(text: string, rowStart: number, tableStart: number): Span | undefined {
  const indent = (at: number): number => {
    let i = at;
    while (text.charCodeAt(i) === 32) i++;
    return i - at;
  };
  rowStart = text.lastIndexOf('\n', rowStart - 1) + 1;
  const own = indent(rowStart);
  if (own === 0) return undefined;
  let end = rowStart - 1;
  for (let k = 0; k < 12 && end > tableStart; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    // With its colon or without (`Gross international reserves (end of period)` over `  In
    // billions of U.S. dollars  2.0  1.1`): a line of words alone, less indented.
    if (line && indent(start) < own) {
      if (!/\d/.test(line)) return { start, end };
      // A part of the row above (`  of which: IBIT  ..  51.6  68.3` under `Total net assets,
      // year-end  ..  107.6  118.9`) is of what that row's label says.
      return groupCell(text, start + indent(start), start + own) ?? (OF_WHICH.test(text.slice(rowStart + own, rowStart + own + 12)) ? labelCell(text, start + indent(start)) : undefined);
    }
    end = start - 1;
  }
  return undefined;
}

/** A row's first cell that is a label of its own left of the rows below it (`  Vanilla
 * volume  1,920` over `        value    560`): words only, ended by two spaces before `before`. */
const groupCell = (text: string, start: number, before: number): Span | undefined => labelCell(text, start, GROUP_WORDS, before);
const GROUP_WORDS = /^[\p{L}][\p{L} .&'-]*$/u;

/** A row that is part of the one above it. */
const OF_WHICH = /^(?:of which|o\/w|incl(?:uding|\.))\b/i;

/** A row's label cell: `words` up to two spaces, on its line, ended before `before`. */
function labelCell(text: string, start: number, words = ROW_LABEL_WORDS, before = Infinity): Span | undefined {
  const end = text.indexOf('  ', start);
  if (end <= start || end > before || text.lastIndexOf('\n', end) >= start) return undefined;
  return words.test(text.slice(start, end)) ? { start, end } : undefined;
}
const ROW_LABEL_WORDS = /^[\p{L}][\p{L}\d ,.&'()/-]*$/u;

/** A group label's words, and the backgrounds made with them, by the background they add to. */
interface Group {
  words: readonly Token[];
  backgrounds: Map<ReadonlyMap<string, number> | undefined, ReadonlyMap<string, number>>;
}

/** A background with a group label's words, as much as a cell's own column's; made once. */
function withGroup(group: Group, background: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> {
  let map = group.backgrounds.get(background);
  if (!map) {
    const made = new Map(background ?? []);
    for (const [term, w] of weighed(group.words, () => OWN_COLUMN_WEIGHT)) made.set(term, Math.max(w, made.get(term) ?? 0));
    group.backgrounds.set(background, (map = made));
  }
  return map;
}

/** A publisher's initials and the words it writes in capitals (`International Energy
 * Agency` → `iea`, `OECD` → `oecd`). */
function publisherInitials(publisher: string | undefined): string[] {
  if (!publisher) return [];
  return tokenize(publisher, 0, publisher.length, [], true).tokens.flatMap((t) => {
    const word = publisher.slice(t.start, t.end);
    return [...(t.initials ?? []), ...(word.length >= 2 && word === word.toUpperCase() && /[A-Z]/.test(word) ? [t.term] : [])];
  });
}

/** Each token's term, and its initials' (`Jaguar Land Rover`: `jlr`), at the weight given. */
function weighed(tokens: readonly Token[], weight: (t: Token) => number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const t of tokens) {
    const w = weight(t);
    out.push([t.term, w]);
    for (const i of t.initials ?? []) out.push([i, w]);
  }
  return out;
}

/** What the cells of one table column share. */
interface Column {
  background: ReadonlyMap<string, number> | undefined;
  year: number | undefined;
}

/** What every row of one table shares: its header's words, the caption's unit, the
 * background and names of its rows, and its columns as they are met. */
interface TableParts {
  header: Tokens;
  caption: WrittenUnit | undefined;
  /** The title's words and the caption's: what the whole table is of. */
  tableBackground: ReadonlyMap<string, number> | undefined;
  background: ReadonlyMap<string, number>;
  namedAround: readonly string[];
  subject: string | undefined;
  columns: Map<number, Column>;
}

/** How much a table caption's words weigh for its cells (`HEADER_WORD_WEIGHT` is 0.5, a
 * source's title 0.3). */
const CAPTION_WORD_WEIGHT = 0.4;

/** How much a table header's words weigh for a cell: its own column's, the others'. */
const OWN_COLUMN_WEIGHT = 0.7;
const OTHER_COLUMN_WEIGHT = 0.25;

const inTextOrder = (figures: Figure[]): Figure[] => figures.sort((a, b) => a.span.start - b.span.start);

/** `names` and then those of `more` it lacks, each once. Both are a handful of words: a
 * Set per figure cost more than looking. */
function withNames(names: readonly string[] | undefined, more: readonly string[]): readonly string[] {
  const out = names ? [...names] : [];
  for (const n of more) if (!out.includes(n)) out.push(n);
  return out;
}

function backgroundNames(header: Tokens): string[] {
  return header.tokens.filter((t) => t.name).map((t) => t.term);
}
