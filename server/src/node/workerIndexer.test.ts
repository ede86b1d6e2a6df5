import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine/engine';
import { datasetSnapshot } from '../engine/testing/datasetSnapshot';
import { NodeFileSystem } from './nodeFileSystem';
import { WorkerIndexer, type WorkerIndexerOptions } from './workerIndexer';

// Worker threads index a folder on disk exactly as the main thread does. The workers run the
// TypeScript source through tsx, as these tests do (the bundle, dist/indexWorker.js, is what
// the CLI and the server start; test/cli checks the CLI with it).

const EXAMPLE = path.resolve(__dirname, '../../../examples/rare-earths');
const fromSource: WorkerIndexerOptions = { script: path.join(__dirname, 'indexWorker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')], minFiles: 0, threads: 2 };

/** The bundled example (.txt, .md, .json, .html and a manifest), with problems added: manifest
 * entries that find nothing or repeat, a binary file, a file too large, an unreadable file,
 * and more files than threads. */
function makeFolder(root: string): { brief: string; sources: string } {
  const sources = path.join(root, 'sources');
  fs.cpSync(path.join(EXAMPLE, 'sources'), sources, { recursive: true });
  fs.copyFileSync(path.join(EXAMPLE, 'weekly.brief'), path.join(root, 'weekly.brief'));
  fs.appendFileSync(
    path.join(sources, 'sources.yaml'),
    ['- file: desk-memo.txt', '  title: A second entry', '- file: missing.txt', '  title: Gone', '- id: tr-stockpile', '  publisher: Trade desk', '- id: orphan', '  title: Nobody', ''].join('\n'),
  );
  fs.writeFileSync(path.join(sources, 'binary.txt'), Uint8Array.from([0x41, 0, 0x42]));
  fs.writeFileSync(path.join(sources, 'large.txt'), 'Output rose 5% in the year. '.repeat(2000));
  fs.writeFileSync(path.join(sources, 'locked.txt'), 'Nobody reads this.');
  fs.mkdirSync(path.join(sources, 'more'));
  for (let i = 0; i < 30; i++) {
    fs.writeFileSync(path.join(sources, 'more', `note-${i}.md`), `---\nid: note-${i % 25}\n---\n# Note ${i}\n\nChina refines ${80 + (i % 9)}% of rare earths, and magnet exports fell ${i}% in ${2000 + i}.\n`);
  }
  return { brief: path.join(root, 'weekly.brief'), sources };
}

/** The disk, but `locked.txt` cannot be read (tests run as root, where file modes do not stop a read). */
class LockedFileSystem extends NodeFileSystem {
  override async readFile(p: string): Promise<Uint8Array> {
    return this.readFileSync(p);
  }
  override readFileSync(p: string): Uint8Array {
    if (p.endsWith('locked.txt')) throw new Error('EACCES: permission denied');
    return super.readFileSync(p);
  }
}

describe('node/WorkerIndexer', () => {
  let root: string;
  let folder: { brief: string; sources: string };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-workers-'));
    folder = makeFolder(root);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  async function load(parallel?: WorkerIndexer) {
    const engine = new Engine({ fs: new LockedFileSystem(), parallel });
    const text = fs.readFileSync(folder.brief, 'utf8');
    // Files over 20 KB are too large.
    const result = await engine.check({ path: folder.brief, text, defaultSources: folder.sources, options: { maxSourceFileMB: 20 / 1024 } });
    return { diagnostics: JSON.parse(JSON.stringify(result.diagnostics)), dataset: datasetSnapshot(engine, result.dataset) };
  }

  it('indexes a folder on worker threads exactly as on one thread: same problems, same figure ids', async () => {
    const here = await load();
    const log: string[] = [];
    assert.deepStrictEqual(await load(new WorkerIndexer({ ...fromSource, log: (m) => log.push(m) })), here);
    assert.deepStrictEqual(log, []);
    assert.ok(here.diagnostics.length > 0 && here.dataset.figures.length > 50);
    const messages = here.dataset.problems.map((p: { message: string }) => p.message).join('\n');
    for (const expected of ["No file 'missing.txt'", "No source file has the id 'orphan'", 'already has an entry', 'Duplicate source id', 'is too large', "Cannot read 'locked.txt'", 'is a binary file']) {
      assert.ok(messages.includes(expected), `expected a problem: ${expected}`);
    }
    assert.ok(!messages.includes("the id 'tr-stockpile'"), 'the JSON element used the id-only entry');
  });

  it('the bundled worker (dist/indexWorker.js, made by `npm run build`) indexes alike', async function () {
    const bundled = path.resolve(__dirname, '../../../dist/indexWorker.js');
    if (!fs.existsSync(bundled)) this.skip();
    const log: string[] = [];
    assert.deepStrictEqual(await load(new WorkerIndexer({ ...fromSource, script: bundled, execArgv: [], log: (m) => log.push(m) })), await load());
    assert.deepStrictEqual(log, []);
  });

  it('indexes on the main thread when the workers fail, and says why', async () => {
    const here = await load();
    const crashing = path.join(root, 'crash.js');
    fs.writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
    for (const script of [crashing, path.join(root, 'missing.js')]) {
      const log: string[] = [];
      assert.deepStrictEqual(await load(new WorkerIndexer({ ...fromSource, script, execArgv: [], log: (m) => log.push(m) })), here);
      assert.ok(log.some((m) => /boom|No worker script/.test(m)), log.join('\n'));
    }
  });

  it('leaves small folders to the main thread', () => {
    const indexer = new WorkerIndexer({ ...fromSource, minFiles: 100 });
    assert.strictEqual(indexer.start({ folder: folder.sources, fileCount: 99 }), undefined);
  });
});
