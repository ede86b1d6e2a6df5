import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { namedYear, periodAfter, sentenceYearOf, yearAfter } from './yearOf';

// The year right after a figure: the year it is of.

describe('check/yearOf', () => {
  const years = (text: string) => {
    const found = extractFigures(text, 0, text.length);
    return found.map((f, i) => [f.text, yearAfter(text, f, found[i + 1])]);
  };

  it('a year right after a figure, past `in` and a rate the figure leaves out', () => {
    assert.deepStrictEqual(years('Output rose 23% in 2023 and 18% in 2024.'), [
      ['23%', 2023],
      ['2023', undefined],
      ['18%', 2024],
      ['2024', undefined],
    ]);
    assert.deepStrictEqual(years('Prices averaged $68,000 a tonne in 2022 and $46,000/t during 2023.').filter(([, y]) => y !== undefined), [
      ['$68,000', 2022],
      ['$46,000', 2023],
    ]);
    // A year whose prices an amount is told in is none it is of.
    assert.deepStrictEqual(years('The remaining cost is £44 billion in 2023 prices, against £40 billion in 2024.').filter(([, y]) => y !== undefined), [['£40 billion', 2024]]);
    assert.strictEqual(namedYear('The bill came to £44 billion in 2023 prices.', extractFigures('The bill came to £44 billion in 2023 prices.')), undefined);
    // `at the end of`, `by the end of`: that year's level.
    assert.deepStrictEqual(years('USDC grew to $60.2 billion, up from $43.9 billion at the end of 2024.').filter(([, y]) => y !== undefined), [['$43.9 billion', 2024]]);
    // What a share is of, in a few words.
    assert.deepStrictEqual(years('Oil and gas provided about 30% of federal revenue in 2025 and 23% in 2024.').filter(([, y]) => y !== undefined), [
      ['about 30%', 2025],
      ['23%', 2024],
    ]);
    // An abbreviation with its stops among those words (`of U.S. soybeans`).
    assert.deepStrictEqual(years('Beijing committed to buy 12 million tonnes of U.S. soybeans by the end of 2025.').filter(([, y]) => y !== undefined), [['12 million tonnes', 2025]]);
    // A note in brackets between: `(gutted weight)`, as a claim's conflicting guidance of 2025 is not.
    assert.deepStrictEqual(years('Mowi harvested 502,000 tonnes (gutted weight) in 2024.').filter(([, y]) => y !== undefined), [['502,000 tonnes', 2024]]);
    // A season with a fiscal year's letters glued on.
    assert.deepStrictEqual(years('receipts of $7.2 billion in FY2024/25, down from $8.8 billion in FY2022/23').filter(([, y]) => y !== undefined), [
      ['$7.2 billion', 2024.5],
      ['$8.8 billion', 2022.5],
    ]);
  });

  it("the one year a sentence names after `in` or `during`, unless the figure has words of another year or a year of its own; whole years back from it, the year they name", () => {
    const named = (text: string) => {
      const found = extractFigures(text, 0, text.length);
      const named = namedYear(text, found);
      return found.flatMap((f, i) => (f.kind === 'year' ? [] : [[f.text, sentenceYearOf(text, f, found[i + 1], named)]]));
    };
    assert.deepStrictEqual(named('In 2024 the United States took 82.3% of those exports.'), [['82.3%', 2024]]);
    assert.deepStrictEqual(named('Exports rose in mid-2024 to 3.1 million tonnes.'), [['3.1 million tonnes', 2024]]);
    assert.deepStrictEqual(named('In 2024 yards took 70% of orders, up from 60% a year earlier.'), [['70%', 2024], ['60%', 2023]]);
    assert.deepStrictEqual(named('In 2024 output was 857 kt, against 934 kt the year before and 900 kt the previous year.'), [['857 kt', 2024], ['934 kt', 2023], ['900 kt', 2023]]);
    // And on from it.
    assert.deepStrictEqual(named('Its net assets were $51.6 billion at the end of 2024 and $68.3 billion a year later.'), [['$51.6 billion', undefined], ['$68.3 billion', 2025]]);
    assert.deepStrictEqual(named('E-fuels must reach 1.2% in 2030 and 35% by mid-century.'), [['1.2%', undefined], ['35%', undefined]]);
    assert.deepStrictEqual(named('Stocks stood at 6.8 million tonnes in July, against 9.1 million tonnes a year earlier, as in 2024.'), [['6.8 million tonnes', 2024], ['9.1 million tonnes', 2023]]);
    assert.deepStrictEqual(named('Chad’s appeal has more than doubled since 2023, to $1.45 billion.'), [['$1.45 billion', undefined]]);
    assert.deepStrictEqual(named('The rate averaged $1,552 in 2023, barely above the $1,420 of 2019.'), [['$1,552', undefined], ['$1,420', undefined]]);
    assert.deepStrictEqual(named('Prices were 6% lower than in 2023.'), [['6%', undefined]]);
    // `for` a year, a marketing or fiscal year, and a season, which is one year too.
    assert.deepStrictEqual(named('The estimate for 2024/25 is lower, at 8.8 million tonnes.'), [['8.8 million tonnes', 2024.5]]);
    assert.deepStrictEqual(named('Soybean exports in MY 2025/26 are projected at 105.5 million tonnes.'), [['105.5 million tonnes', 2025.5]]);
    assert.deepStrictEqual(named('Exports between 2020 and 2024 reached 105.5 million tonnes.'), [['105.5 million tonnes', undefined]]);
    assert.deepStrictEqual(named('In 2023 and 2024 output grew 5%.'), [['5%', undefined]]);
    // A verb of a year's end or start names it too; a figure of the year before does not take it.
    assert.deepStrictEqual(named('EUAs ended 2025 at €80.9 a tonne.'), [['€80.9', 2025]]);
    assert.deepStrictEqual(named('Brent began 2024 at $77 a barrel.'), [['$77', 2024]]);
    // So does `at the end of` before it.
    assert.deepStrictEqual(named('Private stocks at the end of June 2024 fell to 1.97 million tonnes.'), [['1.97 million tonnes', 2024]]);
    assert.deepStrictEqual(named('It harvested 50.9 million tonnes in 2024/25 and should reach 51.8 million tonnes this season.').filter(([t]) => t !== '50.9 million tonnes'), [['51.8 million tonnes', undefined]]);
    assert.deepStrictEqual(named('Russia supplied 40% of world exports in 2024, against 34% two years earlier.'), [['40%', 2024], ['34%', 2022], ['two years', 2024]]);
    assert.deepStrictEqual(named('In 2024 reserves reached $6.5 billion, up from $6.1 billion six months before.'), [['$6.5 billion', 2024], ['$6.1 billion', undefined], ['six months', 2024]]);
    assert.deepStrictEqual(named("Exports earned A$9.9 billion in 2023, about half the previous year's A$20.1 billion."), [['A$9.9 billion', undefined], ['about half', undefined], ['A$20.1 billion', undefined]]);
    // A clause that ends at a semicolon before the year is named is not of that year; one after it is.
    assert.deepStrictEqual(named('Rotterdam peaked at $8,420; in June 2025 Genoa was still at $5,180.'), [['$8,420', undefined], ['$5,180', 2025]]);
    assert.deepStrictEqual(named('In 2025 Rotterdam fell to $3,250; Genoa was at $3,920.'), [['$3,250', 2025], ['$3,920', 2025]]);
    assert.deepStrictEqual(named('In the 2024 survey the median demand had been $1.2 million.'), [['$1.2 million', 2024]]);
    // Whose a year is, or `the`, before it: `China's 2024 contract`, `The 2023 harvest`.
    assert.deepStrictEqual(named("China's 2024 contract was signed at $273 a tonne."), [['$273', 2024]]);
    assert.deepStrictEqual(named('The 2023 harvest had been 6.70 million tonnes.'), [['6.70 million tonnes', 2023]]);
    assert.deepStrictEqual(named('For end-2026 the bank projects inflation of 16%.'), [['16%', 2026]]);
    // The year of a change's old level is that end's, not the sentence's.
    assert.deepStrictEqual(named("The BJP's tally fell to 240 seats, from 303 in 2019."), [['240 seats', undefined], ['303', undefined]]);
    // So is that of a figure compared with.
    assert.deepStrictEqual(named('Exports were almost $24bn, against $11.1bn in 2023-24.'), [['almost $24bn', undefined], ['$11.1bn', undefined]]);
    assert.deepStrictEqual(named('Exports were almost $24bn in 2023-24, against $11.1bn.'), [['almost $24bn', undefined], ['$11.1bn', 2023.5]]);
  });

  it('a month, season, quarter or half right after a figure', () => {
    const periods = (text: string) => extractFigures(text, 0, text.length).map((f) => [f.text, periodAfter(text, f)]);
    assert.deepStrictEqual(periods('TTF averaged €46/MWh in February and €42.5/MWh over the summer.'), [
      ['€46', 'february'],
      ['€42.5', 'summer'],
    ]);
    assert.deepStrictEqual(periods('Brent averaged $80 a barrel in Q1, $75 in the second quarter and $70 in Sept.'), [
      ['$80', 'q1'],
      ['$75', 'second quarter'],
      ['$70', 'september'],
    ]);
    // Not a stretch of the year: a place, a year, `may`.
    assert.deepStrictEqual(periods('Sales rose 5% in France, 6% in 2024 and 7% in May.'), [
      ['5%', undefined],
      ['6%', undefined],
      ['2024', undefined],
      ['7%', undefined],
    ]);
  });

  it("a season or financial year: its first year and a half, not the calendar year's", () => {
    assert.deepStrictEqual(years('Cameroon produced 300,000 tonnes in 2022/23 and 290,000 tonnes in 2023/24.').filter(([, y]) => y !== undefined), [
      ['300,000 tonnes', 2022.5],
      ['290,000 tonnes', 2023.5],
    ]);
  });

  it('a year after what a share is of', () => {
    assert.deepStrictEqual(years('Spending rose to 3.6% of GDP in 2025.'), [
      ['3.6%', 2025],
      ['2025', undefined],
    ]);
  });

  it('near miss: a year further away, or before the figure, dates nothing', () => {
    assert.deepStrictEqual(years('In 2024, output rose 18% on the year before 2023 ended.').filter(([, y]) => y !== undefined), []);
    assert.deepStrictEqual(years('Output rose 18%, the most since 2011.').filter(([, y]) => y !== undefined), []);
  });
});
