import { tokenize, withoutTerms, type TermVector } from '../context/terms';
import type { Source } from '../sources/types';

// Who states a figure is not what it is about. `The World Bank put the average potassium
// chloride price at $385 a tonne` cites the World Bank's outlook, whose own sentences name the
// World Bank once, beside another figure (`The World Bank's fertilizer price index is
// projected to rise 7 percent`): that sentence won the claim for two words that only say who
// is speaking.

interface Publisher {
  /** The words of its name (`world`, `bank`). */
  words: readonly string[];
  /** Its initials (`wb`, `iea`). */
  initials: readonly string[];
}

function publisherOf(source: Source): Publisher {
  let publisher = publishers.get(source);
  if (!publisher) {
    const name = source.meta.publisher ?? '';
    const tokens = tokenize(name, 0, name.length, [], true).tokens;
    publisher = { words: tokens.map((t) => t.term), initials: tokens.flatMap((t) => t.initials ?? []) };
    publishers.set(source, publisher);
  }
  return publisher;
}

const publishers = new WeakMap<Source, Publisher>();

/** A claim's context without the names of its cited sources' publishers: the whole name, each
 * word of it written as a name (`The World Bank put …`), or its initials (`the IEA expects`).
 * The context itself when it names none. */
export function withoutPublishers(terms: TermVector, cited: readonly Source[]): TermVector {
  const names = terms.names;
  if (!names || names.length === 0) return terms;
  const drop = new Set<string>();
  for (const source of cited) {
    const { words, initials } = publisherOf(source);
    if (words.length > 0 && words.every((w) => names.includes(w))) for (const w of words) drop.add(w);
    for (const i of initials) if (names.includes(i)) drop.add(i);
  }
  return drop.size === 0 ? terms : withoutTerms(terms, drop);
}
