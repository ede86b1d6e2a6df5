import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../engine';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';
import { dropInvisibles } from './invisibleChars';
import { loadSourceFile } from './loadDataset';

describe('invisible characters in sources', () => {
  it('leaves a text without them as it is', () => {
    assert.equal(dropInvisibles('The fund holds $12 million.'), undefined);
  });

  it('takes them out, and maps each offset back to the same character', () => {
    const invisible = fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff');
    const piece = fc.oneof(fc.string({ maxLength: 8 }), invisible);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const cleaned = dropInvisibles(text);
        const expected = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
        if (!cleaned) return assert.equal(expected, text);
        assert.equal(cleaned.text, expected);
        for (let i = 0; i < cleaned.text.length; i++) assert.equal(text[cleaned.toOld(i)], cleaned.text[i]);
      }),
    );
  });

  it('reads a scraped `mil&shy;lion` as million, and places it in the file', () => {
    const file = 'Title\n\nThe fund is worth $12 mil\u00adlion\u200b today.\n';
    const [source] = loadSourceFile('/s/a.txt', new TextEncoder().encode(file)).sources;
    assert.equal(source.text, 'Title\n\nThe fund is worth $12 million today.\n');
    assert.deepEqual(source.positionInFile(source.text.indexOf('today')), { line: 2, character: file.split('\n')[2].indexOf('today') });
  });

  it('a briefing figure that such a source states is supported', async () => {
    const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': 'Fund report\n\nThe fund is worth $12 mil\u00adlion today.\n' }) });
    const r = await engine.check({ path: '/b.brief', text: 'The fund is worth $12 million [@a].\n', defaultSources: '/s' });
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  });
});
