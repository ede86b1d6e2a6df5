import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import { MemoryFileSystem } from './memoryFileSystem';

const SOURCE = 'China refines 85-90% of the world\'s rare earths.\n';

describe('untrusted workspace: sources confined to the workspace folders', () => {
  it('refuses a front matter `sources` outside the workspace, with a diagnostic at the key', async () => {
    const memory = new MemoryFileSystem({ '/ws/b.brief': '', '/elsewhere/sources/a.txt': SOURCE });
    for (const sources of ['/', '../elsewhere/sources', '../../..']) {
      const text = `---\nsources: ${sources}\n---\nChina refines 85-90% of rare earths [@a].\n`;
      const r = await new Engine({ fs: memory, confineTo: ['/ws'] }).check({ path: '/ws/b.brief', text });
      const d = r.diagnostics.find((x) => x.code === 'invalid-front-matter');
      assert.ok(d, `no diagnostic for sources: ${sources}`);
      assert.match(d.message, /outside the workspace/);
      assert.deepEqual(d.range.start, { line: 1, character: 0 });
      assert.equal(r.dataset.sourceCount, 0);
    }
  });

  it('reads the same folder when the workspace is trusted', async () => {
    const memory = new MemoryFileSystem({ '/elsewhere/sources/a.txt': SOURCE });
    const text = `---\nsources: ../elsewhere/sources\n---\nChina refines 85-90% of rare earths [@a].\n`;
    const r = await new Engine({ fs: memory }).check({ path: '/ws/b.brief', text });
    assert.equal(r.dataset.sourceCount, 1);
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  });

  it('does not follow a symbolic link out of the workspace', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-trust-'));
    try {
      const ws = path.join(root, 'ws');
      const outside = path.join(root, 'outside');
      fs.mkdirSync(path.join(ws, 'sources'), { recursive: true });
      fs.mkdirSync(outside);
      fs.writeFileSync(path.join(ws, 'sources', 'inside.txt'), SOURCE);
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'The secret is 42 tonnes.\n');
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'sources', 'secret.txt'));
      fs.symlinkSync(outside, path.join(ws, 'sources', 'linked-folder'));
      const engine = new Engine({ fs: new NodeFileSystem(), confineTo: [ws] });
      const r = await engine.check({ path: path.join(ws, 'b.brief'), text: 'x [@inside].\n', defaultSources: path.join(ws, 'sources') });
      assert.deepEqual(r.dataset.sources.map((s) => s.meta.id), ['inside']);
      const trusted = await new Engine({ fs: new NodeFileSystem() }).check({ path: path.join(ws, 'b.brief'), text: 'x.\n', defaultSources: path.join(ws, 'sources') });
      assert.ok(trusted.dataset.sources.some((s) => s.meta.id === 'secret'), 'a trusted workspace follows the link');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
