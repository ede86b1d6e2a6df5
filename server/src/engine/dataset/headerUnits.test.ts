import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { captionUnit, columnYear, headerUnitFigures } from './headerUnits';
import { tableCells, tableRowAt } from './tables';

// A table's unit given once in the column's header, read into its bare numbers.

/** The figures the header gives the row's bare numbers: `text [kind unit low]`. */
function read(header: string, row: string): string[] {
  const text = `${header}\n| --- | --- |\n${row}\n`;
  const rowStart = text.lastIndexOf(row);
  const span = { start: rowStart, end: rowStart + row.length };
  const found = extractFigures(text, span.start, span.end);
  return headerUnitFigures(text, tableRowAt(text, span)!, found).map((f) => {
    assert.match(text.slice(f.span.start, f.span.end), /^[~≈]?\d/, 'the span is the number in the cell');
    // (The sign of a bracketed `(9)` is where its bracket opens.)
    if (f.change) assert.match(text.slice(f.change.span.start, f.change.span.end), new RegExp(`^(?:\\${f.change.word}|\\()$`), 'the sign is where the change is');
    return `${f.text} [${f.kind} ${f.unit} ${f.low}]${f.change ? ` ${f.change.direction}` : ''}`;
  });
}

describe('dataset/headerUnits', () => {
  it("a unit on a header's upper line, over a year", () => {
    const text = ['                $ billion         Growth (%)', 'Region        2022    2023      2023', 'Europe          76      70      -7.9', ''].join('\n');
    const start = text.indexOf('Europe');
    const span = { start, end: text.indexOf('\n', start) };
    const row = tableRowAt(text, span)!;
    assert.deepStrictEqual(headerUnitFigures(text, row, extractFigures(text, span.start, span.end)).map((f) => `${f.text} ${f.kind} ${f.low}`), ['$76 billion money 76000000000', '$70 billion money 70000000000', '7.9% percent 7.9']);
  });

  it('cells of a row, trimmed', () => {
    const row = '| Congo | 170,000 |  74% |';
    assert.deepStrictEqual(tableCells(row, 0, row.length).map((c) => row.slice(c.start, c.end)), ['Congo', '170,000', '74%']);
  });

  const cases: Array<[header: string, row: string, expected: string[]]> = [
    ['| Country | Mine production (tonnes) |', '| Congo (Kinshasa) | 170,000 |', ['170,000 tonnes [quantity t 170000]']],
    ['| Country | Output (kt) |', '| Chile | ~44 |', ['~44 kt [quantity t 44000]']],
    ['| Country | Share (%) |', '| Chile | 24 |', ['24% [percent % 24]']],
    ['| Company | Revenue (US$ million) |', '| Albemarle | 9,617 |', ['US$9,617 million [money USD 9617000000]']],
    ['| Company | Revenue (EUR bn) |', '| Umicore | 3.6 |', ['EUR 3.6 bn [money EUR 3600000000]']],
    ['| Country | Mines (thousand tonnes) |', '| Peru | 2.4 |', ['2.4 thousand tonnes [quantity t 2400]']],
    ['| Country | Spending (% of GDP) |', '| Poland | 4.1 |', ['4.1% [percent % 4.1]']],
    ['| Country | Spending, % of GDP |', '| Poland | 4.1 |', ['4.1% [percent % 4.1]']],
    ['| Country | Output, tonnes |', '| Chile | 44 |', ['44 tonnes [quantity t 44]']],
    ['| Automaker | Change y/y (%) |', '| Tesla | -1.1 |', ['1.1% [percent % 1.1] down'] ],
    ['| Automaker | Change y/y (%) |', '| BYD | +12 |', ['12% [percent % 12] up']],
    // A header that names what its column counts.
    ['| Group | Victims Q1 2025 | Share (%) |', '| Cl0p | 392 | 17 |', ['392 victims [count victim 392]', '17% [percent % 17]']],
    ['| Company | Total employees |', '| Acme | 1,200 |', ['1,200 total employees [count employee 1200]']],
    ['| Country | Rank |', '| Chile | 2 |', ['2 [count  2]']],
    // A row's label in lower case names what the row counts; a name does not (`Laos`).
    ['| Item | Value |', '| Direct jobs | 120 |', ['120 direct jobs [count job 120]']],
    ['| Item | 2024 |', '| Laos | 3 |', ['3 [count  3]']],
    ['| Country | Change y/y (pp) |', '| Chile | -0.6 |', ['0.6 pp [quantity bp 60] down']],
    // After a comma, a noun is no count's unit; what the header names first still counts.
    ['| Country | Mines, sites |', '| Chile | 44 |', ['44 mines [count mine 44]']],
    ['| Country | Output, sites |', '| Chile | 44 |', ['44 [count  44]']],
    // No unit (a header without brackets, a count of thousands in digits, a year): a count of
    // no known noun, which backs a claim's count and contradicts none; never a year.
    ['| Country | Production |', '| Chile | 44 |', ['44 [count  44]']],
    // A scale glued to a cell, in a row that names its currency: money, not metres.
    ['| Measure | 2024 survey |', '| Mean recovery cost (US$) | 2.73m |', ['US$2.73m [money USD 2730000]']],
    ['| Measure | 2024 survey |', '| Depth | 2.73m |', []],
    // Thousands written as digits are thousands.
    ["| Country | Output ('000 t) |", '| Chile | 44 |', ['44 thousand t [quantity t 44000]']],
    ['| Port | Throughput (’000 TEU) |', '| Poti | 412.6 |', ['412.6 thousand TEU [quantity TEU 412600]']],
    ['| Country | Output (1,000 metric tons) |', '| Chile | 44 |', ['44 thousand metric tons [quantity t 44000]']],
    // What the unit is of, after a comma in the brackets, is no part of it.
    ['| Country | Output (1,000 metric tons, raw value) |', '| Chile | 44 |', ['44 thousand metric tons [quantity t 44000]']],
    ['| Country | Output (2023) |', '| Chile | 44 |', ['44 [count  44]']],
    ['| Group | 2021 | 2023 |', '| Total | 28,526 | 2019 |', ['28,526 [count  28526]']],
    // The row labels' header gives every column its unit; a rate's `per …` is left out.
    ['| Route (spot rate, US$ per 40ft container) | 2019 | 2023 |', '| Shanghai – Rotterdam | 1,520 | 1,552 |', ['US$1,520 [money USD 1520]', 'US$1,552 [money USD 1552]']],
    ['| Country | Price (US$ per tonne) |', '| Chile | 640 |', ['US$640 [money USD 640]']],
    // An estimate's sign in the cell goes before the currency (`~28,000` under `(USD/kg)`).
    ['| Vehicle | List price (USD million) | Price (USD/kg) |', '| Electron | ~8.5 | ~28,000 |', ['~USD 8.5 million [money USD 8500000]', '~USD 28,000 [money USD 28000]']],
    // What follows a header's comma is a date: its unit is before it.
    ['| Country | Tonnes, end-2024 |', '| Poland | 448.2 |', ['448.2 Tonnes [quantity t 448.2]']],
    // A share of what follows the header's `Percent of` is per cent.
    ['| Date | SDR million | Percent of quota 2/ |', '| March 20, 2023 | 254.0 | 43.9 |', ['SDR 254.0 million [money XDR 254000000]', '43.9% [percent % 43.9]']],
    // A header that is a unit and nothing else.
    ['| Candidate | % |', '| Anies | 24.95 |', ['24.95% [percent % 24.95]']],
    // A row of a table of indicators names its own unit.
    ['| Indicator | 2022 | 2024 |', '| Capacity utilisation (%) | 76.9 | 76.2 |', ['76.9% [percent % 76.9]', '76.2% [percent % 76.2]']],
    ['| Indicator | 2022 | 2024 |', '| Production (Mt) | 1,888 | 1,885 |', ['1,888 Mt [quantity t 1888000000]', '1,885 Mt [quantity t 1885000000]']],
    // A note that the numbers are estimates is no unit.
    ['| Date | Event | US$ million (approx.) |', '| May 17, 2023 | Approval | 600 |', ['US$600 million [money USD 600000000]']],
    // A row's unit that is only a scale scales a count of what is not said.
    ['| Indicator | 2023 | 2024 |', '| Direct employment (thousand) | 303 | 285 |', ['303 thousand [count  303000]', '285 thousand [count  285000]']],
    // So it does a count whose noun the header gives (`Entries (millions)`).
    ['| Fiscal year | Entries (millions) |', '| FY2023 | 1,000 |', ['1,000 million entries [count entry 1000000000]']],
    // A footnote's mark after the unit.
    ['| Indicator | 2025P |', '| LGFV debt (trillion yuan) 2/ | 71.0 |', ['71.0 trillion yuan [money CNY 71000000000000]']],
    ['| Mine | 2024 (kt) (a) |', '| KFM | 60.3 |', ['60.3 kt [quantity t 60300]']],
    // The row labels' header's unit before a comma, where what follows is no unit (`£ billion, cash prices`).
    ['| £ billion, cash prices | CP6 (2019-24) | CP7 (2024-29) |', '| Support and operations | 6.9 | 8.4 |', ['£6.9 billion [money GBP 6900000000]', '£8.4 billion [money GBP 8400000000]']],
    // `(t)` is tonnes, no footnote's letter.
    ['| Mine | Metal | 2023 (t) | 2024 (t) |', '| KFM | Cobalt | 7,786 | 60,279 |', ['7,786 t [quantity t 7786]', '60,279 t [quantity t 60279]']],
    // A column of units gives its row's, a rate's `/mt` left out; an accounts table's `(9)`
    // under `% change` is a fall of 9%.
    ['| Commodity | Unit | 2023 | 2024 |', '| Urea | $/mt | 358.1 | 338.0 |', ['$358.1 [money USD 358.1]', '$338.0 [money USD 338]']],
    ['| Commodity | Units | 2024 |', '| Copper | kt | 44 |', ['44 kt [quantity t 44000]']],
    ['| Potash | Q1 2025 | Q1 2024 | % change |', '| Net selling price ($/tonne) | 240 | 264 | (9) |', ['$240 [money USD 240]', '$264 [money USD 264]', '9% [percent % 9] down']],
    // Any currency the figures are read in, before a rate's `per`; a currency at a header's end.
    ['| Effective from | Minimum wage (Tk per month) |', '| Dec 2023 | 12 500 |', ['Tk 12 500 [money BDT 12500]']],
    ['| Effective from | Approx. US$ equivalent² |', '| Dec 2023 | 113 |', ['US$113 [money USD 113]']],
    ['| Market | Value in EUR million |', '| Germany | 640 |', ['EUR 640 million [money EUR 640000000]']],
    ['| Effective from | Mt equivalent |', '| Dec 2023 | 113 |', ['113 [count  113]']],
    // What follows a `;` is a note, no part of the unit.
    ['| Market | Exports (US$ billion; fiscal years) |', '| Canada | 1.18 |', ['US$1.18 billion [money USD 1180000000]']],
    // A column of shares is in per cent, with no unit of its own.
    ['| Economy | Share 2024 |', '| Japan | 5.9 |', ['5.9% [percent % 5.9]']],
    // …also where the header ends in what it is a share of.
    ['| Origin | Share of world exports, 2024 |', '| Canada | 35 |', ['35% [percent % 35]']],
    // A scale in the plural, as headers write it.
    ['| Region | Total (US$ billions) |', '| Africa | 304.5 |', ['US$304.5 billion [money USD 304500000000]']],
    // A bracketed amount of money (a loss, an outflow, which a claim words its own way) is
    // read as nothing.
    ['| Item | 2024 | 2023 |', '| Net income (US$ million) | (1,204.5) | 3 |', ['US$3 million [money USD 3000000]']],
    // One with a minus (a balance's) is an amount below zero, its sign its change's word.
    ['| Item | 2024 | 2023 |', '| Current account balance (US$ billion) | -20.8 | 3 |', ['US$20.8 billion [money USD 20800000000] down', 'US$3 billion [money USD 3000000000]']],
    // A cell that is a figure already, or no number, is left as it is.
    ['| Country | Output (tonnes) |', '| Chile | 44 kt |', []],
    ['| Country | Output (tonnes) |', '| Chile | n/a |', []],
  ];
  for (const [header, row, expected] of cases) {
    it(`${header} ${row} → ${expected.join(', ') || 'nothing'}`, () => assert.deepStrictEqual(read(header, row), expected));
  }

  it("a column's year: one year its header names, or a season's first year and a half", () => {
    assert.strictEqual(columnYear('2025 estimate (% of GDP)'), 2025);
    assert.strictEqual(columnYear('2025P'), 2025);
    assert.strictEqual(columnYear('2024f'), 2024);
    assert.strictEqual(columnYear('2023ᵉ'), 2023);
    assert.strictEqual(columnYear('2025s'), 2025, "an estimate's `s`");
    assert.strictEqual(columnYear('2024r'), 2024, "a revision's `r`");
    assert.strictEqual(columnYear('2020s'), undefined, 'a decade');
    assert.strictEqual(columnYear('Daily transits 2024ᵃ'), 2024, "a footnote's letter");
    assert.strictEqual(columnYear('Sept 2024 output (mb/d)'), 2024);
    assert.strictEqual(columnYear('2023/24'), 2023.5);
    assert.strictEqual(columnYear('2024-2025 (final)'), 2024.5, 'a season written in full');
    assert.strictEqual(columnYear('2023 vs 2024'), undefined);
    assert.strictEqual(columnYear('Output (kt)'), undefined);
  });

  /** The figures a caption's unit gives a row's bare numbers, the caption `lines` before the table. */
  function captioned(caption: string, header: string, row: string, between = '\n'): string[] {
    const text = `Some prose.\n\n${caption}${between}${header}\n${row}\n`;
    const headerStart = text.indexOf(header);
    const rowStart = text.lastIndexOf(row);
    const span = { start: rowStart, end: rowStart + row.length };
    const found = extractFigures(text, span.start, span.end);
    return headerUnitFigures(text, tableRowAt(text, span)!, found, captionUnit(text, headerStart)).map((f) => `${f.text} [${f.kind} ${f.unit} ${f.low}]`);
  }

  it("takes the unit the document gives all its data where no caption gives one, but for a row that says its own or is a share", () => {
    const note = '(Data in thousand metric tons of gross weight unless otherwise specified)\n\nSome prose.';
    assert.deepStrictEqual(captioned(note, '| Country | 2022 | 2023 |', '| Chile | 66 | 70 |'), ['66 thousand metric tons [quantity t 66000]', '70 thousand metric tons [quantity t 70000]']);
    assert.deepStrictEqual(captioned(note, '| Item | 2022 | 2023 |', '| Employment, plant, number | 190 | 200 |'), ['190 [count  190]', '200 [count  200]']);
    // A label's words after a comma that say no unit (and a footnote's digit) leave the document's.
    assert.deepStrictEqual(captioned(note, '| Item | 2022 | 2023 |', '| Consumption, apparent5 | 80 | 77 |'), ['80 thousand metric tons [quantity t 80000]', '77 thousand metric tons [quantity t 77000]']);
    assert.deepStrictEqual(captioned(note, '| Item | 2022 | 2023 |', '| Net import reliance as a percentage of consumption | 29 | 31 |'), ['29 [count  29]', '31 [count  31]']);
    // A release's note of the unit of all its values, and a note that names no unit.
    const values = '*Provisional data. Values in US$ billion, f.o.b. Next release: 5 August.*\n\nSome prose.';
    assert.deepStrictEqual(captioned(values, '| Market | FY2023-24 | Change (%) |', '| Canada | 1.18 | 10.17 |'), ['US$1.18 billion [money USD 1180000000]', '10.17% [percent % 10.17]']);
    assert.deepStrictEqual(captioned('All figures are shown in the annex.\n\nSome prose.', '| Market | FY2023-24 |', '| Canada | 1.18 |'), ['1.18 [count  1.18]']);
    // A caption of its own wins.
    assert.deepStrictEqual(captioned(`${note}\n\nTable 2. Capacity (mtpa)`, '| Project | 2025 |', '| Golden Pass | 18 |', '\n\n'), ['18 mtpa [quantity t 18000000]']);
  });

  it("takes a caption's unit after `in` (`…, in grams:`, `(in million US$)`), a scale before its currency too", () => {
    assert.deepStrictEqual(captioned('Average loadings per vehicle in 2025, in grams:', '| Vehicle type | Palladium |', '| Gasoline car | 3.2 |', '\n\n'), ['3.2 grams [quantity t 0.0000032]']);
    assert.deepStrictEqual(captioned('(in million US$)', '| Product | FY2021-22 |', '| Knitwear | 21,080 |'), ['US$21,080 million [money USD 21080000000]']);
    // Near miss: a unit of three capitals that is no currency stays after its scale.
    assert.deepStrictEqual(captioned('Million TEU', '| Port | 2021 |', '| Shanghai | 47.03 |'), ['47.03 million TEU [quantity TEU 47030000]']);
  });

  it('takes a unit for each row a caption names by a word of its label (`Arrivals in thousands; earnings in US$ million`)', () => {
    const caption = 'Arrivals in thousands; earnings in US$ million; stay in nights';
    assert.deepStrictEqual(captioned(caption, '| Item | 2018 |', '| Tourist arrivals | 2,333.8 |'), ['2,333.8 thousand tourist arrivals [count arrival 2333800]']);
    assert.deepStrictEqual(captioned(caption, '| Item | 2018 |', '| Earnings from tourism | 4,380.6 |'), ['US$4,380.6 million [money USD 4380600000]']);
    // Near miss: a row the caption does not name takes none of its units.
    assert.deepStrictEqual(captioned(caption, '| Item | 2018 |', '| Hotel rooms | 48 |'), ['48 hotel rooms [count room 48]']);
    // After a label (`Unit: volume in million tonnes; value in US$ billion; price in US$ per tonne`).
    const labelled = 'Unit: volume in million tonnes; value in US$ billion; price in US$ per tonne';
    assert.deepStrictEqual(captioned(labelled, 'Item                     2023', 'Export value             4.78'), ['US$4.78 billion [money USD 4780000000]']);
    assert.deepStrictEqual(captioned(labelled, 'Item                     2023', 'Average export price      588'), ['US$588 [money USD 588]']);
    // A label and its unit after a colon, in a bracket over two lines, a plural label of a singular row.
    const colons = '(intervention: trillion yen; reserves: billion US dollars, end of year;\nexchange rates: yen per US dollar)';
    assert.deepStrictEqual(captioned(colons, 'Item                      2021', 'Foreign reserves       1,405.8', '\n\n'), ['1,405.8 billion US dollars [money USD 1405800000000]']);
    assert.deepStrictEqual(captioned(colons, 'Item                      2021', 'Year-end exchange rate   115.1', '\n\n'), ['115.1 yen per US dollar [money JPY 115.1]']);
    // Near miss: a row the caption does not name takes none.
    assert.deepStrictEqual(captioned(colons, 'Item                      2021', 'Weakest yen level        115.5', '\n\n'), ['115.5 [count  115.5]']);
    // In brackets, a note after a unit's comma (`US$ million, FOB`).
    const bracketed = '(volume in tonnes; value in US$ million, FOB)';
    assert.deepStrictEqual(captioned(bracketed, '| Item | 2024 |', '| Vanilla value | 320 |'), ['US$320 million [money USD 320000000]']);
  });

  it("takes a labelled unit in brackets, and a first unit for the rows no later part names (`(Unit: US$ billion; shares and changes in %)`)", () => {
    const caption = '(Unit: US$ billion; shares and changes in %)';
    assert.deepStrictEqual(captioned(caption, 'Item                         2024', 'Semiconductors              141.9'), ['US$141.9 billion [money USD 141900000000]']);
    assert.deepStrictEqual(captioned(caption, 'Item                         2024', 'Share of total exports       20.8'), ['20.8% [percent % 20.8]']);
    assert.deepStrictEqual(captioned(caption, 'Item                         2024', 'Year-on-year change          43.9'), ['43.9% [percent % 43.9]']);
    assert.deepStrictEqual(captioned('(Unit: US$ billion)', 'Item                         2024', 'Semiconductors              141.9'), ['US$141.9 billion [money USD 141900000000]']);
  });

  it("takes a bracketed caption's part that holds `unless otherwise indicated`, and a row's label that is a unit alone (`In billions of U.S. dollars`)", () => {
    const caption = '(Calendar years; annual percent change, unless otherwise indicated)';
    assert.deepStrictEqual(captioned(caption, 'Item                       2024', 'Consumer prices            21.7'), ['21.7% [percent % 21.7]']);
    assert.deepStrictEqual(captioned(caption, 'Item                       2024', '  In billions of U.S. dollars  1.8'), ['1.8 billion U.S. dollars [money USD 1800000000]']);
    // A row's unit in a bracket its label's line does not close (`(naira per US$, end of⏎period)`).
    assert.deepStrictEqual(captioned(caption, 'Item                                             2024', 'Official exchange rate (naira per US$, end of  1,535.0'), ['1,535.0 naira per US$ [money NGN 1535]']);
    // Near miss: a label that says a unit not read takes no other.
    assert.deepStrictEqual(captioned(caption, 'Item                                  2023    2024', '  In months of prospective imports     0.5     0.8'), ['0.5 [count  0.5]', '0.8 [count  0.8]']);
  });

  it("takes a unit's symbol in brackets after it as how the cells are written (`… per day (kboe/d)`), and a row label that only starts with `In` as no unit", () => {
    assert.deepStrictEqual(captioned('Thousand barrels of oil equivalent per day (kboe/d), unless stated', 'Item                 2024', 'Oil and NGLs          610'), ['610 kboe/d [quantity boe 610000]']);
    // Near miss: a symbol of another scale is a note, not the unit.
    assert.deepStrictEqual(captioned('Thousand barrels of oil equivalent per day (boe/d), unless stated', 'Item                 2024', 'Oil and NGLs          610'), ['610 thousand barrels of oil equivalent per day (boe/d) [quantity boe 610000]']);
    // `In situ bitumen` is a row's name: the caption's unit is its own.
    assert.deepStrictEqual(captioned('Thousand barrels per day (kb/d)', 'Item                     2024', 'In situ bitumen          1,820'), ['1,820 kb/d [quantity bbl 1820000]']);
  });

  it("takes a labelled unit up to its `unless stated`, a symbol's capital kept (`Unit: Mt, unless otherwise stated. Export values …`)", () => {
    const caption = 'Unit: Mt, unless otherwise stated. Export values in nominal A$ billion; prices in US$ a tonne.';
    assert.deepStrictEqual(captioned(caption, 'Item                  2024', 'Production             968'), ['968 Mt [quantity t 968000000]']);
    // Near miss: a row with its own unit keeps it.
    assert.deepStrictEqual(captioned(caption, 'Item                  2024', 'Export value (A$b)     124'), ['A$124 b [money AUD 124000000000]']);
    assert.deepStrictEqual(captioned('Unit: thousand tonnes of contained nickel, unless stated', 'Item                  2024', 'Mine output            3,600'), ['3,600 thousand tonnes of contained nickel [quantity t 3600000]']);
  });

  it('takes a caption line of a scale written in the plural (`Thousands of cubic metres`), or of a scale alone (`Thousands`)', () => {
    assert.deepStrictEqual(captioned('Thousands of cubic metres', 'Item             2024', 'Production     55,384'), ['55,384 thousand cubic metres [quantity l 55384000000]']);
    assert.deepStrictEqual(captioned('Thousands', 'Country          2024', 'Lithuania        22.6'), ['22.6 thousand [count  22600]']);
    assert.deepStrictEqual(captioned('(in millions)', 'Country          2024', 'Lithuania        22.6'), ['22.6 million [count  22600000]']);
    // Near miss: a line of words is no scale.
    assert.deepStrictEqual(captioned('Thousands fled', 'Country          2024', 'Lithuania        22.6'), ['22.6 [count  22.6]']);
  });

  it("takes a caption's last part that is a scale and a noun as a count of that noun; not a line of words", () => {
    assert.deepStrictEqual(captioned('Table 1 – Orange production by variety group, million boxes of 40.8 kg', '| Variety group | 2024-25 |', '| Natal | 33.47 |'), ['33.47 million boxes [count box 33470000]']);
    assert.deepStrictEqual(captioned('Table 1 – Orange production by variety group and region', '| Variety group | 2024-25 |', '| Natal | 33.47 |'), ['33.47 [count  33.47]']);
  });

  it('takes the unit of a table\'s caption for columns whose header gives none, never the first', () => {
    assert.deepStrictEqual(captioned('Fertiliser prices, US$ per tonne', '| Product | Feb 2024 | Feb 2025 |', '| 12 | 590 | 640 |'), [
      'US$590 [money USD 590]',
      'US$640 [money USD 640]',
    ]);
    // Beside 540, 600 is given to the ten.
    const text = 'Prices, US$ per tonne\n| Product | Feb 2024 | Feb 2025 |\n| Ammonia | 600 | 540 |\n';
    const row = { start: text.lastIndexOf('| Ammonia'), end: text.length - 1 };
    const header = { start: text.indexOf('| Product'), end: text.indexOf('|\n| Ammonia') + 1 };
    const figures = headerUnitFigures(text, tableRowAt(text, row)!, [], captionUnit(text, header.start));
    assert.deepStrictEqual(figures.map((f) => [f.low, f.precision]), [[600, 10], [540, 10]]);
    assert.deepStrictEqual(captioned('Table 2. Capacity (mtpa)', '| Project | 2025 |', '| Golden Pass | 18 |', '\n\n'), ['18 mtpa [quantity t 18000000]']);
    // A row label's brackets that name no unit (`DAP (Morocco)`) leave the caption's.
    assert.deepStrictEqual(captioned('Fertiliser prices, US$ per tonne', '| Product | Feb 2024 | Feb 2025 |', '| DAP (Morocco) | 590 | 640 |'), [
      'US$590 [money USD 590]',
      'US$640 [money USD 640]',
    ]);
    // A caption line that is a unit, or a unit of something, and then another column
    // group's (a share's header says its own).
    assert.deepStrictEqual(captioned('Million tonnes of product; share of world exports in per cent', '| Origin | 2024 | Share of world exports |', '| Laos | 3.2 | 5 |', '\n\n'), [
      '3.2 million tonnes [quantity t 3200000]',
      '5% [percent % 5]',
    ]);
    assert.deepStrictEqual(captioned('Thousand barrels a day', '| Country | 2024 |', '| Iraq | 4,200 |'), ['4,200 thousand barrels a day [quantity bbl 4200000]']);
    // A caption that gives the rows that begin with a word their own unit, and the others theirs.
    const psd = '(Area in 1,000 hectares; all other items in 1,000 metric tons)';
    assert.deepStrictEqual(captioned(psd, '| Item | 2025/26 |', '| Area Planted | 48,900 |', '\n\n'), ['48,900 thousand hectares [quantity m2 489000000000]']);
    assert.deepStrictEqual(captioned(psd, '| Item | 2025/26 |', '| Ending Stocks | 35,900 |', '\n\n'), ['35,900 thousand metric tons [quantity t 35900000]']);
    // A line of words that is no unit is no count's noun either.
    assert.deepStrictEqual(captioned('Origin and destination', '| Origin | 2024 |', '| Laos | 3.2 |'), ['3.2 [count  3.2]']);
    // A header's own unit wins; a caption with no unit, or far from the table, gives none.
    assert.deepStrictEqual(captioned('Prices, US$ per tonne', '| Product | Share (%) |', '| Urea | 12 |'), ['12% [percent % 12]']);
    assert.deepStrictEqual(captioned('Key figures, 2024', '| Product | Feb 2025 |', '| Urea | 640 |'), ['640 [count  640]']);
    assert.deepStrictEqual(captioned('Imports, by country', '| Product | Feb 2025 |', '| Urea | 640 |'), ['640 [count  640]']);
    assert.deepStrictEqual(captioned('Prices, US$ per tonne', '| Product | Feb 2025 |', '| Urea | 640 |', '\n\n\n'), ['640 [count  640]']);
    // A percent change in words around its mark (`(year-end, annual % change)`), and a cell
    // that is a range of two numbers, read in it as one figure.
    assert.deepStrictEqual(captioned('(year-end, annual % change)', '| Year | Target | Forecast range |', '| 2025 | 24 | 25 – 29 |', '\n\n'), ['24% [percent % 24]', '25 – 29% [percent % 25]']);
    assert.deepStrictEqual(captioned('Output, % change', '| Item | 2024 |', '| Rice | 3 |'), ['3% [percent % 3]']);
    // A caption whose end reads as no unit leaves a header's count noun its column.
    assert.deepStrictEqual(captioned('Operable reactors, end-2024 (source: PRIS).', '| Country | Reactors |', '| France | 57 |'), ['57 reactors [count reactor 57]']);
  });
});
