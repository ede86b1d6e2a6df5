import * as assert from 'node:assert';
import { loadSourceText } from './loadSourceFile';
import { at, joinLines, one, texts } from './testing';

describe('sources: .txt and .md', () => {
  it('takes the file text as the source, with defaults from the file', () => {
    const { source, problems } = one('/d/iea-2024.txt', joinLines('', '  Critical minerals outlook  ', 'China refines 90% of rare earths.'));
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(source.meta.id, 'iea-2024');
    assert.strictEqual(source.meta.title, 'Critical minerals outlook');
    assert.strictEqual(source.format, 'txt');
    assert.strictEqual(source.path, '/d/iea-2024.txt');
    assert.strictEqual(source.text, joinLines('', '  Critical minerals outlook  ', 'China refines 90% of rare earths.'));
  });

  it('reads front matter as metadata and blanks it, keeping offsets and lines', () => {
    const file = joinLines('---', 'id: iea', 'title: "Outlook: 2024"', 'publisher: IEA', 'author: A. Analyst', 'date: 2024-05-17', 'url: https://iea.org/x', 'reliability: b', '---', 'Body line.');
    const { source, problems } = one('/d/file.md', file);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(source.meta, {
      id: 'iea', title: 'Outlook: 2024', publisher: 'IEA', author: 'A. Analyst', date: '2024-05-17', url: 'https://iea.org/x', reliability: 'B',
    });
    assert.strictEqual(source.text.length, file.length);
    assert.strictEqual(source.text.split('\n').length, 10);
    assert.match(source.text, /^ *\n *\n/);
    assert.strictEqual(source.text.indexOf('Body'), file.indexOf('Body'));
    assert.strictEqual(at(source.positionInFile(source.text.indexOf('Body'))), '10:1');
    // line N is the line the editor shows, front matter lines included
    assert.strictEqual(source.lines.length, 10);
    assert.deepStrictEqual(texts(source, [source.lines[9]]), ['Body line.']);
    assert.deepStrictEqual(texts(source, source.paragraphs), ['Body line.']);
  });

  it('reports an invalid field at its position and keeps the valid ones', () => {
    const file = joinLines('---', 'title: Fine', 'date: 17 May 2024', 'reliability: G', 'url: not a url', 'id: has space', '---', 'Text.');
    const { source, problems } = one('/d/s.txt', file);
    assert.strictEqual(source.meta.title, 'Fine');
    assert.strictEqual(source.meta.id, 's');
    assert.strictEqual(source.meta.date, undefined);
    assert.deepStrictEqual(
      problems.map((p) => [p.code, p.severity, at(p.range?.start), at(p.range?.end)]),
      [
        ['invalid-source-metadata', 'error', '3:7', '3:18'],
        ['invalid-source-metadata', 'error', '4:14', '4:15'],
        ['invalid-source-metadata', 'error', '5:6', '5:15'],
        ['invalid-source-metadata', 'error', '6:5', '6:14'],
      ],
    );
    assert.match(problems[0].message, /date '17 May 2024'.*YYYY-MM-DD/);
    assert.match(problems[1].message, /reliability 'G'.*A to F/);
    assert.ok(problems.every((p) => p.path === '/d/s.txt'));
  });

  it('reports bad YAML without throwing, and still loads the text', () => {
    const { source, problems } = one('/d/s.md', joinLines('---', 'title: [unclosed', 'date: 2024-01-01', '---', '# Heading', 'Text.'));
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((p) => p.code === 'invalid-source-metadata' && p.range !== undefined));
    assert.ok([1, 2].includes(problems[0].range?.start.line ?? -1)); // at or just after the unclosed list
    assert.strictEqual(source.meta.title, 'Heading');
  });

  it('reports duplicate keys and non-mapping front matter', () => {
    const dup = one('/d/a.md', joinLines('---', 'title: A', 'title: B', '---', 'x')).problems;
    assert.strictEqual(dup.length, 1);
    assert.strictEqual(at(dup[0].range?.start), '3:1');
    const list = one('/d/b.md', joinLines('---', 'title:', '  - a', '---', 'x'));
    assert.match(list.problems[0].message, /title \(a list\): must be text/);
  });

  it('does not take a leading `---` rule followed by prose as front matter', () => {
    const text = joinLines('---', 'A rule, then prose.', '---', 'More prose.');
    const { source, problems } = one('/d/r.txt', text);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(source.text, text);
  });

  it('default title: the first non-blank, non-noise line; `#` stripped in Markdown', () => {
    assert.strictEqual(one('/d/a.md', joinLines('Share this article', '', '## Rare earths: the outlook ##', 'x')).source.meta.title, 'Rare earths: the outlook');
    assert.strictEqual(one('/d/a.txt', joinLines('# Not markdown', 'x')).source.meta.title, '# Not markdown');
    assert.strictEqual(one('/d/empty.txt', '').source.meta.title, 'empty');
    assert.ok(one('/d/long.txt', 'x'.repeat(1000)).source.meta.title.length <= 200);
  });

  it('keeps Markdown tables, one row a line', () => {
    const file = joinLines('# Table', '', '| country | share |', '| --- | --- |', '| China | 90% |', '', 'After.');
    const { source } = one('/d/t.md', file);
    assert.strictEqual(source.text, file);
    assert.deepStrictEqual(texts(source, source.paragraphs), ['# Table', '| country | share |\n| --- | --- |\n| China | 90% |', 'After.']);
    assert.deepStrictEqual(texts(source, [source.lines[4]]), ['| China | 90% |']);
  });

  it('reads a JSON blob in a .txt as a JSON source, front matter winning', () => {
    const file = joinLines('---', 'id: blob', '---', '{"title": "Scraped", "url": "https://x.org/a", "text": "First line\\nChina: 90%\\n\\"quoted\\""}');
    const { source, problems } = one('/d/blob.txt', file);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(source.meta, { id: 'blob', title: 'Scraped', url: 'https://x.org/a' });
    assert.strictEqual(source.text, 'First line\nChina: 90%\n"quoted"');
    assert.deepStrictEqual(texts(source, source.lines), ['First line', 'China: 90%', '"quoted"']);
    const ninety = source.text.indexOf('90%');
    assert.strictEqual(file.slice(offsetOf(file, source.positionInFile(ninety))).slice(0, 3), '90%');
  });

  it("a JSON blob's own fields give way to the manifest's entry for the file", () => {
    // A feed's export names its article by the feed's id; the analyst's manifest names the file.
    const file = '{"id": "lnf-0417", "headline": "Inflation slows", "published": "2025-06-12", "text": "Prices rose 1.5% in May."}';
    const alone = loadSourceText('/d/feed-inflation.txt', file).sources[0];
    assert.strictEqual(alone.meta.id, 'lnf-0417');
    const listed = loadSourceText('/d/feed-inflation.txt', file, { id: 'feed-inflation', file: 'feed-inflation.txt', reliability: 'C' }).sources[0];
    assert.deepStrictEqual([listed.meta.id, listed.meta.reliability, listed.text], ['feed-inflation', 'C', 'Prices rose 1.5% in May.']);
    // Front matter still wins over both.
    const declared = loadSourceText('/d/feed-inflation.txt', joinLines('---', 'id: own', '---', file), { id: 'feed-inflation' }).sources[0];
    assert.strictEqual(declared.meta.id, 'own');
  });

  it('keeps offsets and lines with CRLF line breaks', () => {
    const file = '---\r\ntitle: T\r\n---\r\nA line.\r\n\r\nAnother.\r\n';
    const { source } = one('/d/crlf.md', file);
    assert.strictEqual(source.text.length, file.length);
    assert.deepStrictEqual(texts(source, source.paragraphs), ['A line.', 'Another.']);
    assert.strictEqual(at(source.positionInFile(source.text.indexOf('Another'))), '6:1');
    assert.strictEqual(source.lines.length, 7);
  });
});

/** Offset of a 0-based position in `text`. */
export function offsetOf(text: string, p: { line: number; character: number }): number {
  let offset = 0;
  for (let l = 0; l < p.line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + p.character;
}
