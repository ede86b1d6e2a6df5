import * as assert from 'node:assert';
import { applyEdit, textAt } from './edits';
import { dedent, fixture, parseFixture } from './fixture';

describe('testing/fixture', () => {
  it('splits files at `--- path` markers and dedents each one', async () => {
    const f = fixture(`
      --- /w/a.brief
      First line.
        Indented line.
    --- /w/sources/s.txt
    Source text.
    `);
    assert.deepStrictEqual(f.files, { '/w/a.brief': 'First line.\n  Indented line.\n', '/w/sources/s.txt': 'Source text.\n' });
    assert.strictEqual(new TextDecoder().decode(await f.fs.readFile('/w/sources/s.txt')), 'Source text.\n');
    assert.deepStrictEqual(await f.fs.readDirectory('/w'), [
      ['a.brief', 'file'],
      ['sources', 'directory'],
    ]);
  });

  it('keeps YAML fences (`---` alone) inside a file', () => {
    const { files } = parseFixture('--- /w/a.md\n---\ntitle: x\n---\nBody\n');
    assert.strictEqual(files['/w/a.md'], '---\ntitle: x\n---\nBody\n');
  });

  it('finds and removes the $0 cursor', () => {
    const { files, cursor } = parseFixture('--- /w/a.brief\nChina [@i$0ea].');
    assert.strictEqual(files['/w/a.brief'], 'China [@iea].\n');
    assert.deepStrictEqual(cursor, { path: '/w/a.brief', offset: 9 });
  });

  it('rejects text before the first marker and two cursors', () => {
    assert.throws(() => parseFixture('stray\n--- /w/a.brief\nx'));
    assert.throws(() => parseFixture('--- /w/a.brief\n$0 and $0'));
  });

  it('dedent', () => {
    assert.strictEqual(dedent('\n    a\n      b\n\n    c\n  '), 'a\n  b\n\nc');
  });

  it('applyEdit and textAt use 0-based line/character ranges', () => {
    const text = 'one\ntwo three\n';
    const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } };
    assert.strictEqual(textAt(text, range), 'three');
    assert.strictEqual(applyEdit(text, { range, newText: '3' }), 'one\ntwo 3\n');
  });
});
