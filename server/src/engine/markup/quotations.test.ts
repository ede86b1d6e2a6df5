import * as assert from 'assert';
import { parseBriefing } from './parseBriefing';

/** The quotations of each sentence, joined by ` | `. */
function quotationsOf(text: string): string[] {
  return parseBriefing(text).sentences.map((s) =>
    s.quotations
      .map((q) => {
        // Block quote markers inside a quotation read as spaces in its text.
        assert.strictEqual(text.slice(q.span.start, q.span.end).replace(/>/g, ' '), q.text);
        return q.text;
      })
      .join(' | '),
  );
}

describe('markup/quotations', () => {
  const cases: Array<[name: string, text: string, expected: string[]]> = [
    ['straight quotes', 'The IEA said "demand will double by 2030" [@iea].', ['demand will double by 2030']],
    ['curly quotes', 'The IEA said “demand will double by 2030” [@iea].', ['demand will double by 2030']],
    ['two quotations', 'It said "prices rose sharply" and “output fell again”.', ['prices rose sharply | output fell again']],
    ['fewer than three words', 'The so-called "rare earths" and “heavy ones” rose.', ['']],
    ['three words exactly', 'A "one two three" test.', ['one two three']],
    ['punctuation is no word', 'A "one two —" test.', ['']],
    ['inner spaces trimmed', 'A “ one two three ” test.', ['one two three']],
    ['inch marks', 'A 27" screen and a 32" one cost more than a 10" pad.', ['']],
    ['inch mark, then a quotation', 'A 27" screen, "as the report says here".', ['as the report says here']],
    ['unbalanced quote stays in its sentence', 'He said "prices rose. Then they fell" sharply.', ['', '']],
    ['a quotation ending the sentence', 'He said "prices rose sharply." Then it fell.', ['prices rose sharply.', '']],
    ['a quote mark inside code is ignored', 'Use `"a b c"` here, "not in code at all".', ['not in code at all']],
    ['a quote in an HTML tag is ignored', 'See <a title="one two three">it</a> now.', ['']],
    ['straight inside curly', 'He said “the "big three" firms agreed”.', ['the "big three" firms agreed']],
    ['a quotation in a list item', '- "We will cut exports now," said X.', ['We will cut exports now,']],
    ['a quotation across quoted lines', '> He said "prices rose\n> sharply today".', ['prices rose\n  sharply today']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(quotationsOf(text), expected));
  }
});
