import { OffsetMapBuilder } from './offsetMap';

// Markdown's emphasis in a source's text: `a record **3,989,403** light vehicles`, as a
// release or a scraped page saved as Markdown writes its key figures. Left in, the marks
// glue to the number, and `3,989,403**` reads as no figure at all. Taken out, with a map back
// to the file, as invisible characters are (`invisibleChars.ts`); an HTML page's text has
// no such marks, and a `*` there is a character of the page.

/** A pair of marks on one line around text that starts and ends with no blank, and no word
 * character outside them: `snake_case_name` and `5* and 6*` are no emphasis. */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])(\*\*|__|\*|_)(?=[^\s*_])([^\n]{0,200}?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
const MARK = /[*_]/;

/** The text without emphasis marks and the map from its offsets to the old ones, or
 * undefined when it has none. */
export function dropEmphasis(text: string): { text: string; toOld: (offset: number) => number } | undefined {
  if (!MARK.test(text)) return undefined;
  const out = new OffsetMapBuilder();
  let from = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    const mark = m[1].length;
    const close = m.index + m[0].length - mark;
    out.append(text.slice(from, m.index), from);
    out.append(text.slice(m.index + mark, close), m.index + mark);
    from = close + mark;
  }
  if (from === 0) return undefined;
  out.append(text.slice(from), from);
  const { text: cleaned, map } = out.finish(text.length);
  return { text: cleaned, toOld: (offset) => map.toFile(offset) };
}
