import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { manifestEntrySchema, sourceMetaSchema, validDate } from './metadata';
import { readSimpleYaml } from './simpleYaml';
import { mapFields } from './yamlFields';

describe('sources: metadata schema', () => {
  const ok = (value: unknown) => sourceMetaSchema.safeParse(value);

  it('accepts and normalises valid metadata', () => {
    const r = ok({ id: 'iea-2024', title: '  Outlook   2024 ', date: '2024-02-29', url: 'https://x.org', reliability: ' c ', publisher: 12 });
    assert.ok(r.success);
    assert.deepStrictEqual(r.data, { id: 'iea-2024', title: 'Outlook 2024', date: '2024-02-29', url: 'https://x.org', reliability: 'C', publisher: '12' });
  });

  for (const [key, value] of [
    ['id', 'two words'], ['id', 'ends.'], ['id', '-starts'], ['id', ''], ['title', ['a']], ['title', '   '],
    ['date', '2023-02-29'], ['date', '2024-1-5'], ['date', '05/03/2024'], ['date', 20240305],
    ['url', 'example.org'], ['url', 'javascript:alert(1)'], ['reliability', 'G'], ['reliability', 'AB'], ['reliability', 'B2'], ['reliability', 1],
  ] as const) {
    it(`rejects ${key} ${JSON.stringify(value)}`, () => assert.ok(!ok({ [key]: value }).success));
  }

  it('accepts citation keys with the key characters', () => {
    for (const id of ['a', '_x', '2024', 'iea:weo/2024#3', 'usgs.mcs-2024', 'élan']) assert.ok(ok({ id }).success, id);
  });

  it('manifest entries add `file`', () => {
    assert.ok(manifestEntrySchema.safeParse({ file: 'a/b.txt', reliability: 'B' }).success);
    assert.ok(!manifestEntrySchema.safeParse({ file: 3 }).success === false); // numbers read as text
  });

  it('dates: a real calendar date, a date-time keeps its date', () => {
    assert.strictEqual(validDate('2024-03-05'), '2024-03-05');
    assert.strictEqual(validDate('2024-03-05T10:00:00Z'), '2024-03-05');
    assert.strictEqual(validDate('2024-03-05 10:00'), '2024-03-05');
    assert.strictEqual(validDate('2024-02-30'), undefined);
    assert.strictEqual(validDate('2024-03-05x'), undefined);
  });
});

describe('sources: simple front matter reads as YAML does', () => {
  const value = fc.oneof(
    fc.constantFrom('2024-01-02', '2024', '1e3', '0x1F', '.5', 'true', 'Yes', 'null', '~', '"quoted: x"', "'single'", 'a: b', 'a #c', 'a#b', 'x:', '- item', '[1, 2]', '{a: 1}', '&anchor', '*alias', '|', '>', '!tag x', '%', '@x', '`x`', '"es\\"c"', '  spaced  ', '', '\ttab', 'é ü', '$600bn', '1,000', '12_000'),
    fc.string({ maxLength: 12 }),
  );
  const key = fc.constantFrom('id', 'title', 'date', 'url', 'x-y', 'a_b', 'Title', '1a', 'a b', '"q"');

  it('agrees with the yaml package wherever it reads the text at all', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 5 }), fc.boolean(), (pairs, crlf) => {
        const text = pairs.map(([k, v]) => `${k}: ${v}`).join(crlf ? '\r\n' : '\n');
        const simple = readSimpleYaml(text, 0, text.length);
        if (!simple) return true;
        const doc = parseDocument(text, { uniqueKeys: true });
        if (doc.errors.length > 0) return false;
        const full = doc.contents === null ? [] : mapFields(doc.contents, doc, 0);
        if (!full) return false;
        // an empty value is ignored by the schema, wherever either puts it
        const comparable = (fs: typeof simple) => fs.map((f) => (f.value === null ? { ...f, valueSpan: undefined } : f));
        assert.deepStrictEqual(comparable(simple), comparable(full));
        return true;
      }),
      { numRuns: Number(process.env.RUNS ?? 2000) },
    );
  });

  it('reads the common form and declines the rest', () => {
    assert.strictEqual(readSimpleYaml('title: A\nid: b\n', 0, 15)?.length, 2);
    for (const text of ['title: "a\\"b"', 'a: 1', 'tags:\n  - x', '# comment', 'a: b # c', 'a: b\na: c']) {
      assert.strictEqual(readSimpleYaml(text, 0, text.length), undefined, text);
    }
  });
});
