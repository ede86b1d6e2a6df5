import * as assert from 'assert';
import { citationEnd, parseCitationGroup } from './citations';
import { parseBriefing } from './parseBriefing';

/** Each citation as `key` or `key{kind:n|text}`, groups joined by ` / `, as written. */
function citationsOf(text: string): string {
  const groups = parseBriefing(text).sentences.flatMap((s) => s.citations);
  return groups
    .map((g) => {
      assert.strictEqual(text[g.span.start], '[');
      assert.strictEqual(text[g.span.end - 1], ']');
      return g.citations
        .map((c) => {
          assert.strictEqual(text.slice(c.keySpan.start, c.keySpan.end), c.key);
          const l = c.locator;
          if (!l) return c.key;
          assert.strictEqual(text.slice(l.span.start, l.span.end), l.text);
          return `${c.key}{${l.kind}:${l.n ?? l.text}}`;
        })
        .join('; ');
    })
    .join(' / ');
}

describe('markup/citations', () => {
  const cases: Array<[name: string, text: string, expected: string]> = [
    ['one key', 'It rose 5% [@iea2024].', 'iea2024'],
    ['key and locator', 'It rose 5% [@iea2024, para 3].', 'iea2024{para:3}'],
    ['several keys, one locator', 'It rose [@a; @b, para 3].', 'a; b{para:3}'],
    ['paragraph', 'It rose [@a, paragraph 12].', 'a{para:12}'],
    ['para. with a dot', 'It rose [@a, para. 2].', 'a{para:2}'],
    ['pilcrow', 'It rose [@a, ¶ 4; @b, ¶7].', 'a{para:4}; b{para:7}'],
    ['line', 'It rose [@a, line 9].', 'a{line:9}'],
    ['l.', 'It rose [@a, l. 9].', 'a{line:9}'],
    ['page is other', 'It rose [@a, p. 4].', 'a{other:p. 4}'],
    ['section is other', 'It rose [@a, §2].', 'a{other:§2}'],
    ['figure is other', 'It rose [@a, fig. 3].', 'a{other:fig. 3}'],
    ['a para range is other', 'It rose [@a, para 3-5].', 'a{other:para 3-5}'],
    ['para 0 is other', 'It rose [@a, para 0].', 'a{other:para 0}'],
    ['locator without a comma', 'It rose [@a p. 33].', 'a{other:p. 33}'],
    ['prefix tolerated', 'It rose [see @usgs, p. 4].', 'usgs{other:p. 4}'],
    ['prefix on each item', 'It rose [see @a; also @b].', 'a; b'],
    ['suppress author', 'It rose [-@smith2020].', 'smith2020'],
    ['key punctuation', 'It rose [@un.org:report/2024#t-1_b].', 'un.org:report/2024#t-1_b'],
    ['key ending in a full stop', 'It rose [@usgs.].', 'usgs'],
    ['key ending in a colon', 'It rose [@usgs:, p. 2].', 'usgs{other:p. 2}'],
    ['key starting with a digit or underscore', 'It rose [@2024report; @_x].', '2024report; _x'],
    ['braced key', 'It rose [@{my key}].', 'my key'],
    ['two groups', 'It rose [@a] and fell [@b, line 2].', 'a / b{line:2}'],
    ['e-mail address is no citation', 'Write to [bob@example.com].', ''],
    ['link is no citation', 'See [@a](https://x.org).', ''],
    ['@ must start a key', 'It rose [@-x; @].', ''],
    ['plain brackets', 'It rose [sic] 5%.', ''],
    ['footnote is no citation', 'It rose[^1] 5%.', ''],
    ['unclosed', 'It rose [@a 5%.', ''],
    ['citation in code is ignored', 'Type `[@a]` here.', ''],
    ['citation in a comment is ignored', 'It rose <!-- [@a] --> 5%.', ''],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.strictEqual(citationsOf(text), expected));
  }

  it('spans: group from [ to ], key without @, locator trimmed', () => {
    const text = 'x [@a;  @bb ,  para 3 ] y';
    const g = parseCitationGroup(text, 2, text.length)!;
    assert.deepStrictEqual(g.span, { start: 2, end: text.indexOf(']') + 1 });
    assert.deepStrictEqual(g.citations[0].keySpan, { start: 4, end: 5 });
    assert.deepStrictEqual(g.citations[1].keySpan, { start: 9, end: 11 });
    const loc = g.citations[1].locator!;
    assert.deepStrictEqual([loc.kind, loc.n, loc.text], ['para', 3, 'para 3']);
  });

  it('never reads past its limit', () => {
    const text = '[@a] tail';
    assert.strictEqual(parseCitationGroup(text, 0, 3), undefined);
    assert.strictEqual(citationEnd(text, 0, 3), -1);
    assert.strictEqual(citationEnd(text, 0, text.length), 4);
    assert.strictEqual(citationEnd('[see @a, p. 4]', 0, 14), 14);
    assert.strictEqual(citationEnd('[sic]', 0, 5), -1);
  });

  it('keeps the locator span inside the text', () => {
    const text = 'It rose [@a, para 3].';
    const s = parseBriefing(text).sentences[0];
    const loc = s.citations[0].citations[0].locator!;
    assert.strictEqual(text.slice(loc.span.start, loc.span.end), 'para 3');
  });
});
