import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { periodAfter, yearAfter } from './yearOf';

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
