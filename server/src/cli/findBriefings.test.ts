import * as assert from 'node:assert';
import { MemoryFileSystem } from '../engine/workspace/memoryFileSystem';
import { findBriefings, isBriefingPath } from './findBriefings';

describe('cli/findBriefings', () => {
  const fs = new MemoryFileSystem({
    '/w/a.brief': '',
    '/w/b.brief.md': '',
    '/w/notes.md': '',
    '/w/x.brief.txt': '',
    '/w/deep/er/c.brief': '',
    '/w/.hidden/d.brief': '',
    '/w/node_modules/pkg/e.brief': '',
    '/w/sources/iea.txt': '',
  });

  it('isBriefingPath: *.brief and *.brief.md only', () => {
    assert.deepStrictEqual(
      ['a.brief', 'a.brief.md', 'a.md', 'a.brief.txt', 'brief', 'a.briefs'].map(isBriefingPath),
      [true, true, false, false, false, false],
    );
  });

  it('searches folders recursively, skipping hidden folders and node_modules, sorted', async () => {
    assert.deepStrictEqual(await findBriefings(fs, ['/w']), { files: ['/w/a.brief', '/w/b.brief.md', '/w/deep/er/c.brief'], missing: [] });
  });

  it('takes named files as they are, once each', async () => {
    assert.deepStrictEqual(await findBriefings(fs, ['/w/deep', '/w/deep/er/c.brief', '/w/notes.md']), { files: ['/w/deep/er/c.brief', '/w/notes.md'], missing: [] });
  });

  it('reports missing paths as given', async () => {
    assert.deepStrictEqual(await findBriefings(fs, ['/w/a.brief', '/nope']), { files: ['/w/a.brief'], missing: ['/nope'] });
  });
});
