// Measurement units after a number, normalised to one base unit a dimension so that
// `14 nm` and `14 nanometres` compare: mass in tonnes 't', length 'm', area 'm2', power 'W',
// energy 'Wh', volume 'l', oil 'bbl', oil and gas 'boe', containers 'TEU', car carriers 'CEU',
// changes of a rate in basis points 'bp' (a percentage point is 100). A factor is a power of
// ten (exact) times a multiplier.

import { boundaryAt, brokenRest, gapAfter, isLetter, letterRun } from './chars';

export interface UnitDef {
  unit: string;
  exp: number;
  mult: number;
}

export interface UnitMatch extends UnitDef {
  end: number;
}

function def(unit: string, exp: number, mult = 1): UnitDef {
  return { unit, exp, mult };
}

const POUND = 4.5359237e-4;
const TROY_OUNCE = 3.11034768e-5;
const MILE = 1609.344;
const FOOT = 0.3048;
const NAUTICAL_MILE = 1852;
const GALLON = 3.785411784;
/** Temperature scales, and a degree of no named scale. */
export const CELSIUS = '°C';
export const FAHRENHEIT = '°F';
export const DEGREE = '°';
export const TEMPERATURES: ReadonlySet<string> = new Set([DEGREE, CELSIUS, FAHRENHEIT]);

/** ° º ℃ ℉: a temperature's unit, glued to its number or not (`40°C`, `40 °C`). */
export const isDegreeSign = (c: number): boolean => c === 0xb0 || c === 0xba || c === 0x2103 || c === 0x2109;
/** A cubic foot in litres. */
const CUBIC_FOOT = 28.316846592;
const ACRE = 4046.8564224;
/** An acre a foot deep, in litres: how the US and Mexico count river water (43,560 cubic feet). */
const ACRE_FOOT = 43560 * CUBIC_FOOT;
const SQUARE_MILE = 2589988.110336;
/** Floor space, as property markets in the US and Mexico count it. */
const SQUARE_FOOT = FOOT * FOOT;

/** Abbreviations, case-sensitive (`Mt` is a megatonne, `mt` a metric ton). */
const ABBREVIATIONS = new Map<string, UnitDef>(Object.entries({
  t: def('t', 0), mt: def('t', 0), MT: def('t', 0), dmt: def('t', 0), wmt: def('t', 0), kt: def('t', 3), KT: def('t', 3), Mt: def('t', 6),
  Gt: def('t', 9), Bt: def('t', 9), kg: def('t', -3), Kg: def('t', -3), KG: def('t', -3), g: def('t', -6), mg: def('t', -9),
  tU: def('t', 0), // tonnes of uranium
  lb: def('t', 0, POUND), lbs: def('t', 0, POUND), oz: def('t', 0, TROY_OUNCE),
  nm: def('m', -9), 'µm': def('m', -6), 'μm': def('m', -6), mm: def('m', -3), cm: def('m', -2), m: def('m', 0),
  km: def('m', 3), Km: def('m', 3), KM: def('m', 3), mi: def('m', 0, MILE), ft: def('m', 0, FOOT), nmi: def('m', 0, NAUTICAL_MILE),
  km2: def('m2', 6), 'km²': def('m2', 6), ft2: def('m2', 0, SQUARE_FOOT), 'ft²': def('m2', 0, SQUARE_FOOT), m2: def('m2', 0), 'm²': def('m2', 0), ha: def('m2', 4), kha: def('m2', 7), Mha: def('m2', 10),
  W: def('W', 0), kW: def('W', 3), MW: def('W', 6), GW: def('W', 9), TW: def('W', 12),
  Wh: def('Wh', 0), kWh: def('Wh', 3), MWh: def('Wh', 6), GWh: def('Wh', 9), TWh: def('Wh', 12),
  l: def('l', 0), L: def('l', 0), ml: def('l', -3), mL: def('l', -3), kl: def('l', 3), kL: def('l', 3), m3: def('l', 3), 'm³': def('l', 3), km3: def('l', 12), 'km³': def('l', 12),
  // Wine: hectolitres, thousands and millions of them (`44.1 mhl`, as the OIV writes it).
  hl: def('l', 2), khl: def('l', 5), mhl: def('l', 8), Mhl: def('l', 8),
  // Water: megalitres (`2,982 Ml/d`), gigalitres, million cubic metres.
  Ml: def('l', 6), GL: def('l', 9), mcm: def('l', 9),
  // Gas in million cubic metres, as producers' reports write it (`33.1 MMm3/d`).
  MMm3: def('l', 9), 'MMm³': def('l', 9), MMcm: def('l', 9), mmcm: def('l', 9), MMscm: def('l', 9),
  bcm: def('l', 12), gal: def('l', 0, GALLON),
  // Gas in cubic feet: thousand (`Mcf`), million (`MMcf`), billion (`bcf`), trillion (`tcf`).
  Mcf: def('l', 3, CUBIC_FOOT), mcf: def('l', 3, CUBIC_FOOT), MMcf: def('l', 6, CUBIC_FOOT), MMscf: def('l', 6, CUBIC_FOOT), Bcf: def('l', 9, CUBIC_FOOT),
  bcf: def('l', 9, CUBIC_FOOT), BCF: def('l', 9, CUBIC_FOOT), Tcf: def('l', 12, CUBIC_FOOT), tcf: def('l', 12, CUBIC_FOOT), bbl: def('bbl', 0), bpd: def('bbl', 0), mbpd: def('bbl', 6),
  // Oil reports: `920 kb/d` (`kbd`; OPEC's `tb/d`), `38.6 mb` of stocks (million barrels; `MMbbl` in American filings).
  kbpd: def('bbl', 3), tbpd: def('bbl', 3), kbd: def('bbl', 3), mbd: def('bbl', 6), mb: def('bbl', 6), mmbbl: def('bbl', 6), MMbbl: def('bbl', 6),
  // Oil and gas together, in barrels of oil equivalent: a unit of its own, since an oil
  // field's barrels are no gas field's (`1.11 million boe/d`, `610 kboe/d`, `MMboe` in filings).
  boe: def('boe', 0), BOE: def('boe', 0), boepd: def('boe', 0), kboe: def('boe', 3), kboepd: def('boe', 3), MMboe: def('boe', 6), mmboe: def('boe', 6),
  // Containers, in twenty-foot equivalent units: shipping writes `10.2 million TEU` and `10.2m TEUs` alike.
  TEU: def('TEU', 0), TEUs: def('TEU', 0), teu: def('TEU', 0), FEU: def('TEU', 0, 2), FEUs: def('TEU', 0, 2),
  // Car carriers, in car equivalent units (`a 7,000 CEU ship`, `620,000 CEU of capacity`).
  CEU: def('CEU', 0), CEUs: def('CEU', 0),
  // Million tonnes a year (LNG plants, mines): the rate is the tonnes'.
  Mtpa: def('t', 6), mtpa: def('t', 6), MTPA: def('t', 6), ktpa: def('t', 3),
  // Million metric tons, as steel and grain reports write them (`721 mmt`, USDA's `MMT`).
  mmt: def('t', 6), MMT: def('t', 6),
  // Emissions in tonnes of CO2 (or its equivalent), the gas's name glued on (`12 MtCO2e`): the
  // tonnes of `12 Mt CO2`.
  tCO2: def('t', 0), tCO2e: def('t', 0), ktCO2: def('t', 3), ktCO2e: def('t', 3), MtCO2: def('t', 6), MtCO2e: def('t', 6), GtCO2: def('t', 9), GtCO2e: def('t', 9),
  // Gas in trillion cubic metres (reserves: `1.2 tcm`), beside `bcm`.
  tcm: def('l', 15),
  // A rate's change: `up 5 pp`, `a 25 bp cut`; never a percent (`5 pp` is no share of 5%).
  bp: def('bp', 0), bps: def('bp', 0), pp: def('bp', 2), ppt: def('bp', 2), ppts: def('bp', 2),
}));

const WORDS = new Map<string, UnitDef>();
/** Unit words, singular and plural (`tonne`, `tonnes`). */
function words(forms: string[], d: UnitDef): void {
  for (const f of forms) WORDS.set(f, d);
}
words(['tonne', 'tonnes', 'ton', 'tons'], def('t', 0));
words(['kilotonne', 'kilotonnes', 'kiloton', 'kilotons'], def('t', 3));
words(['megatonne', 'megatonnes', 'megaton', 'megatons'], def('t', 6));
words(['gigatonne', 'gigatonnes', 'gigaton', 'gigatons'], def('t', 9));
words(['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], def('t', -3));
words(['gram', 'grams', 'gramme', 'grammes'], def('t', -6));
words(['milligram', 'milligrams'], def('t', -9));
words(['pound', 'pounds'], def('t', 0, POUND));
// An ounce in a briefing is gold's or silver's (`4.8 million ounces`, `$2,650 an ounce`): the
// troy ounce, which reports of output call fine (`4.8 million fine ounces`).
words(['ounce', 'ounces'], def('t', 0, TROY_OUNCE));
words(['nanometer', 'nanometers', 'nanometre', 'nanometres'], def('m', -9));
words(['micrometer', 'micrometers', 'micrometre', 'micrometres', 'micron', 'microns'], def('m', -6));
words(['millimeter', 'millimeters', 'millimetre', 'millimetres'], def('m', -3));
words(['centimeter', 'centimeters', 'centimetre', 'centimetres'], def('m', -2));
words(['meter', 'meters', 'metre', 'metres'], def('m', 0));
words(['kilometer', 'kilometers', 'kilometre', 'kilometres'], def('m', 3));
words(['mile', 'miles'], def('m', 0, MILE));
words(['foot', 'feet'], def('m', 0, FOOT));
words(['hectare', 'hectares'], def('m2', 4));
words(['acre', 'acres'], def('m2', 0, ACRE));
words(['watt', 'watts'], def('W', 0));
words(['kilowatt', 'kilowatts'], def('W', 3));
words(['megawatt', 'megawatts'], def('W', 6));
words(['gigawatt', 'gigawatts'], def('W', 9));
words(['terawatt', 'terawatts'], def('W', 12));
words(['litre', 'litres', 'liter', 'liters'], def('l', 0));
words(['hectolitre', 'hectolitres', 'hectoliter', 'hectoliters'], def('l', 2));
words(['millilitre', 'millilitres', 'milliliter', 'milliliters'], def('l', -3));
words(['megalitre', 'megalitres', 'megaliter', 'megaliters'], def('l', 6));
// Biodiesel and fuel as Indonesia and Japan count them: kilolitres (`15.6 million kl`).
words(['kilolitre', 'kilolitres', 'kiloliter', 'kiloliters'], def('l', 3));
words(['gigalitre', 'gigalitres', 'gigaliter', 'gigaliters'], def('l', 9));
words(['gallon', 'gallons'], def('l', 0, GALLON));
words(['degree', 'degrees'], def(DEGREE, 0));
words(['barrel', 'barrels'], def('bbl', 0));
// `fell by 33 points, to 63%`: a rate's points are percentage points, as `a quarter point`
// is 25 basis points (`fraction.ts`).
words(['point', 'points'], def('bp', 2));

/** Two-word units, keyed `first second` in lower case. */
const PAIRS = new Map<string, UnitDef>();
function pairs(firsts: string[], seconds: string[], d: UnitDef): void {
  for (const f of firsts) for (const s of seconds) PAIRS.set(`${f} ${s}`, d);
}
pairs(['metric'], ['ton', 'tons', 'tonne', 'tonnes'], def('t', 0));
// A ship's gross tonnage (`130,000 gross tons`): told in tons as its owners write it.
pairs(['gross'], ['ton', 'tons', 'tonne', 'tonnes'], def('t', 0));
pairs(['nautical'], ['mile', 'miles'], def('m', 0, NAUTICAL_MILE));
// Water, as the US and Mexico count it: `1.75 million acre-feet` (about 2.16 billion m³).
pairs(['acre'], ['foot', 'feet'], def('l', 0, ACRE_FOOT));
pairs(['troy', 'fine'], ['ounce', 'ounces', 'oz'], def('t', 0, TROY_OUNCE));
pairs(['square', 'sq'], ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'], def('m2', 6));
pairs(['square', 'sq'], ['metre', 'metres', 'meter', 'meters', 'm'], def('m2', 0));
pairs(['square', 'sq'], ['mile', 'miles', 'mi'], def('m2', 0, SQUARE_MILE));
pairs(['square', 'sq'], ['foot', 'feet', 'ft'], def('m2', 0, SQUARE_FOOT));
pairs(['cubic'], ['metre', 'metres', 'meter', 'meters'], def('l', 3));
// A reservoir's or a river's water: a cubic kilometre is a billion cubic metres (`74 km³`).
pairs(['cubic'], ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'], def('l', 12));
pairs(['cubic'], ['foot', 'feet', 'ft'], def('l', 0, CUBIC_FOOT));
// Temperatures, and differences of them, in their own scale: a degree of no named scale
// compares with either (`dataset.ts` `anyDegree`).
pairs(['degree', 'degrees'], ['celsius', 'centigrade', 'c'], def(CELSIUS, 0));
pairs(['degree', 'degrees'], ['fahrenheit', 'f'], def(FAHRENHEIT, 0));
pairs(['watt'], ['hour', 'hours'], def('Wh', 0));
pairs(['kilowatt'], ['hour', 'hours'], def('Wh', 3));
pairs(['megawatt'], ['hour', 'hours'], def('Wh', 6));
pairs(['gigawatt'], ['hour', 'hours'], def('Wh', 9));
pairs(['terawatt'], ['hour', 'hours'], def('Wh', 12));
pairs(['basis'], ['point', 'points'], def('bp', 0));
pairs(['percentage'], ['point', 'points', 'pt', 'pts'], def('bp', 2));
const PAIR_FIRSTS = new Set([...PAIRS.keys()].map((k) => k.slice(0, k.indexOf(' '))));

const DEGREES = /^([°º])?([CF℃℉])(?![A-Za-z0-9])/;

/** Units written per day with a slash (`b/d`, `kboe/d`). */
const PER_DAY = new Set(['b', 'kb', 'tb', 'mb', 'boe', 'kboe']);

/** Oil and gas in words: `1.1 million barrels of oil equivalent a day`. */
const OIL_EQUIVALENT = /^barrels?\s+of\s+oil\s+equivalent(?![A-Za-z])/i;

/** Containers in words: `39.01 million twenty-foot equivalent units (TEUs)`. */
const CONTAINER_UNITS = /^(twenty|forty)[- \n](?:foot|ft)\s+equivalent\s+units?(?![A-Za-z])/i;

const POWERS = new Set([50, 51, 0xb2, 0xb3]); // 2 3 ² ³

/** A unit token: letters, then perhaps a `2`/`3`/`²`/`³` (`km2`), then a word boundary. */
function unitToken(text: string, i: number, end: number): { raw: string; lower: string; end: number } | undefined {
  const run = letterRun(text, i, end);
  let j = run.end;
  if (j === i || j - i > 16) return undefined;
  // A power (`km³`, `m3`), or a gas's number (`MtCO2`, and `MtCO2e` of its equivalent).
  const power = j < end && POWERS.has(text.charCodeAt(j)) ? (text[j + 1] === 'e' && boundaryAt(text, j + 2, end) ? j + 2 : j + 1) : -1;
  if (power > 0 && boundaryAt(text, power, end)) {
    const raw = text.slice(i, power);
    return { raw, lower: raw.toLowerCase(), end: power };
  }
  if (!boundaryAt(text, j, end)) return undefined;
  if (j + 1 < end && text.charCodeAt(j) === 47 && PER_DAY.has(run.raw) && text[j + 1] === 'd' && boundaryAt(text, j + 2, end)) {
    // b/d: barrels a day; kb/d (tb/d), mb/d: thousands and millions of them; boe/d, kboe/d of oil equivalent
    const unit = run.raw === 'b' ? 'bpd' : `${run.raw}pd`;
    return { raw: unit, lower: unit, end: j + 2 };
  }
  return run;
}

/** The unit of `nm` after a number of `value`: nautical miles from a thousand up (`about 5,800
 * nm` from Murmansk to Shanghai), where a chip's node or a wavelength is a few hundred
 * nanometres at most; any other unit as it is. */
export function nanometresOrMiles(unit: UnitDef, value: number): UnitDef {
  const nanometres = unit.unit === NANOMETRE.unit && unit.exp === NANOMETRE.exp && unit.mult === NANOMETRE.mult;
  return nanometres && value >= 1000 ? NAUTICAL_MILES : unit;
}

const NANOMETRE = ABBREVIATIONS.get('nm')!;
const NAUTICAL_MILES = ABBREVIATIONS.get('nmi')!;

/** The measurement unit after a number ending at `pos`: `14nm`, `14-nm`, `14 nm`, `300 square kilometres`. */
export function readUnit(text: string, pos: number, end: number): UnitMatch | undefined {
  if (pos >= end) return undefined;
  const c = text.charCodeAt(pos);
  let start: number;
  if (isLetter(c) || isDegreeSign(c)) start = pos;
  else if (c === 45) start = pos + 1;
  else {
    start = gapAfter(text, pos, end);
    if (start < 0) return undefined;
  }
  // `40°C`, `104 ºF`, `38.7C` (a bare `C` only glued to its number: `1.5C`).
  const degrees = DEGREES.exec(text.slice(start, Math.min(end, start + 3)));
  if (degrees && (degrees[1] !== undefined || start === pos)) return { ...def(/[Ff]/.test(degrees[2]) ? FAHRENHEIT : CELSIUS, 0), end: start + degrees[0].length };
  const equivalent = OIL_EQUIVALENT.exec(text.slice(start, Math.min(end, start + 40)));
  if (equivalent) return { ...def('boe', 0), end: start + equivalent[0].length };
  const containers = CONTAINER_UNITS.exec(text.slice(start, Math.min(end, start + 40)));
  if (containers) return { unit: 'TEU', exp: 0, mult: containers[1].toLowerCase() === 'forty' ? 2 : 1, end: start + containers[0].length };
  // `+4.39 p.p.`, as Brazil's and Europe's statistics write percentage points.
  if (/^p\.\s?p\./i.test(text.slice(start, Math.min(end, start + 5)))) return { ...def('bp', 2), end: start + text.slice(start, start + 5).lastIndexOf('.') + 1 };
  const token = unitToken(text, start, end);
  if (!token) return undefined;
  const lower = token.lower;
  // `61,000 dry metric tonnes`: a weight with or without its water is a weight, and so is a
  // metal's content (`399.4 thousand fine metric tonnes`, as Peru's ministry counts copper).
  if (lower === 'dry' || lower === 'wet' || lower === 'fine') {
    const weight = readUnit(text, token.end, end);
    return weight?.unit === 't' ? weight : undefined;
  }
  // `ton-⏎nes`, `kilo-⏎metres`, `percent-⏎age points`: a unit word broken at a line end (see
  // `brokenRest`), read whole before its first half (`kilo` alone is a kilogram).
  const rest = text.charCodeAt(token.end) === 45 ? brokenRest(text, letterRun(text, start, end), end) : undefined;
  const brokenFirst = rest && PAIR_FIRSTS.has(lower + rest.lower) ? { lower: lower + rest.lower, end: rest.end } : undefined;
  if (brokenFirst || PAIR_FIRSTS.has(lower)) {
    const first = brokenFirst ?? { lower, end: token.end };
    let p = first.end;
    if (lower === 'sq' && text.charCodeAt(p) === 46) p++;
    // A wire wraps its lines anywhere: `50 basis⏎points`, `1.2 million metric⏎tons`.
    const s = text.charCodeAt(p) === 45 ? p + 1 : gapAfter(text, p, end);
    const second = s > 0 ? unitToken(text, s, end) : undefined;
    const pair = second ? PAIRS.get(`${first.lower} ${second.lower}`) : undefined;
    if (pair && second) return { unit: pair.unit, exp: pair.exp, mult: pair.mult, end: second.end };
  }
  const whole = rest ? WORDS.get(lower + rest.lower) : undefined;
  if (rest && whole) return { unit: whole.unit, exp: whole.exp, mult: whole.mult, end: rest.end };
  const d = ABBREVIATIONS.get(token.raw) ?? WORDS.get(lower);
  return d ? { unit: d.unit, exp: d.exp, mult: d.mult, end: token.end } : undefined;
}
