import * as assert from 'node:assert';
import { contextOf, tokenize } from '../context/terms';
import { extractFigures } from '../figures/extractFigures';
import { loadSourceText } from '../sources/loadDataset';
import type { Source } from '../sources/types';
import { compareClaim, Dataset, unitKey } from './dataset';
import { figuresOfSource, sourceSentences, spanNumber } from './sourceFigures';

function load(path: string, text: string): Source[] {
  return loadSourceText(path, text).sources;
}

/** The terms of the one figure of a claim, as a check would compute them. */
function claim(text: string) {
  const [figure] = extractFigures(text, 0, text.length);
  assert.ok(figure, `no figure in '${text}'`);
  return { figure, terms: contextOf(tokenize(text, 0, text.length), figure.span, []) };
}

const IEA = "Critical minerals outlook\n\nChina refines 90% of the world's rare earths.\n\nJapan holds 40 tonnes of dysprosium.\n";
const USGS = "Mineral commodity summaries\n\nChina refines 70% of the world's rare earths.\nChile mines 30% of its lithium.\n";


/** The money figures of a source file's text, as indexed. */
function moneyCells(path: string, text: string): ReturnType<typeof figuresOfSource> {
  const [source] = load(path, text);
  return figuresOfSource(source).filter((f) => f.figure.kind === 'money');
}
describe('dataset/Dataset', () => {
  it('indexes sources by id and figures by unit and term', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    d.setFile('/s/usgs.txt', load('/s/usgs.txt', USGS), []);
    assert.strictEqual(d.sourceCount, 2);
    assert.deepStrictEqual(d.ids.sort(), ['iea', 'usgs']);
    assert.strictEqual(d.sourcesWithId('iea').length, 1);
    assert.deepStrictEqual(d.sourcesWithId('nope'), []);
    const q = claim("China refines 80% of the world's rare earths.");
    const found = [...d.candidates(q.figure, q.terms)].map((f) => `${f.source.meta.id}:${f.figure.text}`).sort();
    assert.deepStrictEqual(found, ['iea:90%', 'usgs:70%']);
  });

  it("an extreme a value reached (`as low as`, `as high as`) states that very value; other bounds do not", () => {
    const [source] = extractFigures('The dollar fell as low as 151.86 yen on May 3.');
    const [other] = extractFigures('Neon use was cut by as much as 50%.');
    assert.strictEqual(compareClaim(extractFigures('the dollar dropped to 151.86 yen')[0], source, 0.02), 'supports');
    assert.strictEqual(compareClaim(extractFigures('the dollar dropped to 153 yen')[0], source, 0.02), 'looser');
    assert.strictEqual(compareClaim(extractFigures('neon use was cut by 50%')[0], other, 0.02), 'looser');
  });

  it("a currency of no named nation is compared with any nation's of its name, never two nations'", () => {
    const [kenya] = extractFigures('Exports earned KSh 215.3 billion.');
    const [any] = extractFigures('Exports earned Sh215 billion.');
    const [uganda] = extractFigures('Exports earned USh 215.3 billion.');
    assert.strictEqual(compareClaim(any, kenya, 0.02), 'supports');
    assert.strictEqual(compareClaim(kenya, any, 0.02), 'supports');
    assert.strictEqual(compareClaim(kenya, uganda, 0.02), undefined);
    assert.strictEqual(unitKey(any), unitKey(uganda));
  });

  it('an exchange rate contradicts no amount of money, either way; two rates compare', () => {
    const [rate] = extractFigures('The yen slid to 160.245 per dollar on April 29.');
    const [spent] = extractFigures('The ministry spent ¥9.79 trillion.');
    assert.strictEqual(rate.per, 'per dollar');
    assert.strictEqual(compareClaim(spent, rate, 0.02), undefined);
    assert.strictEqual(compareClaim(rate, spent, 0.02), undefined);
    const [other] = extractFigures('The yen weakened to ¥155 per dollar.');
    assert.strictEqual(compareClaim(other, rate, 0.02), 'disagrees');
    // Per `US$`, as a table's label writes it.
    assert.strictEqual(extractFigures('1,535.0 naira per US$')[0].per, 'per US$');
  });

  it('candidates share the unit: a money claim finds no percentages', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    const q = claim("China refines $90 billion of the world's rare earths.");
    assert.deepStrictEqual([...d.candidates(q.figure, q.terms)], []);
  });

  it('replacing and removing a file updates every index', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA.replace('90%', '91%')), []);
    const q = claim("China refines 80% of the world's rare earths.");
    assert.deepStrictEqual([...d.candidates(q.figure, q.terms)].map((f) => f.figure.text), ['91%']);
    d.removeFile('/s/iea.txt');
    assert.strictEqual(d.sourceCount, 0);
    assert.deepStrictEqual(d.ids, []);
    assert.deepStrictEqual([...d.candidates(q.figure, q.terms)], []);
    assert.strictEqual(d.idf('china'), 1, 'no figure left: neutral weight');
  });

  it('compacted posting lists find the same figures, and still take changes', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    d.setFile('/s/usgs.txt', load('/s/usgs.txt', USGS), []);
    const q = claim("China refines 80% of the world's rare earths.");
    const found = (): string[] => [...d.candidates(q.figure, q.terms)].map((f) => `${f.source.meta.id}:${f.figure.text}`);
    const before = found();
    assert.deepStrictEqual(before, ['iea:90%', 'usgs:70%']);
    d.compactPostings();
    assert.ok([...d.postings()].every(([, , ids]) => ids instanceof Int32Array));
    assert.deepStrictEqual(found(), before);
    // A file read again goes back to its place in folder order, before usgs.
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA.replace('90%', '91%')), []);
    assert.deepStrictEqual(found(), ['iea:91%', 'usgs:70%']);
    d.removeFile('/s/usgs.txt');
    assert.deepStrictEqual(found(), ['iea:91%']);
  });

  it('rare terms weigh more than common ones; unknown terms are neutral', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    d.setFile('/s/usgs.txt', load('/s/usgs.txt', USGS), []);
    assert.ok(d.idf('lithi') > d.idf('world'), `${d.idf('lithi')} vs ${d.idf('world')}`);
    assert.strictEqual(d.idf('zzz'), 1);
  });

  it('reports two sources with one id on both files, and keeps both', () => {
    const d = new Dataset(['/s']);
    d.setFile('/s/iea.txt', load('/s/iea.txt', IEA), []);
    d.setFile('/s/old/iea.md', load('/s/old/iea.md', '# Old outlook\n\nChina refines 80% of rare earths.\n'), []);
    assert.strictEqual(d.sourcesWithId('iea').length, 2);
    const dup = d.problems.filter((p) => p.message.includes('iea'));
    assert.deepStrictEqual(dup.map((p) => p.path).sort(), ['/s/iea.txt', '/s/old/iea.md']);
    assert.ok(dup.every((p) => p.code === 'invalid-source-metadata' && p.severity === 'error'));
    d.removeFile('/s/old/iea.md');
    assert.deepStrictEqual(d.problems, []);
  });

  it('keeps the problems of each file', () => {
    const d = new Dataset(['/s']);
    const problem = { code: 'invalid-source-metadata' as const, path: '/s/x.txt', span: { start: 0, end: 0 }, message: 'bad' };
    d.setFile('/s/x.txt', [], [problem]);
    assert.deepStrictEqual(d.problems, [problem]);
    assert.ok(d.hasFile('/s/x.txt'));
  });

  it('unitKey: counts compare by canonical noun', () => {
    const a = claim('The coalition has 50 nations.').figure;
    const b = claim('The coalition has 50 countries.').figure;
    assert.strictEqual(unitKey(a), unitKey(b));
    assert.strictEqual(unitKey(claim('It holds 50%.').figure), 'percent:%');
    assert.strictEqual(unitKey(claim('It made 70,000 shells.').figure), unitKey(claim('It made 70,000 artillery rounds.').figure));
  });
});

describe('dataset/sourceFigures', () => {
  it('numbers each figure by paragraph and line, 1-based', () => {
    const [source] = load('/s/iea.txt', IEA);
    const figures = figuresOfSource(source);
    assert.deepStrictEqual(
      figures.map((f) => [f.figure.text, f.paragraph, f.line]),
      [
        ['90%', 2, 3],
        ['40 tonnes', 3, 5],
      ],
    );
    assert.strictEqual(source.text.slice(figures[0].sentence.start, figures[0].sentence.end), "China refines 90% of the world's rare earths.");
  });

  it("reads a table cell grouped by a space once, in its column's unit", () => {
    const text = 'Review\n\n| Country | 2023 | 2024 |\n| --- | --- | --- |\n| Brazil | 66 300 | 65 100 |\n';
    const [source] = load('/s/ico.md', text);
    assert.deepStrictEqual(
      figuresOfSource(source)
        .filter((f) => f.figure.kind !== 'year')
        .map((f) => [f.figure.text, f.figure.columnYear]),
      [
        ['66 300', 2023],
        ['65 100', 2024],
      ],
    );
  });

  it('a row labelled by a year is of that year, where its column names none', () => {
    const text = 'Review\n\n| Year | Share (%) | 2024 |\n| --- | --- | --- |\n| 2022 | 55 | 57 |\n| FY2023 | 61 | 63 |\n';
    const [source] = load('/s/crs.md', text);
    assert.deepStrictEqual(
      figuresOfSource(source)
        .filter((f) => f.figure.kind !== 'year')
        .map((f) => [f.figure.text, f.figure.columnYear]),
      [
        ['55%', 2022],
        ['57', 2024],
        ['61%', undefined],
        ['63', 2024],
      ],
    );
  });

  it("a staff report's table: abbreviated headers, subheadings of units between its rows, a row label's unit in brackets", () => {
    const text = [
      'Staff report',
      '',
      '   Table 1. Egypt: Selected Macroeconomic Indicators',
      '',
      '                                        2021/22    2022/23    2023/24    2024/25',
      '                                         Actual     Actual      Proj.      Proj.',
      '                              (Annual percentage change, unless otherwise indicated)',
      'CPI inflation (end of period)             13.2       35.7       27.5       16.0',
      '                                 (Billions of U.S. dollars, unless otherwise indicated)',
      'Suez Canal receipts                        7.0        8.8        7.2        4.0',
      '   (in months of imports)                  4.3        4.6        5.9        6.1',
      '',
    ].join('\n');
    const [source] = load('/s/imf.txt', text);
    const read = (label: string): string[] =>
      figuresOfSource(source)
        .filter((f) => text.slice(f.sentence.start, f.sentence.end).includes(label))
        .map((f) => `${f.figure.text} ${f.figure.columnYear}`);
    assert.deepStrictEqual(read('CPI inflation'), ['13.2% 2021.5', '35.7% 2022.5', '27.5% 2023.5', '16.0% 2024.5']);
    assert.deepStrictEqual(read('Suez Canal'), ['7.0 billion U.S. dollars 2021.5', '8.8 billion U.S. dollars 2022.5', '7.2 billion U.S. dollars 2023.5', '4.0 billion U.S. dollars 2024.5']);
    assert.deepStrictEqual(read('months of imports'), ['4.3 months 2021.5', '4.6 months 2022.5', '5.9 months 2023.5', '6.1 months 2024.5']);
  });

  it("a table's caption, set in columns right above its header, gives every column its unit", () => {
    // `(million tonnes)` is set far right on the caption's line, over the last season: it is
    // the table's unit, not that column's, and the caption no line of the header.
    const text = [
      'Table 1  Supply and demand of staple rice                                   (million tonnes)',
      '                                    2021/22    2022/23    2023/24    2024/25',
      '                                    Jul-Jun    Jul-Jun    Jul-Jun    Jul-Jun (est.)',
      '  Private stocks, end-June            2.18       1.97       1.53       1.48',
      '',
    ].join('\n');
    const [source] = load('/s/maff.txt', text);
    const stocks = figuresOfSource(source).filter((f) => f.figure.kind !== 'year');
    assert.deepStrictEqual(
      stocks.map((f) => `${f.figure.text} ${f.figure.columnYear}`),
      ['2.18 million tonnes 2021.5', '1.97 million tonnes 2022.5', '1.53 million tonnes 2023.5', '1.48 million tonnes 2024.5'],
    );
    // Near miss: a header whose first cell says `Table` of no number is a header (`Table grapes`).
    const grapes = ['Table grapes          2023      2024', 'Chile                 12.1      13.4', ''].join('\n');
    assert.deepStrictEqual(
      figuresOfSource(load('/s/grapes.txt', grapes)[0]).map((f) => `${f.figure.text} ${f.figure.columnYear ?? ''}`),
      ['2023 ', '2024 ', '12.1 2023', '13.4 2024'],
    );
  });

  it("a rule with a unit set in it, between a table's header and its rows, gives the rows their unit", () => {
    const text = [
      'Table 3.1  Indonesia: nickel production by product',
      '',
      '                                      2022      2023      2024     2025f',
      '                                   ------- thousand tonnes Ni -------',
      'Mine production                      1,580     1,800     2,200     2,450',
      'NPI and ferronickel                  1,120     1,290     1,560     1,680',
      '',
    ].join('\n');
    const [source] = load('/s/samc.txt', text);
    const npi = figuresOfSource(source).filter((f) => text.slice(f.sentence.start, f.sentence.end).includes('NPI'));
    assert.deepStrictEqual(
      npi.map((f) => `${f.figure.kind} ${f.figure.low} ${f.figure.columnYear}`),
      ['quantity 1120000 2022', 'quantity 1290000 2023', 'quantity 1560000 2024', 'quantity 1680000 2025'],
    );
  });

  it("a unit set alone under a header's years gives every column of the rows their unit, not the one it stands over", () => {
    const text = [
      'Table 2  Exports to China, by product group',
      '                                               2022        2023        2024       2025',
      '                                                            EUR million',
      'Lithography systems (HS 8486.20)              2,310       7,180       9,960       6,420',
      '',
      'Table 3  Lithography systems exported to China',
      '                                     2023          2024          2025',
      '                                            number of units',
      'i-line                                 41            37            29',
      '',
    ].join('\n');
    const [source] = load('/s/ntso.txt', text);
    const cells = figuresOfSource(source).filter((f) => f.figure.columnYear !== undefined && f.figure.kind !== 'year');
    assert.deepStrictEqual(
      cells.map((f) => `${f.figure.kind} ${f.figure.unit} ${f.figure.low} ${f.figure.columnYear}`),
      ['money EUR 2310000000 2022', 'money EUR 7180000000 2023', 'money EUR 9960000000 2024', 'money EUR 6420000000 2025', 'count unit 41 2023', 'count unit 37 2024', 'count unit 29 2025'],
    );
  });

  it("a unit set alone between a header's lines and the rows is passed over: the header's other lines are still the header's", () => {
    const text = [
      'Table II.6.1: External Sector Indicators',
      '---------------------------------------------------------------------------',
      'Indicator                                      2022-23    2023-24    2024-25',
      '                                                                        (PR)',
      '                                            (US$ billion, unless stated)',
      '---------------------------------------------------------------------------',
      'Private transfers                                101.8      118.7      135.5',
      '',
    ].join('\n');
    const cells = moneyCells('/s/rbi.txt', text);
    assert.deepStrictEqual(
      cells.map((f) => `${f.figure.text} ${f.figure.columnYear}`),
      ['US$101.8 billion 2022.5', 'US$118.7 billion 2023.5', 'US$135.5 billion 2024.5'],
    );
  });

  it("a ruled unit beside another column's header gives the rows their unit, and the header its columns", () => {
    const text = [
      'Table 2. Primary aluminium production by region, 2023-2025',
      '',
      '                                   2023       2024      2025e      Change',
      '                                 -------- thousand tonnes --------  2025/24 (%)',
      'GCC                               6,150      6,240      6,390        2.4',
      '',
    ].join('\n');
    const [source] = load('/s/ilmsg.txt', text);
    const cells = figuresOfSource(source).filter((f) => f.figure.kind === 'quantity');
    assert.deepStrictEqual(
      cells.map((f) => `${f.figure.low} ${f.figure.unit} ${f.figure.columnYear}`),
      ['6150000 t 2023', '6240000 t 2024', '6390000 t 2025'],
    );
  });

  it("an indented row of a table kept by spaces is of its group's label above it, in the document's unit", () => {
    const text = [
      '72                                        GALLIUM',
      '                     (Data in kilograms, unless otherwise specified)',
      '',
      'ICs are used in defense applications, and telecommunications equipment.',
      '',
      'Salient Statistics—United States:       2022      2023      2024e',
      'Imports for consumption:',
      '  Gallium metal                        14,100     9,870     6,650',
      'Exports:',
      '  Gallium metal                         3,000     2,900     2,100',
      '',
    ].join('\n');
    const [source] = load('/s/usgs.txt', text);
    const metal = figuresOfSource(source).filter((f) => /,/.test(f.figure.text));
    assert.deepStrictEqual(metal.map((f) => f.figure.text).slice(0, 3), ['14,100 kilograms', '9,870 kilograms', '6,650 kilograms']);
    const group = (f: (typeof metal)[number]): string[] => ['impor', 'expor'].filter((t) => (f.terms.background?.get(t) ?? 0) >= 0.5);
    assert.deepStrictEqual(group(metal[2]), ['impor']);
    assert.deepStrictEqual(group(metal[5]), ['expor']);
  });

  it('an indented part of the row above (`  of which: IBIT`) is of what that row says', () => {
    const text = [
      'Table 2. US spot bitcoin ETFs, 2023-2025',
      'US$ billion unless otherwise stated',
      '                                                   2023      2024      2025',
      'Total net assets, year-end                           ..     107.6     118.9',
      '  of which: IBIT                                     ..      51.6      68.3',
      '  Bitcoin price                                    42.3      93.4      87.5',
      '',
    ].join('\n');
    const cells = moneyCells('/s/cbr.txt', text);
    const assets = (text: string): number => cells.find((f) => f.figure.text.includes(text))?.terms.background?.get('asset') ?? 0;
    assert.ok(assets('51.6') >= 0.5, String(assets('51.6')));
    // Near miss: an indented row that is no part of it is not.
    assert.strictEqual(assets('93.4'), 0);
  });

  it('an indented row is of the line of words above it, with its colon or without (`Gross international reserves (end of period)`)', () => {
    const text = [
      'Table 1. Selected indicators',
      '',
      '                                              2025    2026',
      'Gross international reserves (end of period)',
      '  In billions of U.S. dollars                 4.2     5.3',
      'External debt (percent of GDP)                28.1    26.4',
      '',
    ].join('\n');
    const cells = figuresOfSource(load('/s/imf.txt', text)[0]).filter((f) => f.figure.kind !== 'year');
    const reserves = (f: (typeof cells)[number]): boolean => (f.terms.background?.get('reser') ?? 0) >= 0.5;
    assert.deepStrictEqual(cells.map(reserves), [true, true, false, false]);
  });

  it("a row whose label stands right of the one above it is of that row's first cell (`Vanilla  volume` over `  value`)", () => {
    const text = [
      'Table 2. Exports, 2023-2024',
      '',
      '                              2023       2024',
      '  Vanilla    volume            980      2,870',
      '             value             260        320',
      '  Cloves     volume         31,200     24,500',
      '             value             172        151',
      '',
    ].join('\n');
    const cells = figuresOfSource(load('/s/ofe.txt', text)[0]).filter((f) => f.figure.kind !== 'year');
    const of = (f: (typeof cells)[number]): string[] => ['vanil', 'clov'].filter((t) => (f.terms.background?.get(t) ?? 0) >= 0.5);
    assert.deepStrictEqual(cells.map(of), [[], [], ['vanil'], ['vanil'], [], [], ['clov'], ['clov']]);
  });

  it('gives two figures of one sentence two contexts', () => {
    const [source] = load('/s/crm.txt', 'Review\n\nThe U.S. imports over 80% of its rare earths, while the EU relies on China for 98% of its magnets.\n');
    const [us, eu] = figuresOfSource(source);
    assert.ok((us.terms.get('us') ?? 0) > (us.terms.get('eu') ?? 0));
    assert.ok((eu.terms.get('magne') ?? 0) > (eu.terms.get('earth') ?? 0));
  });

  it('a sentence that is its figure alone is about the next sentence of its paragraph, and quotes it', () => {
    const text = 'Blog\n\n70%. The share of China-US air cargo that is now e-commerce.\n\nTariffs rose.\n';
    const [source] = load('/s/blog.txt', text);
    const [share] = figuresOfSource(source);
    assert.ok((share.terms.get('cargo') ?? 0) > 0);
    assert.strictEqual(text.slice(share.sentence.start, share.sentence.end), '70%. The share of China-US air cargo that is now e-commerce.');
    // Near miss: a sentence with words of its own, or a figure alone before a new paragraph.
    const other = 'Blog\n\nIt was 70%. The share of China-US air cargo.\n\n70%.\n\nThe share of air cargo.\n';
    const [own, last] = figuresOfSource(load('/s/b2.txt', other)[0]);
    assert.strictEqual(own.terms.get('cargo') ?? 0, 0);
    assert.strictEqual(last.terms.get('cargo') ?? 0, 0);
    // Nor a date alone, a dateline's.
    const dated = 'News\n\n15 August 2024. More than 10,000 appointments were postponed.\n';
    const [date] = figuresOfSource(load('/s/b3.txt', dated)[0]);
    assert.strictEqual(date.terms.get('appoi') ?? 0, 0);
  });

  it("a table cell its row's unit reads again (`2.73m` under `(US$)`) is that figure only, not also metres", () => {
    const text = '# Survey\n\n| Measure | 2023 survey | 2024 survey |\n| --- | ---: | ---: |\n| Mean recovery cost (US$) | 1.82m | 2.73m |\n';
    const [source] = load('/s/t.md', text);
    assert.deepStrictEqual(
      figuresOfSource(source).filter((f) => /\d\.\d/.test(f.figure.text)).map((f) => `${f.figure.text} ${f.figure.kind}`),
      ['US$1.82m money', 'US$2.73m money'],
    );
  });

  /** The sentences of a source file of these lines, as text. */
  const sentencesOfLines = (path: string, lines: string[]): string[] => {
    const text = [...lines, ''].join('\n');
    const [source] = load(path, text);
    return sourceSentences(source).map((s) => text.slice(s.start, s.end));
  };

  it('sentences: table rows and headings stand alone, prose is split', () => {
    const text = '# Output 2024\n\n| China | 90% |\n| USA | 5% |\n\nIt rose. It fell.\n';
    const [source] = load('/s/t.md', text);
    assert.deepStrictEqual(
      sourceSentences(source).map((s) => text.slice(s.start, s.end)),
      ['# Output 2024', '| China | 90% |', '| USA | 5% |', 'It rose.', 'It fell.'],
    );
  });

  it('sentences: a headline without a full stop (the title line) stands alone', () => {
    // Hard-wrapped (no line over 120 characters), the headline ran into the first sentence.
    const text = 'Myanmar supply disrupted\nMyanmar supplied roughly half of the imports. Imports fell 40%.\n';
    const [source] = load('/s/t.txt', text);
    assert.deepStrictEqual(
      sourceSentences(source).map((s) => text.slice(s.start, s.end)),
      ['Myanmar supply disrupted', 'Myanmar supplied roughly half of the imports.', 'Imports fell 40%.'],
    );
  });

  it('sentences: a short line without punctuation (a dateline, a byline) stands alone; wrapped prose does not', () => {
    const lines = [
      'Critical minerals review',
      'Published May 2021',
      "China's share of rare earth refining was around 87% in 2019, and its share of",
      'magnet making was higher.',
      'By Staff Reporter',
      'Exports rose 5% as the ministry widened quotas for refined and separated products.',
    ];
    assert.deepStrictEqual(sentencesOfLines('/s/t.txt', lines), [
      'Critical minerals review',
      'Published May 2021',
      "China's share of rare earth refining was around 87% in 2019, and its share of\nmagnet making was higher.",
      'By Staff Reporter',
      'Exports rose 5% as the ministry widened quotas for refined and separated products.',
    ]);
  });

  it('sentences: a short line the next goes on from in a small letter is wrapped prose (`about 35 per⏎cent of that total`)', () => {
    const sentences = sentencesOfLines('/s/t.txt', [
      'Rapidus puts the cost of reaching volume production at about 5 trillion yen in all.',
      'Subsidies approved are about 35 per',
      'cent of that total. The rest is to come from loans.',
      'By Staff Reporter',
      'Exports rose 5% as the ministry widened quotas for refined and separated products.',
    ]);
    assert.ok(sentences.includes('Subsidies approved are about 35 per\ncent of that total.'), JSON.stringify(sentences));
    // Near miss: a byline before a capital still stands alone.
    assert.ok(sentences.includes('By Staff Reporter'), JSON.stringify(sentences));
  });

  it("sentences: a list's item starts a sentence of its own", () => {
    const lines = [
      'Chevron has operated in Venezuela for more than a century.',
      '',
      '- February 2025: President Donald Trump announces that the concessions granted to Chevron will be reversed.',
      '- July 2025: A restricted licence lets Chevron resume limited operations.',
      '* First item ends without a stop',
      '* Second item.',
      'A wrapped line of prose that goes on',
      'under it - and a dash inside a line is no item.',
    ];
    assert.deepStrictEqual(sentencesOfLines('/s/t.md', lines), [
      'Chevron has operated in Venezuela for more than a century.',
      '- February 2025: President Donald Trump announces that the concessions granted to Chevron will be reversed.',
      '- July 2025: A restricted licence lets Chevron resume limited operations.',
      '* First item ends without a stop',
      '* Second item.',
      'A wrapped line of prose that goes on\nunder it - and a dash inside a line is no item.',
    ]);
  });

  it('sentences: in a file of one paragraph a line, a line that runs on joins the next', () => {
    const long = 'SAF currently costs between two and five times as much as fossil jet fuel, depending on the pathway and the feedstock used.';
    const text = [
      'Clearing the Air',
      'Global jet fuel demand reached 7.2 million barrels a day, of which sustainable avia-',
      'tion fuel (SAF) supplied roughly 0.3 per cent. Production doubled to about 1 mil-',
      'lion tonnes in 2024, up from 0.5 million tonnes in 2023,',
      'the report said.',
      long,
      'Exports rose 5% in 2023',
      'Imports fell 2%.',
      '',
    ].join('\n');
    const [source] = load('/s/t.txt', text);
    assert.deepStrictEqual(sourceSentences(source).map((s) => text.slice(s.start, s.end)), [
      'Clearing the Air',
      'Global jet fuel demand reached 7.2 million barrels a day, of which sustainable avia-\ntion fuel (SAF) supplied roughly 0.3 per cent.',
      'Production doubled to about 1 mil-\nlion tonnes in 2024, up from 0.5 million tonnes in 2023,\nthe report said.',
      long,
      // The next line starts in capitals: a line of its own.
      'Exports rose 5% in 2023',
      'Imports fell 2%.',
    ]);
    // `para N` still counts lines.
    assert.strictEqual(source.paragraphs.length, 8);
    assert.ok(figuresOfSource(source).some((f) => f.figure.text === 'about 1 mil-\nlion tonnes'));
  });

  it('spanNumber finds the 1-based span holding an offset, or 0', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 7, end: 9 },
    ];
    assert.strictEqual(spanNumber(spans, 0), 1);
    assert.strictEqual(spanNumber(spans, 8), 2);
    assert.strictEqual(spanNumber(spans, 6), 0);
    assert.strictEqual(spanNumber(spans, 9), 0);
    assert.strictEqual(spanNumber([], 3), 0);
  });
});
