import * as assert from 'node:assert';
import { dropEmphasis } from './emphasis';

// Markdown's emphasis marks taken out of a source's text, with a map back to the file.

describe('sources/emphasis', () => {
  const dropped = (text: string): string | undefined => dropEmphasis(text)?.text;

  it('takes out the marks of bold and italic text, and maps each offset back to the file', () => {
    const text = 'Mexico produced a record **3,989,403** light vehicles, 5.6% more than in _2023_.';
    const out = dropEmphasis(text)!;
    assert.strictEqual(out.text, 'Mexico produced a record 3,989,403 light vehicles, 5.6% more than in 2023.');
    for (const needle of ['3,989,403', 'light', '2023', '.']) {
      const at = out.text.lastIndexOf(needle);
      assert.strictEqual(text.slice(out.toOld(at), out.toOld(at) + needle.length), needle, needle);
    }
    assert.strictEqual(dropped('| **Total** | **277.2** |'), '| Total | 277.2 |');
    assert.strictEqual(dropped('an *italic* word and __strong__ ones'), 'an italic word and strong ones');
  });

  it('near miss: marks inside words, footnote stars, bullets and lone marks stay', () => {
    assert.strictEqual(dropped('snake_case_name'), undefined);
    assert.strictEqual(dropped('output rose 5* and prices 6*'), undefined);
    assert.strictEqual(dropped('* first item\n* second item'), undefined);
    assert.strictEqual(dropped('a ** b'), undefined);
    assert.strictEqual(dropped('**bold\nacross lines**'), undefined);
  });
});
