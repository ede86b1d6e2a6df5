import * as assert from 'node:assert';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';
import { loadDataset } from './loadDataset';
import { at, joinLines } from './testing';

const messages = (r: { problems: Array<{ path: string; message: string; severity?: string; range?: { start: { line: number; character: number } } }> }) =>
  r.problems.map((p) => `${p.path.replace(/^\/d\//, '')}:${at(p.range?.start)} ${p.severity} ${p.message}`);

describe('sources: the manifest', () => {
  it('gives metadata to files that have none; front matter wins, the manifest beats defaults', async () => {
    const fs = new MemoryFileSystem({
      '/d/sources.yaml': joinLines(
        '- file: plain.txt',
        '  id: usgs-2024',
        '  title: Mineral Commodity Summaries',
        '  publisher: USGS',
        '  reliability: A',
        '- file: ./sub/own.md',
        '  id: manifest-id',
        '  title: Manifest title',
        '  author: M. Author',
        '- id: page',
        '  publisher: The Daily',
      ),
      '/d/plain.txt': 'First line\nBody.',
      '/d/sub/own.md': joinLines('---', 'title: Own title', '---', 'Body.'),
      '/d/page.html': '<title>Page</title><p>Body.</p>',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(messages(r), []);
    assert.deepStrictEqual(r.sources.map((s) => s.meta), [
      { id: 'page', title: 'Page', publisher: 'The Daily' },
      { id: 'usgs-2024', title: 'Mineral Commodity Summaries', publisher: 'USGS', reliability: 'A' },
      { id: 'manifest-id', title: 'Own title', author: 'M. Author' },
    ]);
    assert.deepStrictEqual(r.files, ['/d/sources.yaml', '/d/page.html', '/d/plain.txt', '/d/sub/own.md']);
  });

  it('reports invalid entries and entries naming missing files at their position', async () => {
    const fs = new MemoryFileSystem({
      '/d/sources.yml': joinLines(
        'sources:',
        '  - file: a.txt',
        '    date: 2024-02-30',
        '    reliabilty: A',
        '  - file: gone.txt',
        '  - title: No file, no id',
        '  - just a string',
        '  - file: notes.docx',
        '  - id: nobody',
        '  - file: a.txt',
      ),
      '/d/a.txt': 'A',
      '/d/notes.docx': 'x',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => s.meta.id), ['a']);
    assert.deepStrictEqual(messages(r), [
      "sources.yml:3:11 error Invalid date '2024-02-30': must be a date written YYYY-MM-DD.",
      'sources.yml:4:5 warning Unknown key \'reliabilty\' (known: id, title, publisher, author, date, url, reliability, file).',
      'sources.yml:6:5 error A manifest entry needs a `file` (or an `id`) to say which source it describes.',
      'sources.yml:7:5 error A manifest entry must be a mapping like `{id, file, title, …}`.',
      "sources.yml:10:11 warning The manifest already has an entry for file 'a.txt'; this one is ignored.",
      "sources.yml:5:11 warning No file 'gone.txt' in the source folder.",
      "sources.yml:8:11 warning 'notes.docx' is not a source file (.txt, .md, .json, .html, .htm).",
      "sources.yml:9:9 warning No source file has the id 'nobody'.",
    ]);
  });

  it('reads sources.json, with positions, and is not itself a source', async () => {
    const fs = new MemoryFileSystem({
      '/d/sources.json': joinLines('[', '  {"file": "a.txt", "url": "nope"},', '  {"file": "b.txt", "publisher": "B"}', ']'),
      '/d/a.txt': 'A',
      '/d/b.txt': 'B',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => s.meta), [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', publisher: 'B' }]);
    assert.deepStrictEqual(messages(r), ["sources.json:2:28 error Invalid url 'nope': must be a web address (https://…)."]);
  });

  it('a broken manifest is reported and the sources still load', async () => {
    for (const [name, text] of [['sources.yaml', 'key: [unclosed\n  - x'], ['sources.json', '[{"file": ']] as const) {
      const fs = new MemoryFileSystem({ [`/d/${name}`]: text, '/d/a.txt': 'A' });
      const r = await loadDataset(fs, '/d');
      assert.deepStrictEqual(r.sources.map((s) => s.meta.id), ['a']);
      assert.ok(r.problems.length >= 1 && r.problems.every((p) => p.path === `/d/${name}` && p.range));
    }
  });

  it('a manifest id given to two files is a duplicate, reported at the manifest', async () => {
    const fs = new MemoryFileSystem({
      '/d/sources.yaml': joinLines('- file: a.txt', '  id: same', '- file: b.txt', '  id: same'),
      '/d/a.txt': 'A',
      '/d/b.txt': 'B',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(messages(r), [
      "sources.yaml:2:7 error Duplicate source id 'same': also the id of a source in /d/b.txt.",
      "sources.yaml:4:7 error Duplicate source id 'same': also the id of a source in /d/a.txt.",
    ]);
  });

  it('applies a file entry to every element of an archive, except its id', async () => {
    const fs = new MemoryFileSystem({
      '/d/sources.yaml': joinLines('- file: arch.json', '  id: arch', '  publisher: Archive Co'),
      '/d/arch.json': '[{"text": "1"}, {"text": "2", "publisher": "Own"}]',
    });
    const r = await loadDataset(fs, '/d');
    assert.deepStrictEqual(r.sources.map((s) => [s.meta.id, s.meta.publisher]), [['arch-1', 'Archive Co'], ['arch-2', 'Own']]);
  });
});
