import * as assert from 'node:assert/strict';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { MemoryFileSystem } from '../engine/workspace/memoryFileSystem';
import { OverlayFileSystem } from './overlayFileSystem';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

describe('lsp/OverlayFileSystem', () => {
  it('an open file reads as its unsaved text, with an unknown time, synchronously too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-overlay-'));
    try {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, 'On disk.\n');
      const overlay = new OverlayFileSystem(new NodeFileSystem());
      const disk = overlay.statSync!(file)!;
      assert.equal(disk.size, 9);
      assert.ok(disk.mtimeMs > 0);
      overlay.setOpen(file, 'Typed, not saved.\n');
      for (const s of [overlay.statSync!(file)!, (await overlay.stat(file))!]) {
        assert.equal(s.size, 18);
        assert.equal(s.mtimeMs, -1);
      }
      assert.equal(new TextDecoder().decode(overlay.readFileSync(file)), 'Typed, not saved.\n');
      overlay.setOpen(file, undefined);
      assert.deepEqual(overlay.statSync!(file), disk);
      assert.equal(overlay.statSync!(path.join(dir, 'missing.txt')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers no synchronous stat over a disk that has none', () => {
    assert.equal(new OverlayFileSystem(new MemoryFileSystem()).statSync, undefined);
  });
});
