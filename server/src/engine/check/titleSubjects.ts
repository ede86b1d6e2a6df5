import { PLACE_NAMES, WORDS } from '../context/aliases';
import { stem, tokenize, type Token } from '../context/terms';
import type { SourceFigure } from '../dataset/sourceFigures';
import type { Source } from '../sources/types';

// Who a source's title names: the subject of the whole report (`RBI cuts repo rate`,
// `Bank of England cuts to 4.5%`), which its sentences need not name again.

/** The names a source's title holds (`RBI`, `Bank of Japan`: `boj`). */
function titleNames(source: Source): Set<string> {
  let names = titleNameCache.get(source);
  if (!names) {
    const title = source.meta.title ?? '';
    // A title in title case (`The Lira Is Being Managed Into the Ground`) capitalises every
    // word: there only initials (`RBI`) and the names of states and blocs are names.
    const titleCase = isTitleCase(title);
    const named = (t: Token): boolean => t.name && (!titleCase || /^[A-Z]{2,}/.test(title.slice(t.start, t.end)) || PLACE_NAMES.has(title.slice(t.start, t.end).toLowerCase()) || WORDS.has(title.slice(t.start, t.end).toLowerCase()));
    names = new Set(tokenize(title, 0, title.length, [], true).tokens.filter(named).flatMap((t) => [t.term, ...(t.initials ?? [])]));
    titleNameCache.set(source, names);
  }
  return names;
}

/** Whether most of a title's longer words are capitalised. */
function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => w[0] !== w[0].toLowerCase()).length >= words.length * 0.6;
}

const titleNameCache = new WeakMap<Source, Set<string>>();

/** Another source's figure about whom its own title names, which the backing source names
 * nowhere, while the backing source's title names someone else: two reports on two subjects
 * (`RBI cuts repo rate`; `Bank of England cuts …`, `The Bank of England cut … with seven of
 * the nine Monetary Policy Committee members`), whose committees are two. A figure that names
 * no one (`global prices fell 75%`) may still conflict. */
export function titlesNameOthers(evidence: SourceFigure, other: SourceFigure): boolean {
  const mine = titleNames(evidence.source);
  const theirs = titleNames(other.source);
  if (mine.size === 0 || theirs.size === 0) return false;
  // A name both titles hold is where both reports are (`US … tariffs`, `Hyundai to invest …
  // in the US`): the other's own names say whom it is about.
  for (const n of mine) if (!theirs.has(n) && other.terms.has(n)) return false;
  let own = false;
  for (const n of theirs) {
    if (mine.has(n)) continue;
    if (evidence.terms.has(n)) return false;
    // A report whose title names someone is theirs, in every sentence that names no one
    // else and not the world (`Ecuador stretches blackouts …`: `peak demand of roughly 4,400
    // MW` is Ecuador's, not Zambia's `roughly 2,300 MW`; `Bunker sales in Rotterdam fall …`:
    // `climbed 34% to 820,000 tonnes` is Rotterdam's, not Singapore's).
    own ||= other.terms.has(n) || (!namesAnyone(other) && !other.terms.has(WORLD));
  }
  return own;
}

const WORLD = stem('world');

/** Whether a figure's own words name someone: a person, a place, a firm. */
const namesAnyone = (f: SourceFigure): boolean => (f.terms.names ?? []).some((n) => f.terms.has(n));
