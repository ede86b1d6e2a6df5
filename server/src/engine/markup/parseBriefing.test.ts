import * as assert from 'assert';
import fc from 'fast-check';
import { BlockCache } from './blockCache';
import type { Span } from '../types';
import { parseBriefing } from './parseBriefing';
import type { Briefing } from './types';

/** Each sentence with `‸` at its insertion point. */
function insertionsOf(text: string): string[] {
  return parseBriefing(text).sentences.map(
    (s) => text.slice(s.span.start, s.insertionPoint) + '‸' + text.slice(s.insertionPoint, s.span.end),
  );
}

/** The excluded parts of each sentence, as text. */
function excludedOf(text: string): string[][] {
  return parseBriefing(text).sentences.map((s) => s.excluded.map((x) => text.slice(x.start, x.end)));
}

/** Every span of a briefing lies inside its text and inside what contains it. */
function assertWellFormed(b: Briefing): void {
  const n = b.text.length;
  const inside = (s: Span, outer: Span = { start: 0, end: n }, what = 'span'): void => {
    assert.ok(outer.start <= s.start && s.start <= s.end && s.end <= outer.end, `${what} ${JSON.stringify(s)} outside ${JSON.stringify(outer)}`);
  };
  let last = -1;
  for (const s of b.sentences) {
    inside(s.span, undefined, 'sentence');
    assert.ok(s.span.start > last, 'sentences are sorted and disjoint');
    assert.ok(s.span.end > s.span.start, 'sentences are not empty');
    last = s.span.end - 1;
    assert.ok(s.span.start <= s.insertionPoint && s.insertionPoint <= s.span.end, 'insertion point');
    let prev = -1;
    for (const x of s.excluded) {
      inside(x, s.span, 'excluded');
      assert.ok(x.start >= prev, 'excluded sorted, non-overlapping');
      prev = x.end;
    }
    for (const g of s.citations) {
      assert.ok(g.span.start < s.span.end && g.span.end > s.span.start, 'group in its sentence');
      for (const c of g.citations) {
        inside(c.keySpan, g.span, 'key');
        if (c.locator) inside(c.locator.span, g.span, 'locator');
      }
    }
    for (const q of s.quotations) inside(q.span, s.span, 'quotation');
  }
  for (const h of b.headings) {
    inside(h.span, undefined, 'heading');
    inside(h.textSpan, h.span, 'heading text');
  }
  for (const d of b.ignores) inside(d.span, undefined, 'directive');
  for (const p of b.problems) inside(p.span, undefined, 'problem');
  if (b.frontMatter) {
    inside(b.frontMatter.span, undefined, 'front matter');
    for (const k of Object.values(b.frontMatter.keySpans)) inside(k, b.frontMatter.span, 'key');
  }
}

describe('markup/parseBriefing', () => {
  describe('insertion points', () => {
    const cases: Array<[name: string, text: string, expected: string[]]> = [
      ['at the full stop', 'China holds 60% of capacity.', ['China holds 60% of capacity‸.']],
      ['before a citation after the full stop', 'China holds 60% of capacity. [@iea]', ['China holds 60% of capacity‸. [@iea]']],
      ['at the full stop after a citation', 'China holds 60% [@iea].', ['China holds 60% [@iea]‸.']],
      ['no punctuation', 'China holds 60%', ['China holds 60%‸']],
      ['no punctuation, trailing citation', 'China holds 60% [@iea] [@usgs]', ['China holds 60%‸ [@iea] [@usgs]']],
      ['question mark', 'Is it 60%? Yes.', ['Is it 60%‸?', 'Yes‸.']],
      ['before closing quotes', 'He said "it is 60%." Then left.', ['He said "it is 60%‸."', 'Then left‸.']],
      ['ellipsis', 'It rose to 60%...', ['It rose to 60%‸...']],
      ['table row', '| a | b |\n|---|---|\n| China | 60% |', ['China | 60%‸']],
      ['list item', '- China: 60%', ['China: 60%‸']],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => assert.deepStrictEqual(insertionsOf(text), expected));
    }
  });

  describe('excluded', () => {
    const cases: Array<[name: string, text: string, expected: string[][]]> = [
      ['citation groups', 'It rose 5% [@a, para 3]. [@b]', [['[@a, para 3]', '[@b]']]],
      ['code spans', 'Set `x = 5` and ``a ` 6`` now.', [['`x = 5`', '``a ` 6``']]],
      ['an unmatched backtick is text', 'It is 5` high.', [[]]],
      ['link destinations', 'See [the 2024 report](https://x.org/r/2024 "v2") now.', [['(https://x.org/r/2024 "v2")']]],
      ['bare URLs', 'See https://x.org/2024/r.pdf, or www.y.org/7.', [['https://x.org/2024/r.pdf', 'www.y.org/7']]],
      ['a URL in brackets', 'See (https://x.org/a_(b)) now.', [['https://x.org/a_(b)']]],
      ['inline HTML and comments', 'It <b>rose</b> 5% <!-- or 6% --> <br/>.', [['<b>', '</b>', '<!-- or 6% -->', '<br/>']]],
      ['autolinks', 'See <https://x.org/7> now.', [['<https://x.org/7>']]],
      ['footnotes', 'It rose 5%[^1] and 6%[^note-2].', [['[^1]', '[^note-2]']]],
      ['a less-than sign is text', 'It is < 5% and > 2%.', [[]]],
      ['nothing to exclude', 'China holds 60%.', [[]]],
      ['escaped brackets are text', 'It rose \\[@a] 5% \\<b>.', [[]]],
      ['a code span after a link', 'See [x](a) and `c 5` here.', [['(a)', '`c 5`']]],
      ['code binds before links, as in CommonMark', 'See [x](a`b) and `c 5` here.', [['`b) and `']]],
      ['list markers stay outside the sentence', '1. It rose 5%.\n2. Then 6%.', [[], []]],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => assert.deepStrictEqual(excludedOf(text), expected));
    }
  });

  it('sentences carry their block kind and their citations', () => {
    const text = 'It rose 5% [@a]. It fell. [@b; @c, line 4]\n\n- Item [@d].';
    const b = parseBriefing(text);
    assert.deepStrictEqual(
      b.sentences.map((s) => [s.block, s.citations.map((g) => g.citations.map((c) => c.key).join(';'))]),
      [
        ['paragraph', ['a']],
        ['paragraph', ['b;c']],
        ['list-item', ['d']],
      ],
    );
  });

  it('a whole briefing', () => {
    const text = [
      '---',
      'title: Rare earths',
      'sources: sources',
      '---',
      '# Summary',
      '',
      'The U.S. imports over 80% of its rare earths. The EU relies on China for 98% of its magnets. [@eu-raw, para 2]',
      '',
      '<!-- briefing-ignore-next-line uncited-figure -->',
      '- China mined 270,000 tonnes in 2024 [@usgs2025; @iea, p. 12].',
      '',
      '> “Export controls will tighten further,” the ministry said [@mofcom].',
      '',
      '```',
      'ignored 99%',
      '```',
    ].join('\n');
    const b = parseBriefing(text);
    assertWellFormed(b);
    assert.deepStrictEqual(b.headings.map((h) => h.text), ['Summary']);
    assert.deepStrictEqual(
      b.sentences.map((s) => text.slice(s.span.start, s.span.end)),
      [
        'The U.S. imports over 80% of its rare earths.',
        'The EU relies on China for 98% of its magnets. [@eu-raw, para 2]',
        'China mined 270,000 tonnes in 2024 [@usgs2025; @iea, p. 12].',
        '“Export controls will tighten further,” the ministry said [@mofcom].',
      ],
    );
    assert.deepStrictEqual(b.sentences[3].quotations.map((q) => q.text), ['Export controls will tighten further,']);
    assert.deepStrictEqual(b.ignores.map((d) => [d.line, d.codes]), [[9, ['uncited-figure']]]);
    assert.deepStrictEqual(b.frontMatter!.values, { title: 'Rare earths', sources: ['sources'] });
  });

  describe('robustness', () => {
    const pieces = [
      'a', 'B', ' ', '\n', '\r\n', '\t', '.', '?', '!', '1.5', '80%', '#', '## ', '- ', '1. ', '> ', '|', '|---|',
      '```', '~~~', '`', '[', ']', '(', ')', '[@a', '[@k, para 2]', '; @', '@', '"', '“', '”', '<', '>', '<!--', '-->',
      '<!-- briefing-ignore-next-line x -->', '---', 'U.S.', 'e.g.', 'Dr.', 'http://x.y/', '[^1]', '\uFEFF', ':', 'title: x',
    ];
    const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

    it('never throws and keeps every span inside the text', () => {
      fc.assert(
        fc.property(markup, (text) => assertWellFormed(parseBriefing(text))),
        { numRuns: 2000 },
      );
    });

    it('front matter of any kind is handled', () => {
      fc.assert(
        fc.property(markup, (yaml) => assertWellFormed(parseBriefing(`---\n${yaml}\n---\nBody 5%.`))),
        { numRuns: 500 },
      );
    });

    it('parsing as it is typed (a block cache) gives what a fresh parse gives', () => {
      // Each step edits the previous text: an insertion, a deletion or a replacement anywhere.
      const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join('')) });
      fc.assert(
        fc.property(markup, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
          const cache = new BlockCache();
          let text = start;
          assert.deepStrictEqual(parseBriefing(text, cache), parseBriefing(text));
          for (const e of edits) {
            const at = text.length === 0 ? 0 : e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            assert.deepStrictEqual(parseBriefing(text, cache), parseBriefing(text));
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('a block the edit did not touch keeps its sentence objects, moved in place or not', () => {
      const cache = new BlockCache();
      const first = parseBriefing('Alpha rose 5%.\n\nBeta fell 3% [@k].\n', cache);
      const typed = parseBriefing('Alpha rose 5%.\n\nBeta fell 3% [@k].\n\nGamma 9%.\n', cache);
      assert.strictEqual(typed.sentences[0], first.sentences[0]);
      assert.strictEqual(typed.sentences[1], first.sentences[1]);
      const [beta, gamma] = [typed.sentences[1], typed.sentences[2]];
      const [betaStart, betaKey, gammaStart] = [beta.span.start, beta.citations[0].citations[0].keySpan, gamma.span.start];
      const above = parseBriefing('Now. Alpha rose 5%.\n\nBeta fell 3% [@k].\n\nGamma 9%.\n', cache);
      assert.strictEqual(above.sentences[2], beta);
      assert.strictEqual(above.sentences[3], gamma);
      assert.strictEqual(beta.span.start, betaStart + 5);
      assert.strictEqual(gamma.span.start, gammaStart + 5);
      // Spans are replaced, not changed: one taken from the last parse keeps its place.
      assert.strictEqual(beta.citations[0].citations[0].keySpan.start, betaKey.start + 5);
      assert.notStrictEqual(beta.citations[0].citations[0].keySpan, betaKey);
      assert.deepStrictEqual(above, parseBriefing(above.text));
    });

    it('a block written twice gets objects of its own at each place', () => {
      const cache = new BlockCache();
      const text = 'Beta fell 3% [@k].\n\nAlpha.\n\nBeta fell 3% [@k].\n';
      parseBriefing(text, cache);
      const again = parseBriefing(`Now.\n\n${text}`, cache);
      assert.notStrictEqual(again.sentences[1], again.sentences[3]);
      assert.deepStrictEqual(again, parseBriefing(again.text));
    });

    it('any string at all', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertWellFormed(parseBriefing(text))), { numRuns: 1000 });
    });
  });

  describe('performance', () => {
    const MB = 1 << 20;
    const timed = (text: string): number => {
      const t0 = Date.now();
      assertWellFormed(parseBriefing(text));
      return Date.now() - t0;
    };
    const pathological: Array<[string, string]> = [
      ['digits', '7'],
      ['spaces', ' '],
      ['full stops', '. '],
      ['initials', 'A. '],
      ['brackets', '['],
      ['citation openers', '[@a '],
      ['link openers', ']('],
      ['backticks', '` '],
      ['comment openers', '<!-- '],
      ['tag openers', '<a '],
      ['quotes', '" '],
      ['pipes', '|'],
      ['hashes', '#'],
      ['quote markers', '> '],
      ['list markers', '- 1. '],
      ['lines of pipes', 'a | b\n'],
      ['blank lines', '\n'],
      ['CRs', '\r'],
      ['URLs', 'http://'],
    ];
    for (const [name, unit] of pathological) {
      it(`2 MB of ${name}`, () => {
        const ms = timed(unit.repeat(Math.ceil((2 * MB) / unit.length)));
        assert.ok(ms < 5000, `took ${ms} ms`);
      });
    }

    it('a 10 MB briefing', function () {
      this.timeout(60_000);
      const section = [
        '## Section',
        '',
        'The U.S. imports over 80% of its rare earths. The EU relies on China for 98% of its magnets. [@eu, para 2]',
        '- China mined 270,000 tonnes in 2024 [@usgs; @iea, p. 12], said “the ministry of mines today”.',
        '> Quoted 5% text',
        '> continues `code 7` and <b>html</b>.',
        '',
        '| a | b |',
        '|---|---|',
        '| China | 60% |',
        '',
        '```',
        'code 1.5',
        '```',
        '<!-- briefing-ignore-next-line uncited-figure -->',
        'See https://x.org/r.pdf for more.',
        '',
      ].join('\n');
      const text = section.repeat(Math.ceil((10 * MB) / section.length));
      const ms = timed(text);
      assert.ok(ms < 20_000, `took ${ms} ms`);
    });

    it('a 10 MB line', function () {
      this.timeout(60_000);
      const ms = timed('It rose 5% and fell 3% in 2024 '.repeat(Math.ceil((10 * MB) / 31)));
      assert.ok(ms < 20_000, `took ${ms} ms`);
    });
  });
});
