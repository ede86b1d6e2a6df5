import * as assert from 'node:assert';
import { checkFixture } from '../testing/check';
import { checkCases } from '../testing/cases';
import { textAt } from '../testing/edits';

// invalid-front-matter (the briefing's) and invalid-source-metadata (the dataset's files).

const IEA = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world's rare earths.
`;

describe('check: invalid-front-matter', () => {
  checkCases([
    {
      name: 'a wrong type: an error at the key',
      fixture: `
        --- /w/b.brief
        ---
        title: Weekly
        date: 12 March
        ---
        China refines 90% of the world's rare earths [@iea].
        ${IEA}`,
      expect: ['invalid-front-matter@date'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'error'),
    },
    {
      name: 'tags that are not a list',
      fixture: `
        --- /w/b.brief
        ---
        tags: 42
        ---
        Nothing to check here.
        ${IEA}`,
      expect: ['invalid-front-matter@tags'],
    },
    {
      name: 'an unknown key: a warning',
      fixture: `
        --- /w/b.brief
        ---
        title: Weekly
        reviewer: Ann
        ---
        Nothing to check here.
        ${IEA}`,
      expect: ['invalid-front-matter@reviewer'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'warning'),
    },
    {
      name: 'bad YAML: an error, and the body is still checked',
      fixture: `
        --- /w/b.brief
        ---
        title: [Weekly
        ---
        China refines 70% of the world's rare earths [@iea].
        ${IEA}`,
      includes: ['figure-mismatch@70%'],
      then: (r) => assert.ok(r.diagnostics.some((d) => d.code === 'invalid-front-matter' && d.severity === 'error'), JSON.stringify(r.diagnostics)),
    },
    {
      name: 'near miss: valid front matter with sources relative to the briefing',
      fixture: `
        --- /w/briefs/b.brief
        ---
        title: Weekly
        date: 2025-03-12
        author: Ann
        classification: internal
        tags: [china, magnets]
        sources: ../data
        ---
        China refines 90% of the world's rare earths [@iea].
        --- /w/data/iea.txt
        Critical minerals outlook

        China refines 90% of the world's rare earths.
      `,
      expect: [],
    },
    {
      name: 'sources pointing at a folder with no sources: an error at the key',
      fixture: `
        --- /w/b.brief
        ---
        sources: empty
        ---
        China refines 90% of the world's rare earths [@iea].
        --- /w/empty/readme.pdf
        not a source
        ${IEA}`,
      includes: ['invalid-front-matter@sources'],
      then: (r) => {
        const d = r.diagnostics.find((x) => x.code === 'invalid-front-matter')!;
        assert.strictEqual(d.severity, 'error');
        assert.ok(d.message.includes('/w/empty'), d.message);
      },
    },
    {
      name: 'sources pointing at a missing folder: an error at the key',
      fixture: `
        --- /w/b.brief
        ---
        sources: [missing]
        ---
        Nothing to check here.
        ${IEA}`,
      expect: ['invalid-front-matter@sources'],
    },
  ]);
});

describe('check: invalid-source-metadata', () => {
  it('bad metadata in a source: a diagnostic in that file, the source still loads', async () => {
    const r = await checkFixture(`
      --- /w/b.brief
      China refines 90% of the world's rare earths [@iea].
      --- /w/sources/iea.md
      ---
      publisher: IEA
      reliability: Z
      date: yesterday
      ---
      Critical minerals outlook

      China refines 90% of the world's rare earths.
    `);
    assert.deepStrictEqual(r.diagnostics, []);
    const byFile = r.engine.datasetDiagnostics(r.dataset);
    const ds = byFile.get('/w/sources/iea.md') ?? [];
    const text = r.fixture.files['/w/sources/iea.md'];
    assert.deepStrictEqual(ds.map((d) => d.code), ['invalid-source-metadata', 'invalid-source-metadata']);
    const covered = ds.map((d) => textAt(text, d.range));
    assert.ok(covered.some((c) => c.includes('reliability') || c.includes('Z')), JSON.stringify(covered));
    assert.ok(covered.some((c) => c.includes('date') || c.includes('yesterday')), JSON.stringify(covered));
    assert.ok(ds.every((d) => d.severity === 'error'));
    assert.strictEqual(r.dataset.sourcesWithId('iea')[0]?.meta.publisher, 'IEA');
  });

  it('a bad manifest entry: a diagnostic in the manifest at the entry', async () => {
    const r = await checkFixture(`
      --- /w/b.brief
      China refines 90% of the world's rare earths [@iea].
      ${IEA}
      --- /w/sources/sources.yaml
      - file: iea.txt
        title: Critical minerals outlook
        reliability: excellent
    `);
    const ds = r.engine.datasetDiagnostics(r.dataset).get('/w/sources/sources.yaml') ?? [];
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.strictEqual(ds[0].code, 'invalid-source-metadata');
    assert.ok(textAt(r.fixture.files['/w/sources/sources.yaml'], ds[0].range).length > 0);
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('two sources with one id: an error on both, neither dropped', async () => {
    const r = await checkFixture(`
      --- /w/b.brief
      China refines 90% of the world's rare earths [@iea].
      ${IEA}
      --- /w/sources/old/iea.md
      Older outlook

      China refines 80% of the world's rare earths.
    `);
    const byFile = r.engine.datasetDiagnostics(r.dataset);
    for (const p of ['/w/sources/iea.txt', '/w/sources/old/iea.md']) {
      const ds = byFile.get(p) ?? [];
      assert.ok(ds.some((d) => d.code === 'invalid-source-metadata' && d.severity === 'error' && d.message.includes('iea')), `${p}: ${JSON.stringify(ds)}`);
    }
    assert.strictEqual(r.dataset.sourcesWithId('iea').length, 2);
  });

  it('near miss: valid metadata gives no diagnostics', async () => {
    const r = await checkFixture(`
      --- /w/b.brief
      China refines 90% of the world's rare earths [@iea].
      --- /w/sources/iea.md
      ---
      id: iea
      title: Critical minerals outlook
      publisher: IEA
      date: 2024-05-17
      reliability: B
      ---
      China refines 90% of the world's rare earths.
    `);
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual([...r.engine.datasetDiagnostics(r.dataset)], []);
  });

  it('severity of dataset diagnostics follows the options', async () => {
    const r = await checkFixture(`
      --- /w/b.brief
      Nothing.
      ${IEA}
      --- /w/sources/old/iea.md
      Older outlook
    `);
    assert.deepStrictEqual([...r.engine.datasetDiagnostics(r.dataset, { severity: { 'invalid-source-metadata': 'off' } })], []);
    const warned = [...r.engine.datasetDiagnostics(r.dataset, { severity: { 'invalid-source-metadata': 'warning' } }).values()].flat();
    assert.ok(warned.length >= 2 && warned.every((d) => d.severity === 'warning'));
  });
});
