import * as assert from 'node:assert';
import { captionAbove, isSpacedTableLine, subheadingAbove, tableRowAt } from './tables';

// A table's row read against its header: Markdown's pipes, and a PDF page's spaces.

/** The row on the line holding `rowText`: each column's header words and the row's cell under it. */
function read(text: string, rowText: string): Array<[string, string]> | undefined {
  const start = text.indexOf(rowText);
  const table = tableRowAt(text, { start, end: start + rowText.length });
  return table?.columns.map((c, i) => [c.text, text.slice(table.cells[i].start, table.cells[i].end)]);
}

describe('dataset/tables', () => {
  it("a table's caption: its words after its number, with the lines under it; none past prose", () => {
    const caption = (text: string): string | undefined => {
      const header = text.indexOf('      2023');
      const span = captionAbove(text, header);
      return span && text.slice(span.start, span.end);
    };
    assert.strictEqual(caption('Table 3. LME nickel cash price, annual average\nUnit: US$ per tonne\n\n      2023      2024\n'), 'LME nickel cash price, annual average\nUnit: US$ per tonne');
    assert.strictEqual(caption('Table 2. Planned wafer capacity,\n2024-2030 (year-end)\nThousand wafer starts per month\n\n      2023      2024\n'), 'Planned wafer capacity,\n2024-2030 (year-end)\nThousand wafer starts per month');
    assert.strictEqual(caption('TABLE 2: Exports\n(thousand tonnes)\n      2023      2024\n'), 'Exports\n(thousand tonnes)');
    assert.strictEqual(caption('Table 1. Exports\n\nby origin\n\n      2023      2024\n'), undefined);
    assert.strictEqual(caption('Table 1. Exports\nPrices fell as supply outran demand.\n      2023      2024\n'), undefined);
    // A line of the unit is none, though it reads as a sentence.
    assert.strictEqual(caption("Table 3.1: Australia's iron ore outlook\nUnit: Mt, unless otherwise stated. Prices in US$ a tonne.\n\n      2023      2024\n"), "Australia's iron ore outlook\nUnit: Mt, unless otherwise stated. Prices in US$ a tonne.");
  });

  it('a Markdown row: the cells under the header row', () => {
    const text = '| Country | Share (%) |\n| --- | --- |\n| Chile | 24 |\n';
    assert.deepStrictEqual(read(text, '| Chile | 24 |'), [
      ['Country', 'Chile'],
      ['Share (%)', '24'],
    ]);
  });

  it("a total row's emphasis is no part of its cells", () => {
    const text = '| Source | 2023 | 2024 |\n| --- | --- | --- |\n| **Solar PV, total** | **216.9** | **277.2** |\n';
    assert.deepStrictEqual(read(text, '| **Solar PV, total** | **216.9** | **277.2** |'), [
      ['Source', 'Solar PV, total'],
      ['2023', '216.9'],
      ['2024', '277.2'],
    ]);
  });

  it('a table kept by spaces: a header over two lines, numbers flush right', () => {
    const text = [
      'Table 1. Weekly vessel transits through selected chokepoints',
      '',
      'Chokepoint                      2023        Week to         Change',
      '                                average     11 Feb 2024     (%)',
      'Suez Canal (all vessels)        489         284             -42',
      'Cape of Good Hope (all)         433         755             +74',
      '',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Suez Canal (all vessels)        489         284             -42'), [
      ['Chokepoint', 'Suez Canal (all vessels)'],
      ['2023 average', '489'],
      ['Week to 11 Feb 2024', '284'],
      ['Change (%)', '-42'],
    ]);
  });

  it('row labels under no header word, a missing cell, a year in the header', () => {
    const text = [
      'No. Candidate pair                                  Votes       %',
      '1   Anies Baswedan - Muhaimin Iskandar         40,971,906   24.95',
      '    Total valid votes                         164,227,475  100.00',
      '',
      'Country            2022      2023',
      'Indonesia         1,580     2,030',
      '   Other            400       420',
    ].join('\n');
    // Two cells under one header cell are one.
    assert.deepStrictEqual(read(text, '1   Anies Baswedan - Muhaimin Iskandar         40,971,906   24.95'), [
      ['No. Candidate pair', '1   Anies Baswedan - Muhaimin Iskandar'],
      ['Votes', '40,971,906'],
      ['%', '24.95'],
    ]);
    assert.deepStrictEqual(read(text, 'Total valid votes                         164,227,475  100.00')?.map(([, cell]) => cell), [
      'Total valid votes',
      '164,227,475',
      '100.00',
    ]);
    assert.deepStrictEqual(read(text, 'Other            400       420'), [
      ['Country', 'Other'],
      ['2022', '400'],
      ['2023', '420'],
    ]);
  });

  it('a header cell over several columns names each of them', () => {
    const text = [
      '                              Global capacity (GW)          China share (%)',
      'Segment                       2023          2024            2023        2024',
      'Cells                          920         1 220              86          89',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Cells                          920         1 220              86          89'), [
      ['Segment', 'Cells'],
      ['Global capacity (GW) 2023', '920'],
      ['Global capacity (GW) 2024', '1 220'],
      ['China share (%) 2023', '86'],
      ['China share (%) 2024', '89'],
    ]);
  });

  it('a heading set centred over a group of columns, narrower than they are, names all of them', () => {
    const text = [
      '                                        $ billion                     Growth rate (%)',
      'Region                        2021    2022    2023   2024e²      2023   2024e   2025f³',
      'Middle East & North Africa      64      62      55      58      -11.3     5.5     3.0',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Middle East & North Africa      64      62      55      58      -11.3     5.5     3.0'), [
      ['Region', 'Middle East & North Africa'],
      ['$ billion 2021', '64'],
      ['$ billion 2022', '62'],
      ['$ billion 2023', '55'],
      ['$ billion 2024e²', '58'],
      ['Growth rate (%) 2023', '-11.3'],
      ['Growth rate (%) 2024e', '5.5'],
      ['Growth rate (%) 2025f³', '3.0'],
    ]);
  });

  it("a heading in the gap between two columns, over neither, names both; one over the row labels' place is theirs", () => {
    const text = [
      '                            MCV1 coverage     MCV2 coverage',
      'WHO region                       (%)               (%)',
      '                            2022    2023      2022    2023',
      'African                       69      70        45      48',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'African                       69      70        45      48'), [
      ['WHO region', 'African'],
      ['MCV1 coverage (%) 2022', '69'],
      ['MCV1 coverage (%) 2023', '70'],
      ['MCV2 coverage (%) 2022', '45'],
      ['MCV2 coverage (%) 2023', '48'],
    ]);
  });

  it('a heading set flush left over the first of its group names the columns after it that no heading stands over', () => {
    const text = [
      '                      Inflows                       Annual       Remittances as a',
      '                      (US$ million)                 growth (%)   share of GDP (%)',
      'Country               2023           2024           2024         2023        2024',
      'Nicaragua             4 660          5 243           12.5         26.2        27.3',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Nicaragua             4 660          5 243           12.5         26.2        27.3'), [
      ['Country', 'Nicaragua'],
      ['Inflows (US$ million) 2023', '4 660'],
      ['Inflows (US$ million) 2024', '5 243'],
      ['Annual growth (%) 2024', '12.5'],
      ['Remittances as a share of GDP (%) 2023', '26.2'],
      ['Remittances as a share of GDP (%) 2024', '27.3'],
    ]);
  });

  it('a heading centred over the middle of its group names as many unheaded columns on either side', () => {
    const text = [
      '                                     Verified emissions                 Change',
      '                                        (Mt CO2e)                     2024/2023',
      'Sector                          2022        2023        2024             (%)',
      'Electricity and heat             730         560         505            -9.8',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Electricity and heat             730         560         505            -9.8'), [
      ['Sector', 'Electricity and heat'],
      ['Verified emissions (Mt CO2e) 2022', '730'],
      ['Verified emissions (Mt CO2e) 2023', '560'],
      ['Verified emissions (Mt CO2e) 2024', '505'],
      ['Change 2024/2023 (%)', '-9.8'],
    ]);
  });

  it('a rule drawn between the header and the rows is neither', () => {
    const text = [
      '                                              2030              2030',
      'Region                        2022      (without CHIPS)     (projected)',
      '---------------------------------------------------------------------------',
      'Taiwan                         18            18                 16',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'Taiwan                         18            18                 16'), [
      ['Region', 'Taiwan'],
      ['2022', '18'],
      ['2030 (without CHIPS)', '18'],
      ['2030 (projected)', '16'],
    ]);
  });

  it("a line of one cell right above the header, over one of its columns, is that column's upper line", () => {
    const table = (upper: string): string =>
      [
        'Table 3.1   Imports of mobile phone parts by source, US$ billion',
        '',
        upper,
        'Source                 FY 2023-24    FY 2024-25    FY 2024-25 (%)',
        'China                         9.8          11.6                54',
        '',
      ].join('\n');
    const row = 'China                         9.8          11.6                54';
    assert.deepStrictEqual(read(table('                                                     Share in'), row), [
      ['Source', 'China'],
      ['FY 2023-24', '9.8'],
      ['FY 2024-25', '11.6'],
      ['Share in FY 2024-25 (%)', '54'],
    ]);
    // Over several columns it names a group, a centred heading's reading would stretch to
    // every column: left out; a unit in brackets is the table's caption.
    for (const upper of ['                       Annual imports and their share', '                                                     (billion)']) {
      assert.deepStrictEqual(read(table(upper), row)?.[3], ['FY 2024-25 (%)', '54'], upper);
    }
  });

  it("a projection's year in the header, a subheading between rows", () => {
    const text = [
      '                                         2023   2024P   2025P',
      '   Augmented debt                        116.4   124.0   131.2',
      '   Memorandum item:',
      '     LGFV debt (trillion yuan) 2/        60.4    65.7    71.0',
    ].join('\n');
    assert.deepStrictEqual(read(text, 'LGFV debt (trillion yuan) 2/        60.4    65.7    71.0'), [
      ['', 'LGFV debt (trillion yuan) 2/'],
      ['2023', '60.4'],
      ['2024P', '65.7'],
      ['2025P', '71.0'],
    ]);
  });

  it("a group's words with its unit in brackets (`Value (US$ billion)`) is the unit of the rows below it, no line of the header", () => {
    const text = [
      '                                        2022        2023        2024',
      'Volumes (thousand tonnes)',
      '  Imports                             14,870      13,240      11,050',
      'Value (US$ billion)',
      '  Petrol import bill                    11.6         9.8         8.1',
    ].join('\n');
    const subheading = (row: string): [unknown, string | undefined] => {
      const at = text.indexOf(row);
      const found = tableRowAt(text, { start: at, end: at + row.length });
      return [read(text, row), found && subheadingAbove(text, at, found.header.start)];
    };
    assert.deepStrictEqual(subheading('  Imports                             14,870      13,240      11,050'), [[['', 'Imports'], ['2022', '14,870'], ['2023', '13,240'], ['2024', '11,050']], '(thousand tonnes)']);
    assert.deepStrictEqual(subheading('  Petrol import bill                    11.6         9.8         8.1')[1], '(US$ billion)');
    // Near miss: a group's words with a note in brackets, no unit, are no unit.
    const note = text.replace('Value (US$ billion)', 'Value (provisional)');
    const at = note.indexOf('  Petrol');
    const found = tableRowAt(note, { start: at, end: note.length });
    assert.strictEqual(found && subheadingAbove(note, at, found.header.start), '(thousand tonnes)');
  });

  it('near miss: prose, a line with no number, a block with no header', () => {
    const text = 'Exports rose 5%.  Imports fell.  Prices held.\n\nThe ministry said:   output was 12 tonnes.\n\nChile   44\nPeru    12\n';
    assert.strictEqual(read(text, 'Exports rose 5%.  Imports fell.  Prices held.'), undefined);
    assert.strictEqual(isSpacedTableLine(text, 0, 45), false);
    assert.strictEqual(read(text, 'Chile   44'), undefined);
  });

  it("near miss: a numbered paragraph is prose, its number no cell; a row's number and a short label are a row", () => {
    const para = '4.     External buffers are being rebuilt. Gross international reserves rose to US$3.9';
    assert.strictEqual(isSpacedTableLine(para, 0, para.length), false);
    const row = 'Natal                    33.47';
    assert.strictEqual(isSpacedTableLine(row, 0, row.length), true);
  });
  it("a long table's rows, read in any order and between another text's, are read as each alone", () => {
    // What a row's walk up its block finds is kept for the rows below it (a table of n rows
    // is read in n steps); the kept answers must be those of the row's own text and header.
    const rows = (n: number, from: number): string[] => Array.from({ length: n }, (_, i) => `   Item ${from + i}                 ${(10 + i).toFixed(1)}    ${(20 + i).toFixed(1)}`);
    const table = (caption: string, header: string): string =>
      [header, ...rows(3, 0), caption, ...rows(3, 3), '   Memorandum item:', ...rows(2, 6)].join('\n');
    const a = table('   (In percent of GDP)', '                          2023    2024');
    const b = table('   (Millions of tonnes)', '                          Output  Output\n                          2021    2022P');
    // The same lines where the first has its header, but prose: no table at all.
    const c = a.replace(a.split('\n')[0], 'The plants report their output below.'.padEnd(a.split('\n')[0].length, ' '));
    const lineOf = (text: string, row: number): string => text.split('\n').filter((l) => /Item /.test(l))[row];
    const alone = (text: string, row: number): unknown => {
      // A copy of the text is a text of its own: nothing kept from reading the original.
      const copy = [...text].join('');
      const at = copy.indexOf(lineOf(copy, row));
      const found = tableRowAt(copy, { start: at, end: at + lineOf(copy, row).length });
      return [read(copy, lineOf(copy, row)), found && subheadingAbove(copy, at, found.header.start)];
    };
    const expected = [a, b, c].map((text) => Array.from({ length: 8 }, (_, row) => alone(text, row)));
    assert.deepStrictEqual(expected[0][4], [[['', 'Item 4'], ['2023', '11.0'], ['2024', '21.0']], '(In percent of GDP)']);
    assert.deepStrictEqual(expected[1][1], [[['', 'Item 1'], ['Output 2021', '11.0'], ['Output 2022P', '21.0']], undefined]);
    assert.deepStrictEqual(expected[2][4], [undefined, undefined]);
    for (const order of [[7, 0, 5, 2, 6, 1, 4, 3], [0, 1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1, 0]]) {
      for (const row of order) {
        for (const [k, text] of [a, b, c].entries()) {
          const at = text.indexOf(lineOf(text, row));
          const found = tableRowAt(text, { start: at, end: at + lineOf(text, row).length });
          assert.deepStrictEqual([read(text, lineOf(text, row)), found && subheadingAbove(text, at, found.header.start)], expected[k][row], `row ${row}`);
          // Asked from below the subheading, the row has none above it.
          if (row > 3) assert.strictEqual(subheadingAbove(text, at, text.indexOf('\n', text.indexOf('('))), undefined);
        }
      }
    }
  });
});
