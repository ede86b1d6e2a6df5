import * as assert from 'node:assert';
import { Engine } from '../engine';
import { figuresOfSource } from '../dataset/sourceFigures';
import { loadSourceText } from '../sources/loadDataset';
import { exampleInMemory } from '../testing/example';
import { fixture } from '../testing/fixture';
import type { FileSystem } from '../workspace/fileSystem';
import { decodeFigures, encodeFigures, readFigures, recordHeadLength } from './figureRecords';
import { MemoryIndexStore } from './indexStore';
import { encodeIndex } from './storedIndex';
import { Dataset } from '../dataset/dataset';

const BRIEF = '/w/weekly.brief';

function engineWith(fileSystem: FileSystem, store: MemoryIndexStore, fingerprint = 'test') {
  const log: string[] = [];
  const engine = new Engine({ fs: fileSystem, indexStore: { store, fingerprint }, logger: { log: (m) => log.push(m) } });
  return { engine, log };
}

async function check(engine: Engine, fileSystem: FileSystem, briefing = BRIEF) {
  const text = new TextDecoder().decode(await fileSystem.readFile(briefing));
  const result = await engine.check({ path: briefing, text, defaultSources: '/w/sources' });
  await engine.indexesStored();
  return result;
}

/** What a user sees: every diagnostic with its place, message, related places and fixes. */
function shown(result: Awaited<ReturnType<typeof check>>) {
  return JSON.parse(JSON.stringify(result.diagnostics));
}

const files = () =>
  fixture(`
    --- /w/weekly.brief
    China refines 88% of the world's rare earths [@iea].
    Chile mined 25% of the world's lithium [@usgs; para 2].
    The stockpile is worth USD 12 billion [@iea] and it "holds seven elements" [@nato].
    Japan holds 40 tonnes of dysprosium.
    Australia produced 47% of lithium.
    --- /w/sources/iea.txt
    Critical minerals outlook

    China refines 85-90% of the world's rare earths.

    The stockpile is worth USD 12.5 billion.
    --- /w/sources/usgs.txt
    Mineral commodity summaries

    Chile mines about 24% of the world's lithium, and Australia produced 47%.
    --- /w/sources/archive.json
    [{"id": "nato", "title": "NATO brief", "text": "The list holds seven elements. Japan holds 40 tonnes of dysprosium."},
     {"id": "eu", "title": "EU brief", "text": "Europe holds 2 tonnes."}]
  `).fs;

/** The fixture's index stored, then a file changed, one removed and one added. */
async function storedThenChanged() {
  const memory = files();
  const store = new MemoryIndexStore();
  await check(engineWith(memory, store).engine, memory);
  memory.write('/w/sources/iea.txt', "Critical minerals outlook\n\nChina refines 70% of the world's rare earths.\n");
  memory.delete('/w/sources/usgs.txt');
  memory.write('/w/sources/bgs.md', "---\nid: usgs\n---\nChile mines about 25% of the world's lithium.\n");
  return { memory, store };
}

describe('cache/storedIndex', () => {
  it('a reopened dataset comes from the stored index and checks exactly as a fresh one', async () => {
    const memory = files();
    const store = new MemoryIndexStore();
    const first = engineWith(memory, store);
    const cold = await check(first.engine, memory);
    assert.ok(store.saved.has('/w/sources'), 'the index was stored');
    assert.ok(cold.diagnostics.length >= 3, 'the fixture has problems to report');

    // The source files read to index them (a text read back for a quotation is read
    // synchronously, and is not counted).
    const indexed: string[] = [];
    const counting: FileSystem = {
      readFile: (p) => {
        if (p.startsWith('/w/sources/')) indexed.push(p);
        return memory.readFile(p);
      },
      readFileSync: (p) => memory.readFileSync(p),
      readDirectory: (p) => memory.readDirectory(p),
      stat: (p) => memory.stat(p),
    };
    const second = engineWith(counting, store);
    const warm = await check(second.engine, counting);
    assert.match(second.log.join('\n'), /3 files unchanged, from the stored index/);
    assert.deepStrictEqual(indexed, [], 'no source file was read to index');
    assert.deepStrictEqual(shown(warm), shown(cold));
    // Nothing changed: nothing is stored again.
    assert.doesNotMatch(second.log.join('\n'), /Stored the index/);
  });

  it('a changed, a new and a removed file are read again; the others stay stored', async () => {
    const { memory, store } = await storedThenChanged();
    const warm = engineWith(memory, store);
    const result = await check(warm.engine, memory);
    assert.match(warm.log.join('\n'), /1 files unchanged, from the stored index/);
    const fresh = await new Engine({ fs: memory }).check({ path: BRIEF, text: new TextDecoder().decode(await memory.readFile(BRIEF)), defaultSources: '/w/sources' });
    assert.deepStrictEqual(shown(result), shown(fresh));
    assert.ok(result.diagnostics.some((d) => d.code === 'figure-mismatch' && /70%/.test(d.message)), 'the changed figure is the one checked');
  });

  describe('answering first (the editor): the stored index answers, the files are compared afterwards', () => {
    function answeringFirst(fileSystem: FileSystem, store: MemoryIndexStore) {
      const log: string[] = [];
      let changes = 0;
      const engine = new Engine({ fs: fileSystem, indexStore: { store, fingerprint: 'test', answerFirst: true }, logger: { log: (m) => log.push(m) }, onDatasetChanged: () => changes++ });
      return { engine, log, changes: () => changes };
    }
    const fresh = async (memory: FileSystem) => new Engine({ fs: memory }).check({ path: BRIEF, text: new TextDecoder().decode(await memory.readFile(BRIEF)), defaultSources: '/w/sources' });

    it('nothing changed: the dataset stays as restored, and the host hears nothing', async () => {
      const memory = files();
      const store = new MemoryIndexStore();
      const cold = await check(engineWith(memory, store).engine, memory);
      const warm = answeringFirst(memory, store);
      const first = await check(warm.engine, memory);
      const version = first.dataset.version;
      assert.deepStrictEqual(shown(first), shown(cold));
      assert.match(warm.log.join('\n'), /3 files unchanged, from the stored index/);
      assert.strictEqual(warm.changes(), 0);
      assert.strictEqual((await check(warm.engine, memory)).dataset.version, version);
    });

    it('a changed, a new and a removed file reach the dataset after it answered, and the host hears of it', async () => {
      const { memory, store } = await storedThenChanged();
      const warm = answeringFirst(memory, store);
      const first = await warm.engine.check({ path: BRIEF, text: new TextDecoder().decode(await memory.readFile(BRIEF)), defaultSources: '/w/sources' });
      await warm.engine.indexesStored();
      assert.strictEqual(warm.changes(), 1);
      assert.match(warm.log.join('\n'), /1 files unchanged, from the stored index/);
      const again = await check(warm.engine, memory);
      assert.strictEqual(again.dataset, first.dataset, 'the same dataset, brought up to date');
      assert.deepStrictEqual(shown(again), shown(await fresh(memory)));
      assert.ok(again.diagnostics.some((d) => d.code === 'figure-mismatch' && /70%/.test(d.message)), 'the changed figure is the one checked');
      // Stored again as it is now: the next start finds nothing to change.
      const next = answeringFirst(memory, store);
      await check(next.engine, memory);
      assert.strictEqual(next.changes(), 0);
    });

    it('a manifest that appeared afterwards has the folder read afresh, and the host hears of it', async () => {
      const memory = files();
      const store = new MemoryIndexStore();
      await check(engineWith(memory, store).engine, memory);
      memory.write('/w/sources/sources.yaml', '- file: usgs.txt\n  title: Mineral summaries 2025\n- file: gone.txt\n  title: Nothing\n');
      const warm = answeringFirst(memory, store);
      await check(warm.engine, memory);
      assert.match(warm.log.join('\n'), /manifest of \/w\/sources changed/);
      assert.strictEqual(warm.changes(), 1);
      const again = await check(warm.engine, memory);
      assert.strictEqual(again.dataset.sourcesWithId('usgs')[0]?.meta.title, 'Mineral summaries 2025');
      assert.deepStrictEqual(shown(again), shown(await fresh(memory)));
      const problems = (r: typeof again) => JSON.parse(JSON.stringify([...warm.engine.datasetDiagnostics(r.dataset)]));
      assert.deepStrictEqual(problems(again), problems(await fresh(memory)));
    });
  });

  it('the manifest\'s problems are stored, and brought up to date when the files they name change', async () => {
    const memory = files();
    memory.write('/w/sources/sources.yaml', '- file: usgs.txt\n  title: Mineral summaries\n- file: later.txt\n  title: Later\n');
    const store = new MemoryIndexStore();
    const unused = (r: Awaited<ReturnType<typeof check>>) => r.dataset.problems.filter((p) => p.path === '/w/sources/sources.yaml').map((p) => p.message);
    const cold = await check(engineWith(memory, store).engine, memory);
    assert.deepStrictEqual(unused(cold), ["No file 'later.txt' in the source folder."]);
    const warm = await check(engineWith(memory, store).engine, memory);
    assert.deepStrictEqual(unused(warm), unused(cold));
    memory.write('/w/sources/later.txt', 'Later\n\nIt rose 5%.\n');
    const found = await check(engineWith(memory, store).engine, memory);
    assert.deepStrictEqual(unused(found), []);
    assert.strictEqual(found.dataset.sourcesWithId('later')[0]?.meta.title, 'Later');
  });

  it('an index from other code, other settings or damaged bytes is not used, and the check is right', async () => {
    const memory = files();
    const store = new MemoryIndexStore();
    const cold = await check(engineWith(memory, store).engine, memory);
    const other = engineWith(memory, store, 'another version');
    assert.deepStrictEqual(shown(await check(other.engine, memory)), shown(cold));
    assert.match(other.log.join('\n'), /not used: made by another version of Briefing/);

    const stored = store.saved.get('/w/sources')!;
    for (const damage of [stored.subarray(0, 40), stored.map((b, i) => (i > 20 && i < 60 ? 0x7b : b)), new TextEncoder().encode('BRIEFIDX')]) {
      store.saved.set('/w/sources', damage);
      const damaged = engineWith(memory, store, 'another version');
      assert.deepStrictEqual(shown(await check(damaged.engine, memory)), shown(cold));
      assert.match(damaged.log.join('\n'), /not used/);
    }
  });

  it('a changed manifest is not taken from the stored index: its metadata applies to unchanged files', async () => {
    const memory = files();
    memory.write('/w/sources/sources.yaml', '- file: usgs.txt\n  title: Mineral summaries 2025\n');
    const store = new MemoryIndexStore();
    await check(engineWith(memory, store).engine, memory);
    const same = engineWith(memory, store);
    const before = await check(same.engine, memory);
    assert.match(same.log.join('\n'), /from the stored index/);
    assert.strictEqual(before.dataset.sourcesWithId('usgs')[0]?.meta.title, 'Mineral summaries 2025');
    memory.write('/w/sources/sources.yaml', '- file: usgs.txt\n  title: Mineral summaries 2026\n  publisher: USGS\n');
    const changed = engineWith(memory, store);
    const after = await check(changed.engine, memory);
    assert.match(changed.log.join('\n'), /manifest of \/w\/sources changed/);
    const usgs = after.dataset.sourcesWithId('usgs')[0];
    assert.deepStrictEqual([usgs?.meta.title, usgs?.meta.publisher], ['Mineral summaries 2026', 'USGS']);
  });

  it('a file whose time is unknown (unsaved in the editor) is never stored', async () => {
    const memory = files();
    const unsaved: FileSystem = {
      readFile: (p) => memory.readFile(p),
      readFileSync: (p) => memory.readFileSync(p),
      readDirectory: (p) => memory.readDirectory(p),
      stat: async (p) => {
        const s = await memory.stat(p);
        return s && p.endsWith('iea.txt') ? { ...s, mtimeMs: -1 } : s;
      },
    };
    const store = new MemoryIndexStore();
    await check(engineWith(unsaved, store).engine, unsaved);
    const again = engineWith(unsaved, store);
    await check(again.engine, unsaved);
    assert.match(again.log.join('\n'), /2 files unchanged/);
  });

  it('storing gives way to other work, and gives up when the dataset changes meanwhile', async () => {
    const dataset = new Dataset(['/s']);
    const stamps = new Map<string, { size: number; mtimeMs: number }>();
    for (let i = 0; i < 450; i++) {
      const path = `/s/src-${i}.txt`;
      dataset.setFile(path, loadSourceText(path, `Report ${i}\n\nChina refines ${i % 90}% of rare earths.\n`).sources, []);
      stamps.set(path, { size: 40, mtimeMs: 1 });
    }
    const identity = { folder: '/s', fingerprint: 'test', maxFileBytes: 1e6 };
    let pauses = 0;
    const whole = await encodeIndex(dataset, identity, { stamps, manifests: [] }, async () => void pauses++);
    assert.ok(whole && pauses >= 2, `paused ${pauses} times`);
    const changing = await encodeIndex(dataset, identity, { stamps, manifests: [] }, async () => dataset.removeFile('/s/src-0.txt'));
    assert.strictEqual(changing, undefined);
  });

  it('a figure record keeps every field of every figure and its context', () => {
    const text = "Lithium outlook\n\n| Country | Share 2023/24 |\n| --- | --- |\n| Chile | 24% |\n\nOutput rose from 2020 to 2024, over $1.5 billion, and April 2025 saw 30 t of spodumene. Prices fell by 12% in May. Stocks fell to 12,000 t from 14,000 t. The three mines closed. It was the lowest since 2019. Sales rose in the year to June 2025. Carbonate fetched $10,500 a tonne. The budget deficit was $1.2 billion. Quotas hold until 2030. Shrimp sold at $4.55, down from $4.90 a month earlier.\n";
    const [source] = loadSourceText('/s/a.txt', text).sources;
    const figures = figuresOfSource(source);
    assert.ok(figures.length >= 6);
    assert.ok(figures.some((f) => f.figure.columnYear === 2023.5), "a table cell of a column's season");
    assert.ok(figures.some((f) => f.figure.change?.word === 'fell'), 'a figure with a change');
    assert.ok(figures.some((f) => f.figure.end === 'to') && figures.some((f) => f.figure.end === 'from'), "a change's two ends");
    assert.ok(figures.some((f) => f.terms.object !== undefined), 'a figure of something');
    assert.ok(figures.some((f) => f.figure.recalled), 'a count that points back');
    assert.ok(figures.some((f) => f.figure.since), 'a year after since');
    assert.ok(figures.some((f) => f.figure.yearTo), 'a month that ends a year');
    assert.ok(figures.some((f) => f.figure.per === 'a tonne'), 'a price per a measure');
    assert.ok(figures.some((f) => f.figure.deficit), "a deficit's size");
    assert.ok(figures.some((f) => f.figure.until), 'a year after until');
    assert.ok(figures.some((f) => f.figure.earlier), 'a price a month back');
    const back = decodeFigures(encodeFigures([source], figures), [source]);
    const plain = (fs: typeof figures) =>
      fs.map((f) => ({ figure: f.figure, sentence: f.sentence, terms: [...f.terms], names: f.terms.names, subject: f.terms.subject, object: f.terms.object, change: f.terms.change, background: f.terms.background && [...f.terms.background], paragraph: f.paragraph, line: f.line }));
    assert.deepStrictEqual(plain(back), plain(figures));
    // The sentence as written and its place, for messages, without the source's text.
    assert.deepStrictEqual(
      back.map((f) => f.stored),
      figures.map((f) => ({ text: text.slice(f.sentence.start, f.sentence.end), range: { start: source.positionInFile(f.sentence.start), end: source.positionInFile(f.sentence.end) }, paragraph: f.paragraph, line: f.line })),
    );
  });

  it("a figure record keeps a year read from the source's date as such", () => {
    const [source] = loadSourceText('/s/a.md', '---\nid: a\ndate: 2025-01-16\n---\nCapex rose to $38bn from $29.8bn last year.\n').sources;
    const figures = figuresOfSource(source);
    assert.ok(figures.some((f) => f.figure.dated && f.figure.low === 2024));
    const back = decodeFigures(encodeFigures([source], figures), [source]);
    assert.deepStrictEqual(
      back.map((f) => f.figure),
      figures.map((f) => f.figure),
    );
  });

  it('a sentence of many figures is written once in a record', () => {
    const text = `Market note\n\nLithium prices were ${Array.from({ length: 300 }, (_, i) => `$${i + 1}`).join(', ')} in turn.\n`;
    const [source] = loadSourceText('/s/a.txt', text).sources;
    const figures = figuresOfSource(source);
    assert.ok(figures.length >= 300);
    const record = encodeFigures([source], figures);
    assert.strictEqual(new TextDecoder().decode(record).split('Lithium prices were').length - 1, 1);
    const back = decodeFigures(record, [source]);
    assert.ok(back.every((f) => f.stored?.text.startsWith('Lithium prices were $1, $2')));
  });

  it("a record's figures are read without its sentences, and a sentence only when a message asks for it", () => {
    const text = 'Lithium outlook\n\nChile mines 24% of the lithium. Australia mined 47% of it in 2024.\n\nPrices fell 12% in May.\n';
    const [source] = loadSourceText('/s/a.txt', text).sources;
    const figures = figuresOfSource(source);
    const record = encodeFigures([source], figures);
    const head = recordHeadLength(record);
    assert.ok(head < record.length && !new TextDecoder().decode(record.subarray(0, head)).includes('Chile mines'), 'the sentences are after the head');
    const asked: Array<[number, number]> = [];
    const reader = readFigures(record.slice(0, head), [source], (at, length) => (asked.push([at, length]), record.subarray(at, at + length)));
    const back = figures.map((_, i) => reader.at(i)!);
    assert.deepStrictEqual(
      back.map((f) => [f.figure, [...f.terms]]),
      decodeFigures(record, [source]).map((f) => [f.figure, [...f.terms]]),
    );
    assert.deepStrictEqual(asked, []);
    const last = back[back.length - 1];
    assert.strictEqual(last.stored?.text, 'Prices fell 12% in May.');
    assert.strictEqual(asked.length, 1);
  });

  it("a stored record's sentence that cannot be read is an empty one, not a failed check", () => {
    const [source] = loadSourceText('/s/a.txt', 'Chile mines 24% of the lithium.\n').sources;
    const record = encodeFigures([source], figuresOfSource(source));
    const head = record.slice(0, recordHeadLength(record));
    const unread = readFigures(head, [source], () => undefined).at(0)!;
    const damaged = readFigures(head, [source], (_, length) => new Uint8Array(length).fill(0x7b)).at(0)!;
    assert.strictEqual(unread.figure.low, 24);
    assert.strictEqual(unread.stored?.text, '');
    assert.strictEqual(damaged.stored?.text, '');
  });

  it("a check from a stored index reads no sentence of the sources that no message quotes", async () => {
    const memory = fixture(`
      --- /w/weekly.brief
      Chile mined 30% of the world's lithium [@usgs].
      --- /w/sources/usgs.txt
      Mineral commodity summaries

      Chile mines about 24% of the world's lithium.

      Zinc output reached 13 million tonnes in 2023, and lead 4.5 million tonnes.
    `).fs;
    const store = new MemoryIndexStore();
    const cold = await check(engineWith(memory, store).engine, memory);
    const read: string[] = [];
    const counting: MemoryIndexStore = Object.assign(Object.create(MemoryIndexStore.prototype), store, {
      open: async (folder: string) => {
        const bytes = await store.open(folder);
        return bytes && { size: bytes.size, read: (at: number, length: number) => (read.push(new TextDecoder().decode(bytes.read(at, length))), bytes.read(at, length)) };
      },
    });
    const second = engineWith(memory, counting);
    const warm = await check(second.engine, memory);
    assert.match(second.log.join('\n'), /files unchanged, from the stored index/);
    assert.deepStrictEqual(shown(warm), shown(cold));
    assert.match(warm.diagnostics.map((d) => d.message).join('\n'), /24%/);
    assert.ok(read.some((r) => r.includes('Chile mines about 24%')), 'the quoted sentence is read');
    assert.ok(!read.some((r) => r.includes('Zinc output')), 'no other sentence is');
  });

  it('a figure record keeps any number a figure may hold', () => {
    const [source] = loadSourceText('/s/a.txt', 'Chile mines 24% of the lithium.\n').sources;
    const [f] = figuresOfSource(source);
    const values = [0, -0, 1, 127, 128, 2 ** 31 - 1, 2 ** 31, 1.5e9, 5.2e12, 0.25, -3, Infinity, -Infinity, NaN, Number.MIN_VALUE];
    const figures = values.map((v) => ({ ...f, paragraph: f.paragraph, line: f.line, figure: { ...f.figure, low: v, high: v, precision: v } }));
    const back = decodeFigures(encodeFigures([source], figures), [source]);
    assert.deepStrictEqual(
      back.map((b) => [b.figure.low, b.figure.high, b.figure.precision]),
      values.map((v) => [v, v, v]),
    );
    assert.ok(Object.is(back[1].figure.low, -0));
  });

  it('the bundled example checks the same from a stored index', async () => {
    const disk = exampleInMemory('rare-earths');
    const store = new MemoryIndexStore();
    const cold = await check(engineWith(disk, store).engine, disk, '/w/weekly.brief');
    const second = engineWith(disk, store);
    const warm = await check(second.engine, disk, '/w/weekly.brief');
    assert.match(second.log.join('\n'), /files unchanged, from the stored index/);
    assert.ok(cold.diagnostics.length >= 10);
    assert.deepStrictEqual(shown(warm), shown(cold));
    // The dataset's own problems (the manifest's bad entry) are the same too.
    const problems = (r: typeof cold) => JSON.parse(JSON.stringify([...second.engine.datasetDiagnostics(r.dataset)]));
    assert.ok(problems(cold).length > 0);
    assert.deepStrictEqual(problems(warm), problems(cold));
  });
});
