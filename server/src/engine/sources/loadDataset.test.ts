import * as assert from 'node:assert';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';
import { datasetExists, loadDataset } from './loadDataset';
import { loadSourceFile } from './loadSourceFile';
import { at, joinLines } from './testing';

const problemsOf = (r: { problems: Array<{ path: string; message: string; severity?: string; range?: { start: { line: number; character: number } } }> }) =>
  r.problems.map((p) => `${p.path}:${at(p.range?.start)} ${p.severity} ${p.message}`);

describe('sources: loading a dataset folder', () => {
  it('loads every format, recursively, in a stable order', async () => {
    const fs = new MemoryFileSystem({
      '/w/sources/b.md': '# B\nText.',
      '/w/sources/a.txt': 'A\nText.',
      '/w/sources/sub/c.json': '{"text": "C"}',
      '/w/sources/sub/deeper/d.html': '<p>D</p>',
      '/w/sources/sub/e.HTM': '<p>E</p>',
      '/w/sources/notes.docx': 'ignored',
      '/w/sources/image.png': new Uint8Array([0x89, 0x50, 0, 0]),
      '/w/sources/.hidden/x.txt': 'hidden',
      '/w/sources/.y.txt': 'hidden',
      '/w/sources/node_modules/z.txt': 'dependency',
      '/w/sources/weekly.brief.md': '# A briefing, not a source',
    });
    const progress: Array<[number, number]> = [];
    const r = await loadDataset(fs, '/w/sources', { onProgress: (d, t) => progress.push([d, t]) });
    assert.deepStrictEqual(problemsOf(r), []);
    assert.deepStrictEqual(r.sources.map((s) => [s.meta.id, s.format, s.path]), [
      ['a', 'txt', '/w/sources/a.txt'],
      ['b', 'md', '/w/sources/b.md'],
      ['c', 'json', '/w/sources/sub/c.json'],
      ['d', 'html', '/w/sources/sub/deeper/d.html'],
      ['e', 'html', '/w/sources/sub/e.HTM'],
    ]);
    assert.deepStrictEqual(r.files, r.sources.map((s) => s.path));
    assert.deepStrictEqual(progress[0], [0, 5]);
    assert.deepStrictEqual(progress[progress.length - 1], [5, 5]);
  });

  it('a missing folder: no sources, one problem, and datasetExists says so', async () => {
    const fs = new MemoryFileSystem({ '/w/file.txt': 'x' });
    const r = await loadDataset(fs, '/w/nope');
    assert.deepStrictEqual(r.sources, []);
    assert.deepStrictEqual(r.files, []);
    assert.strictEqual(r.problems.length, 1);
    assert.strictEqual(r.problems[0].severity, 'error');
    assert.match(r.problems[0].message, /'\/w\/nope' does not exist/);
    assert.strictEqual(await datasetExists(fs, '/w/nope'), false);
    assert.strictEqual(await datasetExists(fs, '/w'), true);
    assert.strictEqual(await datasetExists(fs, '/w/file.txt'), false);
    assert.match((await loadDataset(fs, '/w/file.txt')).problems[0].message, /not a folder/);
  });

  it('reports a binary file and invalid UTF-8 by name, and loads the rest', async () => {
    const fs = new MemoryFileSystem({
      '/d/good.txt': 'Good text.',
      '/d/scan.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      '/d/latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x39, 0x30, 0x25]),
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => [s.meta.id, s.text]), [['good', 'Good text.'], ['latin1', 'Caf\ufffd\n90%']]);
    assert.deepStrictEqual(problemsOf(r), [
      "/d/latin1.txt:1:4 warning 'latin1.txt' is not valid UTF-8: unreadable bytes were replaced by '\ufffd'.",
      "/d/scan.txt:1:1 warning 'scan.txt' is a binary file (it holds NUL bytes), not text; it is skipped.",
    ]);
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hi 90%'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const fs = new MemoryFileSystem({ '/d/bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), '/d/wide.txt': utf16 });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => s.text), ['A', 'Hi 90%']);
    assert.deepStrictEqual(r.problems, []);
  });

  it('reports an unreadable file and a file over the size limit, and loads the rest', async () => {
    class Flaky extends MemoryFileSystem {
      override async readFile(path: string): Promise<Uint8Array> {
        if (path.endsWith('locked.txt')) throw new Error('EACCES: permission denied');
        return super.readFile(path);
      }
    }
    const fs = new Flaky({ '/d/a.txt': 'A', '/d/locked.txt': 'L', '/d/huge.txt': 'x'.repeat(2000) });
    const r = await loadDataset(fs, '/d', { maxFileBytes: 1000 });
    assert.deepStrictEqual(r.sources.map((s) => s.meta.id), ['a']);
    assert.deepStrictEqual(r.files, ['/d/a.txt']);
    const messages = problemsOf(r);
    assert.strictEqual(messages.length, 2);
    assert.match(messages[0], /^\/d\/huge\.txt:1:1 warning 'huge\.txt' is too large/);
    assert.match(messages[1], /^\/d\/locked\.txt:1:1 warning Cannot read 'locked\.txt': EACCES/);
  });

  it('duplicate ids: an error on both, at the id where written, neither dropped', async () => {
    const fs = new MemoryFileSystem({
      '/d/a.md': joinLines('---', 'title: A', 'id: iea', '---', 'Text A.'),
      '/d/iea.txt': 'Text B.',
      '/d/arch.json': joinLines('[', '  {"id": "x", "text": "1"},', '  {"id": "x", "text": "2"}', ']'),
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => s.meta.id), ['iea', 'x', 'x', 'iea']);
    assert.deepStrictEqual(problemsOf(r), [
      "/d/a.md:3:5 error Duplicate source id 'iea': also the id of a source in /d/iea.txt.",
      "/d/iea.txt:1:1 error Duplicate source id 'iea': also the id of a source in /d/a.md.",
      "/d/arch.json:2:10 error Duplicate source id 'x': also the id of a source in /d/arch.json.",
      "/d/arch.json:3:10 error Duplicate source id 'x': also the id of a source in /d/arch.json.",
    ]);
    assert.ok(r.problems.every((p) => p.code === 'invalid-source-metadata'));
  });

  it('never lets one broken file stop the others', async () => {
    const fs = new MemoryFileSystem({
      '/d/a.json': '{"text": ',
      '/d/b.md': '---\ntitle: [\n---\nBody',
      '/d/c.html': '<p><<>>',
      '/d/d.txt': 'Fine.',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => s.meta.id), ['b', 'c', 'd']);
    assert.ok(r.problems.length >= 2);
    assert.ok(r.problems.every((p) => p.range !== undefined));
  });

  it('loadSourceFile reloads one file from bytes, with a manifest entry', () => {
    const r = loadSourceFile('/d/x.txt', new TextEncoder().encode('Unsaved text.'), { id: 'x2', publisher: 'P' });
    assert.deepStrictEqual(r.sources.map((s) => s.meta), [{ id: 'x2', title: 'Unsaved text.', publisher: 'P' }]);
  });
});

describe('sources: walking the folder', () => {
  /** A file system where /d/loop links back to /d. */
  class Looping extends MemoryFileSystem {
    realPath?: (p: string) => Promise<string>;
    realPathCalls = 0;
    constructor(withRealPath: boolean) {
      super({ '/d/a.txt': 'A', '/d/sub/b.txt': 'B' });
      if (withRealPath) {
        this.realPath = async (p) => {
          this.realPathCalls++;
          return this.real(p);
        };
      }
    }
    private real(p: string): string {
      return p.replace(/^\/d(\/loop)+/, '/d');
    }
    override async readDirectory(p: string): Promise<Array<[string, 'file' | 'directory']>> {
      const entries = await super.readDirectory(this.real(p));
      return this.real(p) === '/d' ? [...entries, ['loop', 'directory']] : entries;
    }
    override async readFile(p: string): Promise<Uint8Array> {
      return super.readFile(this.real(p));
    }
    override async stat(p: string) {
      return super.stat(this.real(p));
    }
  }

  for (const withRealPath of [true, false]) {
    it(`does not follow a link loop (${withRealPath ? 'real paths known' : 'no real paths'})`, async () => {
      const fs = new Looping(withRealPath);
      const r = await loadDataset(fs, '/d');
      assert.strictEqual(fs.realPathCalls > 0, withRealPath);
      assert.deepStrictEqual(r.sources.map((s) => s.path), ['/d/a.txt', '/d/sub/b.txt']);
      assert.deepStrictEqual(r.problems, []);
    });
  }
});
