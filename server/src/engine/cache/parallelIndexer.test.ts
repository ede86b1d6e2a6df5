import * as assert from 'node:assert';
import { Engine } from '../engine';
import { datasetSnapshot } from '../testing/datasetSnapshot';
import { fixture } from '../testing/fixture';
import type { FileSystem } from '../workspace/fileSystem';
import { folderIndexer, type FolderToIndex, type ParallelIndexer, type ParallelIndexing } from './parallelIndexer';

// The engine's side of indexing on other threads, with "threads" that run here: they answer
// out of order, and some fail, as worker threads may. The Node worker threads are tested in
// server/src/node/workerIndexer.test.ts.

const BRIEF = '/w/weekly.brief';

const files = () =>
  fixture(`
    --- /w/weekly.brief
    Congo mined 70% of the world's cobalt [@iea].
    Indonesia refined 40% of nickel [@usgs; para 2].
    The reserve is worth USD 3 billion [@iea] and it "covers nine metals" [@nato].
    Japan keeps 40 tonnes of terbium [@tr-japan].
    --- /w/sources/sources.yaml
    - file: iea.txt
      id: iea
      title: Critical minerals outlook
      reliability: B
    - file: iea.txt
      title: A second entry for the same file
    - file: missing.txt
      title: No such file
    - file: notes.pdf
      title: Not a source file
    - id: tr-japan
      publisher: Trade desk
    - id: orphan
      title: No source has this id
    --- /w/sources/iea.txt
    Battery metals review

    Congo mined about 74% of the world's cobalt in 2024.

    The reserve is worth USD 3.4 billion.
    --- /w/sources/notes.pdf
    not a source
    --- /w/sources/usgs.md
    ---
    id: usgs
    title: Mineral commodity summaries
    ---
    Indonesia refined 38% of nickel, and the Philippines mined 11%.
    --- /w/sources/b/again.md
    ---
    id: usgs
    ---
    A duplicate id: Indonesia refined 45% of nickel.
    --- /w/sources/archive.json
    [{"id": "nato", "title": "Alliance note", "text": "The list covers nine metals. Japan keeps 38 tonnes of terbium."},
     {"id": "tr-japan", "title": "Japan note", "text": "Japan keeps 41 tonnes of terbium."}]
    --- /w/sources/page.html
    <html><head><title>Magnets</title></head><body><p>Magnet output rose 12% in 2024, to 300,000 tonnes.</p></body></html>
    --- /w/sources/bad.json
    [{"id": "x", "text": "unclosed
    --- /w/sources/large.txt
    ${'Output rose 5% in the year to March. '.repeat(60)}
    --- /w/sources/locked.txt
    Nobody can read this file: it holds 99% of nothing.
  `).fs;

/** The fixture's files, `locked.txt` unreadable, `binary.txt` binary. */
function fileSystem(): FileSystem {
  const memory = files();
  memory.write('/w/sources/binary.txt', Uint8Array.from([0x41, 0, 0x42]));
  const locked = (p: string): boolean => p.endsWith('locked.txt');
  return {
    readFile: async (p) => {
      if (locked(p)) throw new Error('EACCES: permission denied');
      return memory.readFile(p);
    },
    readFileSync: (p) => {
      if (locked(p)) throw new Error('EACCES: permission denied');
      return memory.readFileSync(p);
    },
    readDirectory: (p) => memory.readDirectory(p),
    stat: (p) => memory.stat(p),
  };
}

/** "Threads" that run here: what they are given and return is copied, as a message is. */
class ThreadsHere implements ParallelIndexer {
  readonly started: FolderToIndex[] = [];
  closed = 0;

  constructor(private readonly fails: (path: string) => boolean = () => false) {}

  start(folder: FolderToIndex): ParallelIndexing {
    this.started.push(folder);
    const index = folderIndexer(structuredClone(folder));
    let calls = 0;
    return {
      capacity: 4,
      index: async (path, bytes) => {
        // Answers come back out of order.
        await new Promise((resolve) => setTimeout(resolve, (calls++ * 7) % 5));
        if (this.fails(path)) throw new Error('the thread failed');
        return structuredClone(index(path, bytes));
      },
      close: () => void this.closed++,
    };
  }
}

async function load(parallel?: ParallelIndexer) {
  const fs = fileSystem();
  const engine = new Engine({ fs, parallel });
  const text = new TextDecoder().decode(await fs.readFile(BRIEF));
  // Files over 2 KB are too large.
  const result = await engine.check({ path: BRIEF, text, defaultSources: '/w/sources', options: { maxSourceFileMB: 2 / 1024 } });
  return { diagnostics: JSON.parse(JSON.stringify(result.diagnostics)), dataset: datasetSnapshot(engine, result.dataset) };
}

describe('cache/parallelIndexer', () => {
  it('a folder indexed on other threads is the folder indexed here: same problems, same figure ids', async () => {
    const here = await load();
    const threads = new ThreadsHere();
    const elsewhere = await load(threads);
    assert.deepStrictEqual(elsewhere, here);
    assert.strictEqual(threads.started.length, 1);
    assert.strictEqual(threads.closed, 1);
    assert.ok(threads.started[0].manifest?.text.includes('orphan'), 'the threads were given the manifest');

    // The fixture has what must survive the trip: figures, and every kind of problem.
    assert.ok(here.dataset.figures.length >= 10);
    const messages = here.dataset.problems.map((p: { message: string }) => p.message).join('\n');
    for (const expected of [
      "No file 'missing.txt'",
      "'notes.pdf' is not a source file",
      "No source file has the id 'orphan'",
      'already has an entry',
      "Duplicate source id 'usgs'",
      "'large.txt' is too large",
      "Cannot read 'locked.txt'",
      "'binary.txt' is a binary file",
      'Malformed JSON',
    ]) {
      assert.ok(messages.includes(expected), `expected a problem: ${expected}\n${messages}`);
    }
    assert.ok(!messages.includes("the id 'tr-japan'"), 'the JSON element used the id-only entry');
  });

  it('a file whose thread fails is indexed here, in its place', async () => {
    const here = await load();
    const threads = new ThreadsHere((p) => p.endsWith('iea.txt') || p.endsWith('archive.json'));
    assert.deepStrictEqual(await load(threads), here);
    assert.strictEqual(threads.closed, 1);
  });
});
