import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { datedYears } from './datedYears';

// `last year`, `this year` and `next year` in a source: years read from its date.

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

  it('near miss: no date, no year; a year of its own is not read again; `a year` is a rate', () => {
    assert.deepStrictEqual(years('Capex rose from $29.8bn last year.', undefined), []);
    assert.deepStrictEqual(years('The market is worth $4bn a year, up 5% in the past year.', '2025-01-16'), []);
  });
});
