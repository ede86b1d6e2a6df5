import * as assert from 'node:assert';
import fc from 'fast-check';
import { scanJson } from './jsonScan';
import { loadSourceText } from './loadSourceFile';
import { offsetOf } from './loadText.test';
import { at, joinLines, one, texts } from './testing';

describe('sources: .json', () => {
  it('reads one object: its metadata and its text, unescaped', () => {
    const file = JSON.stringify({ id: 'usgs', title: 'Mineral summaries', publisher: 'USGS', date: '2024-01-31T09:00:00Z', reliability: 'a', text: 'Line one.\nChina: 70% of "mining".\tTab \u00e9 😀' });
    const { source, problems } = one('/d/usgs.json', file);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(source.meta, { id: 'usgs', title: 'Mineral summaries', publisher: 'USGS', date: '2024-01-31', reliability: 'A' });
    assert.strictEqual(source.text, 'Line one.\nChina: 70% of "mining".\tTab \u00e9 😀');
    assert.strictEqual(source.format, 'json');
    assert.deepStrictEqual(texts(source, source.lines), ['Line one.', 'China: 70% of "mining".\tTab \u00e9 😀']);
  });

  it('reads an archive: one source an element, ids `<file name>-<n>` by default', () => {
    const file = JSON.stringify([{ title: 'A', text: 'a' }, { id: 'named', text: 'b' }, { body: 'c' }, { content: 'd', text: 'e' }], null, 2);
    const { sources, problems } = loadSourceText('/d/archive.json', file);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(sources.map((s) => [s.meta.id, s.meta.title, s.text]), [
      ['archive-1', 'A', 'a'], ['named', 'b', 'b'], ['archive-3', 'c', 'c'], ['archive-4', 'e', 'e'],
    ]);
    assert.ok(sources.every((s) => s.path === '/d/archive.json'));
  });

  it('maps every offset of the unescaped text back into the string literal', () => {
    const file = '[\n  {"id": "x", "text": "He said \\"90%\\"\\nthen \\u00e9t\\u00E9 \\ud83d\\ude00 \\/ \\\\ end"}\n]';
    const { source } = one('/d/a.json', file);
    assert.strictEqual(source.text, 'He said "90%"\nthen été 😀 / \\ end');
    const literalStart = file.indexOf('"He') + 1;
    const fileOffset = (o: number) => offsetOf(file, source.positionInFile(o));
    assert.strictEqual(fileOffset(0), literalStart);
    assert.strictEqual(file.slice(fileOffset(source.text.indexOf('90%')), fileOffset(source.text.indexOf('90%')) + 3), '90%');
    assert.strictEqual(file.slice(fileOffset(source.text.indexOf('\n'))).slice(0, 2), '\\n');
    assert.strictEqual(file.slice(fileOffset(source.text.indexOf('é'))).slice(0, 6), '\\u00e9');
    assert.strictEqual(file.slice(fileOffset(source.text.indexOf('end'))).slice(0, 3), 'end');
    assert.strictEqual(at(source.positionInFile(source.text.indexOf('then'))), `2:${file.split('\n')[1].indexOf('then') + 1}`);
    assert.strictEqual(fileOffset(source.text.length), file.lastIndexOf('"'));
  });

  it('round-trips any string: each character maps to itself or to its escape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ maxLength: 5 }), (s, pad) => {
        const file = `{${JSON.stringify(pad)}: 1, "text": ${JSON.stringify(s).replace(/é/g, '\\u00e9')}}`;
        const scan = scanJson(file);
        if (!scan.ok) return false;
        const { sources } = loadSourceText('/d/p.json', file);
        const src = sources[0];
        if (!src) return false;
        // noise blanking may replace a whole line with spaces; compare where nothing was blanked
        for (let i = 0; i < src.text.length; i++) {
          if (src.text[i] !== s[i]) continue;
          const o = offsetOf(file, src.positionInFile(i));
          const c = file[o];
          if (c !== s[i] && c !== '\\') return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('reports malformed JSON with its place, and skips the file', () => {
    const { sources, problems } = loadSourceText('/d/broken.json', joinLines('{', '  "title": "x",', '  "text": "y",', '}'));
    assert.strictEqual(sources.length, 0);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].severity, 'error');
    assert.strictEqual(at(problems[0].range?.start), '4:1');
    assert.match(problems[0].message, /broken\.json.*line 4, column 1/);
  });

  for (const [name, bad] of [
    ['an unterminated string', '{"text": "abc'],
    ['a bad escape', '{"text": "a\\qb"}'],
    ['trailing text', '{"text": "a"} x'],
    ['an empty file', ''],
    ['deep nesting', '['.repeat(100000)],
    ['a lone number prefix', '-'],
    ['a trailing comma', '[{"text": "a"},]'],
  ] as const) {
    it(`never throws on ${name}`, () => {
      const { sources, problems } = loadSourceText('/d/x.json', bad);
      assert.strictEqual(sources.length, 0);
      assert.strictEqual(problems.length, 1);
      assert.ok(problems[0].range);
    });
  }

  it('reports invalid metadata at its position and keeps the rest', () => {
    const file = joinLines('[', '  {"id": "ok", "date": "yesterday", "text": "a"},', '  {"id": 12, "title": ["x"], "url": "ftp://x", "text": "b"},', '  "not an object",', '  {"title": "no text"},', '  {"text": 5}', ']');
    const { sources, problems } = loadSourceText('/d/m.json', file);
    assert.deepStrictEqual(sources.map((s) => s.meta.id), ['ok', '12', 'm-4', 'm-5']);
    assert.strictEqual(sources[2].text, '');
    assert.deepStrictEqual(problems.map((p) => at(p.range?.start)), ['2:24', '3:23', '3:37', '4:3', '5:3', '6:12']);
    assert.ok(problems.every((p) => p.code === 'invalid-source-metadata' && p.severity === 'error'));
    assert.match(problems[3].message, /Element 3/);
    assert.match(problems[4].message, /no text/);
  });

  it('rejects a top-level value that is not an object or array', () => {
    const { sources, problems } = loadSourceText('/d/n.json', '42');
    assert.strictEqual(sources.length, 0);
    assert.strictEqual(problems.length, 1);
  });
});
