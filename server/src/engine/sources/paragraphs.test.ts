import * as assert from 'node:assert';
import { linesOf, paragraphsOf } from './paragraphs';
import { joinLines, one, texts } from './testing';

const slices = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));
const long = (n: number) => `${n}: ` + 'A sentence long enough to make this a paragraph on one line. '.repeat(3).trim();

describe('sources: paragraphs and lines', () => {
  it('Markdown: every blank-line-separated block, headings and tables included', () => {
    const text = joinLines('# Title', '', 'First para', 'continues here.', '', '', '- item one', '- item two', '', '| a | b |');
    assert.deepStrictEqual(slices(text, paragraphsOf(text, 'markdown')), ['# Title', 'First para\ncontinues here.', '- item one\n- item two', '| a | b |']);
  });

  it('one paragraph a line (some line longer than 120 characters): every non-blank line', () => {
    const text = joinLines(long(1), 'Short line.', '', long(3));
    assert.deepStrictEqual(slices(text, paragraphsOf(text, 'lines')), [long(1), 'Short line.', long(3)]);
  });

  it('hard-wrapped text (no line over 120 characters): runs of non-blank lines', () => {
    const text = joinLines('The agency said that China', 'refines 90% of rare earths.', '', '  Exports fell 5% in 2024,', 'the ministry said.  ');
    assert.deepStrictEqual(slices(text, paragraphsOf(text, 'lines')), ['The agency said that China\nrefines 90% of rare earths.', 'Exports fell 5% in 2024,\nthe ministry said.']);
  });

  it('a line of exactly 120 characters is still hard-wrapped; trailing spaces do not count', () => {
    const l120 = 'x'.repeat(120);
    assert.strictEqual(paragraphsOf(joinLines(l120, 'y'), 'lines').length, 1);
    assert.strictEqual(paragraphsOf(joinLines(l120 + '   ', 'y'), 'lines').length, 1);
    assert.strictEqual(paragraphsOf(joinLines(l120 + 'x', 'y'), 'lines').length, 2);
  });

  it('lines: every line, blank ones too, for \\n, \\r\\n and \\r', () => {
    assert.deepStrictEqual(slices('a\n\nb\r\nc\rd', linesOf('a\n\nb\r\nc\rd')), ['a', '', 'b', 'c', 'd']);
    assert.deepStrictEqual(linesOf(''), [{ start: 0, end: 0 }]);
  });

  it('a .txt uses the line rule, a .md the block rule', () => {
    const file = joinLines('Para one.', 'Para two.');
    assert.deepStrictEqual(texts(one('/d/a.txt', file).source, one('/d/a.txt', file).source.paragraphs), ['Para one.\nPara two.']);
    const md = one('/d/a.md', joinLines('---', 'title: T', '---', 'Para one.', '', 'Para two.')).source;
    assert.deepStrictEqual(texts(md, md.paragraphs), ['Para one.', 'Para two.']);
    const scraped = one('/d/b.txt', joinLines(long(1), long(2), long(3))).source;
    assert.strictEqual(scraped.paragraphs.length, 3);
  });
});
