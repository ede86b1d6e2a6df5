import * as assert from 'node:assert';
import { check, none } from './expectFigures';
import { extractFigures } from './extractFigures';

describe('extractFigures: quantity', () => {
  const cases: Array<[string, string, string, number, number, string?]> = [
    ['chips at 14 nanometers', '14 nanometers', 'm', 14e-9, 14e-9],
    ['chips at 14 nanometres', '14 nanometres', 'm', 14e-9, 14e-9],
    ['a 14-nm process', '14-nm', 'm', 14e-9, 14e-9],
    ['a 14nm process', '14nm', 'm', 14e-9, 14e-9],
    ['output of 60,000 tonnes a year', '60,000 tonnes', 't', 60000, 60000],
    ['output of 4.2 kt', '4.2 kt', 't', 4200, 4200],
    ['output of 2 Mt', '2 Mt', 't', 2e6, 2e6],
    ['a 5 Mtpa LNG train', '5 Mtpa', 't', 5e6, 5e6],
    // Million metric tons, as steel and grain reports write them.
    ['capacity stood at 1 151 mmt', '1 151 mmt', 't', 1151e6, 1151e6],
    ['wheat output of 793.2 MMT', '793.2 MMT', 't', 793.2e6, 793.2e6],
    // A unit word broken at a line end, as page layouts leave it (`kilo` alone is a kilogram).
    ['shipped 5,000 ton-\nnes of ore', '5,000 ton-\nnes', 't', 5000, 5000],
    ['a road 12 kilo-\nmetres long', '12 kilo-\nmetres', 'm', 12000, 12000],
    ['a 30 mega- watts plant', '30 mega- watts', 'W', 30e6, 30e6],
    // The first word of two broken so: percentage points, not a percent.
    ['a consolidation of about 5 percent-\nage points of GDP', 'about 5 percent-\nage points', 'bp', 500, 500, 'approximate'],
    ['a 5.2-mtpa plant', '5.2-mtpa', 't', 5.2e6, 5.2e6],
    ['handled 10.2 million TEU last year', '10.2 million TEU', 'TEU', 10.2e6, 10.2e6],
    ['handled 10.2m TEU last year', '10.2m TEU', 'TEU', 10.2e6, 10.2e6],
    ['handled 10.2m TEUs last year', '10.2m TEUs', 'TEU', 10.2e6, 10.2e6],
    ['handled 39.01 million twenty-foot equivalent units (TEUs)', '39.01 million twenty-foot equivalent units', 'TEU', 39.01e6, 39.01e6],
    ['carried 1.2 million forty-foot equivalent units', '1.2 million forty-foot equivalent units', 'TEU', 2.4e6, 2.4e6],
    ['carried 3,000 FEUs', '3,000 FEUs', 'TEU', 6000, 6000],
    ['exports of 1.2 mb/d', '1.2 mb/d', 'bbl', 1.2e6, 1.2e6],
    ['demand grows by 920 kb/d', '920 kb/d', 'bbl', 920e3, 920e3],
    // OPEC's thousand barrels a day.
    ['exports rose to 868 tb/d', '868 tb/d', 'bbl', 868e3, 868e3],
    // A reservoir's water: a cubic kilometre is a billion cubic metres.
    ['a full capacity of 74 cubic kilometres', '74 cubic kilometres', 'l', 74e12, 74e12],
    ['holds 74 km³ of water', '74 km³', 'l', 74e12, 74e12],
    // Emissions in tonnes of CO2 with the gas glued on; gas reserves in trillion cubic metres.
    ['emissions of 37.4 GtCO2 in the year', '37.4 GtCO2', 't', 37.4e9, 37.4e9],
    ['cut 12 MtCO2e a year', '12 MtCO2e', 't', 12e6, 12e6],
    ['reserves of 1.2 tcm', '1.2 tcm', 'l', 1.2e15, 1.2e15],
    // A lone `m` before a unit is a million of it, no metre.
    ['exports of 2.5 m barrels a day', '2.5 m barrels', 'bbl', 2.5e6, 2.5e6],
    ['a crop of 1.1 m tonnes', '1.1 m tonnes', 't', 1.1e6, 1.1e6],
    ['a 2.5 m wall', '2.5 m', 'm', 2.5, 2.5],
    ['stocks fell by 38.6 mb in September', '38.6 mb', 'bbl', 38.6e6, 38.6e6],
    ['reserves of 500 MMbbl', '500 MMbbl', 'bbl', 500e6, 500e6],
    ['a 500 kg load', '500 kg', 't', 0.5, 0.5],
    ['a 3 km road', '3 km', 'm', 3000, 3000],
    ['a detour of 3,500 nautical miles', '3,500 nautical miles', 'm', 3500 * 1852, 3500 * 1852],
    // Pounds of something, and pounds of no money's words, are a weight.
    ['revenue from 300 million pounds of copper', '300 million pounds', 't', 300e6 * 0.45359237e-3, 300e6 * 0.45359237e-3],
    ['the mine produced 120 million pounds last year', '120 million pounds', 't', 120e6 * 0.45359237e-3, 120e6 * 0.45359237e-3],
    // River water in acre-feet, a volume (an acre a foot deep), not an area.
    ['deliveries of 220,000 acre-feet', '220,000 acre-feet', 'l', 220000 * 43560 * 28.316846592, 220000 * 43560 * 28.316846592],
    // Car carriers' capacity in car equivalent units, as containers' in TEU.
    ['deliveries added about 620,000 CEU of capacity', 'about 620,000 CEU', 'CEU', 620000, 620000, 'approximate'],
    // An ounce is gold's: troy, as `fine` says in a miner's report.
    ['Ghana produced 4.8 million fine ounces of gold', '4.8 million fine ounces', 't', 4.8e6 * 3.11034768e-5, 4.8e6 * 3.11034768e-5],
    ['Ghana produced 4.8 million ounces of gold', '4.8 million ounces', 't', 4.8e6 * 3.11034768e-5, 4.8e6 * 3.11034768e-5],
    // `nm` of a thousand or more is nautical miles; a chip's node or a wavelength, nanometres.
    ['cuts the voyage to about 5,800 nm', 'about 5,800 nm', 'm', 5800 * 1852, 5800 * 1852, 'approximate'],
    ['the 193 nm lasers', '193 nm', 'm', 193e-9, 193e-9],
    ['a 10 GW plant', '10 GW', 'W', 10e9, 10e9],
    ['a 5 MWh battery', '5 MWh', 'Wh', 5e6, 5e6],
    ['1.2 million barrels a day', '1.2 million barrels', 'bbl', 1.2e6, 1.2e6],
    ['5m barrels a day', '5m barrels', 'bbl', 5e6, 5e6],
    ['300 square kilometres of land', '300 square kilometres', 'm2', 300e6, 300e6],
    ['300 km2 of land', '300 km2', 'm2', 300e6, 300e6],
    ['300 km² of land', '300 km²', 'm2', 300e6, 300e6],
    // Oil and gas together, in barrels of oil equivalent: no oil field's barrels.
    ['output of 1.11 million boe/d', '1.11 million boe/d', 'boe', 1.11e6, 1.11e6],
    ['610 kboe/d of oil and NGLs', '610 kboe/d', 'boe', 610e3, 610e3],
    ['barely 900,000 barrels of oil equivalent a day', '900,000 barrels of oil equivalent', 'boe', 900e3, 900e3],
    // Floor space, as property markets count it.
    ['about 43 million square feet of space', 'about 43 million square feet', 'm2', 43e6 * 0.09290304, 43e6 * 0.09290304, 'approximate'],
    ['a 500,000 sq ft plant', '500,000 sq ft', 'm2', 500000 * 0.09290304, 500000 * 0.09290304],
    ['3 metric tons of ore', '3 metric tons', 't', 3, 3],
    ['2 TWh of power', '2 TWh', 'Wh', 2e12, 2e12],
    ['50 kilowatt hours', '50 kilowatt hours', 'Wh', 50e3, 50e3],
    ['50 litres of water', '50 litres', 'l', 50, 50],
    ['some 60,000 tonnes', 'some 60,000 tonnes', 't', 60000, 60000, 'approximate'],
    ['up to 5 GW', 'up to 5 GW', 'W', 5e9, 5e9, 'at-most'],
    ['3-5 Mt of ore', '3-5 Mt', 't', 3e6, 5e6, 'range'],
    ['a plateau at around 4.9 Bt', 'around 4.9 Bt', 't', 4.9e9, 4.9e9, 'approximate'],
    ['a 5m wall', '5m', 'm', 5, 5],
  ];
  for (const [text, figure, unit, low, high, qualifier] of cases) {
    it(text, () => check(text, [{ kind: 'quantity', unit, text: figure, low, high, qualifier: (qualifier ?? 'exact') as never }]));
  }

  it('Indian grouping: groups of two before the last three', () => {
    check('sales of 4,76,530 tonnes', [{ kind: 'quantity', text: '4,76,530 tonnes', low: 476530 }]);
    check('about 1,55,335 tonnes', [{ kind: 'quantity', text: 'about 1,55,335 tonnes', low: 155335 }]);
    check('1,234,567 tonnes', [{ kind: 'quantity', text: '1,234,567 tonnes', low: 1234567 }]);
  });

  // Scraped pages group thousands with a no-break (U+00A0), narrow no-break (U+202F) or
  // thin space (U+2009); some sources with a plain space.
  for (const [name, space] of [['no-break', '\u00a0'], ['narrow no-break', '\u202f'], ['thin', '\u2009'], ['plain', ' ']]) {
    it(`thousands grouped with a ${name} space`, () => {
      check(`a stock of 45${space}000 tonnes`, [{ kind: 'quantity', unit: 't', text: `45${space}000 tonnes`, low: 45000, high: 45000, precision: 1000 }]);
      check(`a stock of 1${space}200${space}000 tonnes`, [{ text: `1${space}200${space}000 tonnes`, low: 1.2e6, high: 1.2e6 }]);
      check(`worth $4${space}500 million`, [{ kind: 'money', text: `$4${space}500 million`, low: 4.5e9, high: 4.5e9 }]);
    });
  }

  it('does not group numbers that stand side by side, as in a flattened table row', () => {
    check('2019 150 200 tonnes', [{ text: '2019' }, { text: '200 tonnes', low: 200 }]);
    check('exports of 150 200 2500 tonnes', [{ text: '2500 tonnes', low: 2500 }]);
    check('In 2024 300 firms left', [{ text: '2024' }, { text: '300 firms', low: 300 }]);
    // One kind of separator a number: `45,000 000` is not 45 million.
    none('a stock of 45,000 000 tonnes');
  });

  it('reads a range of space-grouped numbers', () => {
    check('between 30 000 and 40 000 tonnes', [{ text: 'between 30 000 and 40 000 tonnes', low: 30000, high: 40000, qualifier: 'range' }]);
    check('30\u00a0000–40\u00a0000 tonnes', [{ text: '30\u00a0000–40\u00a0000 tonnes', low: 30000, high: 40000, qualifier: 'range' }]);
  });

  it('gives quantities the precision of the last digit, in the base unit', () => {
    check('60,000 tonnes, 4.2 kt, 14 nm', [
      { text: '60,000 tonnes', precision: 1000 },
      { text: '4.2 kt', precision: 100 },
      { text: '14 nm', precision: 1e-9 },
    ]);
  });

  it('reads pounds as weight unless sterling', () => {
    check('5 pounds of ore', [{ kind: 'quantity', unit: 't', text: '5 pounds' }]);
    check('5 pounds sterling', [{ kind: 'money', unit: 'GBP', text: '5 pounds sterling' }]);
  });
});

describe('extractFigures: year', () => {
  const cases: Array<[string, string, number, number, number | undefined, string?]> = [
    ['a target for 2035.', '2035', 2035, 2035, undefined],
    ['in April 2025 it fell', 'April 2025', 2025, 2025, 4],
    ['by 2030 it will', '2030', 2030, 2030, undefined],
    ['on April 3, 2025 it fell', 'April 3, 2025', 2025, 2025, 4],
    ['on 3 April 2025 it fell', '3 April 2025', 2025, 2025, 4],
    ['on 3rd April 2025 it fell', '3rd April 2025', 2025, 2025, 4],
    ['in Sept. 2025 it fell', 'Sept. 2025', 2025, 2025, 9],
    ['on 2025-04-03 it fell', '2025-04-03', 2025, 2025, 4],
    ['the 2024-25 budget', '2024-25', 2024, 2025, undefined, 'range'],
    ['the 2024/25 budget', '2024/25', 2024, 2025, undefined, 'range'],
    ['the 1999-00 budget', '1999-00', 1999, 2000, undefined, 'range'],
    ['from 2020 to 2025', 'from 2020 to 2025', 2020, 2025, undefined, 'range'],
    ['between 2020 and 2025', 'between 2020 and 2025', 2020, 2025, undefined, 'range'],
    ['over 2020–2025', '2020–2025', 2020, 2025, undefined, 'range'],
    ['around 2030', 'around 2030', 2030, 2030, undefined, 'approximate'],
    ['c. 1900', 'c. 1900', 1900, 1900, undefined, 'approximate'],
    ['by mid-2025', '2025', 2025, 2025, undefined],
    ['the 2019 elections', '2019', 2019, 2019, undefined],
    ['| Volume 2024 (kt) |', '2024', 2024, 2024, undefined],
    ['Those 2023 shipments were sold', '2023', 2023, 2023, undefined],
    ["China's 2025 targets", '2025', 2025, 2025, undefined],
    ["Brazil's total 2024 shipments", '2024', 2024, 2024, undefined],
    ['their combined 2023 shipments', '2023', 2023, 2023, undefined],
    ["Indonesia's February 2024 elections", 'February 2024', 2024, 2024, 2],
    ['In 2019 companies reported losses', '2019', 2019, 2019, undefined],
    ['Its guidance for 2025 calls for net yields up', '2025', 2025, 2025, undefined],
    ['the survey for the first half of 2025 puts the rate at', '2025', 2025, 2025, undefined],
    ['by the end of 2023 shows were cancelled', '2023', 2023, 2023, undefined],
    ['in H1 2025 exports rose', '2025', 2025, 2025, undefined],
    ['Q3 2024 shipments fell', '2024', 2024, 2024, undefined],
  ];
  for (const [text, figure, low, high, month, qualifier] of cases) {
    it(text, () => {
      const [f] = check(text, [{ kind: 'year', unit: 'year', text: figure, low, high, precision: 1, qualifier: (qualifier ?? 'exact') as never }]);
      if (month !== undefined) check(text, [{ text: figure, month }]);
      else if (f.month !== undefined) throw new Error(`unexpected month ${f.month}`);
    });
  }

  it("is a year before a footnote's number glued to its sentence's full stop, as a PDF's text keeps it", () => {
    check('down from 17% in 2010.17 The European Union', [{ text: '17%' }, { text: '2010', kind: 'year', low: 2010 }]);
    none('version 2010.17 The');
    none('at 2.17 The');
    none('in 2010.17');
  });

  it('is no end of a range of other numbers: `in 2024 to 8,235,000 units`', () => {
    check('fell 8.5% in 2024 to 8,235,000 units', [{ text: '8.5%' }, { text: '2024', kind: 'year', low: 2024 }, { text: '8,235,000 units', low: 8235000, high: 8235000 }]);
    check('from 2024 to 1.2 million tonnes', [{ text: '2024', kind: 'year' }, { text: '1.2 million tonnes', low: 1.2e6 }]);
    check('from 2020 to 2024', [{ text: 'from 2020 to 2024', low: 2020, high: 2024 }]);
    check('between 1990 and 2,000 tonnes', [{ text: 'between 1990 and 2,000 tonnes', low: 1990, high: 2000 }]);
  });

  it('is a year without a comma where the text writes its thousands with one (`of 2025 quotas at 58,000 tonnes`)', () => {
    check('set the first batch of 2025 quotas at 58,000 tonnes', [{ text: '2025', kind: 'year', low: 2025 }, { text: '58,000 tonnes' }]);
    // Near misses: no comma nearby, or a qualifier that says it is a count.
    check('set the first batch of 2025 quotas', [{ text: '2025 quotas', kind: 'count', low: 2025 }]);
    check('about 2025 quotas, or 58,000 tonnes', [{ text: 'about 2025 quotas', kind: 'count' }, { text: '58,000 tonnes' }]);
  });

  it('is the second of two years (`the 2022 and 2021 harvests`)', () => {
    check('no-bid sales from the 2022 and 2021 harvests', [{ text: '2022', kind: 'year' }, { text: '2021', kind: 'year', low: 2021 }]);
    check('between 500 and 2021 harvests', [{ text: 'between 500 and 2021 harvests', kind: 'count', low: 500, high: 2021 }]);
  });

  it('two years make a period, whatever noun follows: `Between 2013 and 2021 Chinese loans`', () => {
    check('Between 2013 and 2021 Chinese loans carried 4.2%', [{ text: 'Between 2013 and 2021', kind: 'year', low: 2013, high: 2021 }, { text: '4.2%' }]);
    check('between 1,500 and 2,000 loans', [{ text: 'between 1,500 and 2,000 loans', kind: 'count', low: 1500, high: 2000 }]);
  });

  it("is a season with a marketing or fiscal year's letters glued on (`MY2023/24`), not a single year (`FY2025`)", () => {
    check('in MY2023/24 seaports handled 88 percent; in FY2024-25 and FY2025', [
      { kind: 'year', text: '2023/24', low: 2023, high: 2024 },
      { text: '88 percent' },
      { kind: 'year', text: '2024-25', low: 2024, high: 2025 },
    ]);
    check('the MY300 and FY24 models, the A2024 code', []);
  });

  it('a year after `since` (or `since records began in`) is where a span starts', () => {
    const since = (text: string) => extractFigures(text).map((f) => [f.text, f.since === true]);
    assert.deepStrictEqual(since('the driest since records began in 1950, the lowest since 2019, and in 2020'), [
      ['1950', true],
      ['2019', true],
      ['2020', false],
    ]);
  });

  it('is a year before the nouns a year says which of (`2005 levels`, `the 2019 baseline`)', () => {
    check('a 42% cut on 2005 levels by 2030', [{ text: '42%' }, { kind: 'year', text: '2005' }, { kind: 'year', text: '2030' }]);
    check('against the 2019 baseline', [{ kind: 'year', text: '2019' }]);
    check('3000 levels of the game', [{ kind: 'count', text: '3000 levels' }]);
  });

  it('near miss: a word of the whole with no year cue before it leaves a count (`a total 2024 workers`)', () => {
    check('A total 2024 workers struck.', [{ kind: 'count', text: '2024 workers' }]);
  });

  it('is a year after `from` before a word that only looks plural (`from 2028 counts on`)', () => {
    check('the seven years from 2028 counts on more than €30 billion', [{ kind: 'year', text: '2028' }, { text: 'more than €30 billion' }]);
  });

  it('two years with `or` between are two years', () => {
    check('in 2023 or 2024', [{ text: '2023', kind: 'year' }, { text: '2024', kind: 'year' }]);
  });

  it('is no year outside 1900-2100, with a comma, or as a bare bound', () => {
    none('in 1850 and 2150');
    none('about 2,000');
    none('over 2000');
    none('the 2020s');
    none('FY2025 results');
  });

  it('reads hectolitres, and thousands and millions of them (`hl`, `khl`, `mhl`)', () => {
    check('Italy made 44.1 mhl, against 24.6 million hl and 300 khl', [
      { text: '44.1 mhl', kind: 'quantity', unit: 'l', low: 44.1e8 },
      { text: '24.6 million hl', unit: 'l', low: 24.6e8 },
      { text: '300 khl', unit: 'l', low: 3e7 },
    ]);
    check('225.8 million hectolitres', [{ text: '225.8 million hectolitres', kind: 'quantity', unit: 'l', low: 225.8e8 }]);
  });

  it('reads dry and wet metric tonnes (`dmt`, `wmt`) as tonnes; `5 dry wells` stays a count', () => {
    check('Bald Hill produced 61,000 dry metric tonnes of spodumene', [{ text: '61,000 dry metric tonnes', kind: 'quantity', unit: 't', low: 61000 }]);
    // A metal's content is a weight too, as Peru's ministry counts copper.
    check('Moquegua produced 399.4 thousand fine metric tonnes', [{ text: '399.4 thousand fine metric tonnes', kind: 'quantity', unit: 't', low: 399400 }]);
    check('61,000 dmt and 5,000 wmt', [{ text: '61,000 dmt', unit: 't' }, { text: '5,000 wmt', unit: 't' }]);
    check('5 dry wells', [{ text: '5 dry wells', kind: 'count', unit: 'well' }]);
  });

  it("gives a rate's whole basis points the unit's precision, as a share's (`cut by 200 basis points` is not a rounded 175)", () => {
    check('cut by 200 basis points', [{ text: '200 basis points', unit: 'bp', low: 200, precision: 1 }]);
    check('a 10 percentage point rise', [{ text: '10 percentage point', unit: 'bp', low: 1000, precision: 100 }]);
    // Near miss: a count's trailing zeros still round it (`200 jobs`).
    check('cut 200 jobs', [{ text: '200 jobs', precision: 100 }]);
  });

  it('reads thousands and millions of hectares (`kha`, `Mha`), and container units wrapped at a line end', () => {
    check('Spain (945 kha) and 7.2 Mha', [{ text: '945 kha', kind: 'quantity', unit: 'm2', low: 945e7 }, { text: '7.2 Mha', unit: 'm2', low: 7.2e10 }]);
    check('around 20,000 twenty-foot equivalent\nunits (TEUs)', [{ text: 'around 20,000 twenty-foot equivalent\nunits', kind: 'quantity', unit: 'TEU', low: 20000 }]);
  });

  it('reads water volumes: megalitres, gigalitres, million cubic metres', () => {
    check('Leakage was 2,982 Ml/d', [{ kind: 'quantity', unit: 'l', text: '2,982 Ml', low: 2.982e9 }]);
    check('2,982 megalitres a day', [{ kind: 'quantity', unit: 'l', text: '2,982 megalitres', low: 2.982e9 }]);
    check('15.6 million kilolitres of biodiesel, or 15.6 million kl', [
      { kind: 'quantity', unit: 'l', text: '15.6 million kilolitres', low: 15.6e9 },
      { kind: 'quantity', unit: 'l', text: '15.6 million kl', low: 15.6e9 },
    ]);
    check('it hit 40°C, beat 38.7C by 1.6C, 104 degrees Fahrenheit, 2 degrees', [
      { kind: 'quantity', unit: '°C', text: '40°C', low: 40 },
      { kind: 'quantity', unit: '°C', text: '38.7C', low: 38.7 },
      { kind: 'quantity', unit: '°C', text: '1.6C', low: 1.6 },
      { kind: 'quantity', unit: '°F', text: '104 degrees Fahrenheit', low: 104 },
      { kind: 'quantity', unit: '°', text: '2 degrees', low: 2 },
    ]);
    // A bare `C` is Celsius only glued to its number.
    check('Class 5 C shares', []);
    check('ships of 130,000 gross tons and above', [{ kind: 'quantity', unit: 't', text: '130,000 gross tons and above', low: 130000, qualifier: 'at-least' }]);
    check('1.9 billion cubic feet and $450 per Mcf and 20 bcf', [
      { kind: 'quantity', unit: 'l', text: '1.9 billion cubic feet', low: 1.9e9 * 28.316846592 },
      { kind: 'money', text: '$450' },
      { kind: 'quantity', unit: 'l', text: '20 bcf', low: 20e9 * 28.316846592 },
    ]);
    check('40 GL and 2.1 mcm', [{ kind: 'quantity', unit: 'l', text: '40 GL', low: 4e10 }, { kind: 'quantity', unit: 'l', text: '2.1 mcm', low: 2.1e9 }]);
    check('declined to 33.1 MMm3/d', [{ kind: 'quantity', unit: 'l', text: '33.1 MMm3', low: 33.1e9 }]);
    check('5 ML engineers', [{ kind: 'count', text: '5 ML engineers' }]);
    check('21,112 tU of uranium', [{ kind: 'quantity', unit: 't', text: '21,112 tU', low: 21112 }]);
  });

  it('is a base year after an amount and a bound', () => {
    const found = extractFigures('Traffic was 0.6% below 2019, and fares 12 per cent over 2019.').map((f) => [f.kind, f.text]);
    assert.deepStrictEqual(found, [
      ['percent', '0.6%'],
      ['year', '2019'],
      ['percent', '12 per cent'],
      ['year', '2019'],
    ]);
  });

  it('is the time an amount is of after `over`, but for a round hundred', () => {
    const found = (text: string): string[][] => extractFigures(text).map((f) => [f.kind, f.text]);
    assert.deepStrictEqual(found('Brazilian MOP averaged $301/t over 2024.'), [
      ['money', '$301'],
      ['year', '2024'],
    ]);
    assert.deepStrictEqual(found('Output rose over 2023.'), [['year', '2023']]);
    // `over 2000` with no noun: an amount of nothing said, no figure; with one, a count.
    assert.deepStrictEqual(found('It employs over 2000.'), []);
    assert.deepStrictEqual(found('It employs over 2010 staff.'), [['count', 'over 2010 staff']]);
  });
});
