import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadDataset } from '../../server/src/engine/sources/loadDataset';
import { NodeFileSystem } from '../../server/src/node/nodeFileSystem';

// Faults of a real dataset folder on disk: each bad file reported or skipped by name, the
// rest indexed, no crash, no hang.

const GOOD = 'China refines 88% of rare earths.\n';

describe('robustness: dataset faults on disk', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-faults-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const messagesOf = (problems: Array<{ path: string; message: string }>, name: string): string[] =>
    problems.filter((p) => p.path.endsWith(name)).map((p) => p.message);

  it('reports binary files and invalid UTF-8 by name, and indexes the rest', async () => {
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0xff, 0]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 holds 12% of it.\n', 'latin1'));
    const load = await loadDataset(new NodeFileSystem(), dir);
    assert.ok(load.sources.some((s) => s.meta.id === 'good'));
    assert.match(messagesOf(load.problems, 'binary.txt').join(), /binary\.txt/);
    assert.match(messagesOf(load.problems, 'latin1.txt').join(), /latin1\.txt.*UTF-8/);
    assert.ok(load.sources.some((s) => s.meta.id === 'latin1'), 'invalid UTF-8 is still loaded, with replacement characters');
  });

  it('reports unreadable files by name', async function () {
    const file = path.join(dir, 'secret.txt');
    fs.writeFileSync(file, GOOD);
    fs.chmodSync(file, 0);
    try {
      fs.readFileSync(file);
      this.skip(); // running as root: permissions do not stop a read
    } catch {
      // unreadable, as intended
    }
    const load = await loadDataset(new NodeFileSystem(), dir);
    assert.match(messagesOf(load.problems, 'secret.txt').join(), /Cannot read 'secret\.txt'/);
    assert.ok(load.sources.some((s) => s.meta.id === 'good'));
  });

  it('survives a file deleted while indexing', async () => {
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), GOOD);
    const nodeFs = new NodeFileSystem();
    let deleted = false;
    const racing = {
      readDirectory: (p: string) => nodeFs.readDirectory(p),
      stat: (p: string) => nodeFs.stat(p),
      readFile: async (p: string) => {
        if (!deleted) {
          deleted = true;
          fs.rmSync(path.join(dir, 'f49.txt'));
        }
        return nodeFs.readFile(p);
      },
    };
    const load = await loadDataset(racing, dir);
    assert.match(messagesOf(load.problems, 'f49.txt').join(), /Cannot read 'f49\.txt'/);
    assert.equal(load.sources.length, 50);
  });

  it('skips symbolic link loops and dangling links', async () => {
    fs.symlinkSync('b.txt', path.join(dir, 'a.txt'));
    fs.symlinkSync('a.txt', path.join(dir, 'b.txt'));
    fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.symlinkSync('.', path.join(dir, 'self'));
    const load = await loadDataset(new NodeFileSystem(), dir);
    assert.ok(load.sources.some((s) => s.meta.id === 'good'));
    assert.ok(load.sources.filter((s) => s.meta.id === 'good').length <= 3, 'a folder loop does not multiply the sources without end');
  });

  it('indexes 10,000 empty files', async () => {
    for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(dir, `e${i}.txt`), '');
    const started = Date.now();
    const load = await loadDataset(new NodeFileSystem(), dir);
    const ms = Date.now() - started;
    console.log(`      10,000 empty files: ${ms} ms, ${load.sources.length} sources, ${load.problems.length} problems`);
    assert.ok(load.sources.some((s) => s.meta.id === 'good'));
    assert.ok(ms < 30_000);
  });
  // 20-30 s in all on our machine (made in 5-10 s, indexed in 11-15 s, removed in 3 s): kept
  // in the default run because an indexing cost that grows faster than the file count shows here.
  it('indexes 100,000 empty files within 60 s', async function () {
    this.timeout(180_000);
    const made = Date.now();
    for (let i = 0; i < 100_000; i++) fs.writeFileSync(path.join(dir, `e${i}.txt`), '');
    const makeMs = Date.now() - made;
    const started = Date.now();
    const load = await loadDataset(new NodeFileSystem(), dir);
    const ms = Date.now() - started;
    console.log(`      100,000 empty files: made in ${makeMs} ms, indexed in ${ms} ms, ${load.sources.length} sources, ${load.problems.length} problems`);
    assert.ok(load.sources.some((s) => s.meta.id === 'good'));
    assert.ok(load.sources.length <= 100_001);
    assert.ok(ms < 60_000, `indexing took ${ms} ms`);
  });
});
