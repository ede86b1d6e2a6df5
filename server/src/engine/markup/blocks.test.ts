import * as assert from 'assert';
import { parseBriefing } from './parseBriefing';

const lines = (...l: string[]): string => l.join('\n');

/** Sentences as `kind: text`, headings as `h<level>: text`, in document order. */
function outline(text: string): string[] {
  const b = parseBriefing(text);
  const items: Array<[number, string]> = [
    ...b.sentences.map((s): [number, string] => [s.span.start, `${s.block}: ${text.slice(s.span.start, s.span.end)}`]),
    ...b.headings.map((h): [number, string] => {
      assert.strictEqual(text.slice(h.textSpan.start, h.textSpan.end), h.text);
      return [h.span.start, `h${h.level}: ${h.text}`];
    }),
  ];
  return items.sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

describe('markup/blocks', () => {
  const cases: Array<[name: string, text: string, expected: string[]]> = [
    ['paragraphs', lines('One 5%.', 'Still one.', '', 'Two.'), ['paragraph: One 5%.', 'paragraph: Still one.', 'paragraph: Two.']],
    ['ATX headings are no sentences', lines('# Title 2025', '## Sub ##', '###### Six', '####### Seven.'), ['h1: Title 2025', 'h2: Sub', 'h6: Six', 'paragraph: ####### Seven.']],
    ['heading needs a blank after #', lines('#hashtag 5%.'), ['paragraph: #hashtag 5%.']],
    ['heading keeps an inner #', lines('## C# and F#'), ['h2: C# and F#']],
    ['empty heading', lines('#', 'Text.'), ['h1: ', 'paragraph: Text.']],
    ['heading interrupts a paragraph', lines('Text 5%.', '# Head', 'More.'), ['paragraph: Text 5%.', 'h1: Head', 'paragraph: More.']],
    ['setext headings', lines('Title', '=====', '', 'Sub', '---', 'Text.'), ['h1: Title', 'h2: Sub', 'paragraph: Text.']],
    ['thematic break', lines('Text.', '', '***', 'More.'), ['paragraph: Text.', 'paragraph: More.']],
    [
      'bullet list items',
      lines('- One 5%.', '* Two.', '+ Three. Four.'),
      ['list-item: One 5%.', 'list-item: Two.', 'list-item: Three.', 'list-item: Four.'],
    ],
    ['numbered list items', lines('1. One.', '2) Two.', '10. Ten.'), ['list-item: One.', 'list-item: Two.', 'list-item: Ten.']],
    [
      'continuation lines',
      lines('- First item', '  continues. Second', 'lazily.', '- Next.'),
      ['list-item: First item\n  continues.', 'list-item: Second\nlazily.', 'list-item: Next.'],
    ],
    [
      'an indented paragraph of a list item is not code',
      lines('- Item.', '', '    Indented 5%.', '', 'After.'),
      ['list-item: Item.', 'list-item: Indented 5%.', 'paragraph: After.'],
    ],
    ['indented text is not code', lines('    Indented 5%.'), ['paragraph: Indented 5%.']],
    ['a wrapped year does not start a list', lines('Output fell in', '2024. It rose.'), ['paragraph: Output fell in\n2024.', 'paragraph: It rose.']],
    ['1. interrupts a paragraph', lines('Steps:', '1. One.'), ['paragraph: Steps:', 'list-item: One.']],
    ['an empty bullet does not interrupt', lines('Text', '-'), ['h2: Text']],
    ['dash without a blank is text', lines('-5% growth.'), ['paragraph: -5% growth.']],
    [
      'block quotes strip the markers',
      lines('> Quoted one 5%.', '> Quoted two.', '>', '> Second para.'),
      ['blockquote: Quoted one 5%.', 'blockquote: Quoted two.', 'blockquote: Second para.'],
    ],
    ['sentence across quoted lines', lines('> It rose', '> sharply. The end.'), ['blockquote: It rose\n> sharply.', 'blockquote: The end.']],
    ['nested quote and list in a quote', lines('> > Deep.', '> - Item.'), ['blockquote: Deep.', 'blockquote: Item.']],
    ['quote interrupts a paragraph', lines('Text.', '> Quote.'), ['paragraph: Text.', 'blockquote: Quote.']],
    ['lazy quote continuation', lines('> Quote', 'continues.'), ['blockquote: Quote\ncontinues.']],
    ['heading in a quote', lines('> # Title'), ['h1: Title']],
    [
      'pipe table: header and delimiter are no sentences, each body row is one',
      lines('| Country | Share 2024 |', '| --- | :---: |', '| China | 60%. Most. |', '| Japan | 10% |', '', 'After.'),
      ['table-row: China | 60%. Most.', 'table-row: Japan | 10%', 'paragraph: After.'],
    ],
    ['table without outer pipes', lines('a | b', '--|--', '1 | 2'), ['table-row: 1 | 2']],
    ['table interrupts a paragraph', lines('Text.', '| a | b |', '|---|---|', '| 1 | 2 |'), ['paragraph: Text.', 'table-row: 1 | 2']],
    ['table ends at a block start', lines('| a |', '|---|', '| 1 |', '# H'), ['table-row: 1', 'h1: H']],
    ['empty rows are no sentences', lines('| a |', '|---|', '|   |', '| 1 |'), ['table-row: 1']],
    ['pipes without a delimiter row are prose', lines('a | b 5%.'), ['paragraph: a | b 5%.']],
    ['table in a quote', lines('> | a |', '> |---|', '> | 1 |'), ['table-row: 1']],
    [
      'fenced code is ignored',
      lines('Before.', '```js', 'const x = 5. // Not. A sentence.', '# not a heading', '```', 'After.'),
      ['paragraph: Before.', 'paragraph: After.'],
    ],
    ['tilde fence and longer closing', lines('~~~', 'code', '~~~~', 'After.'), ['paragraph: After.']],
    ['a shorter run does not close', lines('````', '```', 'code', '````', 'After.'), ['paragraph: After.']],
    ['the other fence char does not close', lines('```', '~~~', 'code', '```', 'After.'), ['paragraph: After.']],
    ['unterminated fence: the rest is code', lines('Before.', '```', 'Code 5%.', '', 'Still code.'), ['paragraph: Before.']],
    ['inline triple backticks are no fence', lines('```code``` is 5%.'), ['paragraph: ```code``` is 5%.']],
    ['indented fence in a list', lines('- Item.', '  ```', '  code.', '  ```', '- Next.'), ['list-item: Item.', 'list-item: Next.']],
    ['fence in a quote', lines('> ```', '> code.', '> ```', '> After.'), ['blockquote: After.']],
    ['block comment is ignored', lines('<!-- A note. 5%. -->', 'Text.'), ['paragraph: Text.']],
    ['multi-line block comment', lines('<!--', 'Hidden 5%.', '', 'Still hidden.', '-->', 'Text.'), ['paragraph: Text.']],
    ['text after a block comment', lines('<!-- note --> Shown 5%.'), ['paragraph: Shown 5%.']],
    ['unterminated block comment hides the rest', lines('Text.', '<!--', 'Hidden.'), ['paragraph: Text.']],
    ['a comment inside a paragraph', lines('It rose <!-- was', '', 'fell --> 5%.'), ['paragraph: It rose <!-- was', 'paragraph: fell --> 5%.']],
    ['a multi-line comment inside a paragraph', lines('It rose <!-- was', 'fell. Oh. --> 5%. Then.'), ['paragraph: It rose <!-- was\nfell. Oh. --> 5%.', 'paragraph: Then.']],
    ['link reference definitions are not prose', lines('Text [2].', '', '[2]: https://x.org/2024 "Report"', '[^1]: A footnote 5%.'), ['paragraph: Text [2].', 'paragraph: [^1]: A footnote 5%.']],
    ['CRLF', 'Head\r\n===\r\n\r\n- One.\r\n  Two 5%.\r\n\r\n> Q.\r\n', ['h1: Head', 'list-item: One.', 'list-item: Two 5%.', 'blockquote: Q.']],
    ['tabs', '#\tTab title\n-\tItem\n\tindented.', ['h1: Tab title', 'list-item: Item\n\tindented.']],
    ['BOM', '\uFEFF# Title\nText.', ['h1: Title', 'paragraph: Text.']],
    ['empty input', '', []],
    ['blank input', ' \n\t\r\n', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(outline(text), expected));
  }

  it("a table row knows its header's cells; a new table its own", () => {
    const text = lines('| Country | Share, 2024 |', '| --- | :---: |', '| China | 60% |', '', 'a | b \\| c', '--|--', '1 | 2');
    assert.deepStrictEqual(
      parseBriefing(text).sentences.map((s) => s.columns),
      [['Country', 'Share, 2024'], ['a', 'b \\| c']],
    );
  });

  it('heading spans', () => {
    const text = 'Intro.\n\n##  Rare earths  ##  \nText.';
    const [h] = parseBriefing(text).headings;
    assert.strictEqual(text.slice(h.span.start, h.span.end), '##  Rare earths  ##');
    assert.strictEqual(text.slice(h.textSpan.start, h.textSpan.end), 'Rare earths');
  });

  it('quote markers inside a sentence are excluded', () => {
    const text = lines('> It rose', '> 5%.');
    const [s] = parseBriefing(text).sentences;
    assert.deepStrictEqual(s.excluded.map((x) => text.slice(x.start, x.end)), ['> ']);
  });
});
