import * as assert from 'assert';
import fc from 'fast-check';
import { parseBriefing } from './parseBriefing';
import { nextStop, splitSentences } from './sentences';

/** The sentences of a briefing body, as text. */
function sentencesOf(text: string): string[] {
  return parseBriefing(text).sentences.map((s) => text.slice(s.span.start, s.span.end));
}

function plain(text: string, from?: number, to?: number): string[] {
  return splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));
}

describe('markup/sentences', () => {
  const cases: Array<[name: string, text: string, sentences: string[]]> = [
    [
      'abbreviation U.S. inside a sentence',
      'The U.S. imports over 80% of its rare earths. The EU relies on China for 98% of its magnets.',
      ['The U.S. imports over 80% of its rare earths.', 'The EU relies on China for 98% of its magnets.'],
    ],
    ['U.S. before an upper-case word', 'Sales to the U.S. President rose.', ['Sales to the U.S. President rose.']],
    ['U.K., e.g., i.e.', 'The U.K. Treasury, e.g. Mr. Hunt, i.e. The Chancellor, spoke.', ['The U.K. Treasury, e.g. Mr. Hunt, i.e. The Chancellor, spoke.']],
    ['approx., no., p., pp., para.', 'Output was approx. 40 kt. See no. 5, p. 4, pp. 6-7, para. 3. Then more.', ['Output was approx. 40 kt.', 'See no. 5, p. 4, pp. 6-7, para. 3.', 'Then more.']],
    ['titles', 'Dr. Wu, Mr. Li, Ms. Ho, Mrs. Ng, Prof. Tan and St. Clair met.', ['Dr. Wu, Mr. Li, Ms. Ho, Mrs. Ng, Prof. Tan and St. Clair met.']],
    ['companies and months', 'Lynas Corp. Ltd. Shares and Acme Inc. Bonds fell in Jan. And Dec. Were flat.', ['Lynas Corp. Ltd. Shares and Acme Inc. Bonds fell in Jan. And Dec. Were flat.']],
    ['Fig., No., vs.', 'See Fig. The chart. No. Seven vs. Eight.', ['See Fig. The chart.', 'No. Seven vs. Eight.']],
    ['etc. ends a sentence before upper case', 'Magnets, motors etc. The rest is steel.', ['Magnets, motors etc.', 'The rest is steel.']],
    ['etc. before lower case', 'Magnets, motors etc. are imported.', ['Magnets, motors etc. are imported.']],
    ['initials', 'J. Smith and A. B. Jones wrote it. They agree.', ['J. Smith and A. B. Jones wrote it.', 'They agree.']],
    ['decimals', 'Output rose 1.5 times to 4.2 kt. Prices fell 0.3%.', ['Output rose 1.5 times to 4.2 kt.', 'Prices fell 0.3%.']],
    ['year before a full stop', 'It peaked in 2024. Then it fell.', ['It peaked in 2024.', 'Then it fell.']],
    ['lower case after a full stop', 'It rose 3 p.c. and then 4 per cent. more.', ['It rose 3 p.c. and then 4 per cent. more.']],
    ['question and exclamation', 'Is it 60%? Yes! It is.', ['Is it 60%?', 'Yes!', 'It is.']],
    ['closing quote stays', 'He said "it is over." Then he left.', ['He said "it is over."', 'Then he left.']],
    ['closing curly quote and bracket', 'It fell (by half.) “Then” it rose.’ Next.', ['It fell (by half.)', '“Then” it rose.’', 'Next.']],
    ['opening quote starts a sentence', 'It rose. "Prices doubled," he said.', ['It rose.', '"Prices doubled," he said.']],
    ['citation after the full stop belongs to the sentence', 'It rose 5%. [@iea] Prices fell.', ['It rose 5%. [@iea]', 'Prices fell.']],
    ['several groups after the full stop', 'It rose 5%. [@a] [@b, para 2] prices fell.', ['It rose 5%. [@a] [@b, para 2]', 'prices fell.']],
    ['citation glued to the full stop', 'It rose 5%.[@iea] Prices fell.', ['It rose 5%.[@iea]', 'Prices fell.']],
    ['citation at the end of the block', 'It rose 5%. [@iea]', ['It rose 5%. [@iea]']],
    ['citation inside the sentence', 'It rose 5% [@iea]. Prices fell [@a; @b].', ['It rose 5% [@iea].', 'Prices fell [@a; @b].']],
    ['no split inside a citation', 'It rose [@a, p. 4. Table 2]. Then fell.', ['It rose [@a, p. 4. Table 2].', 'Then fell.']],
    ['no split inside code', 'Run `a. B` now. Done.', ['Run `a. B` now.', 'Done.']],
    ['no split inside a URL', 'See https://x.org/a.B?x=1 now. Done.', ['See https://x.org/a.B?x=1 now.', 'Done.']],
    ['URL before a full stop', 'See https://x.org/report. Then stop.', ['See https://x.org/report.', 'Then stop.']],
    ['bold sentence start', 'It rose. **Prices** fell.', ['It rose.', '**Prices** fell.']],
    ['digit after a full stop does not split', 'It rose to 5. 6 firms agree.', ['It rose to 5. 6 firms agree.']],
    ['ellipsis', 'It rose... Then it fell.', ['It rose...', 'Then it fell.']],
    ['no final punctuation', 'It rose 5%', ['It rose 5%']],
    ['sentences across wrapped lines', 'It rose\n5%. Then it\nfell.', ['It rose\n5%.', 'Then it\nfell.']],
    ['non-ASCII upper case', 'It rose. Émile agreed.', ['It rose.', 'Émile agreed.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepStrictEqual(sentencesOf(text), expected));
  }

  describe('splitSentences (plain text)', () => {
    const plainCases: Array<[name: string, text: string, sentences: string[]]> = [
      ['same rules', 'The U.S. imports 80%. The EU 98%.', ['The U.S. imports 80%.', 'The EU 98%.']],
      ['a blank line ends a sentence', 'Rare earths market\n\nChina holds 60%', ['Rare earths market', 'China holds 60%']],
      ['a blank line with spaces', 'Heading line\n  \t\nBody 5%.', ['Heading line', 'Body 5%.']],
      ['CRLF blank line', 'Heading\r\n\r\nBody. More.', ['Heading', 'Body.', 'More.']],
      ['one line break is not an end', 'a line\ncontinues', ['a line\ncontinues']],
      ['only white space', ' \n\n \t', []],
      ['empty', '', []],
      ['trailing spaces trimmed', '  It rose.   Then.  ', ['It rose.', 'Then.']],
    ];
    for (const [name, text, expected] of plainCases) {
      it(name, () => assert.deepStrictEqual(plain(text), expected));
    }

    it('splits only within [from, to)', () => {
      const text = 'Skip this. Take this one. And this. Not this.';
      const from = text.indexOf('Take');
      const to = text.indexOf('Not');
      assert.deepStrictEqual(plain(text, from, to), ['Take this one.', 'And this.']);
    });

    it('clamps out-of-range bounds', () => {
      assert.deepStrictEqual(plain('It rose.', -5, 1000), ['It rose.']);
      assert.deepStrictEqual(plain('It rose.', 6, 2), []);
    });

    it('is fast on scraped text', () => {
      const line = 'The U.S. imports over 80% of its rare earths, e.g. from China. Output rose 1.5 times.\n';
      const text = line.repeat(120_000); // about 10 MB
      const t0 = Date.now();
      const spans = splitSentences(text);
      const ms = Date.now() - t0;
      assert.strictEqual(spans.length, 240_000);
      assert.ok(ms < 5000, `took ${ms} ms`);
    });
  });
});

describe('nextStop', () => {
  it('finds the first line break or sentence punctuation in range, as a loop over the characters does', () => {
    const piece = fc.constantFrom('a', ' ', '.', '?', '!', '…', '\n', '\r', '3.5', 'U.S.', '—', '’', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 2 })), { maxLength: 30 }), fc.nat(100), fc.nat(100), fc.nat(100), (pieces, a, b, c) => {
        const text = pieces.join('');
        const [from, i, to] = [a, b, c].map((n) => n % (text.length + 1)).sort((x, y) => x - y);
        let expected = i;
        while (expected < to && !'\n\r.?!…'.includes(text[expected])) expected++;
        assert.strictEqual(nextStop(text.slice(from, to), from, i, to), expected);
      }),
      { numRuns: 3000 },
    );
  });
});
