// Currencies around a number: a symbol or code before it (`$`, `US$`, `€`, `USD `, `RMB `),
// a code or word after it (`USD`, `dollars`, `euros`, `yuan`). All map to ISO 4217 codes.

import { boundaryAt, boundaryBefore, gapAfter, isBlank, isUpper, lettersEnd, lettersStart } from './chars';

const CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'AUD', 'CAD', 'INR', 'KRW', 'RUB', 'CHF', 'BRL', 'ZAR', 'MXN',
  'SGD', 'HKD', 'NZD', 'SEK', 'NOK', 'DKK', 'TRY', 'SAR', 'AED', 'IDR', 'TWD', 'THB', 'PLN', 'ILS',
  'NGN', 'EGP', 'PKR', 'VND', 'MYR', 'PHP', 'CLP', 'COP', 'ARS', 'QAR', 'KWD', 'UAH', 'CZK', 'HUF',
]);

/** Codes that are not ISO but name one: the renminbi. */
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

const SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₪': 'ILS', '₦': 'NGN', '₫': 'VND', '฿': 'THB',
};

/** Letters before a `$` or `¥` that say whose dollar or yen it is. */
const SYMBOL_PREFIXES: Record<string, string> = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', S: 'SGD', SG: 'SGD', NZ: 'NZD',
  NT: 'TWD', R: 'BRL', MX: 'MXN', CN: 'CNY', RMB: 'CNY',
};

/** Currency words after a number (`12 billion dollars`). */
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', won: 'KRW', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  franc: 'CHF', francs: 'CHF', rand: 'ZAR', peso: 'MXN', pesos: 'MXN', lira: 'TRY', dirham: 'AED',
  dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', sterling: 'GBP',
};

/** Words naming whose dollar (`Australian dollars`). */
const DOLLAR_ADJECTIVES: Record<string, string> = {
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD',
  taiwanese: 'TWD', zealand: 'NZD', kong: 'HKD',
};

export interface CurrencyMark {
  code: string;
  start: number;
  end: number;
}

function codeOf(word: string): string | undefined {
  if (CODES.has(word)) return word;
  return CODE_ALIASES[word];
}

/** The currency written right before a number starting at `pos`: `$`, `US$`, `€`, `USD `, `USD`. */
export function currencyBefore(text: string, pos: number, floor: number): CurrencyMark | undefined {
  if (pos <= floor) return undefined;
  const ch = text[pos - 1];
  const symbol = SYMBOLS[ch];
  if (symbol !== undefined) {
    let k = pos - 1;
    while (k > floor && pos - 1 - k < 3 && isUpper(text.charCodeAt(k - 1))) k--;
    const prefix = SYMBOL_PREFIXES[text.slice(k, pos - 1)];
    if (k < pos - 1 && prefix !== undefined && boundaryBefore(text, k, floor)) return { code: prefix, start: k, end: pos };
    return { code: symbol, start: pos - 1, end: pos };
  }
  // A code, attached (`USD12bn`) or after one space (`USD 12 billion`, `Rs. 500`).
  let wordEnd = pos;
  if (isBlank(text.charCodeAt(pos - 1))) wordEnd = pos - 1;
  if (wordEnd - 1 >= floor && text.charCodeAt(wordEnd - 1) === 46) {
    const s = lettersStart(text, wordEnd - 1, floor);
    if (text.slice(s, wordEnd - 1) === 'Rs' && boundaryBefore(text, s, floor)) return { code: 'INR', start: s, end: pos };
    return undefined;
  }
  const s = lettersStart(text, wordEnd, floor);
  if (s === wordEnd || wordEnd - s > 4 || !boundaryBefore(text, s, floor)) return undefined;
  const word = text.slice(s, wordEnd);
  const code = word === 'Rs' ? 'INR' : codeOf(word);
  return code !== undefined ? { code, start: s, end: pos } : undefined;
}

/** A currency symbol or code at `pos`, before the second number of a range (`$40bn-$50bn`). */
export function currencyAt(text: string, pos: number, end: number): CurrencyMark | undefined {
  if (pos >= end) return undefined;
  const symbol = SYMBOLS[text[pos]];
  if (symbol !== undefined) return { code: symbol, start: pos, end: pos + 1 };
  const j = lettersEnd(text, pos, end);
  if (j === pos || j - pos > 3) return undefined;
  const word = text.slice(pos, j);
  if (j < end) {
    const after = SYMBOLS[text[j]];
    const prefix = SYMBOL_PREFIXES[word];
    if (after !== undefined && prefix !== undefined) return { code: prefix, start: pos, end: j + 1 };
  }
  const code = codeOf(word);
  if (code === undefined) return undefined;
  const g = isBlank(text.charCodeAt(j)) ? j + 1 : j;
  return { code, start: pos, end: g };
}

function wordAfter(text: string, pos: number, end: number): { word: string; start: number; end: number } | undefined {
  const g = gapAfter(text, pos, end);
  if (g < 0) return undefined;
  const j = lettersEnd(text, g, end);
  if (j === g || !boundaryAt(text, j, end)) return undefined;
  return { word: text.slice(g, j), start: g, end: j };
}

/** A currency code or word after a number or scale ending at `pos` (`USD`, `dollars`, `US dollars`). */
export function currencyAfter(text: string, pos: number, end: number): CurrencyMark | undefined {
  const w = wordAfter(text, pos, end);
  if (!w) return undefined;
  const code = codeOf(w.word);
  if (code !== undefined) return { code, start: pos, end: w.end };
  const lower = w.word.toLowerCase();
  const word = WORDS[lower];
  if (word !== undefined) return { code: word, start: pos, end: w.end };
  if (lower === 'pound' || lower === 'pounds') {
    const next = wordAfter(text, w.end, end);
    return next?.word.toLowerCase() === 'sterling' ? { code: 'GBP', start: pos, end: next.end } : undefined;
  }
  let adjective: string | undefined = DOLLAR_ADJECTIVES[lower];
  let adjectiveEnd = w.end;
  if (lower === 'hong' || lower === 'new') {
    const second = wordAfter(text, w.end, end);
    adjective = second ? DOLLAR_ADJECTIVES[second.word.toLowerCase()] : undefined;
    adjectiveEnd = second?.end ?? w.end;
  }
  if (adjective === undefined) return undefined;
  const noun = wordAfter(text, adjectiveEnd, end);
  const nounLower = noun?.word.toLowerCase();
  return noun && (nounLower === 'dollar' || nounLower === 'dollars') ? { code: adjective, start: pos, end: noun.end } : undefined;
}
