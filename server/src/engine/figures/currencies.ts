// Currencies around a number: a symbol or code before it (`$`, `US$`, `€`, `USD `, `RMB `),
// a code or word after it (`USD`, `dollars`, `euros`, `yuan`). All map to ISO 4217 codes.

import { readUnit } from './units';
import { boundaryAt, boundaryBefore, gapAfter, isBlank, isUpper, letterRun, lettersEnd, lettersStart, type LetterRun } from './chars';

const CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'AUD', 'CAD', 'INR', 'KRW', 'RUB', 'CHF', 'BRL', 'ZAR', 'MXN',
  'SGD', 'HKD', 'NZD', 'SEK', 'NOK', 'DKK', 'TRY', 'SAR', 'AED', 'IDR', 'TWD', 'THB', 'PLN', 'ILS',
  'NGN', 'EGP', 'PKR', 'VND', 'MYR', 'PHP', 'CLP', 'COP', 'ARS', 'QAR', 'KWD', 'UAH', 'CZK', 'HUF',
  'BDT', 'LKR', 'NPR', 'KES', 'GHS', 'ETB', 'TND', 'KZT', 'GEL', 'AZN', 'UZS', 'PEN', 'RON', 'BGN',
  'ISK', 'OMR', 'BHD', 'JOD', 'IRR', 'IQD', 'LBP', 'SDG', 'SYP', 'TZS', 'UGX', 'ZMW', 'AOA', 'XDR',
]);

/** Codes that are not ISO but name one: the renminbi (`Rmb` as the FT and Reuters set it),
 * the ringgit (`RM4,480`), the rupiah (`Rp 15,000`), the IMF's special drawing right (`SDR
 * 2.173 billion`). */
const CODE_ALIASES = new Map([
  ['RMB', 'CNY'], ['Rmb', 'CNY'], ['RM', 'MYR'], ['Rp', 'IDR'], ['Tk', 'BDT'],
  ['KSh', 'KES'], ['Ksh', 'KES'], ['USh', 'UGX'], ['TSh', 'TZS'], ['Sh', 'XSH'], ['SDR', 'XDR'],
]);

const SYMBOLS = new Map([
  [0x24, 'USD'], [0x20ac, 'EUR'], [0xa3, 'GBP'], [0xa5, 'JPY'], [0x20b9, 'INR'], [0x20a9, 'KRW'], [0x20bd, 'RUB'],
  [0x20ba, 'TRY'], [0x20aa, 'ILS'], [0x20a6, 'NGN'], [0x20ab, 'VND'], [0x0e3f, 'THB'], [0x09f3, 'BDT'], [0x20b8, 'KZT'],
  [0x20be, 'GEL'], [0x20bc, 'AZN'], [0x20b5, 'GHS'],
]); // $ € £ ¥ ₹ ₩ ₽ ₺ ₪ ₦ ₫ ฿ ৳ ₸ ₾ ₼ ₵

/** Letters before a `$`, `¥` or `₵` that say whose dollar, yen or cedi it is. */
const SYMBOL_PREFIXES = new Map([
  ['US', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['HK', 'HKD'], ['S', 'SGD'], ['SG', 'SGD'],
  ['NZ', 'NZD'], ['NT', 'TWD'], ['R', 'BRL'], ['MX', 'MXN'], ['CN', 'CNY'], ['RMB', 'CNY'], ['GH', 'GHS'],
]);

/** Currency words after a number (`12 billion dollars`). */
const WORDS = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['won', 'KRW'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['franc', 'CHF'], ['francs', 'CHF'], ['rand', 'ZAR'], ['peso', 'MXN'],
  ['pesos', 'MXN'], ['lira', 'TRY'], ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'],
  ['sterling', 'GBP'], ['naira', 'NGN'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['baht', 'THB'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['zlotych', 'PLN'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['reais', 'BRL'], ['forint', 'HUF'],
  ['taka', 'BDT'], ['takas', 'BDT'], ['tenge', 'KZT'], ['lari', 'GEL'], ['manat', 'AZN'], ['cedi', 'GHS'], ['cedis', 'GHS'],
  ['birr', 'ETB'], ['shilling', 'XSH'], ['shillings', 'XSH'],
  // Plurals the wires write as English ones (`186.6 billion zlotys`, `1.2 trillion liras`).
  ['liras', 'TRY'], ['forints', 'HUF'], ['ringgits', 'MYR'], ['tenges', 'KZT'], ['manats', 'AZN'], ['dong', 'VND'], ['dongs', 'VND'],
  ['ariary', 'MGA'], ['kyat', 'MMK'], ['kyats', 'MMK'],
  // A crown of no named nation: Norway's, Denmark's or Sweden's, as the report's own pages say.
  ['krone', 'XKR'], ['kroner', 'XKR'], ['krona', 'XKR'], ['kronor', 'XKR'], ['crowns', 'XKR'],
]);

/** A crown of no named nation (`415 billion kroner`): any of `CROWNS`. */
export const ANY_CROWN = 'XKR';
/** The currencies called crowns: one unit to look figures up by, compared where one of the
 * two names no nation (`NOK 415 billion` and `415 billion kroner`), never Norway's with
 * Denmark's. */
export const CROWNS: ReadonlySet<string> = new Set(['NOK', 'DKK', 'SEK', 'ISK', 'CZK', ANY_CROWN]);
/** A shilling of no named nation (`25.7 billion shillings`, `Sh227 billion` as Nairobi's press
 * writes its own): any of Kenya's, Uganda's, Tanzania's or Somalia's, as crowns are. */
export const ANY_SHILLING = 'XSH';

/** Currencies of one name in several nations: compared where one of the two names none. */
export const CURRENCY_FAMILIES: ReadonlyArray<{ name: string; any: string; members: ReadonlySet<string> }> = [
  { name: 'crown', any: ANY_CROWN, members: CROWNS },
  { name: 'shilling', any: ANY_SHILLING, members: new Set(['KES', 'UGX', 'TZS', 'SOS', ANY_SHILLING]) },
];

/** The currencies called dollars: one unit to look figures up by, compared where one of the
 * two is written with a bare `$`, which a page of any of these nations writes for its own
 * (`$15.8 million` in an Australian outlet is A$15.8 million), never Australia's with Canada's. */
export const DOLLARS: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD']);

/** A nation's currency named by its adjective and the noun's singular (`Egyptian pounds`,
 * `Argentine pesos`). */
const NATIONAL = new Map<string, string>([
  ['egyptian pound', 'EGP'], ['british pound', 'GBP'], ['lebanese pound', 'LBP'], ['sudanese pound', 'SDG'], ['syrian pound', 'SYP'],
  ['argentine peso', 'ARS'], ['argentinian peso', 'ARS'], ['chilean peso', 'CLP'], ['colombian peso', 'COP'], ['mexican peso', 'MXN'],
  ['philippine peso', 'PHP'], ['indian rupee', 'INR'], ['pakistani rupee', 'PKR'], ['saudi riyal', 'SAR'], ['qatari riyal', 'QAR'],
  ['turkish lira', 'TRY'], ['swiss franc', 'CHF'], ['japanese yen', 'JPY'], ['chinese yuan', 'CNY'], ['chinese renminbi', 'CNY'],
  ['african rand', 'ZAR'], ['kuwaiti dinar', 'KWD'], ['kenyan shilling', 'KES'], ['ugandan shilling', 'UGX'], ['tanzanian shilling', 'TZS'], ['norwegian krone', 'NOK'], ['norwegian crown', 'NOK'],
  ['danish krone', 'DKK'], ['danish crown', 'DKK'], ['swedish krona', 'SEK'], ['swedish crown', 'SEK'], ['czech koruna', 'CZK'],
  ['czech crown', 'CZK'], ['brazilian real', 'BRL'], ['nigerian naira', 'NGN'], ['ukrainian hryvnia', 'UAH'],
]);
/** The adjectives of `NATIONAL`, whose next word may be a currency. */
const NATIONAL_ADJECTIVES = new Set([...NATIONAL.keys()].map((k) => k.split(' ')[0]));

/** The singular of a currency noun after a nation's adjective (`pounds`, `pesos`, `kroner`, `reais`). */
function currencyNoun(lower: string): string {
  if (lower === 'reais') return 'real';
  if (lower === 'kroner' || lower === 'kronor') return lower === 'kroner' ? 'krone' : 'krona';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Words naming whose dollar (`Australian dollars`). */
const DOLLAR_ADJECTIVES = new Map([
  ['us', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['singapore', 'SGD'],
  ['taiwan', 'TWD'], ['taiwanese', 'TWD'], ['zealand', 'NZD'], ['kong', 'HKD'],
]);

export interface CurrencyMark {
  code: string;
  start: number;
  end: number;
}

function codeOf(word: string): string | undefined {
  if (CODES.has(word)) return word;
  return CODE_ALIASES.get(word);
}

/** A code written before an amount, India's `Rs` too (`Rs 40,951 crore`). */
const codeBefore = (word: string): string | undefined => (word === 'Rs' ? 'INR' : codeOf(word));

/** Whether a word is a currency's code as written (`NOK`, `USD`, `RMB`, `Rp`, `Rs`). */
export const isCurrencyCode = (word: string): boolean => codeBefore(word) !== undefined;

/** Currencies written as one capital attached to the amount: `N` the naira, `R` the rand. */
const LETTER_CURRENCIES = new Map([[78, 'NGN'], [82, 'ZAR']]);

/** An amount of three digits or more, or with a scale, and no letter glued on. */
const LETTER_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:bn|tn|billion|trillion|million)\b)(?![\w-])/;

/** The currency written right before a number starting at `pos`: `$`, `US$`, `€`, `€ `, `USD `, `USD`. */
export function currencyBefore(text: string, pos: number, floor: number): CurrencyMark | undefined {
  if (pos <= floor) return undefined;
  // The symbol attached, or after one space (`€ 2.5 bn`, `US$ 4 billion`, as some pages set it)
  // or a line's end before an amount in a scale (`fell to USD⏎157.4 billion`, as a page's
  // layout wraps it).
  const gap = gapBefore(text, pos, floor);
  // The naira and the rand as Nigeria's and South Africa's press write them, an `N` or an `R`
  // attached to an amount (`N998 per litre`, `N4.39 trillion`, `R240bn`); not `N95` masks, a
  // model's `N700S` nor a road's `R2`.
  const letter = pos - 1 >= floor ? LETTER_CURRENCIES.get(text.charCodeAt(pos - 1)) : undefined;
  if (letter && boundaryBefore(text, pos - 1, floor) && LETTER_AMOUNT.test(text.slice(pos, pos + 24))) return { code: letter, start: pos - 1, end: pos };
  // Ghana's cedi as Ghana writes it, with a cent sign (`GH¢3.5 billion`); a `¢` alone is cents.
  const cent = text.charCodeAt(gap - 1) === 0xa2 ? gap - 1 : -1;
  if (cent - 2 >= floor && text.slice(cent - 2, cent) === 'GH' && boundaryBefore(text, cent - 2, floor)) return { code: 'GHS', start: cent - 2, end: pos };
  const at = gap < pos && gap - 1 >= floor && SYMBOLS.has(text.charCodeAt(gap - 1)) ? gap - 1 : pos - 1;
  const symbol = SYMBOLS.get(text.charCodeAt(at));
  if (symbol !== undefined) {
    let k = at;
    while (k > floor && at - k < 3 && isUpper(text.charCodeAt(k - 1))) k--;
    const prefix = k < at ? SYMBOL_PREFIXES.get(text.slice(k, at)) : undefined;
    if (k < at && prefix !== undefined && boundaryBefore(text, k, floor)) return { code: prefix, start: k, end: pos };
    return { code: symbol, start: at, end: pos };
  }
  // A code, attached (`USD12bn`) or after one space (`USD 12 billion`, `Rs. 500`) or line end.
  const wordEnd = gap;
  if (wordEnd - 1 >= floor && text.charCodeAt(wordEnd - 1) === 46) {
    const s = lettersStart(text, wordEnd - 1, floor);
    if (text.slice(s, wordEnd - 1) === 'Rs' && boundaryBefore(text, s, floor)) return { code: 'INR', start: s, end: pos };
    return undefined;
  }
  const s = lettersStart(text, wordEnd, floor);
  if (s === wordEnd || wordEnd - s > 4 || !isUpper(text.charCodeAt(s)) || !boundaryBefore(text, s, floor)) return undefined;
  const word = text.slice(s, wordEnd);
  const code = codeBefore(word);
  return code !== undefined ? { code, start: s, end: pos } : undefined;
}

/** Where the one gap before `pos` starts: a blank, or a single line break before an amount
 * in a scale (never a blank line, nor a bare number: a table's `USD⏎2024` is a header and a year). */
function gapBefore(text: string, pos: number, floor: number): number {
  const c = text.charCodeAt(pos - 1);
  if (isBlank(c)) return pos - 1;
  if (c !== 10 && c !== 13) return pos;
  let g = pos - 1;
  if (c === 10 && text.charCodeAt(g - 1) === 13) g--;
  if (g - 1 < floor || text.charCodeAt(g - 1) === 10 || text.charCodeAt(g - 1) === 13 || !SCALED.test(text.slice(pos, pos + 24))) return pos;
  return g;
}

/** An amount in a scale word (`157.4 billion`, `4.2bn`). */
const SCALED = /^\d[\d.,]*\s?(?:million|billion|trillion|mn|bn|tn)\b/i;

/** A currency symbol or code at `pos`, before the second number of a range (`$40bn-$50bn`). */
export function currencyAt(text: string, pos: number, end: number): CurrencyMark | undefined {
  if (pos >= end) return undefined;
  const symbol = SYMBOLS.get(text.charCodeAt(pos));
  if (symbol !== undefined) return { code: symbol, start: pos, end: pos + 1 };
  if (!isUpper(text.charCodeAt(pos))) return undefined;
  const j = lettersEnd(text, pos, end);
  if (j === pos || j - pos > 3) return undefined;
  const word = text.slice(pos, j);
  if (j < end) {
    const after = SYMBOLS.get(text.charCodeAt(j));
    const prefix = SYMBOL_PREFIXES.get(word);
    if (after !== undefined && prefix !== undefined) return { code: prefix, start: pos, end: j + 1 };
  }
  const code = codeOf(word);
  if (code === undefined) return undefined;
  const g = j < end && isBlank(text.charCodeAt(j)) ? j + 1 : j;
  return { code, start: pos, end: g };
}

function wordAfter(text: string, pos: number, end: number): LetterRun | undefined {
  const g = gapAfter(text, pos, end);
  if (g < 0) return undefined;
  const run = letterRun(text, g, end);
  return run.end === g || !boundaryAt(text, run.end, end) ? undefined : run;
}

/** Hundredths of a currency after a number (`22 cents`, `40 pence`): cents of a dollar, as
 * `$` is, and pence of a pound. Read as a count of cents, `4 cents a share` was not a
 * source's `$0.04 per share`. */
export function hundredthsAfter(text: string, pos: number, end: number): { code: string; end: number } | undefined {
  let w = wordAfter(text, pos, end);
  if (!w) return undefined;
  // `9.6 US cents`, `9.6 U.S. cents`: the country the cents are of, as `US$` is.
  if (w.lower === 'us' || w.lower === 'u') {
    let at = w.end;
    if (w.lower === 'u' && text.slice(at, at + 3) === '.S.') at += 3;
    const next = wordAfter(text, at, end);
    if (next?.lower === 'cent' || next?.lower === 'cents') w = next;
  }
  if (w.lower === 'cent' || w.lower === 'cents') return { code: 'USD', end: w.end };
  if (w.lower === 'pence' || w.lower === 'penny') return { code: 'GBP', end: w.end };
  return undefined;
}

/** A currency word joined by a hyphen to a number or scale ending at `pos`, as an amount
 * before a noun is written (`a 1.8-billion-euro plan`, `a 500-yuan fine`): money, not a count
 * of euros. */
export function currencyJoined(text: string, pos: number, end: number): CurrencyMark | undefined {
  if (text[pos] !== '-') return undefined;
  const at = lettersEnd(text, pos + 1, end);
  const code = WORDS.get(text.slice(pos + 1, at).toLowerCase());
  return code === undefined ? undefined : { code, start: pos, end: at };
}

/** A nation's pounds, named by `NATIONAL`'s adjectives (`Egyptian pounds`). */
const NAMED_POUNDS = new RegExp(
  `\\b(${[...NATIONAL.keys()]
    .filter((k) => k.endsWith(' pound'))
    .map((k) => k.slice(0, -' pound'.length))
    .join('|')}) pounds?\\b`,
  'gi',
);

/** The other side of an exchange rate: `per dollar`, `to the US dollar`, `against the euro`. */
const PER_DOLLAR = /^(?:per|to|against)\s+(?:(?:the|one|a)\s+)?(?:U\.?S\.?\s+)?(?:dollar|euro|greenback)\b/i;
/** A currency a sentence names by its word (`the birr`, `Nigeria's naira`). */
const NAMED_CURRENCY = new RegExp(`\\b(?:the|[A-Z][a-z]+'s)\\s+(${[...WORDS.keys()].filter((k) => !/s$/.test(k) || k === 'naira' || k === 'reais').join('|')})\\b`, 'gi');

/** The text of the sentence before `pos`: back to a full stop and a space, 300 characters at most. */
function sentenceBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 300);
  const stop = Math.max(text.lastIndexOf('. ', pos), text.lastIndexOf('\n\n', pos));
  return text.slice(Math.max(from, stop + 1), pos);
}

/** An amount's conversion in brackets into another currency, right after it: `($1.67 billion)`. */
const CONVERTED = /^\s*\((?:about |around |roughly |some |nearly |almost )?(?:US\s?|A|C|HK)?[$€¥]/;
/** Words of money before an amount in its sentence: what is paid, spent, lent or earned. */
const MONEY_BEFORE =
  /\b(?:cost|costs|costing|worth|contribut\w*|pay|pays|paid|paying|invest\w*|fund|funds|funding|funded|spend|spends|spent|spending|loan|loans|grant|grants|subsid\w*|budget\w*|revenues?|profits?|loss|losses|fines?|fined|tax|taxes|bills?|bailout|compensation|prices?|priced|valued|raised|sales)\b[^;]{0,50}$/i;

/** Units whose rate in pounds is a price: weights, volumes, energy. */
const PRICED_UNITS = new Set(['t', 'bbl', 'l', 'Wh']);

/** A currency code or word after a number or scale ending at `pos` (`USD`, `dollars`, `US dollars`). */
export function currencyAfter(text: string, pos: number, end: number): CurrencyMark | undefined {
  const w = wordAfter(text, pos, end);
  if (!w) return undefined;
  const code = w.raw.length <= 3 ? codeOf(w.raw) : undefined;
  // A code joined by a hyphen to what it qualifies is no amount's (`412 USD-denominated bonds`,
  // `412 EUR- and USD-denominated bonds`).
  if (code !== undefined && text[w.end] === '-' && /^-(?:\p{L}|\s+(?:and|or)\s)/u.test(text.slice(w.end, w.end + 6))) return undefined;
  if (code !== undefined) return { code, start: pos, end: w.end };
  const lower = w.lower;
  const word = WORDS.get(lower);
  if (word !== undefined) return { code: word, start: pos, end: w.end };
  // `South African rand`: the adjective's first word skipped.
  const nation = lower === 'south' ? wordAfter(text, w.end, end) : w;
  if (nation && NATIONAL_ADJECTIVES.has(nation.lower)) {
    const noun = wordAfter(text, nation.end, end);
    const code = noun && NATIONAL.get(`${nation.lower} ${currencyNoun(noun.lower)}`);
    if (noun && code) return { code, start: pos, end: noun.end };
  }
  // An exchange rate (`the birr changed hands at 110 per dollar`, `the rupee at 83 to the
  // dollar`): the currency the sentence named before, so many to one dollar or euro.
  if (lower === 'per' || lower === 'to' || lower === 'against') {
    const quote = PER_DOLLAR.exec(text.slice(w.start, Math.min(end, w.start + 30)));
    const named = quote && [...sentenceBefore(text, pos).matchAll(NAMED_CURRENCY)].at(-1);
    const code = named && WORDS.get(named[1].toLowerCase());
    if (quote && code && code !== 'USD' && code !== 'EUR') return { code, start: pos, end: w.start + quote[0].length };
  }
  if (lower === 'pound' || lower === 'pounds') {
    const next = wordAfter(text, w.end, end);
    if (next?.lower === 'sterling') return { code: 'GBP', start: pos, end: next.end };
    // Pounds a ton, a barrel or a megawatt-hour are a price (`10,265 pounds a ton`): a weight
    // is no rate of another weight. Pounds per square inch are a pressure, a pound per pound none.
    const per = next && (next.lower === 'a' || next.lower === 'an' || next.lower === 'per') ? wordAfter(text, next.end, end) : undefined;
    const unit = per && per.lower !== 'pound' ? readUnit(text, next!.end, end) : undefined;
    if (unit && PRICED_UNITS.has(unit.unit)) return { code: 'GBP', start: pos, end: w.end };
    // The pounds a sentence named before (`cost 5,000 Egyptian pounds a month in 2023 now rents
    // for 12,000 pounds`).
    const before = sentenceBefore(text, pos);
    const named = [...before.matchAll(NAMED_POUNDS)].at(-1);
    const code = named && NATIONAL.get(`${named[1].toLowerCase()} pound`);
    if (code) return { code, start: pos, end: w.end };
    // Sterling as wires write it: pounds converted in brackets (`1.25 billion pounds ($1.67
    // billion)`), or after words of money (`is contributing 500 million pounds`, `at a cost of
    // 1.25 billion pounds`); never pounds of something (`500 million pounds of copper`).
    if (next?.lower === 'of') return undefined;
    if (CONVERTED.test(text.slice(w.end, w.end + 12)) || MONEY_BEFORE.test(before.slice(-80))) return { code: 'GBP', start: pos, end: w.end };
    return undefined;
  }
  let adjective = DOLLAR_ADJECTIVES.get(lower);
  let adjectiveEnd = w.end;
  // `199 million U.S. dollars`, as the cents after `U.S.` are (`hundredthsAfter`).
  if (lower === 'u' && text.slice(w.end, w.end + 3) === '.S.') {
    adjective = 'USD';
    adjectiveEnd = w.end + 3;
  }
  if (lower === 'hong' || lower === 'new') {
    const second = wordAfter(text, w.end, end);
    adjective = second ? DOLLAR_ADJECTIVES.get(second.lower) : undefined;
    adjectiveEnd = second?.end ?? w.end;
  }
  if (adjective === undefined) return undefined;
  const noun = wordAfter(text, adjectiveEnd, end);
  return noun && (noun.lower === 'dollar' || noun.lower === 'dollars') ? { code: adjective, start: pos, end: noun.end } : undefined;
}
