import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { checkCases } from '../testing/cases';
import { changeEnds, pointsBetween } from './pointsBetween';

// A change in percentage points given by its two ends.

describe('check/pointsBetween', () => {
  const figure = (text: string) => extractFigures(text, 0, text.length)[0];

  it('the difference of the two ends, to their precision, and its way', () => {
    const [to, from] = extractFigures('Its share rose to 78%, from 76% in 2023.', 0, 41).filter((f) => f.kind === 'percent');
    assert.strictEqual(pointsBetween(figure('up two percentage points'), to, from, 0.02), true);
    assert.strictEqual(pointsBetween(figure('a 2 pp gain'), to, from, 0.02), true);
    assert.strictEqual(pointsBetween(figure('up three percentage points'), to, from, 0.02), false);
    assert.strictEqual(pointsBetween(figure('fell two percentage points'), to, from, 0.02), false, 'the other way');
    assert.strictEqual(pointsBetween(figure('up 2%'), to, from, 0.02), false, 'a percent is no points');
  });

  it("a change's new and old levels, in that order", () => {
    const found = extractFigures('Its share rose to 78%, from 76% in 2023.', 0, 41);
    assert.deepStrictEqual(changeEnds(found, (f) => f).map(([to, from]) => [to.text, from.text]), [['78%', '76%']]);
    // The level nearest before an old one, of no change of its own.
    const text = 'The load factor was 69.5 per cent in 2024-25, up from 68.7 per cent in 2023-24.';
    assert.deepStrictEqual(changeEnds(extractFigures(text), (f) => f).map(([to, from]) => [to.text, from.text]), [['69.5 per cent', '68.7 per cent']]);
  });
});

describe('check: a change in percentage points given by its two ends', () => {
  const cobalt = (points: string): string => `
        --- /w/b.brief
        China's share of refined cobalt output rose ${points} percentage points last year [@report].
        --- /w/sources/report.txt
        Cobalt market report

        China's share of refined cobalt output rose to 78%, from 76% in 2023.
  `;
  checkCases([
    {
      name: "backed by the cited source's two ends",
      fixture: cobalt('two'),
      expect: [],
    },
    {
      name: 'near miss: points the ends do not make',
      fixture: cobalt('three'),
      expect: ['figure-not-in-source@three percentage points'],
    },
    {
      name: 'backed by a level and the old one after it (`69.5 per cent in 2024-25, up from 68.7 per cent`)',
      fixture: `
        --- /w/b.brief
        Coal units ran at an average plant load factor of 69.5%, 0.8 percentage points higher than a year earlier [@mop].
        --- /w/sources/mop.txt
        Year-end review

        Coal-based plants operated at an average plant load factor of 69.5 per cent in 2024-25, up from 68.7 per cent in 2023-24.
      `,
      expect: [],
    },
    {
      name: "backed where the sentence's own two ends are",
      fixture: `
        --- /w/b.brief
        The coffee margin shrank to 23.4% in the quarter from 28.1% a year before, a 4.7-point drop [@ft].
        --- /w/sources/ft.txt
        Roasters squeezed

        The US retail coffee operating margin was 23.4% in the quarter. A year before, the coffee margin stood at 28.1%.
      `,
      expect: [],
    },
  ]);
});
