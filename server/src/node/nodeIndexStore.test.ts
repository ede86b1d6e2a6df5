import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeIndexStore } from './nodeIndexStore';

describe('node/NodeIndexStore', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-store-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

  it('saves a folder\'s index in one file and reads any range of it back', async () => {
    const store = new NodeIndexStore(path.join(folder, 'index'));
    assert.strictEqual(await store.open('/data/sources'), undefined);
    await store.save('/data/sources', [bytes(1, 2, 3), bytes(4, 5), bytes(6)]);
    const stored = await store.open('/data/sources');
    assert.ok(stored);
    assert.strictEqual(stored.size, 6);
    assert.deepStrictEqual([...stored.read(1, 4)], [2, 3, 4, 5]);
    assert.deepStrictEqual([...stored.read(5, 1)], [6]);
    assert.throws(() => stored.read(4, 10), /ends at 6 of 6 bytes/);
    assert.strictEqual(await store.open('/data/other'), undefined);
  });

  it('a reader of the old index keeps reading it while a new one replaces it', async () => {
    const store = new NodeIndexStore(folder);
    await store.save('/s', [bytes(1, 1, 1)]);
    const old = await store.open('/s');
    await store.save('/s', [bytes(2, 2, 2, 2)]);
    assert.deepStrictEqual([...old!.read(0, 3)], [1, 1, 1]);
    assert.deepStrictEqual([...(await store.open('/s'))!.read(0, 4)], [2, 2, 2, 2]);
  });

  it('removes indexes unused for 90 days and half-written files, and keeps the rest', async () => {
    const store = new NodeIndexStore(folder);
    await store.save('/used', [bytes(1)]);
    await store.save('/forgotten', [bytes(2)]);
    const ago = (days: number): Date => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    fs.utimesSync(store.fileFor('/forgotten'), ago(100), ago(100));
    fs.utimesSync(store.fileFor('/used'), ago(100), ago(100));
    await store.open('/used'); // opening marks it used
    fs.writeFileSync(path.join(folder, 'x.idx.42.tmp'), 'half');
    fs.utimesSync(path.join(folder, 'x.idx.42.tmp'), ago(2), ago(2));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not ours');
    fs.utimesSync(path.join(folder, 'notes.txt'), ago(200), ago(200));
    await store.save('/new', [bytes(3)]);
    const left = fs.readdirSync(folder).sort();
    assert.deepStrictEqual(left, [path.basename(store.fileFor('/new')), path.basename(store.fileFor('/used')), 'notes.txt'].sort());
  });
});
