// The singular of an English plural noun, so that `17 elements` and `one element` share a unit.
// Rules for the regular endings, lists for the nouns that break them.

const IRREGULAR = new Map(Object.entries({
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  oxen: 'ox',
  dice: 'die',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  analyses: 'analysis',
  crises: 'crisis',
  theses: 'thesis',
  hypotheses: 'hypothesis',
  diagnoses: 'diagnosis',
  syntheses: 'synthesis',
  parentheses: 'parenthesis',
  emphases: 'emphasis',
  oases: 'oasis',
  synopses: 'synopsis',
  ellipses: 'ellipsis',
  prognoses: 'prognosis',
  indices: 'index',
  matrices: 'matrix',
  appendices: 'appendix',
  vertices: 'vertex',
  lenses: 'lens',
  quizzes: 'quiz',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  shelves: 'shelf',
  wolves: 'wolf',
  leaves: 'leaf',
  thieves: 'thief',
  calves: 'calf',
  loaves: 'loaf',
  elves: 'elf',
  selves: 'self',
  alumni: 'alumnus',
  fungi: 'fungus',
  nuclei: 'nucleus',
  radii: 'radius',
  stimuli: 'stimulus',
  cacti: 'cactus',
}));

/** Nouns whose plural is the singular, or that end in `s` in the singular. */
const UNCHANGED = new Set([
  'series', 'species', 'news', 'means', 'aircraft', 'spacecraft', 'staff', 'personnel', 'police',
  'cattle', 'livestock', 'sheep', 'fish', 'deer', 'offspring', 'crew', 'data', 'media', 'premises',
  'headquarters', 'barracks', 'chassis', 'corps', 'gas', 'bias', 'atlas', 'canvas', 'alias',
]);

/** Nouns ending in `ie`, whose plural `ies` must not become `y`. */
const IE_NOUNS = new Set([
  'movie', 'calorie', 'cookie', 'rookie', 'zombie', 'sortie', 'prairie', 'brownie', 'selfie',
  'hippie', 'goalie', 'genie', 'pixie', 'necktie', 'auntie', 'freebie', 'smoothie', 'lingerie',
]);

/** Nouns ending in `che`, whose plural must not lose the `e`. */
const CHE_NOUNS = new Set(['ache', 'cache', 'niche', 'headache', 'avalanche', 'moustache', 'cliche', 'psyche', 'quiche']);

/** Nouns ending in `oe`. */
const OE_NOUNS = new Set(['shoe', 'toe', 'canoe', 'oboe', 'hoe', 'foe', 'floe', 'tiptoe', 'throe', 'aloe', 'horseshoe']);

/** Nouns ending in `use` whose plural looks like that of `bus`. */
const USE_NOUNS = new Set(['use', 'abuse', 'excuse', 'fuse', 'muse', 'ruse', 'refuse', 'recluse', 'misuse', 'reuse', 'overuse', 'hypotenuse']);

/** Nouns ending in `as` (singular), whose plural adds `es`. */
const AS_NOUNS = new Set(['gas', 'bias', 'atlas', 'canvas', 'alias', 'pancreas']);

const VOWELS = 'aeiou';

/** The singular of a lower-case noun; a word that is not a plural comes back unchanged. */
export function singularize(word: string): string {
  const w = word;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (UNCHANGED.has(w) || w.length < 3 || !w.endsWith('s')) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  const stem1 = w.slice(0, -1); // without s
  const stem2 = w.slice(0, -2); // without es
  if (w.endsWith('ies')) {
    if (w.length <= 4 || IE_NOUNS.has(stem1)) return stem1;
    return w.slice(0, -3) + 'y';
  }
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('zzes')) return stem2;
  if (w.endsWith('ches')) return CHE_NOUNS.has(stem1) ? stem1 : stem2;
  if (w.endsWith('oes')) return OE_NOUNS.has(stem1) ? stem1 : stem2;
  if (w.endsWith('uses')) {
    if (USE_NOUNS.has(stem1)) return stem1;
    return w.length >= 5 && VOWELS.includes(w[w.length - 5]) ? stem1 : stem2; // causes → cause, buses → bus
  }
  if (w.endsWith('ases') && AS_NOUNS.has(stem2)) return stem2;
  return stem1;
}
