import * as assert from 'assert';
import { parseBriefing } from './parseBriefing';

const lines = (...l: string[]): string => l.join('\n');

/** Directives as `line: codes` (`file: codes` for the whole file), `*` for all codes. */
function ignoresOf(text: string): string[] {
  return parseBriefing(text).ignores.map((d) => {
    assert.ok(text.slice(d.span.start, d.span.end).startsWith('<!--'));
    assert.ok(text.slice(d.span.start, d.span.end).endsWith('-->'));
    return `${d.line ?? 'file'}: ${d.codes.length ? d.codes.join(' ') : '*'}`;
  });
}

describe('markup/directives', () => {
  const cases: Array<[name: string, text: string, expected: string[]]> = [
    ['next line, all codes', lines('<!-- briefing-ignore-next-line -->', 'It rose 5%.'), ['1: *']],
    [
      'next line, named codes',
      lines('Intro.', '', '<!-- briefing-ignore-next-line uncited-figure figure-more-specific -->', 'It rose 5%.'),
      ['3: uncited-figure figure-more-specific'],
    ],
    ['commas between codes', lines('<!-- briefing-ignore-next-line a, b -->', 'x'), ['1: a b']],
    ['skips blank lines', lines('<!-- briefing-ignore-next-line -->', '', '  ', 'It rose 5%.'), ['3: *']],
    [
      'stacked directives apply to the line below them',
      lines('<!-- briefing-ignore-next-line a -->', '<!-- briefing-ignore-next-line b -->', 'It rose 5%.'),
      ['2: a', '2: b'],
    ],
    ['inline at the end of a line', lines('Intro. <!-- briefing-ignore-next-line -->', 'It rose 5%.'), ['1: *']],
    ['multi-line comment', lines('<!--', '  briefing-ignore-next-line', '  uncited-figure', '-->', 'It rose 5%.'), ['4: uncited-figure']],
    ['in a list', lines('- One.', '  <!-- briefing-ignore-next-line -->', '- Two 5%.'), ['2: *']],
    ['whole file', lines('# T', '<!-- briefing-ignore-file uncited-figure -->', 'x'), ['file: uncited-figure']],
    ['whole file, all codes', lines('<!--briefing-ignore-file-->'), ['file: *']],
    ['last line: points past the end', lines('Text.', '<!-- briefing-ignore-next-line -->'), ['2: *']],
    ['other comments are no directives', lines('<!-- a note -->', '<!-- briefing-ignore-next-lines -->', '<!-- see briefing-ignore-file -->'), []],
    ['a directive in code is ignored', lines('```', '<!-- briefing-ignore-file -->', '```'), []],
    ['a directive in an inline code span is ignored', lines('Type `<!-- briefing-ignore-file -->` here.'), []],
    ['CRLF', '<!-- briefing-ignore-next-line x -->\r\n\r\nIt rose 5%.\r\n', ['2: x']],
    ['after front matter', lines('---', 'title: x', '---', '<!-- briefing-ignore-next-line -->', 'It rose 5%.'), ['4: *']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(ignoresOf(text), expected));
  }

  it('the directive comment is no sentence', () => {
    const text = lines('<!-- briefing-ignore-next-line -->', 'It rose 5%.');
    assert.deepStrictEqual(
      parseBriefing(text).sentences.map((s) => text.slice(s.span.start, s.span.end)),
      ['It rose 5%.'],
    );
  });
});
