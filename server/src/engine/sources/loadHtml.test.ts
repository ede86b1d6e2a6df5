import * as assert from 'node:assert';
import { loadSourceText } from './loadSourceFile';
import { offsetOf } from './loadText.test';
import { joinLines, one, texts } from './testing';

const PAGE = joinLines(
  '<!doctype html>',
  '<html><head>',
  '  <title>Rare earths &amp; magnets | Daily</title>',
  '  <meta name="author" content="Jane Doe">',
  '  <meta property="og:site_name" content="The Daily">',
  '  <meta property="article:published_time" content="2024-03-05T08:00:00+00:00">',
  '  <link rel="canonical" href="https://daily.example/rare-earths">',
  '  <style>p { color: red }</style>',
  '  <script>var share = "90%";</script>',
  '</head><body>',
  '  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
  '  <article>',
  '    <header><h1>China tightens rare earth exports</h1></header>',
  '    <p>China refines   about <b>90%</b> of the',
  '       world&#39;s rare earths.</p>',
  '    <p>Exports fell&nbsp;5% in 2024 &mdash; the ministry said.<br>A second line.</p>',
  '    <aside>Related: something else</aside>',
  '    <form><label>Email</label><input name="e"></form>',
  '    <table><tr><th>Country</th><th>Share</th></tr><tr><td>China</td><td>90%</td></tr></table>',
  '    <ul><li>One</li><li>Two</li></ul>',
  '    <noscript>Enable JS</noscript><template><p>hidden</p></template><svg><title>icon</title><text>7</text></svg>',
  '    <div hidden>Hidden 1</div><div aria-hidden="true">Hidden 2</div><div style="display: none">Hidden 3</div>',
  '  </article>',
  '  <footer>© 2024 The Daily. All rights reserved.</footer>',
  '</body></html>',
);

describe('sources: .html', () => {
  it('takes the visible text, without scripts, styles, navigation and page chrome', () => {
    const { source, problems } = one('/d/daily.html', PAGE);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(
      source.text,
      joinLines(
        'China tightens rare earth exports',
        '',
        "China refines about 90% of the world's rare earths.",
        '',
        'Exports fell 5% in 2024 — the ministry said.',
        'A second line.',
        '',
        // A table row reads as a Markdown one, so that its cells are read as a table's.
        '| Country | Share |',
        '| China | 90% |',
        '',
        'One',
        'Two',
      ),
    );
    assert.strictEqual(source.format, 'html');
  });

  it('drops page chrome that a class or id names, and only a whole name', () => {
    const page = joinLines(
      '<html><body><article>',
      '<p>Five LNG projects start this year.</p>',
      '<section class="most-read"><h3>Most read</h3><ol><li><a>Top 5 LNG projects to watch in 2025</a></li></ol></section>',
      '<div id="cookie-banner">We and our 214 partners use cookies</div>',
      '<div class="share-bar">Share 12</div>',
      '<div class="market-share chart">China holds 60% of the market.</div>',
      '<div class="comments-enabled">Exports rose 5%.</div>',
      '</article></body></html>',
    );
    assert.strictEqual(one('/d/p.html', page).source.text, joinLines('Five LNG projects start this year.', '', 'China holds 60% of the market.', 'Exports rose 5%.'));
  });

  it('drops the rest of a box that a chrome heading heads, never the article', () => {
    const page = joinLines(
      '<html><body><article>',
      '<p>Five LNG projects start this year.</p>',
      '<section class="more"><h3>Most read</h3><ol><li>Top 5 LNG projects to watch in 2025</li></ol></section>',
      '<div><h4>More from Energy Desk:</h4><p>3 reasons oil fell 4%</p></div>',
      '<h2>Related</h2><p>Exports rose 5%.</p>',
      '</article><p>After the article.</p></body></html>',
    );
    // The headings themselves are left to the noise lines (`Most read` is blanked).
    const text = one('/d/p.html', page).source.text;
    for (const gone of ['Top 5', '3 reasons']) assert.ok(!text.includes(gone), text);
    for (const kept of ['Five LNG projects', 'Exports rose 5%.', 'After the article.']) assert.ok(text.includes(kept), text);
  });

  it('reads metadata from the head', () => {
    const { source } = one('/d/daily.html', PAGE);
    assert.deepStrictEqual(source.meta, {
      id: 'daily',
      title: 'Rare earths & magnets | Daily',
      publisher: 'The Daily',
      author: 'Jane Doe',
      date: '2024-03-05',
      url: 'https://daily.example/rare-earths',
    });
  });

  it('maps offsets of the text back to where they stand in the page', () => {
    const { source } = one('/d/daily.html', PAGE);
    const fileAt = (needle: string) => offsetOf(PAGE, source.positionInFile(source.text.indexOf(needle)));
    for (const needle of ['China tightens', '90%', 'rare earths.', 'the ministry', 'A second', 'Two']) {
      assert.strictEqual(PAGE.slice(fileAt(needle), fileAt(needle) + needle.length), needle, needle);
    }
    assert.strictEqual(PAGE.slice(fileAt("'s rare")).slice(0, 5), '&#39;');
    assert.strictEqual(PAGE.slice(fileAt('—')).slice(0, 7), '&mdash;');
  });

  it('has paragraphs by the line rule: blocks are separated by blank lines', () => {
    const { source } = one('/d/daily.html', PAGE);
    assert.deepStrictEqual(texts(source, source.paragraphs).slice(0, 3), [
      'China tightens rare earth exports',
      "China refines about 90% of the world's rare earths.",
      'Exports fell 5% in 2024 — the ministry said.\nA second line.',
    ]);
  });

  it('keeps <pre> white space and takes the title from og:title when there is no <title>', () => {
    const { source } = one('/d/p.htm', '<meta property="og:title" content="OG"><pre>a  b\n  c</pre><p>x</p>');
    assert.strictEqual(source.text, 'a  b\n  c\n\nx');
    assert.strictEqual(source.meta.title, 'OG');
  });

  it('drops head metadata that does not pass the schema', () => {
    const { source } = one('/d/q.html', '<meta name="date" content="March 5"><link rel="canonical" href="/relative"><p>Body</p>');
    assert.deepStrictEqual(source.meta, { id: 'q', title: 'Body' });
  });

  for (const [name, html] of [
    ['unclosed tags', '<div><p>One<p>Two<span>three'],
    ['stray closing tags', '</div></p>Text</b></html>'],
    ['a broken attribute', '<p class="x>Text</p'],
    ['an unterminated comment', 'Before<!-- never closed'],
    ['an unterminated script', '<p>Before</p><script>var x = 1;'],
    ['binary-looking junk', '<<<>>>&&&;;;<a<b<c'],
    ['an empty file', ''],
  ]) {
    it(`never throws on ${name}`, () => {
      const { sources, problems } = loadSourceText('/d/m.html', html);
      assert.strictEqual(sources.length, 1);
      assert.deepStrictEqual(problems, []);
      const s = sources[0];
      for (let i = 0; i <= s.text.length; i++) s.positionInFile(i);
    });
  }

  it('reads malformed markup sensibly', () => {
    assert.strictEqual(one('/d/a.html', '<div><p>One<p>Two<span> three').source.text, 'One\n\nTwo three');
    assert.strictEqual(one('/d/b.html', '<p>Before</p><script>var x = 1;').source.text, 'Before');
  });
});
