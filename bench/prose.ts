// Vocabulary and sentence templates for the synthetic dataset: each fact sentence states one
// figure about one thing (a region, a commodity, a stage of the supply chain), worded with a
// qualifier as analysts and wire copy do.

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export const FACT_KINDS = ['percent', 'percent', 'money', 'count', 'quantity', 'year'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  region: string;
  commodity: string;
  stage: string;
  kind: FactKind;
  value: number;
  sourceId: string;
  /** The figure's own text in the sentence, qualifier included. */
  wording: string;
  sentence: string;
}

const REGIONS = [
  'China', 'Australia', 'Canada', 'Chile', 'Peru', 'Brazil', 'Indonesia', 'India', 'Japan', 'South Korea', 'Vietnam', 'Myanmar',
  'Malaysia', 'Russia', 'Kazakhstan', 'Mongolia', 'Norway', 'Sweden', 'Finland', 'Germany', 'France', 'Poland', 'Spain', 'Portugal',
  'Morocco', 'Namibia', 'Zambia', 'Zimbabwe', 'Mozambique', 'Tanzania', 'South Africa', 'Ghana', 'Argentina', 'Bolivia', 'Mexico',
  'the United States', 'the European Union', 'Saudi Arabia', 'Turkey', 'the Philippines',
];
const COMMODITIES = [
  'lithium', 'cobalt', 'nickel', 'graphite', 'manganese', 'copper', 'tin', 'tungsten', 'gallium', 'germanium', 'antimony', 'indium',
  'neodymium', 'dysprosium', 'terbium', 'yttrium', 'scandium', 'vanadium', 'platinum', 'palladium', 'rhodium', 'tantalum', 'niobium',
  'magnesium', 'silicon', 'bauxite', 'zinc', 'molybdenum', 'chromium', 'uranium',
];
const STAGES = ['mining', 'refining', 'processing', 'smelting', 'separation', 'magnet production', 'battery production', 'exports'];
const COUNT_NOUNS = ['plants', 'mines', 'refineries', 'licences', 'projects', 'smelters', 'contracts', 'facilities'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const APPROX = ['about', 'approximately', 'around', 'roughly', 'some', 'an estimated', '~'];
const BOUNDS = ['nearly', 'almost', 'close to', 'over', 'more than', 'above', 'in excess of', 'at least', 'no less than', 'under', 'less than', 'up to', 'at most'];

const FILLER_SUBJECTS = ['Traders', 'Officials', 'Analysts', 'Buyers', 'Producers', 'Regulators', 'Shipping agents', 'Industry groups', 'Diplomats', 'Bankers'];
const FILLER_VERBS = ['said', 'warned', 'expect', 'noted', 'argued', 'cautioned', 'reported', 'suggested'];
const FILLER_TAILS = [
  'that licensing delays would weigh on contracts signed before the new rules took effect',
  'that inventories were running down faster than in previous cycles of tightening',
  'that new capacity outside the main producing countries would take years to permit and build',
  'that the market remained thin, opaque and prone to sudden swings in sentiment',
  'that customs checks at the border had slowed shipments without stopping them',
  'that long-term offtake agreements were being renegotiated across the industry',
  'that recycling could ease pressure at the margin but would not close the gap',
  'that smaller buyers were paying premiums to secure spot cargoes',
];

export function subjectOf(rng: Rng): { region: string; commodity: string; stage: string } {
  return { region: pick(rng, REGIONS), commodity: pick(rng, COMMODITIES), stage: pick(rng, STAGES) };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** A qualifier in front of a number ('' most often), with its trailing space. */
function qualifier(rng: Rng): string {
  const roll = rng();
  if (roll < 0.45) return '';
  if (roll < 0.7) return `${pick(rng, APPROX)}${rng() < 0.9 ? ' ' : ''}`.replace('~ ', '~');
  return `${pick(rng, BOUNDS)} `;
}

function percentWording(rng: Rng, v: number): string {
  const roll = rng();
  if (roll < 0.1 && v < 90) return `between ${v} and ${v + 5}%`;
  if (roll < 0.2 && v < 90) return `${v}${rng() < 0.5 ? '-' : '–'}${v + 5}%`;
  if (roll < 0.3) return `${qualifier(rng)}${v} ${rng() < 0.7 ? 'percent' : 'per cent'}`;
  return `${qualifier(rng)}${v}%`;
}

function moneyWording(rng: Rng, v: number): string {
  const q = qualifier(rng);
  const form = Math.floor(rng() * 5);
  if (form === 0) return `${q}$${v} billion`;
  if (form === 1) return `${q}USD ${v} million`;
  if (form === 2) return `${q}US$${(v / 10).toFixed(1)} trillion`;
  if (form === 3) return `${q}€${v}bn`;
  return `${q}£${v}m`;
}

/** Fills in the fact's value, wording and sentence for its kind. */
export function factSentence(rng: Rng, fact: Fact): void {
  const { region, commodity, stage } = fact;
  switch (fact.kind) {
    case 'percent': {
      fact.value = 1 + Math.floor(rng() * 95);
      fact.wording = percentWording(rng, fact.value);
      fact.sentence = `${capital(region)} accounts for ${fact.wording} of world ${commodity} ${stage}.`;
      break;
    }
    case 'money': {
      fact.value = 2 + Math.floor(rng() * 600);
      fact.wording = moneyWording(rng, fact.value);
      fact.sentence = `The ${commodity} ${stage} market in ${region} is worth ${fact.wording} a year.`;
      break;
    }
    case 'count': {
      fact.value = 1 + Math.floor(rng() * 60);
      const noun = pick(rng, COUNT_NOUNS);
      const number = fact.value <= 12 && rng() < 0.5 ? NUMBER_WORDS[fact.value - 1]! : String(fact.value);
      fact.wording = `${qualifier(rng)}${number} ${noun}`;
      fact.sentence = `${capital(region)} now runs ${fact.wording} for ${commodity} ${stage}.`;
      break;
    }
    case 'quantity': {
      fact.value = 100 * (1 + Math.floor(rng() * 900));
      const unit = rng();
      const amount = unit < 0.6 ? `${withCommas(fact.value)} tonnes` : unit < 0.8 ? `${(fact.value / 1000).toFixed(1)} kt` : `${withCommas(fact.value)} metric tons`;
      fact.wording = `${qualifier(rng)}${amount}`;
      fact.sentence = `${capital(region)} produced ${fact.wording} of ${commodity} for ${stage} last year.`;
      break;
    }
    case 'year': {
      fact.value = 1950 + Math.floor(rng() * 90);
      const lead = pick(rng, ['in', 'by', 'in April', 'in October']);
      fact.wording = String(fact.value);
      fact.sentence = `${capital(region)} began large-scale ${commodity} ${stage} ${lead} ${fact.wording}.`;
      break;
    }
  }
}

/** The fact's figure with a clearly different value, no qualifier. */
export function wrongValue(rng: Rng, fact: Fact): string {
  const factor = rng() < 0.5 ? 0.6 : 1.5;
  const v = Math.max(1, Math.round(fact.value * factor));
  switch (fact.kind) {
    case 'percent':
      return `${Math.min(v, 99)}%`;
    case 'money':
      return `$${v} billion`;
    case 'count':
      return `${v} ${fact.wording.split(' ').pop()}`;
    case 'quantity':
      return `${withCommas(v)} tonnes`;
    case 'year':
      return String(fact.value + (rng() < 0.5 ? -3 : 4));
  }
}

export function fillerSentence(rng: Rng): string {
  return `${pick(rng, FILLER_SUBJECTS)} ${pick(rng, FILLER_VERBS)} ${pick(rng, FILLER_TAILS)}.`;
}
