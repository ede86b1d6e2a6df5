import * as assert from 'node:assert/strict';
import { Engine } from '../engine';
import { MemoryFileSystem } from '../workspace/memoryFileSystem';

describe('size limits a user can raise', function () {
  this.timeout(60_000);
  const fs = new MemoryFileSystem({
    '/ws/sources/a.txt': 'China refines 85-90% of the world\'s rare earths.\n',
    '/ws/sources/big.txt': 'China refines 85-90% of the world\'s rare earths.\n'.repeat(30_000),
  });
  const text = 'China refines 85% of rare earths.\n'.repeat(20_000); // about 0.65 MB

  it('skips a briefing over maxBriefingMB with a message naming it and the limit', async () => {
    const r = await new Engine({ fs }).check({ path: '/ws/long.brief', text, defaultSources: '/ws/sources', options: { maxBriefingMB: 0.5 } });
    assert.match(r.skipped ?? '', /long\.brief is 0\.6 MB, over the limit of 0\.5 MB \(setting briefing\.maxBriefingMB/);
    assert.deepEqual(r.diagnostics, []);
  });

  it('checks it once the limit is raised', async () => {
    const r = await new Engine({ fs }).check({ path: '/ws/long.brief', text, defaultSources: '/ws/sources', options: { maxBriefingMB: 1 } });
    assert.equal(r.skipped, undefined);
    assert.equal(r.diagnostics.length, 20_000);
  });

  it('skips a source over maxSourceFileMB, naming the file and the limit, and loads the rest', async () => {
    const r = await new Engine({ fs }).check({ path: '/ws/b.brief', text: 'x [@a].\n', defaultSources: '/ws/sources', options: { maxSourceFileMB: 1 } });
    assert.deepEqual(r.dataset.sources.map((s) => s.meta.id), ['a']);
    const problem = r.dataset.problems.find((p) => p.path.endsWith('big.txt'));
    assert.match(problem?.message ?? '', /big\.txt.*too large.*limit is 1 MB/);
  });
});
