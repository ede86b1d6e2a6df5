import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { datedYears } from './datedYears';

// `last year`, `this year`, `this month`, `on 24 February` in a source: years read from its date.

describe('dataset/datedYears', () => {
  const years = (text: string, date: string | undefined) =>
    datedYears(text, { start: 0, end: text.length }, date, extractFigures(text, 0, text.length)).map((f) => [f.text, f.low, f.dated]);

  it("reads a year from the source's date", () => {
    assert.deepStrictEqual(years('Capex rose to $38bn from $29.8bn last year, and will double this year.', '2025-01-16'), [
      ['last year', 2024, true],
      ['this year', 2025, true],
    ]);
    assert.deepStrictEqual(years('Next year the plant opens.', '2024-06-30'), [['Next year', 2025, true]]);
  });

  const dates = (text: string, date: string) =>
    datedYears(text, { start: 0, end: text.length }, date, extractFigures(text, 0, text.length)).map((f) => [f.text, f.low, f.month]);

  it("dates a day of the week by the source's date: the last such day up to it", () => {
    assert.deepStrictEqual(dates('Ethiopia said Monday it had reached an agreement.', '2025-03-24'), [['Monday', 2025, 3]]);
    // Thursday before a Saturday the 1st is in the month before.
    assert.deepStrictEqual(dates('The watchdog suspended imports on Thursday.', '2024-06-01'), [['Thursday', 2024, 5]]);
    // Not a name's weekday, nor a source of no day.
    assert.deepStrictEqual(dates('Black Friday sales rose.', '2024-12-02'), []);
    assert.deepStrictEqual(dates('It said on Monday it would sell.', '2024-12'), []);
  });

  it("dates a day and month without a year, and `this month`, by the source's date", () => {
    assert.deepStrictEqual(dates('The cables were damaged on 24 February, and the ship sank on March 2.', '2024-03-05'), [
      ['24 February', 2024, 2],
      ['March 2', 2024, 3],
    ]);
    assert.deepStrictEqual(dates('Two cables were severed this month, after one last month.', '2023-01-15'), [
      ['this month', 2023, 1],
      ['last month', 2022, 12],
    ]);
    assert.deepStrictEqual(dates('It was cut on Feb. 2, apparently by a trawler.', '2023-02-15'), [['Feb. 2', 2023, 2]]);
  });

  it("dates a month alone after a word of time (`in June`, `since March`) by the source's date", () => {
    assert.deepStrictEqual(dates('Remittances fell 16.2% in June from a year earlier, and have fallen since March.', '2025-08-01'), [
      ['June', 2025, 6],
      ['March', 2025, 3],
    ]);
    assert.deepStrictEqual(dates('In October output fell 5%, as it had in mid-July.', '2025-08-01'), [['July', 2025, 7]]);
    assert.deepStrictEqual(dates('Prices rose 5% in May 2024, and May see 3% more.', '2025-08-01'), []);
    // At the sentence's start, before its verb.
    assert.deepStrictEqual(dates('October has been the driest October since records began in 1950.', '2023-10-31'), [['October', 2023, 10]]);
    assert.deepStrictEqual(dates('December saw 4% less rain.', '2023-10-31'), []);
  });

  it("near miss: a month after the source's own (last year's, or the coming one's); a date with its year", () => {
    assert.deepStrictEqual(dates('The levy takes effect on April 3.', '2025-03-27'), []);
    assert.deepStrictEqual(dates('The cables were damaged on 24 February 2024.', '2024-03-05'), []);
    assert.deepStrictEqual(dates('Talks on March 3-4 ended.', '2024-03-05'), []);
  });

  it('near miss: no date, no year; a year of its own is not read again; `a year` is a rate', () => {
    assert.deepStrictEqual(years('Capex rose from $29.8bn last year.', undefined), []);
    assert.deepStrictEqual(years('The market is worth $4bn a year, up 5% in the past year.', '2025-01-16'), []);
  });
});
