import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { yearAfter } from './yearOf';

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

  it('near miss: a year further away, or before the figure, dates nothing', () => {
    assert.deepStrictEqual(years('In 2024, output rose 18% on the year before 2023 ended.').filter(([, y]) => y !== undefined), []);
    assert.deepStrictEqual(years('Output rose 18%, the most since 2011.').filter(([, y]) => y !== undefined), []);
  });
});
