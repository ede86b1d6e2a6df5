import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

// Inputs for the robustness properties: token soups built from the markup's own
// punctuation, and the example's real files cut, spliced and mutated.

export const REPO = path.resolve(__dirname, '../..');
export const EXAMPLE = path.join(REPO, 'examples/rare-earths');

/** `FUZZ_RUNS=10 npm run fuzz` multiplies every property's runs. */
export const FUZZ = Math.max(1, Number(process.env.FUZZ_RUNS ?? '1') || 1);
export const runs = (n: number): number => Math.round(n * FUZZ);

export function exampleFiles(): Record<string, string> {
  const out: Record<string, string> = { 'weekly.brief': fs.readFileSync(path.join(EXAMPLE, 'weekly.brief'), 'utf8') };
  for (const name of fs.readdirSync(path.join(EXAMPLE, 'sources'))) {
    out[`sources/${name}`] = fs.readFileSync(path.join(EXAMPLE, 'sources', name), 'utf8');
  }
  return out;
}

const FILES = exampleFiles();
const TEXTS = Object.values(FILES);
const KEYS = ['wire-controls', 'desk-memo', 'mpi-dependence', 'tr-magnets', 'tr-stockpile', 'hkt-history', 'nope', ''];

export const TOKENS = [
  '[@', ']', '[@wire-controls]', '[@mpi-dependence, para 2]', '[@a; @b, line 3]', '; @', '@', '[', '[@]', '[@-]',
  '%', ' percent', ' per cent', '$', 'US$', '€', '£', 'USD ', ' billion', ' bn', 'm', ' trillion', ' tonnes', '-nm', ' kt',
  '1,1,1,1,1', '1.5', '.', '-', '–', '—', '~', '+', '>', '<', '>=', '<=', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r',
  '---\n', '---', 'sources: sources\n', 'sources: [a, b]\n', 'title: "x\n', 'date: 2025-13-45\n', ': ', 'tags:\n  - x\n',
  '<!--', '-->', '<!-- briefing-ignore-next-line -->', '<!-- briefing-ignore-file uncited-figure -->', '<!-- briefing-ignore-',
  '`', '``', '```\n', '~~~\n', '|', '| a | 1% |\n', '|---|---|\n', '"', '“', '”', "'", '# ', '###### ', '- ', '* ', '1. ', '> ',
  'about ', 'nearly ', 'over ', 'at least ', 'between ', ' and ', ' to ', 'up to ', 'under ', 'some ', 'an estimated ',
  'seven', 'a dozen', 'twenty', 'elements', 'China', 'U.S.', 'e.g.', 'para', 'line', 'The', 'EU', 'April', '2035', '1899', '2101',
  '0', '9', '99', '100', '101', '1e9', '0.0', '00000', '12345678901234567890', 'NaN', 'Infinity',
  '\u00a0', '\u2009', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', 'é', 'ﬁ', '\u0000', '\\n', '\\"', '{', '}', '<p>', '</p>', '<script>', '&amp;', '&#x31;',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYS).map((k) => `[@${k}]`) },
  { weight: 1, arbitrary: fc.nat(1_000_000).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Random text from the markup's own vocabulary. */
export const soup = (maxTokens = 80): fc.Arbitrary<string> => fc.array(token, { maxLength: maxTokens }).map((t) => t.join(''));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Cut a stretch out.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400)).map(([at, len]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + t.slice(i + len);
  }),
  // Splice in a stretch of another example file.
  fc.tuple(fc.nat(TEXTS.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(300)).map(
    ([f, at, from, len]): Mutation => (t) => {
      const other = TEXTS[f];
      const s = Math.floor(from * other.length);
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + other.slice(s, s + len) + t.slice(i);
    },
  ),
  // Insert a token soup.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), soup(6)).map(([at, ins]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + ins + t.slice(i);
  }),
  // Replace one character.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS)).map(([at, c]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + c + t.slice(i + 1);
  }),
);

/** A real file of the example, mutated a few times. */
export const mutated = (base: string, maxMutations = 5): fc.Arbitrary<string> =>
  fc.array(mutation, { minLength: 1, maxLength: maxMutations }).map((ms) => ms.reduce((t, m) => m(t), base));

/** Any example file, mutated. */
export const mutatedAny = (maxMutations = 5): fc.Arbitrary<string> =>
  fc.constantFrom(...TEXTS).chain((t) => mutated(t, maxMutations));
