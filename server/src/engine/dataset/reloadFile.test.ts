import * as assert from 'node:assert/strict';
import { Engine } from '../engine';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';

const BRIEF = 'China refines 85-90% of the world\'s rare earths [@iea].\n';

describe('a changed source file is indexed again on its own', () => {
  it('re-reads only that file, keeps the dataset, and the next check sees the change', async () => {
    const fs = new MemoryFileSystem({
      '/ws/sources/iea.txt': 'China refines 85-90% of the world\'s rare earths.\n',
      '/ws/sources/other.txt': 'The U.S. imports over 80% of its rare earths.\n',
    });
    const engine = new Engine({ fs });
    const first = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.deepEqual(first.diagnostics.map((d) => d.code), []);
    const version = first.dataset.version;

    fs.write('/ws/sources/iea.txt', 'China refines 70% of the world\'s rare earths.\n');
    assert.equal(await engine.fileChanged('/ws/sources/iea.txt'), true);
    const second = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.equal(second.dataset, first.dataset, 'the same dataset, updated in place');
    assert.ok(second.dataset.version > version);
    assert.deepEqual(second.diagnostics.map((d) => d.code), ['figure-mismatch']);

    fs.delete('/ws/sources/iea.txt');
    await engine.fileChanged('/ws/sources/iea.txt');
    const third = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.deepEqual(third.diagnostics.map((d) => d.code), ['unknown-source']);
    assert.equal(third.dataset.sourceCount, 1);
  });

  it('applies the manifest to a file reloaded alone, and reloads everything when the manifest changes', async () => {
    const fs = new MemoryFileSystem({
      '/ws/sources/sources.yaml': '- file: a.txt\n  id: iea\n  title: IEA outlook\n',
      '/ws/sources/a.txt': 'China refines 85-90% of the world\'s rare earths.\n',
    });
    const engine = new Engine({ fs });
    const first = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.deepEqual(first.diagnostics.map((d) => d.code), []);
    fs.write('/ws/sources/a.txt', 'China refines 85-90% of the world\'s rare earths, the IEA says.\n');
    await engine.fileChanged('/ws/sources/a.txt');
    const second = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.deepEqual(second.dataset.sources.map((s) => [s.meta.id, s.meta.title]), [['iea', 'IEA outlook']]);
    fs.write('/ws/sources/sources.yaml', '- file: a.txt\n  id: iea-2025\n');
    await engine.fileChanged('/ws/sources/sources.yaml');
    const third = await engine.check({ path: '/ws/a.brief', text: BRIEF, defaultSources: '/ws/sources' });
    assert.deepEqual(third.diagnostics.map((d) => d.code), ['unknown-source']);
  });
});
