import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './lspClient';
import { copyExample, removeFolder } from './workspace';

// The extension hands the server a storage folder: the first start stores the index there,
// the next one is ready from it and reads only what changed.

describe('protocol: the stored index', () => {
  let folder: string;
  let cache: string;

  before(() => {
    folder = copyExample();
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-index-'));
  });

  after(() => {
    removeFolder(folder);
    removeFolder(cache);
  });

  /** A session's diagnostics once the stored index, if any, is compared with the files: a
   * change found then makes the server ask the editor to pull again. */
  async function session(changed = false): Promise<{ diagnostics: unknown; logs: string[]; refreshes: number }> {
    const client = await LspClient.start({ folder, initializationOptions: { trusted: true, indexCacheFolder: cache } });
    try {
      const uri = await client.open('weekly.brief');
      let diagnostics = await client.pull(uri);
      await client.waitFor(() => client.logs.some((l) => /Stored the index|Compared .* with its stored index/.test(l)) || undefined, 'the index stored or compared');
      if (changed) {
        await client.waitFor(() => client.refreshes > 0, 'the editor asked to pull again');
        diagnostics = await client.pull(uri);
      }
      return { diagnostics, logs: [...client.logs], refreshes: client.refreshes };
    } finally {
      await client.stop();
    }
  }

  it('stores the index, then starts from it with the same diagnostics', async () => {
    const first = await session();
    assert.ok(first.logs.some((l) => /Stored the index/.test(l)), first.logs.join('\n'));
    assert.equal(fs.readdirSync(cache).filter((f) => f.endsWith('.idx')).length, 1);
    const second = await session();
    assert.ok(second.logs.some((l) => /6 files unchanged, from the stored index/.test(l)), second.logs.join('\n'));
    assert.deepEqual(second.diagnostics, first.diagnostics);
    assert.equal(second.refreshes, 0, 'nothing changed: nothing to pull again');
  });

  it('a source changed while the editor was closed is read again, and checked as it is now', async () => {
    const archive = path.join(folder, 'sources/trade-archive.json');
    fs.writeFileSync(archive, fs.readFileSync(archive, 'utf8').replace('oxide rose 12% in the month', 'oxide rose 21% in the month'));
    const third = await session(true);
    assert.ok(third.logs.some((l) => /5 files unchanged, from the stored index/.test(l)), third.logs.join('\n'));
    assert.ok(third.refreshes > 0, 'the change found after the stored index answered has the editor pull again');
    const mismatch = (third.diagnostics as Array<{ code: string; message: string }>).find((d) => d.code === 'figure-mismatch' && /21%/.test(d.message));
    assert.ok(mismatch, 'the changed figure is reported');
  });
});
