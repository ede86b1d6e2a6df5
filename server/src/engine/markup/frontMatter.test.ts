import * as assert from 'assert';
import { LineIndex } from '../text/lineIndex';
import { parseBriefing } from './parseBriefing';

const lines = (...l: string[]): string => l.join('\n');

/** Problems as `line:character-line:character severity: message fragment` (0-based). */
function problemsOf(text: string): string[] {
  const index = new LineIndex(text);
  return parseBriefing(text).problems.map((p) => {
    assert.strictEqual(p.code, 'invalid-front-matter');
    const r = index.rangeOf(p.span);
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${p.severity} ${text.slice(p.span.start, p.span.end)}`;
  });
}

describe('markup/frontMatter', () => {
  it('reads the known keys', () => {
    const text = lines(
      '---',
      'title: Rare earths weekly',
      'date: 2025-04-01',
      'author: "A. Analyst"',
      'classification: OFFICIAL',
      'tags: [china, magnets]',
      'sources: ../sources',
      '---',
      'Body.',
    );
    const b = parseBriefing(text);
    assert.deepStrictEqual(b.problems, []);
    assert.deepStrictEqual(b.frontMatter!.values, {
      title: 'Rare earths weekly',
      date: '2025-04-01',
      author: 'A. Analyst',
      classification: 'OFFICIAL',
      tags: ['china', 'magnets'],
      sources: ['../sources'],
    });
    assert.deepStrictEqual(b.frontMatter!.span, { start: 0, end: text.indexOf('\nBody') });
    for (const [key, span] of Object.entries(b.frontMatter!.keySpans)) assert.strictEqual(text.slice(span.start, span.end), key);
    assert.deepStrictEqual(
      b.sentences.map((s) => text.slice(s.span.start, s.span.end)),
      ['Body.'],
    );
  });

  it('keeps a list of sources as a list', () => {
    const b = parseBriefing(lines('---', 'sources:', '  - a', '  - b/c', '---'));
    assert.deepStrictEqual(b.frontMatter!.values.sources, ['a', 'b/c']);
  });

  const cases: Array<[name: string, text: string, problems: string[]]> = [
    ['bad YAML at the error', lines('---', 'title: [unclosed', 'date: 2025-04-01', '---'), ['2:0-2:4 error date']],
    ['unclosed quote', lines('---', 'title: "unclosed', '---', 'Body.'), ['1:0-1:16 error title: "unclosed']],
    ['wrong type at the key', lines('---', 'title: Weekly', 'tags: china', '---'), ['2:0-2:4 error tags']],
    ['a number as title', lines('---', 'title: 1984', '---'), ['1:0-1:5 error title']],
    ['bad date', lines('---', 'date: 2025/04/01', '---'), ['1:0-1:4 error date']],
    ['impossible date', lines('---', 'date: 2025-02-30', '---'), ['1:0-1:4 error date']],
    ['a wrong tag at the item', lines('---', 'tags: [china, 3, x]', '---'), ['1:14-1:15 error 3']],
    ['a wrong source', lines('---', 'sources: [a, [b]]', '---'), ['1:0-1:7 error sources']],
    ['unknown key warning', lines('---', 'title: x', 'summary: y', '---'), ['2:0-2:7 warning summary']],
    ['duplicate key', lines('---', 'title: a', 'title: b', '---'), ['2:0-2:5 error title']],
    ['not a mapping', lines('---', '- a', '- b', '---'), ['1:0-2:3 error - a\n- b']],
    ['tabs in YAML', lines('---', 'title: x', '\tdate: 2025-01-01', '---'), ['2:1-2:17 error date: 2025-01-01']],
    ['unterminated front matter at the first line', lines('---', 'title: x', 'Body.'), ['0:0-0:3 error ---']],
    ['empty value is quietly absent', lines('---', 'tags:', '---'), []],
    ['empty front matter', lines('---', '---', 'Body.'), []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(problemsOf(text), expected));
  }

  it('keeps the values that pass when another key fails', () => {
    const b = parseBriefing(lines('---', 'title: ok', 'date: nope', 'foo: 1', '---'));
    assert.deepStrictEqual(b.frontMatter!.values, { title: 'ok' });
    assert.deepStrictEqual(Object.keys(b.frontMatter!.keySpans), ['title', 'date', 'foo']);
  });

  it('names the problem in its message', () => {
    const [problem] = parseBriefing(lines('---', 'date: 2025/04/01', '---')).problems;
    assert.match(problem.message, /`date` must be a date written YYYY-MM-DD; found "2025\/04\/01"/);
  });

  it('an unterminated front matter still lets the body be read', () => {
    const b = parseBriefing(lines('---', 'It rose 5%.'));
    assert.strictEqual(b.frontMatter, undefined);
    assert.strictEqual(b.sentences.length, 1);
  });

  it('handles CRLF, a BOM and `...` as the closing line', () => {
    const text = '\uFEFF---\r\ntitle: x\r\nfoo: 1\r\n...\r\nBody.\r\n';
    const b = parseBriefing(text);
    assert.deepStrictEqual(b.frontMatter!.values, { title: 'x' });
    assert.deepStrictEqual(problemsOf(text), ['2:0-2:3 warning foo']);
    assert.deepStrictEqual(b.sentences.map((s) => text.slice(s.span.start, s.span.end)), ['Body.']);
  });

  it('a file that is only front matter', () => {
    const b = parseBriefing('---\ntitle: x\n---');
    assert.deepStrictEqual(b.frontMatter!.values, { title: 'x' });
    assert.deepStrictEqual(b.sentences, []);
    assert.deepStrictEqual(b.headings, []);
  });

  it('front matter must start on the first line', () => {
    const b = parseBriefing('\n---\ntitle: x\n---\n');
    assert.strictEqual(b.frontMatter, undefined);
    assert.deepStrictEqual(b.problems, []);
  });

  it('a huge front matter is reported, not parsed', () => {
    const text = `---\n${'a: b\n'.repeat(200_000)}---\nBody 5%.`;
    const t0 = Date.now();
    const b = parseBriefing(text);
    assert.ok(Date.now() - t0 < 2000);
    assert.deepStrictEqual(problemsOf(text), ['0:0-0:3 error ---']);
    assert.deepStrictEqual(b.sentences.map((s) => text.slice(s.span.start, s.span.end)), ['Body 5%.']);
  });

  it('keys named like Object members are just keys', () => {
    const b = parseBriefing(lines('---', '__proto__: x', 'constructor: y', '---'));
    assert.deepStrictEqual(Object.keys(b.frontMatter!.keySpans), ['__proto__', 'constructor']);
    assert.strictEqual(Object.getPrototypeOf(b.frontMatter!.keySpans), Object.prototype);
    assert.strictEqual(b.problems.length, 2);
  });

  it('an alias to nothing is an error, not an exception', () => {
    assert.deepStrictEqual(problemsOf(lines('---', 'title: *nothing', '---')).length > 0, true);
  });
});
