import * as assert from 'node:assert';
import { check } from './expectFigures';
import { extractFigures } from './extractFigures';

describe('extractFigures: percent', () => {
  const cases: Array<[string, string, number, number, string]> = [
    ['China refines 15% of it.', '15%', 15, 15, 'exact'],
    ['China refines 15 % of it.', '15 %', 15, 15, 'exact'],
    ['a share of 60-70% now', '60-70%', 60, 70, 'range'],
    ['a share of 60%-70% today', '60%-70%', 60, 70, 'range'],
    ['a share of 85–90% today', '85–90%', 85, 90, 'range'],
    ['a share of 85—90% today', '85—90%', 85, 90, 'range'],
    ['a share of 85 per-cent today', '85 per-cent', 85, 85, 'exact'],
    ['down from 17 per-\ncent', '17 per-\ncent', 17, 17, 'exact'],
    ['down from 17 per- cent', '17 per- cent', 17, 17, 'exact'],
    ['some 80 percent of output', 'some 80 percent', 80, 80, 'approximate'],
    ['it holds 98 per cent of the market', '98 per cent', 98, 98, 'exact'],
    ['between 60 and 70% of supply', 'between 60 and 70%', 60, 70, 'range'],
    ['between 60% and 70% of supply', 'between 60% and 70%', 60, 70, 'range'],
    ['from 60 to 70 percent of supply', 'from 60 to 70 percent', 60, 70, 'range'],
    ['60 to 70 percent of supply', '60 to 70 percent', 60, 70, 'range'],
    ['growth of 1.5% a year', '1.5%', 1.5, 1.5, 'exact'],
    ['ninety percent of magnets', 'ninety percent', 90, 90, 'exact'],
    ['Twenty-five per cent of it', 'Twenty-five per cent', 25, 25, 'exact'],
    ['about 60-70% of exports', 'about 60-70%', 60, 70, 'approximate'],
    ['a ~15% share', '~15%', 15, 15, 'approximate'],
    ['Shares jumped 15pc on Monday', '15pc', 15, 15, 'exact'],
    ['about 2.5pc of output', 'about 2.5pc', 2.5, 2.5, 'approximate'],
    ['over 90% of rare earths', 'over 90%', 90, 90, 'more-than'],
    ['more than 90% of it', 'more than 90%', 90, 90, 'more-than'],
    ['>90% of it', '>90%', 90, 90, 'more-than'],
    ['90%+ of it', '90%+', 90, 90, 'more-than'],
    ['at least 40% of it', 'at least 40%', 40, 40, 'at-least'],
    ['≥ 40% of it', '≥ 40%', 40, 40, 'at-least'],
    ['nearly 90% of it', 'nearly 90%', 90, 90, 'nearly'],
    ['close to 90% of it', 'close to 90%', 90, 90, 'nearly'],
    ['just under 90% of it', 'just under 90%', 90, 90, 'nearly'],
    ['under 5% of it', 'under 5%', 5, 5, 'less-than'],
    ['less than 5% of it', 'less than 5%', 5, 5, 'less-than'],
    ['up to 30% of it', 'up to 30%', 30, 30, 'at-most'],
    ['no more than 30% of it', 'no more than 30%', 30, 30, 'at-most'],
    ['roughly 12.5 percent', 'roughly 12.5 percent', 12.5, 12.5, 'approximate'],
    ['90% or more of it', '90% or more', 90, 90, 'at-least'],
  ];
  for (const [text, figure, low, high, qualifier] of cases) {
    it(text, () => check(text, [{ kind: 'percent', unit: '%', text: figure, low, high, qualifier: qualifier as never }]));
  }

  it('reads a verb that bounds the number after it as a bound, outside the wording', () => {
    check('spare capacity to exceed 5 million bpd', [{ kind: 'quantity', text: '5 million bpd', qualifier: 'more-than' }]);
    check('sales topped $1 billion', [{ kind: 'money', text: '$1 billion', qualifier: 'more-than' }]);
    check('Gold tops $2,900', [{ kind: 'money', text: '$2,900', qualifier: 'more-than' }]);
    check('debt is set to top $100 trillion', [{ kind: 'money', text: '$100 trillion', qualifier: 'more-than' }]);
    check('exports will cross $30 billion this year', [{ kind: 'money', text: '$30 billion', qualifier: 'more-than' }]);
    // What was crossed is the level reached, as `passed` says it.
    check('shipments crossed 2 trillion rupees', [{ kind: 'money', text: '2 trillion rupees', qualifier: 'exact' }]);
    check('among the top 10 firms', [{ kind: 'count', text: '10 firms', qualifier: 'exact' }]);
    check('exports surpassed 40% of output', [{ text: '40%', qualifier: 'more-than' }]);
    check('spending did not exceed 5%', [{ text: '5%', qualifier: 'at-most' }]);
    check('the top 5 producers', [{ kind: 'count', text: '5 producers', qualifier: 'exact' }]);
  });

  it('reads pounds converted in brackets into another currency as sterling', () => {
    check('a furnace at a cost of 1.25 billion pounds ($1.67 billion)', [
      { text: '1.25 billion pounds', kind: 'money', unit: 'GBP', low: 1.25e9 },
      { text: '$1.67 billion', unit: 'USD' },
    ]);
  });

  it("reads `up to` after a verb of a level as the way to it, no bound", () => {
    check('the estimate was revised up to £1,190', [{ text: '£1,190', qualifier: 'exact' }]);
    check('costs of up to £1,190', [{ text: 'up to £1,190', qualifier: 'at-most' }]);
  });

  it('reads `over` after `hand` as its particle, no bound (`handed over 766 jets`)', () => {
    check('Airbus handed over 766 commercial jets', [{ kind: 'count', text: '766 commercial jets', qualifier: 'exact' }]);
    check('it hands over 12 jets a month', [{ kind: 'count', text: '12 jets', qualifier: 'exact' }]);
  });

  it('reads a percent written with its sign as the amount of a change that way', () => {
    check('a −5% change', [{ text: '5%', low: 5, high: 5, change: { direction: 'down', word: '−', span: { start: 2, end: 3 } } }]);
    check('Ammonia | 600 | 540 | -10%', [{ text: '10%', low: 10, change: { direction: 'down', word: '-', span: { start: 22, end: 23 } } }]);
    check('exports +5% on the year', [{ text: '5%', low: 5, change: { direction: 'up', word: '+', span: { start: 8, end: 9 } } }]);
    // A word of change says which way; a qualified or ranged figure keeps its sign.
    check('fell -3% on the day', [{ text: '-3%', low: -3, change: { direction: 'down', word: 'fell', span: { start: 0, end: 4 } } }]);
    check('about -2% in real terms', [{ text: 'about -2%', low: -2 }]);
    check('3+5% of it', [{ text: '5%', low: 5, change: undefined }]);
    check('Change: -0.6 pp', [{ kind: 'quantity', unit: 'bp', text: '0.6 pp', low: 60, change: { direction: 'down', word: '-', span: { start: 8, end: 9 } } }]);
  });

  it('reads `pc` as a percent only attached to the number (`10 pc` may be ten pieces)', () => {
    check('a 10 pc stake', []);
  });

  it('gives percents the precision of their last digit, zeros included', () => {
    check('85% and 1.5% and 80% and 100%', [
      { text: '85%', precision: 1 },
      { text: '1.5%', precision: 0.1 },
      { text: '80%', precision: 1 },
      { text: '100%', precision: 1 },
    ]);
  });

  it('finds two figures about two things in one sentence', () => {
    check('the U.S. imports over 80% of its rare earths, while the EU relies on China for 98% of its magnets', [
      { kind: 'percent', text: 'over 80%', qualifier: 'more-than', low: 80 },
      { kind: 'percent', text: '98%', qualifier: 'exact', low: 98 },
    ]);
  });

  it('reads an em dash as a range only between two numbers it joins', () => {
    check('in 2020 — the year of the ban, 85—90% of it', [{ kind: 'year', text: '2020' }, { text: '85—90%', qualifier: 'range' }]);
  });

  it('reads a change as two figures, not a range', () => {
    check('the share rose from 60% to 70%', [{ text: '60%', qualifier: 'exact' }, { text: '70%', qualifier: 'exact' }]);
    check('output grew 5% to 7%', [{ text: '5%' }, { text: '7%' }]);
    check('it raised its stake from 20% to 25%', [{ text: '20%' }, { text: '25%' }]);
    check('estimates range from 20% to 25%', [{ text: 'from 20% to 25%', qualifier: 'range', low: 20, high: 25 }]);
    // The change's word a few words back (`raised its royalty rate from`), unless a spread's is nearer.
    check('which raised its royalty rate from 3.5% to 10%', [{ text: '3.5%' }, { text: '10%' }]);
    check('estimates of the rise range from 20% to 25%', [{ text: 'from 20% to 25%', qualifier: 'range', low: 20, high: 25 }]);
    // A rough start is a start (`went from about $68 to $95`), but of a range too.
    check('in dollars it went from about $68 to $95 a month', [{ text: 'about $68', qualifier: 'approximate' }, { text: '$95', qualifier: 'exact' }]);
    check('estimates range from about $68 to $95', [{ text: 'about $68 to $95', low: 68, high: 95 }]);
    // After `by`, a first number without its sign is an amount's range (`by 10 to 15%`).
    check('curbs could cut supply by 10 to 15% by 2026', [{ text: '10 to 15%', qualifier: 'range', low: 10, high: 15 }, { kind: 'year', text: '2026' }]);
    // Two ends alike and close after `by`: a rough amount (`cut them by 5% to 10%`, `by $500
    // million to $700 million`); far apart, an amount and the new level.
    check('barriers could cut them by 5% to 10%', [{ text: '5% to 10%', qualifier: 'range', low: 5, high: 10 }]);
    check('could cut revenue by $500 million to $700 million', [{ text: '$500 million to $700 million', qualifier: 'range', low: 5e8, high: 7e8 }]);
    check('it rose by 2% to 7%', [{ text: '2%' }, { text: '7%' }]);
    check('revenue fell by $5 billion to $70 billion', [{ text: '$5 billion' }, { text: '$70 billion' }]);
    check('prices rose by 50 cents to $2', [{ text: '50 cents' }, { text: '$2' }]);
  });

  it('reads a share said as a ratio as an approximate percent, without its noun', () => {
    check('one in four households', [{ kind: 'percent', text: 'one in four', low: 25, high: 25, qualifier: 'approximate' }]);
    check('roughly 1-in-5 firms', [{ text: 'roughly 1-in-5', low: 20, qualifier: 'approximate' }]);
    check('nearly one in three cars sold', [{ text: 'nearly one in three', low: 100 / 3, qualifier: 'nearly' }]);
    check('more than one out of every four workers', [{ text: 'more than one out of every four', low: 25, qualifier: 'more-than' }]);
    // A wire's line breaks inside the ratio, but not right after its first number.
    check('Five out of every\nten pills', [{ text: 'Five out of every\nten', low: 50 }]);
    check('one in\nfive tonnes', [{ text: 'one in\nfive', low: 20 }]);
    check('Table 5\nIn 10 cases it rose', [{ text: '10 cases' }]);
    check('3 out of 10 companies', [{ text: '3 out of 10', low: 30 }]);
    check('nine in every 10 smartphones', [{ text: 'nine in every 10', low: 90 }]);
    check('one in four of the 40 mines', [{ text: 'one in four', low: 25 }, { kind: 'count', text: '40 mines', low: 40 }]);
  });

  it('takes no ratio where the second number is no denominator', () => {
    check('sales fell 5 in 2024', [{ kind: 'year', text: '2024' }]);
    check('Two in Beijing and three in Shanghai', []);
    check('5 in 3 cases', [{ kind: 'count', text: '3 cases' }]);
    check('one in a million', []);
    check('1 in 5% of cases', [{ text: '5%' }]);
    check('Table 1 in 5 parts', [{ kind: 'count', text: '5 parts' }]);
  });

  it('reads a share said as a fraction as an approximate percent', () => {
    check('two-thirds of global output', [{ kind: 'percent', text: 'two-thirds', low: 200 / 3, high: 200 / 3, qualifier: 'approximate', precision: 1 }]);
    check('about a third of the market', [{ text: 'about a third', low: 100 / 3, qualifier: 'approximate' }]);
    check('nearly half of all cobalt', [{ text: 'nearly half', low: 50, qualifier: 'nearly' }]);
    check("half the world's lithium", [{ text: 'half', low: 50 }]);
    check('over half of the electric-vehicle market', [{ text: 'over half', low: 50, qualifier: 'more-than' }]);
    check('three quarters of the supply', [{ text: 'three quarters', low: 75 }]);
    check('One-fifth of exports', [{ text: 'One-fifth', low: 20 }]);
    check('a tenth of global supply', [{ text: 'a tenth', low: 10 }]);
    check('a two-thirds majority', [{ text: 'two-thirds', low: 200 / 3 }]);
    check('prices fell by a third.', [{ text: 'a third', low: 100 / 3 }]);
    check('exports, with about a third going to Japan', [{ text: 'about a third', low: 100 / 3 }]);
    check('domestic sales rose by about half as price cuts spread', [{ text: 'about half', low: 50, qualifier: 'approximate' }]);
    check('more than a third of the 40 mines', [{ text: 'more than a third', qualifier: 'more-than' }, { kind: 'count', text: '40 mines' }]);
    check('averaged $11.9 in 2024, down a fifth from 2023', [{ text: '$11.9' }, { kind: 'year', text: '2024' }, { text: 'a fifth', low: 20, change: { direction: 'down', word: 'down', span: { start: 24, end: 28 } } }, { kind: 'year', text: '2023' }]);
    check('sales rose about a third.', [{ text: 'about a third', low: 100 / 3 }]);
  });

  it('takes no share where a fraction after a word of change counts rounds', () => {
    check('prices rose a third straight month', []);
    check('output fell for a third year', []);
  });

  it('takes no share where a fraction word is a stretch of time, an ordinal or part of a word', () => {
    check('the first half of 2024', [{ kind: 'year', text: '2024' }]);
    check('in the second half of the year', []);
    check('the second and third quarters', []);
    check('a third round of talks', []);
    check('a single third country', []);
    check('a quarter of a century', []);
    check('half of this year', []);
    check('cut in half', []);
    check('half-year results', []);
    check('the fourth of July', []);
    check('two-third of them', []);
    check('five quarters of growth', []);
    check('a quarter million', []);
    check('more than half the time', []);
    check('output was cut by half a million tonnes', [{ kind: 'quantity', text: 'half a million tonnes', low: 5e5 }]);
  });

  it('reads percentage and basis points as a change in basis points, never as a percent', () => {
    check('up 5 percentage points', [{ kind: 'quantity', unit: 'bp', text: '5 percentage points', low: 500, high: 500 }]);
    check('up 4 percentage pts', [{ kind: 'quantity', unit: 'bp', text: '4 percentage pts', low: 400, high: 400 }]);
    // A fraction's sign glued to its whole number, as British papers set it.
    check('rates of 2¾% and £1½bn', [{ text: '2¾%', low: 2.75, high: 2.75 }, { text: '£1½bn', low: 1.5e9, high: 1.5e9 }]);
    check('the mix rose 4.39 p.p.', [{ kind: 'quantity', unit: 'bp', text: '4.39 p.p.', low: 439, high: 439 }]);
    check('a cut of 25 basis points', [{ kind: 'quantity', unit: 'bp', text: '25 basis points', low: 25 }]);
    check('rose 2.5 ppt, a 25bp cut, 50 bps', [{ text: '2.5 ppt', low: 250 }, { text: '25bp', low: 25 }, { text: '50 bps', low: 50 }]);
    check('between 2 and 3 percentage points', [{ text: 'between 2 and 3 percentage points', unit: 'bp', qualifier: 'range', low: 200, high: 300 }]);
    check('between 60 and 70 workers', [{ kind: 'count', text: 'between 60 and 70 workers', qualifier: 'range' }]);
    // Points alone are percentage points, as a quarter point is 25 basis points.
    check('coverage fell by 33 points, to 63%', [{ kind: 'quantity', unit: 'bp', text: '33 points', low: 3300 }, { kind: 'percent', text: '63%', low: 63 }]);
    check('a 5-point lead', [{ kind: 'quantity', unit: 'bp', text: '5-point', low: 500 }]);
  });

  it('reads a fraction of a point as basis points, as central banks move rates', () => {
    check('lowered rates by a quarter point', [{ kind: 'quantity', unit: 'bp', text: 'a quarter point', low: 25, qualifier: 'exact' }]);
    check('a quarter-point cut', [{ kind: 'quantity', unit: 'bp', text: 'a quarter-point', low: 25 }]);
    check('by half a percentage point', [{ kind: 'quantity', unit: 'bp', text: 'half a percentage point', low: 50 }]);
    check('cut by a quarter of a percentage point', [{ kind: 'quantity', unit: 'bp', text: 'a quarter of a percentage point', low: 25 }]);
    check('three quarters of a point', [{ kind: 'quantity', unit: 'bp', text: 'three quarters of a point', low: 75 }]);
    check('raised its rate by 50 basis\npoints, while', [{ kind: 'quantity', unit: 'bp', text: '50 basis\npoints', low: 50 }]);
    check('an estimated US$25 billion-plus of reserves', [{ kind: 'money', text: 'an estimated US$25 billion-plus', low: 25e9, qualifier: 'more-than' }]);
    check('a quarter of the market', [{ kind: 'percent', text: 'a quarter', low: 25 }]);
  });
});

describe('extractFigures: money', () => {
  const cases: Array<[string, string, string, number, number, string?]> = [
    ['two and a half billion dollars', 'two and a half billion dollars', 'USD', 2.5e9, 2.5e9],
    ['a $600 billion plan', '$600 billion', 'USD', 600e9, 600e9],
    ['USD 12 billion in loans', 'USD 12 billion', 'USD', 12e9, 12e9],
    ['US$1.2 trillion of debt', 'US$1.2 trillion', 'USD', 1.2e12, 1.2e12],
    ['a €2.5bn fund', '€2.5bn', 'EUR', 2.5e9, 2.5e9],
    ['a £40m grant', '£40m', 'GBP', 40e6, 40e6],
    ['a € 2.5 bn fund', '€ 2.5 bn', 'EUR', 2.5e9, 2.5e9],
    ['US$ 4 billion of debt', 'US$ 4 billion', 'USD', 4e9, 4e9],
    ['a £\u00a040m grant', '£\u00a040m', 'GBP', 40e6, 40e6],
    ['¥3 trillion in bonds', '¥3 trillion', 'JPY', 3e12, 3e12],
    ['12 billion dollars of aid', '12 billion dollars', 'USD', 12e9, 12e9],
    ['a $12bn deal', '$12bn', 'USD', 12e9, 12e9],
    ['a $12BN deal', '$12BN', 'USD', 12e9, 12e9],
    ['$1.2 tn of assets', '$1.2 tn', 'USD', 1.2e12, 1.2e12],
    // `tr`, as Pakistan's press writes a trillion rupees.
    ['projected at Rs1.76tr in FY26', 'Rs1.76tr', 'INR', 1.76e12, 1.76e12],
    ['CNY 5 billion of credit', 'CNY 5 billion', 'CNY', 5e9, 5e9],
    ['RMB 10bn of credit', 'RMB 10bn', 'CNY', 10e9, 10e9],
    ['Rmb 10bn of credit', 'Rmb 10bn', 'CNY', 10e9, 10e9],
    ['changed hands at RM4,480 a tonne', 'RM4,480', 'MYR', 4480, 4480],
    ['a litre costs Rp 15,000', 'Rp 15,000', 'IDR', 15000, 15000],
    // The taka as Bangladesh's press writes it, and other currencies of its region's wires.
    ['a wage of Tk 12,500 a month', 'Tk 12,500', 'BDT', 12500, 12500],
    ['a wage of 12,500 takas', '12,500 takas', 'BDT', 12500, 12500],
    ['a wage of ৳12,500', '৳12,500', 'BDT', 12500, 12500],
    ['a tariff of 2 billion tenge', '2 billion tenge', 'KZT', 2e9, 2e9],
    ['a tariff of GEL 40 million', 'GEL 40 million', 'GEL', 40e6, 40e6],
    // The cedi as Ghana's press writes it: with a cent sign after `GH`, or its own sign.
    ['capitalised with GH¢3.5 billion', 'GH¢3.5 billion', 'GHS', 3.5e9, 3.5e9],
    ['capitalised with GH₵ 3.5 billion', 'GH₵ 3.5 billion', 'GHS', 3.5e9, 3.5e9],
    // The naira as Nigeria's press writes it: an `N` attached to an amount.
    ['motorists paid N185 per litre', 'N185', 'NGN', 185, 185],
    ['spent N4.39 trillion on the subsidy', 'N4.39 trillion', 'NGN', 4.39e12, 4.39e12],
    ['access to SDR 2.173 billion', 'SDR 2.173 billion', 'XDR', 2.173e9, 2.173e9],
    // … and the rand as South Africa's: an `R` attached to an amount.
    ['about R240bn less than Eskom sought', 'about R240bn', 'ZAR', 240e9, 240e9, 'approximate'],
    ['fell to R13.3 billion', 'R13.3 billion', 'ZAR', 13.3e9, 13.3e9],
    ['5 billion yuan of credit', '5 billion yuan', 'CNY', 5e9, 5e9],
    ['3 billion euros of aid', '3 billion euros', 'EUR', 3e9, 3e9],
    ['it costs $80 billion a year', '$80 billion', 'USD', 80e9, 80e9],
    ['a $5,000 fee', '$5,000', 'USD', 5000, 5000],
    ['$3.5 million in fines', '$3.5 million', 'USD', 3.5e6, 3.5e6],
    ['$40-50 billion of investment', '$40-50 billion', 'USD', 40e9, 50e9, 'range'],
    ['$40bn-$50bn of investment', '$40bn-$50bn', 'USD', 40e9, 50e9, 'range'],
    ['€2.5 mn in grants', '€2.5 mn', 'EUR', 2.5e6, 2.5e6],
    ['$50k a head', '$50k', 'USD', 50e3, 50e3],
    ['A$3 billion', 'A$3 billion', 'AUD', 3e9, 3e9],
    ['5 billion Australian dollars', '5 billion Australian dollars', 'AUD', 5e9, 5e9],
    ['INR 400 crore', 'INR 400 crore', 'INR', 4e9, 4e9],
    ['earnings of 4 cents a share', '4 cents', 'USD', 0.04, 0.04],
    ['modules at 9.6 U.S. cents a watt', '9.6 U.S. cents', 'USD', 0.096, 0.096],
    ['arabica at 412 US cents a pound', '412 US cents', 'USD', 4.12, 4.12],
    ['a dividend of 40 pence', '40 pence', 'GBP', 0.4, 0.4],
    // Pounds a ton, a barrel, a megawatt-hour are a price in sterling.
    ['cocoa hit 10,265 pounds a ton in April', '10,265 pounds', 'GBP', 10265, 10265],
    ['power at 80 pounds per megawatt hour', '80 pounds', 'GBP', 80, 80],
    // Sterling as wires write it, after words of money (and converted in brackets, below).
    ['the government is contributing 500 million pounds', '500 million pounds', 'GBP', 5e8, 5e8],
    ['₹1.2 lakh crore', '₹1.2 lakh crore', 'INR', 1.2e12, 1.2e12],
    ['Rs 45 thousand crore', 'Rs 45 thousand crore', 'INR', 4.5e11, 4.5e11],
    // Crore as Indian papers shorten it.
    ['a Rs 5,000 cr package', 'Rs 5,000 cr', 'INR', 5e10, 5e10],
    ['over $1 trillion', 'over $1 trillion', 'USD', 1e12, 1e12, 'more-than'],
    ['an estimated $5 billion', 'an estimated $5 billion', 'USD', 5e9, 5e9, 'approximate'],
    ['a $5-billion deal', '$5-billion', 'USD', 5e9, 5e9],
    ['around 125 billion Egyptian pounds', 'around 125 billion Egyptian pounds', 'EGP', 125e9, 125e9, 'approximate'],
    ['3.5 billion Argentine pesos', '3.5 billion Argentine pesos', 'ARS', 3.5e9, 3.5e9],
    ['20 billion South African rand', '20 billion South African rand', 'ZAR', 20e9, 20e9],
    ['300 Norwegian kroner a day', '300 Norwegian kroner', 'NOK', 300, 300],
    ['1.2 trillion naira', '1.2 trillion naira', 'NGN', 1.2e12, 1.2e12],
    // Plurals the wires write as English ones.
    ['spend 186.6 billion zlotys on defence', '186.6 billion zlotys', 'PLN', 186.6e9, 186.6e9],
    ['a 1.2 trillion liras package', '1.2 trillion liras', 'TRY', 1.2e12, 1.2e12],
    ['3 trillion dong in loans', '3 trillion dong', 'VND', 3e12, 3e12],
    ['11.7 billion Danish crowns', '11.7 billion Danish crowns', 'DKK', 11.7e9, 11.7e9],
    // Shillings as East Africa's press writes them; of no named nation, any shilling.
    ['earnings of KSh 215.3bn', 'KSh 215.3bn', 'KES', 215.3e9, 215.3e9],
    ['a bag at Ksh2,500', 'Ksh2,500', 'KES', 2500, 2500],
    ['earnings of Sh227 billion', 'Sh227 billion', 'XSH', 227e9, 227e9],
    ['worth 25.7 billion shillings', '25.7 billion shillings', 'XSH', 25.7e9, 25.7e9],
    ['about 199 million U.S. dollars', 'about 199 million U.S. dollars', 'USD', 199e6, 199e6, 'approximate'],
    // A currency word joined by a hyphen, before a noun: money, not a count of euros.
    ['a 1.8-billion-euro plan', '1.8-billion-euro', 'EUR', 1.8e9, 1.8e9],
    ['a 500-yuan fine', '500-yuan', 'CNY', 500, 500],
    // A code or symbol at a line's end, as a page's layout wraps it, before an amount in a scale.
    ['reserves fell to USD\n157.4 billion at end-March', 'USD\n157.4 billion', 'USD', 157.4e9, 157.4e9],
    ['it spent US$\n4.2 billion', 'US$\n4.2 billion', 'USD', 4.2e9, 4.2e9],
  ];
  for (const [text, figure, unit, low, high, qualifier] of cases) {
    it(text, () => check(text, [{ kind: 'money', unit, text: figure, low, high, qualifier: (qualifier ?? 'exact') as never }]));
  }

  it('an amount written with its currency sign after a word of labels (`model`, `round`) is no label', () => {
    check('we model $290-350 million', [{ kind: 'money', text: '$290-350 million', low: 290e6, high: 350e6 }]);
    check('a funding round of €40 million, then a round €25 million', [{ text: '€40 million' }, { text: '€25 million' }]);
    // Without the sign, the number is the label's.
    check('the Model 3 sold well', []);
  });

  it("pounds after a nation's pounds named earlier in the sentence are that nation's", () => {
    check('a flat that cost 5,000 Egyptian pounds a month in 2023 now rents for 12,000 pounds', [
      { text: '5,000 Egyptian pounds', unit: 'EGP' },
      { kind: 'year', text: '2023' },
      { kind: 'money', text: '12,000 pounds', unit: 'EGP', low: 12000 },
    ]);
  });

  it('an exchange rate is so many of the currency the sentence named, to a dollar or a euro', () => {
    check('the birr changed hands at between 105 and 110 per dollar', [{ kind: 'money', text: 'between 105 and 110 per dollar', unit: 'ETB', low: 105, high: 110 }]);
    check('The rupee closed at 83.2 to the US dollar', [{ kind: 'money', text: '83.2 to the US dollar', unit: 'INR', low: 83.2 }]);
    // Not where the sentence names no currency, nor so much per dollar of something else.
    check('Sales rose to 110 per dollar of assets', []);
    check('The dollar bought 110 per dollar', []);
  });

  it('reads a fraction in a list of shares after `and` as a share, before a place or a stop', () => {
    check('roughly half in the US and a third in Qatar', [
      { kind: 'percent', text: 'roughly half', low: 50 },
      { kind: 'percent', text: 'a third', qualifier: 'approximate' },
    ]);
    check('about 40% in Chile, and a quarter in Peru.', [{ text: 'about 40%' }, { kind: 'percent', text: 'a quarter', low: 25 }]);
    // Not an ordinal, nor after no share.
    check('Prices rose by half and a third time', [{ text: 'half' }]);
    check('the first round and a third in Qatar', []);
  });

  it('reads `minus` before a number as its sign, but not `plus or minus`', () => {
    check('growth was minus 2.5% last year', [{ text: 'minus 2.5%', low: -2.5, high: -2.5 }]);
    check('a margin of plus or minus 3%', [{ text: '3%', low: 3 }]);
  });

  it('near miss: pounds per square inch, per pound or a head are weights', () => {
    for (const text of ['40 pounds per square inch', '3 pounds per pound of feed', '12 pounds a head', 'It cost 5 Egyptian pounds. A sack weighs 50 pounds']) {
      const f = extractFigures(text).at(-1);
      assert.strictEqual(f?.kind, 'quantity', text);
    }
  });

  it('near miss: a cent sign without `GH` before it is no cedi', () => {
    for (const text of ['a ¢3.5 billion fund', 'up 50¢ a gallon']) assert.ok(!extractFigures(text).some((f) => f.unit === 'GHS'), text);
  });

  it('near miss: an `N` or an `R` before a short number or one with a letter glued on is no naira or rand', () => {
    for (const text of ['stocks of N95 masks', 'the N700S trains', 'a MN185 permit']) assert.ok(!extractFigures(text).some((f) => f.unit === 'NGN'), text);
    for (const text of ['the R2 road', 'an R2 of 0.85', 'R&D spending', 'R$ 380 a tonne']) assert.ok(!extractFigures(text).some((f) => f.unit === 'ZAR'), text);
  });

  it('takes no currency across a blank line, nor a code at a line end before a bare number (a table header and its years)', () => {
    check('reserves fell to USD\n\n157.4 billion', []);
    check('Prices in USD\n2024 2025', [{ kind: 'year', text: '2024' }, { kind: 'year', text: '2025' }]);
  });

  it('reads a scale word broken by a hyphen at a line end, as page layouts leave it', () => {
    check('a $1.2 bil-\nlion plan', [{ text: '$1.2 bil-\nlion', low: 1.2e9 }]);
    check('a $1.2 bil-\r\n   lion plan', [{ text: '$1.2 bil-\r\n   lion', low: 1.2e9 }]);
    check('a $1.2 bil- lion plan', [{ text: '$1.2 bil- lion', low: 1.2e9 }]);
    check('1.5 mil-\nlion tonnes', [{ kind: 'quantity', text: '1.5 mil-\nlion tonnes', low: 1.5e6 }]);
    // Two line breaks end a paragraph; the halves must make a scale word.
    check('$3 bil-\n\nlion', [{ text: '$3', low: 3 }]);
    check('a $3 mil-\nlionaire', [{ text: '$3', low: 3 }]);
  });

  it('reads a scale word at the start of the next line of a hard-wrapped text', () => {
    check('revenue rose to US$4.2\nbillion in the quarter', [{ text: 'US$4.2\nbillion', low: 4.2e9 }]);
    check('output reached 4.2\r\n  million tonnes', [{ kind: 'quantity', text: '4.2\r\n  million tonnes', low: 4.2e6 }]);
    check('between $38\nbillion and $42 billion', [{ text: 'between $38\nbillion and $42 billion', low: 38e9, high: 42e9 }]);
    check('sales of $2.5\nbn', [{ text: '$2.5\nbn', low: 2.5e9 }]);
    // An indented line, as a bullet's wrap in a PDF's text.
    check('to fall from A$116\n     billion in 2024–25', [{ text: 'A$116\n     billion', low: 116e9 }, { kind: 'year', text: '2024–25' }]);
    // A paragraph's end is no gap, and a lone letter on the next line no scale.
    check('$3\n\nbillion', [{ text: '$3', low: 3 }]);
    check('cost $3\nm of it', [{ text: '$3', low: 3 }]);
  });

  it('gives money the precision of the last significant digit', () => {
    check('$1.2 trillion, $600 billion, $3.5 million and $5,000', [
      { text: '$1.2 trillion', precision: 1e11 },
      { text: '$600 billion', precision: 1e11 },
      { text: '$3.5 million', precision: 1e5 },
      { text: '$5,000', precision: 1000 },
    ]);
  });
});
describe('extractFigures: a year before a currency in the singular', () => {
  it("names bonds of that year, no sum (`Egypt's 2031 dollar bonds`)", () => {
    check("Egypt's 2031 dollar bonds fell", [{ kind: 'year', text: '2031' }]);
    check('a 2,500 dollar fine and 2031 dollars', [{ kind: 'money', text: '2,500 dollar' }, { kind: 'money', text: '2031 dollars' }]);
  });
});

