import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface LanguageConfiguration {
  comments: { blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: { pattern: string; flags: string };
}

const file = path.resolve(__dirname, '..', '..', 'language-configuration.json');
const config = JSON.parse(fs.readFileSync(file, 'utf8')) as LanguageConfiguration;

/** The words VS Code would find in `text`, as it does with the configured pattern. */
function words(text: string): string[] {
  const flags = config.wordPattern.flags.includes('g') ? config.wordPattern.flags : config.wordPattern.flags + 'g';
  return [...text.matchAll(new RegExp(config.wordPattern.pattern, flags))].map((m) => m[0]);
}

describe('language configuration', () => {
  it('comments are HTML comments', () => assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']));

  it('brackets and pairs', () => {
    assert.deepStrictEqual(config.brackets, [['[', ']'], ['(', ')']]);
    const closes = Object.fromEntries(config.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.strictEqual(closes['['], ']');
    assert.strictEqual(closes['('], ')');
    assert.strictEqual(closes['"'], '"');
    assert.strictEqual(closes['“'], '”');
    assert.ok(config.surroundingPairs.some(([o, c]) => o === '“' && c === '”'));
  });

  it('a citation key is one word', () => {
    assert.deepStrictEqual(words('[@iea-2024:report, para 3]'), ['iea-2024:report', 'para', '3']);
    assert.deepStrictEqual(words('[@usgs_mcs/2025#tab.3]'), ['usgs_mcs/2025#tab.3']);
  });

  it('trailing punctuation is not part of a word', () =>
    assert.deepStrictEqual(words('the report. U.S. output, rose.'), ['the', 'report', 'U.S', 'output', 'rose']));

  it('numbers and non-ASCII words', () => assert.deepStrictEqual(words('1.5 Zürich’s 15%'), ['1.5', 'Zürich’s', '15']));
});
