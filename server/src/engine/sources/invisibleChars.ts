import { OffsetMapBuilder } from './offsetMap';

// Characters that print nothing but split words and numbers: a soft hyphen (`mil&shy;lion`
// in a scraped page), zero-width spaces and joiners, a word joiner, a byte-order mark.
// Left in, `$12 mil&shy;lion` reads as $12. Taken out of a source's text, with a map back to
// the file, so that related places still point at the right characters.

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_RUNS = new RegExp(`${INVISIBLE.source}+`, 'g');

/** The text without invisible characters and the map from its offsets to the old ones, or
 * undefined when it holds none (most texts: one regex test). */
export function dropInvisibles(text: string): { text: string; toOld: (offset: number) => number } | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const out = new OffsetMapBuilder();
  let from = 0;
  for (const m of text.matchAll(INVISIBLE_RUNS)) {
    out.append(text.slice(from, m.index), from);
    from = m.index + m[0].length;
  }
  out.append(text.slice(from), from);
  const { text: cleaned, map } = out.finish(text.length);
  return { text: cleaned, toOld: (offset) => map.toFile(offset) };
}
