import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { bareCounts } from './bareCounts';

// A number and a scale word with no noun after them, in a source: a count of any noun.

describe('dataset/bareCounts', () => {
  const counts = (text: string) => bareCounts(text, { start: 0, end: text.length }, extractFigures(text, 0, text.length)).map((f) => [f.text, f.low, f.precision, f.unit, f.bare]);

  it('reads a number and its scale with nothing after them', () => {
    assert.deepStrictEqual(counts('Electric car sales neared 14 million in 2023, and registrations reached 8.1 million.'), [
      ['14 million', 14e6, 1e6, '', true],
      ['8.1 million', 8.1e6, 1e5, '', true],
    ]);
    assert.deepStrictEqual(counts('Visitors rose to 1,250 thousand.'), [['1,250 thousand', 1.25e6, 1e3, '', true]]);
  });

  it('reads a plain number after a verb of a level, with no noun after it', () => {
    assert.deepStrictEqual(counts('Passengers per movement averaged 137 in 2024, compared with 133 in 2023.'), [
      ['137', 137, 1, '', true],
      ['133', 133, 1, '', true],
    ]);
    assert.deepStrictEqual(counts('Active shortages fell to 1,200 by March.'), [['1,200', 1200, 100, '', true]]);
    // The perfect and other verbs of a new level.
    assert.deepStrictEqual(counts('Operating smelters have risen to 54 from 11 in 2019.'), [['54', 54, 1, '', true]]);
    assert.deepStrictEqual(counts('Open cases have declined to 300 this year.'), [['300', 300, 100, '', true]]);
    // A total a new count brings it to, at the end of the sentence too.
    assert.deepStrictEqual(counts('The 15th package added 52 vessels, bringing the total to 79.'), [['79', 79, 1, '', true]]);
    assert.deepStrictEqual(counts('The new listings take the tally of shadow fleet vessels sanctioned by the UK to 287.'), [['287', 287, 1, '', true]]);
    assert.deepStrictEqual(counts('The new listings bring to 342 the number of vessels designated.'), [['342', 342, 1, '', true]]);
    assert.deepStrictEqual(counts('Prices rose to 1.5 in May; shares took to 40% gains.'), [['1.5', 1.5, 0.1, '', true]]);
    // A number's old level: what the number of something went from.
    assert.deepStrictEqual(counts('It also reduced the number of ministries from 18 to nine.'), [['18', 18, 1, '', true]]);
    assert.deepStrictEqual(counts('It cut staff from 18 to nine; a number of ministries from 2019 merged.'), []);
    // With its qualifier: `fell to about 4,400`.
    assert.deepStrictEqual(
      bareCounts('Running hours fell to about 4,400, and reached nearly 2,000 in May.', { start: 0, end: 69 }, []).map((f) => [f.text, f.low, f.qualifier]),
      [
        ['about 4,400', 4400, 'approximate'],
        ['nearly 2,000', 2000, 'nearly'],
      ],
    );
    // A year, a percent, a figure with its noun: not bare counts.
    assert.deepStrictEqual(counts('Output reached 2019 levels; the share rose to 12 per cent; exports reached 40 ships and fell to 12%.'), []);
  });

  it('reads a number of `them` (`By August, 14 of them had stopped`), not a year of them', () => {
    assert.deepStrictEqual(counts('By August, 14 of them had stopped to cut their losses.'), [['14', 14, 1, '', true]]);
    assert.deepStrictEqual(counts('In 2024 of those mills, none closed; 3.5 of these were shut.'), []);
  });

  it('reads the part of a whole named before it, with its verb after it', () => {
    assert.deepStrictEqual(counts('Of the 24 major projects we examined, 15 are behind schedule.'), [['15', 15, 1, '', true]]);
    // No verb after it: no part (`Of the 24 projects examined, 15 in 2023 …`).
    assert.deepStrictEqual(counts('Of the 24 projects we examined, 15 in all.'), []);
  });

  it('reads a number grouped by thousands with no noun after it, by commas or spaces', () => {
    assert.deepStrictEqual(counts('Botswana alone holds about 130 000, roughly a third of the total.'), [['about 130 000', 130000, 1000, '', true]]);
    assert.deepStrictEqual(counts('Of those reported,\n1 014 were prosecuted and 1,412 convicted.'), [
      ['1 014', 1014, 1, '', true],
      ['1,412', 1412, 1, '', true],
    ]);
    // A percent, a decimal, a year, a number of fewer than four digits: none.
    assert.deepStrictEqual(counts('Some 1,250.5 of them, 12,400% more, in 2024, and 640 others.'), []);
  });

  it('reads a total brought to a number in words, and how many times (`twice`)', () => {
    assert.deepStrictEqual(counts('Japan has now used 15.32 trillion yen, bringing the number of operations to four.'), [['four', 4, 1, '', true]]);
    assert.deepStrictEqual(counts('Tokyo intervened twice: about 5.9 trillion yen on April 29.'), [['twice', 2, 1, '', true]]);
  });

  it('near miss: `twice` as a ratio (`twice as high`, `more than twice`, `twice the size`)', () => {
    assert.deepStrictEqual(counts('Output in 2024 was twice as high, more than twice 2023, and twice the size.'), []);
  });

  it('reads a decade or a century as years, which back and contradict nothing (`dated`)', () => {
    const years = (text: string) => bareCounts(text, { start: 0, end: text.length }, extractFigures(text, 0, text.length)).map((f) => [f.text, f.low, f.unit, f.dated]);
    assert.deepStrictEqual(years('Against more than $1 for plants tendered a decade earlier, and one century on.'), [
      ['a decade', 10, 'year', true],
      ['one century', 100, 'year', true],
    ]);
    // With a word of how many more or fewer: its bound (`more than a century`: over 100 years).
    const bounds = (text: string) => bareCounts(text, { start: 0, end: text.length }, extractFigures(text, 0, text.length)).map((f) => [f.text, f.low, f.qualifier]);
    assert.deepStrictEqual(bounds('Costs fell 60% in nearly a decade, after over a decade of drought.'), [
      ['nearly a decade', 10, 'nearly'],
      ['over a decade', 10, 'more-than'],
    ]);
    assert.deepStrictEqual(bounds('Chevron has operated in Venezuela for more than a century, its rival for about a decade.'), [
      ['more than a century', 100, 'more-than'],
      ['about a decade', 10, 'approximate'],
    ]);
    // `over a decade` right after an amount is the stretch it is spread across.
    assert.deepStrictEqual(years('The company has committed about $40 billion over a decade to new projects.'), [['a decade', 10, 'year', true]]);
  });

  it('reads a total a count is raised to', () => {
    assert.deepStrictEqual(counts('The reform will raise the tally of years people must work to qualify for a full pension to 43 from 2027.'), [['43', 43, 1, '', true]]);
  });

  it("reads a goal's or a cap's number, with no noun after it", () => {
    assert.deepStrictEqual(counts('It cut its original goal of about 800 because of engine shortages.'), [['about 800', 800, 100, '', true]]);
    assert.deepStrictEqual(counts('Output stays under a cap of 38 a month.'), [['38', 38, 1, '', true]]);
    // A year is no count: `a target of 2030`.
    assert.deepStrictEqual(counts('It set a target of 2030 for the 12 plants.'), []);
  });

  it('reads a level verb and its number across a wrapped line', () => {
    assert.deepStrictEqual(counts('Transit voyages climbed\nto 92 from 75 in 2023.'), [['92', 92, 1, '', true]]);
  });

  it("reads a vote's tally, the larger side first, as each side's votes", () => {
    assert.deepStrictEqual(counts('The House passed the bill on May 22 by a single vote, 215 to 214.'), [
      ['215', 215, 1, '', true],
      ['214', 214, 1, '', true],
    ]);
    assert.deepStrictEqual(counts('The resolution was adopted 141-5 in a vote on Friday.'), [
      ['141', 141, 1, '', true],
      ['5', 5, 1, '', true],
    ]);
  });

  it("reads one side's votes with no noun (`284 against`) in a sentence about a vote", () => {
    assert.deepStrictEqual(counts('The vote gave her 401 votes in favour, 284 against and 15 abstentions.'), [['284', 284, 1, '', true]]);
    assert.deepStrictEqual(counts('The yen rose 5 against the dollar in 2024.'), []);
  });

  it('near miss: no vote, or the smaller number first (a range of ages)', () => {
    assert.deepStrictEqual(counts('The score was 215 to 214.'), []);
    assert.deepStrictEqual(counts('Those aged 18 to 24 voted most.'), []);
  });

  it('near miss: a count with its noun, money, a quantity and a decimal part are figures of their own', () => {
    assert.deepStrictEqual(counts('It sold 2.4 million units for $3 million, shipped 5 million tonnes and US$7 billion.'), []);
  });
});
