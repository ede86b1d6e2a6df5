import { figuresOfSource } from '../server/src/engine/dataset/sourceFigures';
import { loadSourceText } from '../server/src/engine/sources/loadSourceFile';

// A statistical annex's table, kept by spaces as a PDF's text keeps it: a header over two
// lines, a subheading of units, and rows by the thousand. Each row is read against the lines
// of its block above it, so reading such a table must grow with its rows, not their square.

export interface LongTableResult {
  rows: number;
  ms: number;
  figures: number;
}

/** The text of a table of `rows` rows, with a subheading of units every 200 rows. */
export function longTableText(rows: number): string {
  const lines = ['Table A.3. Output by plant', '', 'Plant                          2022        2023        2024', '                             Actual      Actual       Proj.', '(Thousands of tonnes, unless otherwise indicated)'];
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 200 === 0) lines.push(i % 400 === 0 ? '(Thousands of tonnes)' : '(Percent of capacity)');
    const cell = (v: number): string => v.toFixed(1).padStart(10);
    lines.push(`Plant ${String(i + 1).padEnd(20)}  ${cell(100 + i * 1.3)}  ${cell(120 + i)}  ${cell(130 + i / 2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The time to find the figures of one source holding a table of each of `sizes` rows. */
export function longTables(sizes: readonly number[]): LongTableResult[] {
  // Once first, unmeasured: the first run also compiles the code.
  figuresOfSource(loadSourceText('warm-up.txt', longTableText(200)).sources[0]!);
  return sizes.map((rows) => {
    const [source] = loadSourceText(`annex-${rows}.txt`, longTableText(rows)).sources;
    const t = performance.now();
    const figures = figuresOfSource(source!).length;
    return { rows, ms: performance.now() - t, figures };
  });
}
