import * as assert from 'node:assert';
import { Engine } from '../engine';
import { MemoryIndexStore } from '../cache/indexStore';
import { exampleInMemory } from '../testing/example';
import type { MemoryFileSystem } from '../workspace/memoryFileSystem';
import { FigureCache } from './figureCache';

describe('dataset/figureCache', () => {
  it('keeps at most its limit, and never answers an id with another id’s item', () => {
    const cache = new FigureCache<string>(3);
    for (let id = 0; id < 10; id++) cache.set(id, `f${id}`);
    assert.strictEqual(cache.size, 3);
    for (let id = 0; id < 10; id++) assert.ok([undefined, `f${id}`].includes(cache.get(id)));
    assert.strictEqual(cache.get(9), 'f9');
  });

  it('evicts what was not asked for since the hand passed, and keeps what was', () => {
    const cache = new FigureCache<string>(3);
    cache.set(1, 'a');
    cache.set(2, 'b');
    cache.set(3, 'c');
    cache.set(4, 'd'); // every slot was used: the hand clears them all and takes the first
    assert.strictEqual(cache.get(1), undefined);
    cache.get(3);
    cache.set(5, 'e'); // 2 was not asked for since
    assert.strictEqual(cache.get(2), undefined);
    assert.deepStrictEqual([3, 4, 5].map((id) => cache.get(id)), ['c', 'd', 'e']);
  });

  it('forgets a range of ids, and fills their slots first', () => {
    const cache = new FigureCache<number>(4);
    for (let id = 0; id < 4; id++) cache.set(id, id);
    cache.forget(1, 2);
    assert.deepStrictEqual([0, 1, 2, 3].map((id) => cache.get(id)), [0, undefined, undefined, 3]);
    assert.strictEqual(cache.size, 2);
    cache.set(8, 8);
    cache.set(9, 9);
    assert.deepStrictEqual([0, 3, 8, 9].map((id) => cache.get(id)), [0, 3, 8, 9]);
    cache.trim(3);
    assert.strictEqual(cache.size, 3);
  });

  it('trims to the most lately used, and can be emptied', () => {
    const cache = new FigureCache<number>(100);
    for (let id = 0; id < 50; id++) cache.set(id, id);
    cache.trim(60);
    assert.strictEqual(cache.size, 50);
    cache.trim(10);
    assert.strictEqual(cache.size, 10);
    cache.set(7, 7);
    cache.trim(1);
    assert.strictEqual(cache.get(7), 7);
    cache.clear();
    assert.strictEqual(cache.size, 0);
    assert.strictEqual(cache.get(7), undefined);
  });
});

describe('dataset: figures read back one at a time', () => {
  /** The example's diagnostics, checked twice (the second time from the sentence cache),
   * with at most `limit` figures read back kept. */
  async function checked(memory: MemoryFileSystem, store: MemoryIndexStore, limit?: number) {
    const engine = new Engine({ fs: memory, indexStore: { store, fingerprint: 'test' } });
    const dataset = await engine.dataset(['/w/sources']);
    if (limit !== undefined) dataset.decodedLimit = limit;
    const text = new TextDecoder().decode(memory.readFileSync('/w/weekly.brief'));
    const shown = [];
    for (let i = 0; i < 2; i++) {
      const result = await engine.check({ path: '/w/weekly.brief', text, defaultSources: '/w/sources' });
      shown.push(JSON.parse(JSON.stringify(result.diagnostics)));
    }
    await engine.indexesStored();
    return shown;
  }

  it('a cache of one figure checks as one that keeps them all, indexed cold and from a stored index', async () => {
    const memory = exampleInMemory('rare-earths');
    const store = new MemoryIndexStore();
    const all = await checked(memory, store);
    assert.ok(all[0].length >= 10);
    assert.deepStrictEqual(all[1], all[0]);
    // The index is stored now: these read their figures back from it.
    assert.deepStrictEqual(await checked(memory, store, 1), all);
    assert.deepStrictEqual(await checked(memory, store), all);
    assert.deepStrictEqual(await checked(exampleInMemory('rare-earths'), new MemoryIndexStore(), 1), all);
  });
});
