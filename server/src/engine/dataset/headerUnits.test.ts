import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { headerUnitFigures, tableCells } from './headerUnits';

// A table's unit given once in the column's header, read into its bare numbers.

/** The figures the header gives the row's bare numbers: `text [kind unit low]`. */
function read(header: string, row: string): string[] {
  const text = `${header}\n| --- | --- |\n${row}\n`;
  const rowStart = text.lastIndexOf(row);
  const span = { start: rowStart, end: rowStart + row.length };
  const found = extractFigures(text, span.start, span.end);
  return headerUnitFigures(text, span, { start: 0, end: header.length }, found).map((f) => {
    assert.match(text.slice(f.span.start, f.span.end), /^[~≈]?\d/, 'the span is the number in the cell');
    return `${f.text} [${f.kind} ${f.unit} ${f.low}]`;
  });
}

describe('dataset/headerUnits', () => {
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
    // No unit: a header without brackets, a count of thousands in digits, a year.
    ['| Country | Production |', '| Chile | 44 |', []],
    ["| Country | Output ('000 t) |", '| Chile | 44 |', []],
    ['| Country | Output (2023) |', '| Chile | 44 |', []],
    // A cell that is a figure already, or no number, is left as it is.
    ['| Country | Output (tonnes) |', '| Chile | 44 kt |', []],
    ['| Country | Output (tonnes) |', '| Chile | n/a |', []],
  ];
  for (const [header, row, expected] of cases) {
    it(`${header} ${row} → ${expected.join(', ') || 'nothing'}`, () => assert.deepStrictEqual(read(header, row), expected));
  }
});
