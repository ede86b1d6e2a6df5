// Words that name the same actor or thing in briefings and sources. Kept small and general:
// the spellings of a handful of states and blocs that analysts abbreviate, and count
// nouns that are used interchangeably.

const ACTORS: Record<string, string[]> = {
  us: ['us', 'u.s', 'usa', 'u.s.a', 'united states', 'america', 'american', 'americans', 'washington'],
  eu: ['eu', 'e.u', 'european union', 'europe', 'european', 'brussels'],
  china: ['china', 'chinese', 'prc', 'beijing', "people's republic of china"],
  uk: ['uk', 'u.k', 'britain', 'british', 'united kingdom', 'london'],
  japan: ['japan', 'japanese', 'tokyo'],
  russia: ['russia', 'russian', 'moscow', 'kremlin'],
  india: ['india', 'indian', 'delhi'],
  korea: ['korea', 'korean', 'south korea', 'seoul'],
  taiwan: ['taiwan', 'taiwanese', 'taipei'],
  australia: ['australia', 'australian', 'canberra'],
};

/** Measures written in words or by their initials, which are no names: `GDP` and `gross
 * domestic product` (a source's `5% of gross domestic product` and a claim's `5% of GDP` shared
 * no word). */
const MEASURES: Record<string, string[]> = {
  gdp: ['gdp', 'gross domestic product'],
  gnp: ['gnp', 'gross national product'],
  gni: ['gni', 'gross national income'],
  cpi: ['cpi', 'consumer price index'],
  ppi: ['ppi', 'producer price index'],
  hicp: ['hicp', 'harmonised index of consumer prices'],
  pmi: ['pmi', 'purchasing managers index'],
  fdi: ['fdi', 'foreign direct investment'],
  oda: ['oda', 'official development assistance'],
  cagr: ['cagr', 'compound annual growth rate'],
  ipo: ['ipo', 'initial public offering'],
  // A company's accounts: `underlying EBITDA of $1 billion`, `EPS of $2.10`.
  // Written out, as an accounts page or the FT does, in its common spellings (the phrase's
  // words, without its commas), as the term the word is cut to.
  ebitd: ['ebitda', ...['tax', 'taxes', 'taxation'].flatMap((tax) => ['amortisation', 'amortization'].map((am) => `earnings before interest ${tax} depreciation and ${am}`))],
  ebit: ['ebit', 'earnings before interest and tax', 'earnings before interest and taxes'],
  eps: ['eps'],
  capex: ['capex'],
};

/** Single-word measures, never names though written in capitals (`GDP`). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(Object.values(MEASURES).flatMap((words) => words.filter((w) => !w.includes(' '))));

/** Multi-word names and measures, longest first, matched on lower-cased text before
 * tokenising; `name`: a name (an actor), not a measure. */
export const PHRASES: Array<[phrase: string, term: string, name: boolean]> = [
  ...Object.entries(ACTORS).flatMap(([term, names]) => names.filter((n) => n.includes(' ')).map((n): [string, string, boolean] => [n, term, true])),
  ...Object.entries(MEASURES).flatMap(([term, words]) => words.filter((n) => n.includes(' ')).map((n): [string, string, boolean] => [n, term, false])),
].sort((a, b) => b[0].length - a[0].length);

/** Single-word spellings (dots removed: `u.s` → `us`) mapped to their canonical term. */
export const WORDS: Map<string, string> = new Map(
  Object.entries(ACTORS).flatMap(([term, names]) =>
    names.filter((n) => !n.includes(' ')).map((n): [string, string] => [n.replace(/\./g, ''), term]),
  ),
);

/** Words that mean the same measure, by the terms they are cut to: a source's `production rose
 * to a record 72.1 million tonnes` is a claim's `output reached a record`; a trade report's
 * shipments are a country's exports (`taking 71% of shipments`: `71% of exports`). */
export const SAME_TERMS: ReadonlyMap<string, string> = new Map([['outpu', 'produ'], ['shipm', 'expor']]);

/** Count nouns that mean the same unit (`50 nations` and `50 countries`). */
const COUNT_NOUNS: Record<string, string[]> = {
  country: ['country', 'nation', 'state', 'economy', 'government', 'member', 'ally', 'signatory'],
  company: ['company', 'firm', 'business', 'corporation', 'enterprise', 'producer', 'manufacturer', 'organisation', 'organization'],
  person: ['person', 'people', 'individual', 'worker', 'employee', 'staff', 'personnel', 'resident', 'citizen', 'inhabitant'],
  soldier: ['soldier', 'troop', 'serviceman', 'servicemen'],
  ship: ['ship', 'vessel'],
  // Planemakers' deliveries: `57 jets` are `57 commercial airplanes`.
  aircraft: ['aircraft', 'airplane', 'aeroplane', 'plane', 'jet', 'jetliner', 'airliner'],
  // A central bank's moves: `six hikes` are `six consecutive increases`.
  increase: ['increase', 'hike', 'rise', 'raise'],
  decrease: ['decrease', 'cut', 'reduction'],
  // Tourism counts its visitors by any of these (`747 million international arrivals`).
  visitor: ['visitor', 'tourist', 'traveller', 'traveler', 'holidaymaker', 'arrival'],
  plant: ['plant', 'factory', 'facility'],
  element: ['element', 'metal', 'mineral'],
  type: ['type', 'kind', 'category', 'class', 'variety', 'sort'],
  // Artillery's output: `70,000 shells` are `70,000 artillery rounds`.
  shell: ['shell', 'round', 'projectile'],
};

const COUNT_NOUN_OF: Map<string, string> = new Map(
  Object.entries(COUNT_NOUNS).flatMap(([canon, nouns]) => nouns.map((n): [string, string] => [n, canon])),
);

/** The canonical unit of a count, so that nouns used interchangeably compare equal. */
export function canonicalCountNoun(noun: string): string {
  return COUNT_NOUN_OF.get(noun) ?? noun;
}

/** Countries and regions, so that a sentence's first word is known to be a name
 * (`Chile produced 24%`), where capitals alone cannot tell. */
export const PLACE_NAMES = new Set(
  `afghanistan albania algeria angola argentina armenia austria azerbaijan bahrain bangladesh belarus belgium bolivia
brazil bulgaria cambodia cameroon canada chile colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt
eritrea estonia ethiopia finland france gabon georgia germany ghana greece guinea hungary iceland indonesia iran iraq
ireland israel italy jordan kazakhstan kenya kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg madagascar
malaysia mali mexico mongolia morocco mozambique myanmar namibia nepal netherlands nigeria norway oman pakistan panama
peru philippines poland portugal qatar romania rwanda senegal serbia singapore slovakia slovenia somalia spain sudan
sweden switzerland syria tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
venezuela vietnam yemen zambia zimbabwe africa asia europe oceania latin arctic antarctica`.split(/\s+/),
);
