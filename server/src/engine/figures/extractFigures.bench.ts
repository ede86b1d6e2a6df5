// Throughput of extractFigures on real prose, outside the test suite:
//   npx tsx server/src/engine/figures/extractFigures.bench.ts FILE...
// Each file is read as UTF-8, concatenated, and scanned whole and sentence by sentence.

import { readFileSync } from 'fs';
import { extractFigures } from './extractFigures';

/** MB/s of CPU time (not wall time: the machine may be shared), best of several rounds. */
function mbPerSecond(bytes: number, run: () => number): { rate: number; figures: number } {
  let figures = run(); // warm up
  let best = Infinity;
  for (let round = 0; round < 15; round++) {
    const before = process.cpuUsage();
    figures = run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { rate: bytes / best / 1e6, figures };
}

const files = process.argv.slice(2);
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
const bytes = Buffer.byteLength(text, 'utf8');
const whole = mbPerSecond(bytes, () => extractFigures(text).length);
const sentences: Array<[number, number]> = [];
for (let s = 0, i = 0; i <= text.length; i++) {
  if (i === text.length || (text[i] === '.' && text[i + 1] === ' ') || text[i] === '\n') {
    if (i > s) sentences.push([s, i]);
    s = i + 1;
  }
}
const bySentence = mbPerSecond(bytes, () => sentences.reduce((n, [s, e]) => n + extractFigures(text, s, e).length, 0));
console.log(`${(bytes / 1e6).toFixed(1)} MB, ${whole.figures} figures`);
console.log(`whole text:     ${whole.rate.toFixed(1)} MB/s`);
console.log(`by sentence:    ${bySentence.rate.toFixed(1)} MB/s (${sentences.length} sentences)`);
