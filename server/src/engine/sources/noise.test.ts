import * as assert from 'node:assert';
import { blankNoise, isNoiseLine, noiseSpans } from './noise';
import { joinLines, one, texts } from './testing';

describe('sources: scraped-text noise', () => {
  const noise = [
    'Share:', 'Share this article', 'SHARE THIS ARTICLE', 'Audio Loading voice…', 'Audio Loading voice...', 'Listen to this article',
    'Listen to this article · 5 min', 'Advertisement', 'Subscribe', 'Sign up for our newsletter', 'Read more: China curbs exports',
    'Related: Rare earth prices', 'Copy link', 'Follow us', 'We use cookies to improve your experience.', 'Leave a comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Post Comment', 'Facebook Twitter LinkedIn Email',
    'Share on X', 'Facebook | Twitter | WhatsApp', '- Share this article', '**Advertisement**',
  ];
  for (const line of noise) it(`blanks ${JSON.stringify(line)}`, () => assert.ok(isNoiseLine(line)));

  const prose = [
    "China's share of rare earth processing rose to 90% in 2024.",
    'Share prices fell 5%.',
    'Subscribers grew by 12 million.',
    'Advertisement spending reached $600 billion.',
    'Read more about the methodology in annex B, which lists every mine by country.',
    'Facebook and Twitter lost 4% of users.',
    'We use cookies of a different kind in this metaphor, as the whole paragraph makes clear to every reader of this report.',
    'Email',
  ];
  for (const line of prose) it(`keeps ${JSON.stringify(line)}`, () => assert.ok(!isNoiseLine(line)));

  it('blanks with spaces, keeping every offset and line break', () => {
    const text = joinLines('Title', 'Share this article', 'China holds 90%.', 'Advertisement', 'End.');
    const blanked = blankNoise(text);
    assert.strictEqual(blanked.length, text.length);
    assert.deepStrictEqual(blanked.split('\n'), ['Title', ' '.repeat(18), 'China holds 90%.', ' '.repeat(13), 'End.']);
  });

  it('blanks the second copy of a heading repeated on the next non-blank line', () => {
    const text = joinLines('# Rare earths in 2024', '', 'Rare Earths in 2024', 'Body.', 'Body.');
    const spans = noiseSpans(text);
    assert.deepStrictEqual(spans.map((s) => text.slice(s.start, s.end)), ['Rare Earths in 2024', 'Body.']);
    assert.deepStrictEqual(noiseSpans(joinLines('Title', 'Share:', 'Title')).length, 2); // noise in between
    assert.deepStrictEqual(noiseSpans(joinLines('| a | b |', '| a | b |')), []); // table rows are not headings
  });

  it('blanks noise in every format, and noise lines are not paragraphs', () => {
    const txt = one('/d/a.txt', joinLines('Headline', 'Audio Loading voice…', 'China holds 90% of refining.', 'Share this article', 'Exports fell 5%.')).source;
    assert.deepStrictEqual(texts(txt, txt.paragraphs), ['Headline', 'China holds 90% of refining.', 'Exports fell 5%.']);
    const json = one('/d/a.json', JSON.stringify({ text: 'Body 1.\nCopy link\nBody 2.' })).source;
    assert.strictEqual(json.text, 'Body 1.\n         \nBody 2.');
    const html = one('/d/a.html', '<p>Body 1.</p><p>Advertisement</p><p>Body 2.</p>').source;
    assert.deepStrictEqual(texts(html, html.paragraphs), ['Body 1.', 'Body 2.']);
  });
});
