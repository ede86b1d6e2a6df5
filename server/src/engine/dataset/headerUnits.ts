import { measuredYear } from '../figures/compare';
import { extractFigures } from '../figures/extractFigures';
import type { Figure } from '../figures/types';
import type { Span } from '../types';
import { BARE_NUMBER, isYearCell, LABELLED_UNIT, type TableRow } from './tables';

// A statistical table often gives its unit once, in the column's header (`Mine production
// (tonnes)`, `Share (%)`, `Revenue (US$ million)`), and bare numbers in its cells. Read alone,
// `170,000` is no figure, and a briefing's correct `170,000 tonnes` was not in the source.

/** The unit in a header's last brackets: `Mine production (tonnes)` → `tonnes`, `Global
 * capacity (GW) 2023` → `GW`. */
const BRACKETED = /\(([^()]*[^\d\s'’()][^()]*)(?:\)[^()]*|\s*)$/;
/** A currency's sign, with its nation's letters for a dollar (`US$`, `€`, `৳`); its letters
 * alone (`USD`, `Tk`) are read where it stands (`currencyFirst`, `CURRENCY_AT_END`). */
const CURRENCY_SIGN = String.raw`[A-Z]{0,3}\$|[€£¥₹৳₦₺]`;
/** A currency before a scale (`US$ million`): it goes before the number. A rate's `per
 * 40ft container` or `/mt` is left out: a claim's `$1,552` says no more. */
const CURRENCY_FIRST = new RegExp(String.raw`^(${CURRENCY_SIGN}|[A-Z][A-Za-z]{1,2}(?![A-Za-z]))\s*(.*?)(?:\s*(?:\bper\s|\/).*)?$`);
/** A part of a header's brackets that is a currency or a percent. */
const MEASURE_FIRST = /^(?:%|per ?cent)(?![A-Za-z])/;

/** Whether a header's part begins with a currency (`US$`, `€`, `USD`, `Tk`): what the figure
 * reader reads as one before a number. */
function currencyFirst(part: string): RegExpExecArray | undefined {
  const m = CURRENCY_FIRST.exec(part);
  if (!m) return undefined;
  let money = CURRENCIES.get(m[1]);
  if (money === undefined) {
    const [figure] = extractFigures(`${m[1]} 1`);
    CURRENCIES.set(m[1], (money = figure?.kind === 'money' && figure.span.start === 0));
  }
  return money ? m : undefined;
}

const CURRENCIES = new Map<string, boolean>();

const measureFirst = (part: string): boolean => MEASURE_FIRST.test(part) || currencyFirst(part) !== undefined;

/** A unit as words to write before and after a number. */
export interface WrittenUnit {
  before: string;
  after: string;
  /** Read after a comma (`Spending, % of GDP`), where a noun may be no unit at all
   * (`Imports, by country`): a measure, never a count. */
  measureOnly?: boolean;
  /** The whole document's (`(Data in … unless otherwise specified)`): not a row's that says
   * a unit of its own (`Employment, plant, number`) or is a share. */
  document?: boolean;
  /** A caption's unit for the rows whose label begins with a word (`(Area in 1,000 hectares;
   * all other items in 1,000 metric tons)`): the caption's own unit is the other rows'. */
  rows?: Array<{ label: string; unit: WrittenUnit }>;
  /** The rows' units are for rows whose label holds the word anywhere (`Tourist arrivals`), and
   * the caption gives the others none. */
  byWord?: boolean;
  /** The rows' units are for rows whose label holds the word anywhere, and the caption's own
   * unit is the others' (`US$ billion; shares and changes in %`). */
  rowsByWord?: boolean;
}

/** A footnote's mark at the end of a header or a row label: `2/`, `(a)`, `¹`, `*`. Not `(t)`:
 * tonnes, as commodity tables write them (`| 2024 (t) |`). */
const FOOTNOTE_MARK = /\s*(?:\d{1,2}\/|\([a-su-z]\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)\s*$/;

const ESTIMATE_NOTE = /\s*\((?:approx\.?|approximately|approximate|est\.?|estimated|estimates|prel\.?|preliminary|provisional)\)\s*$/i;

/** Thousands written as digits before a unit: `'000 tonnes`, `’000 TEU`. */
const THOUSANDS_IN_DIGITS = /(?<=^|[(\s])['’]000\s*|(?<=^|\()1[,\s]?000\s+(?=[A-Za-z])/g;

/** A scale word in the plural. */
const SCALES = /\b(thousand|million|billion|trillion)s\b/gi;

/** A column of shares, which statistical tables give in per cent (`Share 2024`, `Market
 * share`), with no unit of their own. */
const SHARE_HEADER = /\bshares?\b/i;
const PERCENT: WrittenUnit = { before: '', after: '%' };
/** A row of shares or rates (`Net import reliance as a percentage of apparent consumption`). */
const SHARE_LABEL = /\b(?:per ?cent(?:age)?|shares?|ratio|rate)\b|%/i;

/** The header of a column that gives each row's unit. */
const UNIT_HEADER = /^units?(?: of measure(?:ment)?)?$/i;

/** A cell of two bare numbers joined by a dash: a range; not a season (`2019-20`). */
const RANGE_CELL = /^\d[\d,.]*\s*[–-]\s*\d[\d,.]*$/;
const SEASON_CELL = /^(?:19|20)\d\d\s*[–-]/;

/** A percent change said in words around the mark (`annual % change`, `y/y % change`). */
const PERCENT_CHANGE = /^[a-z/-]+ (?:%|per ?cent) change$/i;

/** A number in brackets, as accounts write one below zero: `(9)`, `(1,204.5)`. */
const NEGATIVE_CELL = /^\(\s*(\d[\d,.]*)\s*\)$/;

/** A row's words after a comma that say it counts: `Employment, plant, number`. */
const COUNTED = /\b(?:number|count|units?)$/i;

/** What follows a line's last comma: `Fertiliser prices, US$ per tonne`. */
const AFTER_COMMA = /,\s*([^,]+)$/;

/** The unit a header cell or a caption names: in brackets at its end, or after its last comma. */
function unitIn(text: string): WrittenUnit | undefined {
  // A footnote's mark after the words (`LGFV debt (trillion yuan) 2/`, `Output (kt)¹`), and a
  // note in brackets that the numbers are estimates (`US$ million (approx.)`); thousands
  // written as digits (`('000 tonnes)`) in words.
  const words = text.replace(FOOTNOTE_MARK, '').replace(ESTIMATE_NOTE, '').replace(THOUSANDS_IN_DIGITS, 'thousand ');
  // A header that is a unit and nothing else: `%`, `US$ million`.
  const whole = words.trim();
  if (whole.length <= 12 && measureFirst(whole)) return unitOf(whole);
  // A share of what follows (`Percent of quota 2/`, `% of GDP`): per cent.
  if (/^(?:%|per ?cent)\s+of\b/i.test(whole)) return unitOf(whole);
  // `(in months of imports)`, `(in percent of GDP)`: what follows `in` is the unit.
  const bracketed = BRACKETED.exec(words)?.[1].trim().replace(/^in\s+/i, '');
  // `(spot rate, US$ per 40ft container)`: the part that is a currency or a percent.
  // `(thousand metric tons, raw value)`: the part that reads as a measure.
  if (bracketed) {
    const parts = bracketed.split(',').map((part) => part.trim());
    const written = parts.find((part) => measureFirst(part) || PERCENT_CHANGE.test(part)) ?? (parts.length > 1 ? parts.find((part) => measureIn(part)) : undefined) ?? bracketed;
    const unit = unitOf(written);
    // What a count is of (`months of imports`) is no part of its unit.
    const short = unit && !cellFigure('1', unit, { start: 0, end: 1 }) && /\s+of\s/.test(written) ? unitOf(written.replace(/\s+of\s.*$/, '')) : undefined;
    return short && cellFigure('1', short, { start: 0, end: 1 }) ? short : unit;
  }
  // After the last comma (`Fertiliser prices, US$ per tonne`), or before it where what follows
  // is a date (`Tonnes, end-2023`).
  const comma = AFTER_COMMA.exec(words);
  // `…, in grams:`: what follows `in`.
  const after = comma?.[1].trim().replace(/^in\s+/i, '').replace(/:$/, '');
  // Or before it where what follows reads as no measure and what comes before does (`£
  // billion, cash prices`).
  const beforeComma = comma ? words.slice(0, comma.index).trim() : '';
  const before = comma && !measureIn(after ?? '') ? measureIn(beforeComma) : undefined;
  if (before) return before.unit;
  const unit = unitOf(after && /\d{4}/.test(after) ? beforeComma : after);
  if (unit) return { ...unit, measureOnly: true };
  // A currency at the header's end: `Approx. US$ equivalent`, `Value in USD million`.
  const ending = CURRENCY_AT_END.exec(whole);
  return ending && currencyFirst(ending[1]) ? unitOf(`${ending[1]}${ending[2]}`) : undefined;
}

const CURRENCY_AT_END = new RegExp(String.raw`(?:^|\s)(${CURRENCY_SIGN}|[A-Z]{3})((?:\s+(?:thousand|million|billion|bn|mn))?)(?:\s+equivalent)?$`);

/** The unit a table's caption gives every column whose header gives none: the line right
 * before the table (a blank line between at most), its bracketed end or what follows its
 * last comma (`Fertiliser prices, US$ per tonne`, `Table 2. Capacity (mtpa)`); else the
 * unit the document gives all its data, last stated before the table (`(Data in million
 * cubic meters unless otherwise specified)`, as the USGS's commodity summaries write it). */
export function captionUnit(text: string, tableStart: number): WrittenUnit | undefined {
  return lineBefore(text, tableStart) ?? dataUnit(text, tableStart);
}

/** The unit a subheading of a table's rows gives (`(Billions of U.S. dollars, unless
 * otherwise indicated)`, `(Annual percentage change)`), as a caption does. */
export function subheadingUnit(line: string): WrittenUnit | undefined {
  if (/\bper ?cent(?:age)?\b/i.test(line) && !/\b(?:of|in)\s+(?:US|U\.S\.|[A-Z]{3})?\s*\$?\s*(?:thousand|million|billion)/i.test(line)) return PERCENT;
  // `Billions of U.S. dollars` is what a cell writes `billion U.S. dollars`.
  // Brackets around all of it, not a closing one alone (`… per day (kboe/d)`).
  const words = unbracketed(line.trim())
    .trim()
    .replace(UNLESS_STATED, '')
    .replace(/^in\s+/i, '')
    .replace(SCALES_OF, (_, scale: string) => `${scale.toLowerCase()} `)
    // `number of units`: a count of units.
    .replace(/^number\s+of\s+/i, '')
    // A capital that only begins the line: `Million tonnes` is written `30.1 million tonnes`.
    .replace(FIRST_CAPITAL, (c) => c.toLowerCase());
  const unit = unitOf(words);
  const figure = unit && cellFigure('1', unit, { start: 0, end: 1 });
  if (!figure) return undefined;
  // The unit's symbol in brackets after it, as a cell is written (`Thousand barrels of oil
  // equivalent per day (kboe/d)`: `610 kboe/d`).
  const symbol = SYMBOL_AFTER.exec(words)?.[1];
  const short = symbol === undefined ? undefined : unitOf(symbol);
  const written = short && cellFigure('1', short, { start: 0, end: 1 });
  return written && written.unit === figure.unit && written.low === figure.low ? short : unit;
}

/** A symbol in brackets that ends a unit's line. */
const SYMBOL_AFTER = /\(([^()\s]+)\)$/;

/** `Billions of`, `Thousands of`: a scale as a caption writes it, which a cell writes `billion`. */
const SCALES_OF = /^(thousand|million|billion|trillion)s\s+of\s+/i;

/** A capital that only begins a word of a line (`Million tonnes`), no unit's symbol (`Mt`, a
 * million tonnes, where `mt` is a metric ton). */
const FIRST_CAPITAL = /^[A-Z](?=[a-z]{2})/;

/** A line that is one thing in brackets. */
const WHOLE_BRACKETS = /^\([^()]+\)$/;

/** A line without the brackets around all of it (`(volume in tonnes; value in US$ million)`). */
const unbracketed = (line: string): string => line.replace(/^\((.*)\)$/, '$1');

/** The end of a unit that holds where nothing else is said (`…, unless otherwise stated`). */
const UNLESS = String.raw`,?\s*unless (?:otherwise )?(?:indicated|specified|noted|stated)(?: otherwise)?`;
const UNLESS_STATED = new RegExp(String.raw`${UNLESS}\.?$`, 'i');

/** What comes before a unit's `unless stated` with more after it. */
const UNLESS_STATED_IN = new RegExp(String.raw`^(.*?)${UNLESS}\b[.;,]?\s+\S`, 'i');

/** The unit the line right before a table gives (a blank line between at most), read in turn
 * as a labelled unit (`Unit: …`), a part that holds `unless stated`, a unit for some rows, a
 * unit in brackets or after a comma, a line of a unit, a scale and a noun, or a unit in
 * brackets alone. */
function lineBefore(text: string, tableStart: number): WrittenUnit | undefined {
  let end = tableStart - 1;
  for (let blank = 0; end > 0 && blank < 2; blank++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = bracketedLines(text, start, text.slice(start, end).trim());
    if (line) {
      if (line.length > 160 || line.startsWith('|')) return undefined;
      // `Unit: thousand tonnes of contained nickel, unless stated`: what follows the label.
      const labelled = LABELLED_UNIT.exec(unbracketed(line));
      // Up to its `unless stated` (`Unit: Mt, unless otherwise stated. Export values in …`).
      // By row too (`Unit: volume in million tonnes; value in US$ billion`).
      if (labelled) {
        const written = UNLESS_STATED_IN.exec(labelled[1])?.[1] ?? labelled[1];
        return unitsByRow(written) ?? unitWithRows(written) ?? subheadingUnit(written) ?? lineOfUnit(written.replace(UNLESS_STATED, ''));
      }
      // `Fiscal years ending 30 September; US$ million unless otherwise stated`: the part that
      // says it holds unless stated is the unit.
      // In brackets too (`(Calendar years; annual percent change, unless otherwise indicated)`).
      const unlessStated = unbracketed(line).split(';').find((part) => UNLESS_STATED.test(part.trim()));
      const stated = unlessStated && subheadingUnit(unlessStated.trim().replace(UNLESS_STATED, ''));
      if (stated) return stated;
      const byRow = rowsCaption(line) ?? unitsByRow(line);
      if (byRow) return byRow;
      // A unit that reads as one: a paragraph's last line before a table (`…, and
      // telecommunications equipment.`) gives none, and the document's may apply.
      const unit = unitIn(line);
      if (unit && cellFigure('1', unit, { start: 0, end: 1 })) return unit;
      // A unit in brackets and nothing else, as a subheading writes it (`(millions of dollars)`).
      return lineOfUnit(line) ?? scaledCount(line) ?? scaleLine(line) ?? (WHOLE_BRACKETS.test(line) ? subheadingUnit(line) : undefined);
    }
    end = start - 1;
  }
  return undefined;
}

/** A caption line that closes a bracket opened on a line or two above, as one line
 * (`(intervention: trillion yen; reserves: billion US dollars, end of year;⏎exchange rates:
 * yen per US dollar)`); any other line as it is. */
function bracketedLines(text: string, start: number, line: string): string {
  if (!line.endsWith(')') || line.includes('(')) return line;
  let from = start;
  for (let k = 0; k < 2 && from > 0; k++) {
    from = text.lastIndexOf('\n', from - 2) + 1;
    const joined = text.slice(from, start).replace(/\s+/g, ' ').trim();
    if (joined.startsWith('(')) return `${joined} ${line}`;
  }
  return line;
}

/** A line that is a scale and nothing else (`Thousands`, `(in millions)`): the cells are
 * counts, in thousands, of what the caption or the rows say. */
function scaleLine(line: string): WrittenUnit | undefined {
  const m = /^\(?\s*(?:in\s+)?(thousand|million|billion)s?\s*\)?\.?$/i.exec(line);
  return m ? { before: '', after: ` ${m[1].toLowerCase()}` } : undefined;
}

/** A caption's last part that is a scale and a noun (`Orange production by variety group,
 * million boxes of 40.8 kg`, `Exports, thousand bags`): a count of that noun, as a caption
 * writes its unit; a line of words alone is no count's noun. */
function scaledCount(line: string): WrittenUnit | undefined {
  // Or the whole line, a scale first, less a note in brackets and a rate (`Thousand wafer
  // starts per month (300mm equivalent)`).
  const whole = /^((?:thousand|million|billion)s?\s+[a-z]+(?:[\s-]+[a-z]+)?)(?:\s+(?:per|a)\s+(?:month|year|day|week))?(?:\s*\([^()]*\))?\.?$/i.exec(line);
  const m = whole ?? /,\s*((?:thousand|million|billion)\s+[a-z]+)(?:\s+of\s.*)?\.?$/i.exec(line);
  // A capital that only begins the line: `Thousand wafer starts` is written `20 thousand wafer starts`.
  const unit = m ? unitOf(m[1].replace(FIRST_CAPITAL, (c) => c.toLowerCase())) : undefined;
  const figure = unit && cellFigure('1', unit, { start: 0, end: 1 });
  return figure?.kind === 'count' ? unit : undefined;
}

/** `(Area in 1,000 hectares; all other items in 1,000 metric tons)`: a unit for the rows
 * that begin with a word, and one for the others. */
const ROWS_CAPTION = /^\(?\s*([A-Za-z][A-Za-z ]{0,30}?)\s+in\s+([^;()]{1,40}?);\s*(?:and\s+)?(?:all\s+)?(?:other|the\s+rest)(?:\s+(?:items|rows|lines|data|figures|series))?\s+in\s+([^;()]{1,40}?)\s*\)?\.?$/i;

function rowsCaption(line: string): WrittenUnit | undefined {
  const m = ROWS_CAPTION.exec(line);
  const read = (written: string): WrittenUnit | undefined => measureIn(written.replace(THOUSANDS_IN_DIGITS, 'thousand ').trim())?.unit;
  const row = m && read(m[2]);
  const rest = m && read(m[3]);
  return row && rest ? { ...rest, rows: [{ label: m[1].trim().toLowerCase(), unit: row }] } : undefined;
}

/** `Arrivals in thousands; earnings in US$ million; stay in nights`: a unit for each row that
 * names the word, and none for the others. */
function unitsByRow(line: string): WrittenUnit | undefined {
  // In brackets too (`(volume in tonnes; value in US$ million, FOB)`).
  const parts = unbracketed(line.replace(/[.:]$/, '')).split(';');
  if (parts.length < 2) return undefined;
  const rows: Array<{ label: string; unit: WrittenUnit }> = [];
  for (const part of parts) {
    // `volume in tonnes`, `reserves: billion US dollars`.
    const m = /^\s*([A-Za-z][A-Za-z-]*(?: [a-z]+)?)(?:\s+in|\s*:)\s+(.{1,40}?)\s*$/.exec(part);
    // A note after a comma is no part of the unit (`US$ million, FOB`).
    const written = m?.[2].replace(/,\s*[A-Za-z ]{1,20}$/, '');
    const unit = m && written && (subheadingUnit(written) ?? unitOf(written));
    if (!m || !unit || !(cellFigure('1', unit, { start: 0, end: 1 }) || SCALE_ONLY.test(unit.after))) return undefined;
    rows.push({ label: m[1].toLowerCase(), unit });
  }
  return { before: '', after: '', rows, byWord: true };
}

/** A unit, then units for the rows of some words (`US$ billion; shares and changes in %`):
 * the first is the other rows'. */
function unitWithRows(line: string): WrittenUnit | undefined {
  const [first, ...others] = unbracketed(line.replace(/[.:]$/, '')).split(';');
  if (others.length === 0) return undefined;
  const unit = lineOfUnit(first);
  if (!unit) return undefined;
  const rows: Array<{ label: string; unit: WrittenUnit }> = [];
  for (const part of others) {
    const m = /^\s*([a-z][a-z ,-]*?)\s+in\s+(.{1,40}?)\s*$/i.exec(part);
    const own = m && (subheadingUnit(m[2]) ?? unitOf(m[2]));
    if (!m || !own || !cellFigure('1', own, { start: 0, end: 1 })) return undefined;
    for (const label of m[1].split(/\s*(?:,|\band\b)\s*/)) if (label) rows.push({ label: label.toLowerCase(), unit: own });
  }
  return { ...unit, rows, rowsByWord: true };
}

/** A caption line that is a unit and nothing else, or a unit of something: `Million tonnes of
 * product`, `Thousand barrels per day`; before a `;` that gives another column group's
 * (`…; share of world exports in per cent`, which a share's header says). A measure, never
 * a count: a line of words is no count's noun. */
function lineOfUnit(line: string): WrittenUnit | undefined {
  // A capital that only begins the line: `Million tonnes` is written `10.3 million tonnes`.
  const first = line
    .split(';')[0]
    .trim()
    .replace(UNLESS_STATED, '')
    .replace(SCALES_OF, (_, scale: string) => `${scale.toLowerCase()} `)
    .replace(FIRST_CAPITAL, (c) => c.toLowerCase());
  if (first.length > 48) return undefined;
  const whole = measureIn(first);
  // What it is of is no part of the unit (`of product`), unless it makes another unit
  // (`million tonnes of oil equivalent`).
  const short = measureIn(first.replace(/\s+of\s.*$/, ''));
  return short && (!whole || whole.figure.unit === short.figure.unit) ? short.unit : whole?.unit;
}

function measureIn(written: string): { unit: WrittenUnit; figure: Figure } | undefined {
  const unit = unitOf(written);
  const measure = unit && { ...unit, measureOnly: true };
  const figure = measure && cellFigure('1', measure, { start: 0, end: 1 });
  return figure && { unit: measure, figure };
}

const DATA_IN = /\(Data in ([^()]{1,80}?),?\s+unless otherwise (?:specified|noted|stated|indicated)\)/gi;

/** A release's note of the unit of all its values: `Values in US$ billion, f.o.b.`, `All
 * figures are in € million.` What follows is the unit, up to a stop, a comma or a bracket;
 * it counts only if it reads as a measure. */
const VALUES_IN = /\b(?:values|figures|amounts)\s+(?:are\s+)?(?:(?:shown|given|expressed|stated)\s+)?in\s+([^.;,()\n]{1,40})/gi;

function dataUnit(text: string, tableStart: number): WrittenUnit | undefined {
  const before = text.slice(0, tableStart);
  let unit: string | undefined;
  let at = -1;
  for (const m of before.matchAll(DATA_IN)) [unit, at] = [m[1], m.index];
  let stated: WrittenUnit | undefined;
  for (const m of before.matchAll(VALUES_IN)) {
    if (m.index < at) continue;
    const measure = measureIn(m[1].trim());
    if (measure) stated = measure.unit;
  }
  if (stated) return { ...stated, document: true };
  // What the data is of (`of contained helium gas`) is no part of its unit.
  const written = unitOf(unit?.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '').replace(/\s+of\s.*$/, '').trim());
  return written && { ...written, document: true };
}

function unitOf(written: string | undefined): WrittenUnit | undefined {
  if (!written || /^\d/.test(written)) return undefined;
  // A header's scale is often plural (`US$ billions`): after a number it is one. What
  // follows a `;` is a note (`US$ billion; fiscal years run from July to June`).
  const unit = written
    .split(';')[0]
    .trim()
    .replace(SCALES, '$1')
    // A scale before its currency (`million US$`) is written after it (`US$ million`).
    .replace(SCALE_THEN_CURRENCY, (whole: string, scale: string, code: string) => (currencyFirst(code) ? `${code} ${scale}` : whole));
  // A share of something (`% of GDP`, `per cent of total`) or a change in per cent (`% change`)
  // is a percent: the words after it are what the header says of every row.
  if (/^(?:%|per ?cent)(?![a-z])/i.test(unit) || PERCENT_CHANGE.test(unit)) return { before: '', after: '%' };
  const currency = currencyFirst(unit);
  if (currency) return { before: /^[A-Za-z]+$/.test(currency[1]) ? `${currency[1]} ` : currency[1], after: currency[2] ? ` ${currency[2]}` : '' };
  return { before: '', after: ` ${unit}` };
}

const SCALE_THEN_CURRENCY = /^(thousand|million|billion|trillion|bn|mn)\s+(US\$|[A-Z]{3}|[$€£¥₹])$/i;

/** The unit one line of a header's column gives, the lowest first. */
function lineUnit(text: string, spans: readonly Span[]): WrittenUnit | undefined {
  for (let k = spans.length - 1; k >= 0; k--) {
    const unit = unitIn(text.slice(spans[k].start, spans[k].end));
    if (unit) return unit;
  }
  return undefined;
}

/** A count whose noun a header gives that names what its column counts (`| Victims Q1 2025 |`,
 * `| Total employees |`): the number read before the header's words, lower case, as a count
 * of a noun, or nothing. */
function headerCount(number: string, header: string, scale?: string): Figure | undefined {
  const words = header.replace(/\([^()]*\)/g, ' ').trim().toLowerCase();
  if (!words || /^\d/.test(words)) return undefined;
  const scaled = scale ? `${number} ${scale}` : number;
  const written = `${scaled} ${words}`;
  const [figure] = extractFigures(written);
  if (!figure || figure.kind !== 'count' || figure.span.start !== 0 || figure.span.end <= scaled.length) return undefined;
  return { ...figure, text: written.slice(0, figure.span.end) };
}

/** A row's label that says a measure of something (`In months of prospective imports`). */
const IN_UNIT_OF = /^\s*in\s+[a-z]+\s+of\s/i;

/** A count whose noun a row's label gives, written in lower case as a noun is: `Direct jobs`,
 * not `Laos` or `United States`, which a label's capitals would make no noun. */
function rowCount(number: string, label: string, scale?: string): Figure | undefined {
  const count = headerCount(number, label, scale);
  const noun = count?.text.slice(count.text.lastIndexOf(' ') + 1);
  return noun && /^[a-z]/.test(noun) && label.split(/\s+/).includes(noun) ? count : undefined;
}

/**
 * Figures of a table row's bare numbers, read with their column's unit from the header. A
 * figure's span is the number in the cell; its text is the number with the unit (`170,000
 * tonnes`), as messages quote it and a quick fix writes it.
 */
export function headerUnitFigures(text: string, table: TableRow, found: readonly Figure[], caption?: WrittenUnit): Figure[] {
  const { columns, cells } = table;
  // The first column labels the rows, unless its header is a year (`2020  2021  2022` over a
  // row of numbers alone, as a table of one series is set).
  const hasLabels = !isYearCell((columns[0]?.text ?? '').trim());
  const rowLabelUnit = hasLabels && columns.length > 1 ? unitIn(columns[0].text) : undefined;
  // A table of indicators gives each row its unit in its label (`| Capacity utilisation (%) |`).
  const label = hasLabels && cells.length > 0 ? text.slice(cells[0].start, cells[0].end) : '';
  // After a comma, only words that read as a unit, or say the row counts (`Employment,
  // plant, number`): `Consumption, apparent5` says none, and leaves the document's to its cells.
  // A row whose label is its unit alone (`  In billions of U.S. dollars`, as IMF tables set a
  // series' rows under its name) reads as a subheading does.
  // Not a label that only starts with `In` (`In situ bitumen`): one that says a unit of
  // something (`In months of prospective imports`) or reads as one.
  const subheading = cells.length > 1 && /^\s*in\s/i.test(label) ? subheadingUnit(label.trim()) : undefined;
  const saysUnit = subheading !== undefined || IN_UNIT_OF.test(label);
  const labelUnit = cells.length > 1 ? (subheading ?? unitIn(label)) : undefined;
  const rowUnit = labelUnit && (!labelUnit.measureOnly || cellFigure('1', labelUnit, { start: 0, end: 1 }) || COUNTED.test(labelUnit.after)) ? labelUnit : undefined;
  // A column of units gives each row its own (`Urea   $/mt   700.0   358.1`).
  const unitColumn = columns.findIndex((c) => UNIT_HEADER.test(c.text.trim()));
  const unitCell = unitColumn > 0 ? cells[unitColumn] : undefined;
  const rowUnitCell = unitCell && unitCell.end > unitCell.start ? unitOf(text.slice(unitCell.start, unitCell.end)) : undefined;
  // The caption's unit: the document's unless the row says its own or is a share; the one a
  // caption gives rows of this label's first word (`Area in 1,000 hectares; …`).
  const labelled = label.trim().toLowerCase();
  const byRow = caption?.rows?.find((r) => (caption.byWord || caption.rowsByWord ? new RegExp(`\\b${r.label.replace(/s\b/g, 's?')}\\b`).test(labelled) : labelled.startsWith(r.label)))?.unit;
  // (One that says a unit not read, `In months of prospective imports`, takes no other.)
  const general = (caption?.document && (rowUnit || SHARE_LABEL.test(label))) || (saysUnit && !rowUnit) ? undefined : (byRow ?? (caption?.byWord ? undefined : caption));
  const out: Figure[] = [];
  cells.forEach((cell, i) => {
    const head = columns[i];
    if (!head || cell.end <= cell.start) return;
    let number = text.slice(cell.start, cell.end);
    let at = cell;
    // An accounts table's `(9)` is −9: read as `-9`, its sign where the bracket opens.
    const negative = NEGATIVE_CELL.exec(number);
    if (negative) {
      const start = cell.start + number.indexOf(negative[1]);
      number = `-${negative[1]}`;
      at = { start: start - 1, end: start + negative[1].length };
    }
    // A scale glued on (`2.73m` in a row of `(US$)`, read alone as metres) reads only as money.
    const scaled = !BARE_NUMBER.test(number) && GLUED_SCALE.test(number) && BARE_NUMBER.test(number.replace(GLUED_SCALE, ''));
    const overlapping = found.filter((f) => f.span.start < cell.end && f.span.end > cell.start);
    // A range (`25 – 29` under `Forecast range`) reads in the unit as one figure.
    const range = RANGE_CELL.test(number) && !SEASON_CELL.test(number);
    if ((!scaled && !range && !BARE_NUMBER.test(number)) || overlapping.some((f) => !scaled || f.text !== number)) return;
    // The header's own unit first; then, but for the first column (it labels the rows), the
    // row's unit column's (`$/mt`), the row's own (`| Capacity utilisation (%) |`), the row
    // labels' header's (`| Route (US$ per 40ft container) | 2019 |`), the caption's: the first
    // that reads as a figure.
    const headText = head.text;
    // A header over several lines says its unit in one of them (`$ billion` over `2023`).
    const own = unitIn(headText) ?? (head.spans.length > 1 ? lineUnit(text, head.spans) : undefined);
    // A share's header that ends in what it is a share of (`Share of world exports, 2024`)
    // names no unit: its cells are per cent.
    const share = SHARE_HEADER.test(headText) ? PERCENT : undefined;
    const data = i > 0 || !hasLabels;
    const units = data ? [own, share, rowUnitCell && { ...rowUnitCell, measureOnly: true }, rowUnit, rowLabelUnit, general] : [own, share];
    for (const unit of units) {
      const figure = unit && cellFigure(number, unit, at, !negative);
      if (figure && (!scaled || figure.kind === 'money')) return void out.push(figure);
    }
    if (scaled) return;
    // No unit, or none that reads as one (a caption's `end-2024 (source: PRIS)`, a row's
    // `DAP (Morocco)`): a header that names what its column counts still gives the count's noun.
    // So does a row's label that names what the row counts (`| Direct jobs | 120 |`,
    // `Container block trains from China  126  210  424`).
    // A unit that is only a scale (`Entries (millions)`, `Direct employment (thousand)`) scales it.
    const scale = units.find((u) => u && !u.before && SCALE_ONLY.test(u.after))?.after.trim();
    const count = data ? (headerCount(number, headText, scale) ?? rowCount(number, label, scale)) : undefined;
    if (count) out.push({ ...count, span: { start: cell.start, end: cell.end } });
    // Else a count of what is not said (`| Total | 28,526 | 45,774 |` under years): it backs a
    // claim's count that agrees and contradicts none, as `dataset/bareCounts.ts`'s do.
    else if (data) {
      const bare = bareCell(number, cell, scale);
      if (bare) out.push(bare);
    }
  });
  // Side by side in a row, numbers of one unit are given to one precision: `600` beside `540`
  // is 600 to the ten, not to the hundred (where a claim's $560 would be the same).
  for (const f of out) {
    for (const g of out) if (g.unit === f.unit && g.kind === f.kind && g.precision < f.precision) f.precision = g.precision;
  }
  return out;
}

/** A cell's number as a count of no known noun, in its header's scale if one gives it,
 * unless it is a year. */
function bareCell(number: string, cell: Span, scale?: string): Figure | undefined {
  const written = scale ? `${number} ${scale}` : number;
  const [figure, ...more] = extractFigures(`${written} things`);
  if (isYearCell(number) || !figure || more.length > 0 || figure.kind !== 'count' || figure.span.start !== 0) return undefined;
  return { ...figure, span: { start: cell.start, end: cell.end }, text: written, unit: '', bare: true };
}

/** A header's unit that is a scale and nothing else. */
const SCALE_ONLY = /^\s*(?:thousand|million|billion|trillion)\s*$/i;

/** A scale letter or two glued to a cell's number: `2.73m`, `450k`, `1.2bn`. */
const GLUED_SCALE = /(?<=\d)(?:k|m|mn|bn)$/i;

/** A cell's bare number read in `unit`, if what is written reads as one figure of it. */
function cellFigure(number: string, unit: WrittenUnit, cell: Span, signedMoney = true): Figure | undefined {
  // `~28,000` under `Price (USD/kg)`: an estimate's sign goes before the currency, as written;
  // so does a minus (`-20.8` under `US$ billion`).
  const minus = unit.before !== '' && /^[-−]\d/.test(number) ? number[0] : '';
  const lead = minus || (unit.before && /^[~≈<>≤≥]/.test(number) ? number[0] : '');
  const written = `${lead}${unit.before}${number.slice(lead.length)}${unit.after}`;
  const [figure, ...more] = extractFigures(written);
  // What was written read as one figure of a unit, or nothing; a rate's `per tonne` may
  // stay outside a money figure (`US$640 per tonne`), and what a quantity is of outside it
  // (`1,580 kt` of `(kt Ni content)`).
  const measure = figure?.kind === 'money' || figure?.kind === 'quantity';
  const whole = figure && (figure.span.end === written.length || (measure && figure.span.end >= unit.before.length + number.length));
  // A signed cell (`-1.1` under `Change y/y (%)`) is a change its sign's way: the sign is
  // the change's word, outside the figure's wording (`signedChange`).
  const signed = figure?.change !== undefined && figure.span.start === 1 && /^[-−+]$/.test(figure.change.word);
  // An amount below zero (`-20.8` in a row of balances, `-US$20.8 billion`): its sign is the
  // word of a change its way, as a rate's is, and a claim's deficit its size (`compare.ts`).
  // Not an accounts table's `(1,204.5)`: a loss or an outflow, which a claim words its own way.
  const belowZero = signedMoney && minus !== '' && figure?.kind === 'money' && figure.span.start === 1 && !figure.change;
  if (!figure || more.length > 0 || (figure.span.start !== 0 && !signed && !belowZero) || !whole || (unit.measureOnly && figure.kind === 'count')) return undefined;
  if (belowZero) return { ...figure, span: { start: cell.start + 1, end: cell.end }, text: written.slice(1), change: { direction: 'down', word: minus, span: { start: cell.start, end: cell.start + 1 } } };
  // `written` begins where the cell's number does, less what the unit writes before it.
  const shift = cell.start - unit.before.length;
  const change = figure.change && { ...figure.change, span: { start: figure.change.span.start + shift, end: figure.change.span.end + shift } };
  return { ...figure, span: { start: cell.start + (signed ? 1 : 0), end: cell.end }, text: written.slice(signed ? 1 : 0), change };
}

/** The year a column's header names, if it names one (`2025 estimate (% of GDP)`, `Feb
 * 2025`, a season `2023/24`): the year its cells are measurements of. */
export function columnYear(header: string): number | undefined {
  // A projection's, a forecast's, an estimate's or a revision's year (`2025P`, `2025f`,
  // `2025e`, `2025s`, `2024r`, `2023ᵉ`) is that year's, though `2020s` is a decade; so is a year
  // with a footnote's letter (`2024ᵃ`).
  const years = extractFigures(header.replace(/\b((?:19|20)\d\d)(?:[PpFfEeRr]\b|(?<!0)[Ss]\b|[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ])/g, '$1')).filter((f) => f.kind === 'year');
  return years.length === 1 ? measuredYear(years[0]) : undefined;
}
