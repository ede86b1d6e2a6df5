import * as assert from 'node:assert';
import fc from 'fast-check';
import { Engine } from '../engine';
import { checkCases } from '../testing/cases';
import { applyFix, textAt } from '../testing/edits';
import { fixture } from '../testing/fixture';
import type { Diagnostic } from '../types';

// Edges: offsets in odd texts, the sentence cache, sources changing, sentence shapes.

const SOURCES = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world’s rare earths.
Supply chains for rare earth magnets remain highly concentrated in a single country.
Export controls on gallium began in 2023.
--- /w/sources/jogmec.txt
Stockpile report

Japan stockpiles 40% of its annual dysprosium demand.
Japan's rare earth imports saw a 12% drop in 2023.
`;

/** A briefing with one diagnostic of each fixable kind. */
const BRIEF = [
  'China refines 70% of the world’s rare earths [@iea].',
  '',
  'Japan stockpiles 40% of its annual dysprosium demand [@iea, para 2].',
  '',
  'The agency warns that "supply chains for rare earth magnets are highly concentrated in one country" [@iea].',
  '',
  'Japan stockpiles 40% of its annual dysprosium demand, officials say.',
  '',
  'China refines 90% of the world’s rare earths [@iae].',
  '',
  'Japan’s rare earth imports saw a 12% rise in 2023 [@jogmec].',
  '',
].join('\n');

const key = (text: string, ds: Diagnostic[]): string[] =>
  ds.map((d) => `${d.code}@${textAt(text, d.range)} ${JSON.stringify(d.range)} fixes:${d.fixes.map((f) => JSON.stringify(applyFix(text, f))).join('|')}`);

async function fresh(text: string): Promise<Diagnostic[]> {
  const f = fixture(SOURCES);
  return (await new Engine({ fs: f.fs }).check({ path: '/w/b.brief', text, defaultSources: '/w/sources' })).diagnostics;
}

describe('check: edges', () => {
  it('every fixable kind appears in the edge briefing', async () => {
    const codes = (await fresh(BRIEF)).map((d) => d.code).sort();
    // 70% and the last sentence's 90% disagree, but 70% is already a mismatch: no conflicting-claims.
    assert.deepStrictEqual(codes, ['figure-mismatch', 'figure-mismatch', 'figure-not-in-source', 'quote-mismatch', 'uncited-figure', 'unknown-source']);
  });

  describe('the sentence cache gives what a fresh check gives', () => {
    const edits: Array<[name: string, edit: (t: string) => string]> = [
      ['a line typed above', (t) => `A new opening line.\n\n${t}`],
      ['a word typed in the first sentence', (t) => t.replace('China refines', 'China still refines')],
      ['a sentence removed', (t) => t.replace('China refines 70% of the world’s rare earths [@iea].\n\n', '')],
      ['the same sentence twice', (t) => `${t}\n${t}`],
      ['a figure changed', (t) => t.replace('70%', '90%')],
      ['a word typed at the start, moving the first line along', (t) => `Notably, ${t}`],
      ['a line break typed in the first sentence', (t) => t.replace('China refines', 'China\nrefines')],
    ];
    for (const [name, edit] of edits) {
      it(name, async () => {
        const f = fixture(SOURCES);
        const engine = new Engine({ fs: f.fs });
        const request = (text: string) => ({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
        await engine.check(request(BRIEF));
        // Through the edited text and back, then to it again: reused diagnostics must follow.
        await engine.check(request(edit(BRIEF)));
        await engine.check(request(BRIEF));
        const next = edit(BRIEF);
        const cached = (await engine.check(request(next))).diagnostics;
        assert.deepStrictEqual(key(next, cached), key(next, await fresh(next)));
      });
    }
  });

  it("a table's header edited: its rows, unchanged, are read again under it", async () => {
    const sources = `
--- /w/sources/nato.md
# Defence spending

| Country | 2024 defence spending (% of GDP) | 2025 estimate (% of GDP) |
| --- | --- | --- |
| United States | 3.4 | 3.2 |
`;
    const table = (year: number) => `| Country | Defence spending, ${year} (% of GDP) | Source |\n| --- | --- | --- |\n| United States | 3.4% | [@nato] |\n`;
    const engine = new Engine({ fs: fixture(sources).fs });
    const check = async (text: string) => (await engine.check({ path: '/w/b.brief', text, defaultSources: '/w/sources' })).diagnostics.map((d) => d.code);
    assert.deepStrictEqual(await check(table(2024)), []);
    assert.deepStrictEqual(await check(table(2025)), ['figure-mismatch']);
    assert.deepStrictEqual(await check(table(2024)), []);
  });

  it('typing below a sentence written twice gives back the same figure diagnostic objects for both', async () => {
    // What is made from a diagnostic (its LSP form, its JSON) is kept by the object: a
    // sentence written twice must not make its figures' diagnostics anew at every keystroke.
    // (A quotation's and an unknown key's are made anew each check: a briefing has a handful.)
    const f = fixture(SOURCES);
    const engine = new Engine({ fs: f.fs });
    const request = (text: string) => ({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
    const twice = `${BRIEF}\n${BRIEF}`;
    const before = (await engine.check(request(twice))).diagnostics;
    await engine.check(request(`${twice}\nTyped.`));
    const after = (await engine.check(request(`${twice}\nTyped more.`))).diagnostics;
    assert.ok(before.length >= 12);
    const figures = (ds: Diagnostic[]) => ds.filter((d) => !['quote-mismatch', 'quote-not-in-source', 'unknown-source'].includes(d.code));
    assert.ok(figures(before).length >= 8);
    assert.deepStrictEqual(figures(after).filter((d) => !before.includes(d)), []);
  });

  it('two checks of one briefing started together each give what a fresh check gives', async () => {
    // The parse moves the last parse's sentences in place: a check that waits for its
    // dataset must not parse before it, or the other would read moved sentences.
    const f = fixture(SOURCES);
    const engine = new Engine({ fs: f.fs });
    const request = (text: string) => ({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
    const typed = `A new opening line.\n\n${BRIEF}`;
    const [first, second] = await Promise.all([engine.check(request(BRIEF)), engine.check(request(typed))]);
    assert.deepStrictEqual(key(BRIEF, first.diagnostics), key(BRIEF, await fresh(BRIEF)));
    assert.deepStrictEqual(key(typed, second.diagnostics), key(typed, await fresh(typed)));
    const third = await engine.check(request(`Notably, ${typed}`));
    assert.deepStrictEqual(key(`Notably, ${typed}`, third.diagnostics), key(`Notably, ${typed}`, await fresh(`Notably, ${typed}`)));
  });

  describe('typing in a briefing with conflicting claims gives what a fresh check gives', () => {
    // Paragraphs that disagree with each other about a few things, cited or not.
    const POOL = [
      'Japan stockpiles 40% of its annual dysprosium demand.',
      'Japan stockpiles 55% of its annual dysprosium demand.',
      'Japan stockpiles 40% of its annual dysprosium demand [@jogmec].',
      'Officials say Japan stockpiles 25% of its annual dysprosium demand.',
      'China refines 90% of the world’s rare earths [@iea].',
      'China refines 80% of the world’s rare earths.',
      'China refines 85% of the world’s rare earths, and Japan stockpiles 60% of its dysprosium demand.',
      'Export controls on gallium began in 2023 [@iea].',
      'Supply chains for rare earth magnets remain concentrated.',
    ];
    const edits = fc.oneof(
      fc.record({ op: fc.constant('prefix' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), pick: fc.nat({ max: POOL.length - 1 }) }),
      fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ op: fc.constant('figure' as const), at: fc.nat(), to: fc.integer({ min: 10, max: 95 }) }),
    );
    type Edit = { op: string; at: number; pick?: number; to?: number };
    const apply = (paras: string[], e: Edit): string[] => {
      const out = [...paras];
      const i = out.length === 0 ? 0 : e.at % out.length;
      if (e.op === 'insert') out.splice(e.at % (out.length + 1), 0, POOL[e.pick!]);
      else if (out.length === 0) return out;
      else if (e.op === 'prefix') out[i] = `Notably, ${out[i]}`;
      else if (e.op === 'remove') out.splice(i, 1);
      else if (e.op === 'move') out.splice(e.to! % out.length, 0, ...out.splice(i, 1));
      else out[i] = out[i].replace(/\d+%/, `${e.to}%`);
      return out;
    };

    it('conflicting claims appear in the pool', async () => {
      assert.ok((await fresh(POOL.join('\n\n'))).some((d) => d.code === 'conflicting-claims'));
    });

    it('a figure that another was found to disagree with goes: the other finds the next', async () => {
      // Uncited figures are told so, and nothing more: that warning is off here, so that
      // their conflicts show.
      const request = (text: string) => ({ path: '/w/b.brief', text, defaultSources: '/w/sources', options: { severity: { 'uncited-figure': 'off' as const } } });
      const engine = new Engine({ fs: fixture(SOURCES).fs });
      const check = async (paras: string[]) => {
        const text = paras.join('\n\n');
        return key(text, (await engine.check(request(text))).diagnostics);
      };
      await check([POOL[0], POOL[1], POOL[3]]);
      const text = [POOL[0], POOL[3]].join('\n\n');
      const after = await check([POOL[0], POOL[3]]);
      assert.deepStrictEqual(after, key(text, (await new Engine({ fs: fixture(SOURCES).fs }).check(request(text))).diagnostics));
      assert.ok(after.some((k) => k.startsWith('conflicting-claims@25%')));
    });

    /** Types `steps` into the paragraphs, a check after each, and compares each with a fresh check. */
    const typeLikeFresh = async (start: string[], steps: Edit[]): Promise<void> => {
      const f = fixture(SOURCES);
      const engine = new Engine({ fs: f.fs });
      let paras = start;
      await engine.check({ path: '/w/b.brief', text: paras.join('\n\n'), defaultSources: '/w/sources' });
      for (const step of steps) {
        paras = apply(paras, step);
        const text = paras.join('\n\n');
        const cached = (await engine.check({ path: '/w/b.brief', text, defaultSources: '/w/sources' })).diagnostics;
        assert.deepStrictEqual(key(text, cached), key(text, await fresh(text)));
      }
    };

    it('over random edits', async () => {
      const picks = fc.array(fc.nat({ max: POOL.length - 1 }), { maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(picks, fc.array(edits, { minLength: 1, maxLength: 6 }), (p, steps) => typeLikeFresh(p.map((i) => POOL[i]), steps)),
        { numRuns: 150 },
      );
    });

    it('over random edits of a briefing longer than a search looks back', async () => {
      // A figure is compared with the nearest 60 earlier ones sharing a word: an edit further
      // back than that is out of its sight, and it is not searched again. Seventy figures
      // of one thing, the first disagreeing, put that edge within reach of each edit.
      const long = [POOL[1], ...Array.from({ length: 69 }, () => POOL[0])];
      await fc.assert(
        fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 4 }), (steps) => typeLikeFresh(long, steps)),
        { numRuns: 40 },
      );
    });
  });

  it('CRLF line endings: ranges and fixes still fit the text', async () => {
    const text = BRIEF.replace(/\n/g, '\r\n');
    const ds = await fresh(text);
    assert.deepStrictEqual(
      ds.map((d) => `${d.code}@${textAt(text, d.range)}`),
      (await fresh(BRIEF)).map((d) => `${d.code}@${textAt(BRIEF, d.range)}`),
    );
    const mismatch = ds.find((d) => d.code === 'figure-mismatch')!;
    assert.ok(applyFix(text, mismatch.fixes[0]).startsWith('China refines 90% of the world’s rare earths [@iea].\r\n'));
  });

  it('characters are UTF-16 code units, as in LSP', async () => {
    const text = '🇨🇳 Ünïcödé: China refines 70% of the world’s rare earths [@iea].\n';
    const [d] = await fresh(text);
    assert.strictEqual(d.code, 'figure-mismatch');
    assert.strictEqual(d.range.start.character, text.indexOf('70%'));
    assert.strictEqual(textAt(text, d.range), '70%');
  });

  it('a changed source is picked up after fileChanged', async () => {
    const f = fixture(SOURCES);
    const engine = new Engine({ fs: f.fs });
    const text = 'China refines 70% of the world’s rare earths [@iea].\n';
    const request = { path: '/w/b.brief', text, defaultSources: '/w/sources' };
    assert.deepStrictEqual((await engine.check(request)).diagnostics.map((d) => d.code), ['figure-mismatch']);
    f.fs.write('/w/sources/iea.txt', 'Critical minerals outlook\n\nChina refines 70% of the world’s rare earths.\n');
    assert.strictEqual(await engine.fileChanged('/w/sources/iea.txt'), true);
    assert.deepStrictEqual((await engine.check(request)).diagnostics, []);
    f.fs.delete('/w/sources/iea.txt');
    await engine.fileChanged('/w/sources/iea.txt');
    assert.deepStrictEqual((await engine.check(request)).diagnostics.map((d) => `${d.code}@${textAt(text, d.range)}`), ['unknown-source@iea']);
    assert.strictEqual(await engine.fileChanged('/elsewhere/x.txt'), false);
  });

  it('a file added to the dataset is picked up', async () => {
    const f = fixture(SOURCES);
    const engine = new Engine({ fs: f.fs });
    const text = 'Chile mines 30% of the lithium sold to Korea [@cochilco].\n';
    const request = { path: '/w/b.brief', text, defaultSources: '/w/sources' };
    assert.deepStrictEqual((await engine.check(request)).diagnostics.map((d) => d.code), ['unknown-source']);
    f.fs.write('/w/sources/cochilco.md', '# Lithium yearbook\n\nChile mines 30% of the lithium sold to Korea.\n');
    await engine.fileChanged('/w/sources/cochilco.md');
    assert.deepStrictEqual((await engine.check(request)).diagnostics, []);
  });
});

describe('check: a dataset whose files changed gives what a fresh load gives', () => {
  // Three sources state one figure in the same words: equally good, so only the order of
  // the files can decide which is listed first. A file read again must not go last.
  const TIED = `
--- /w/sources/a.txt
Lithium review

Chile mines 30% of the world's lithium.
--- /w/sources/b/inner.txt
Lithium review

Chile mines 30% of the world's lithium.
--- /w/sources/b-c.txt
Lithium review

Chile mines 30% of the world's lithium.
`;
  const text = "Chile mines 30% of the world's lithium.\n";
  const request = { path: '/w/b.brief', text, defaultSources: '/w/sources' };
  const seen = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.related.map((r) => r.path), d.fixes.map((f) => f.title)]);
  const fresh = async (f: ReturnType<typeof fixture>) => seen((await new Engine({ fs: f.fs }).check(request)).diagnostics);

  const changes: Array<[name: string, change: (f: ReturnType<typeof fixture>) => string]> = [
    ['the first file changed', (f) => (f.fs.write('/w/sources/a.txt', "Lithium review, revised\n\nChile mines 30% of the world's lithium.\n"), '/w/sources/a.txt')],
    ['a file in a subfolder changed', (f) => (f.fs.write('/w/sources/b/inner.txt', "Lithium review\n\nChile mines 30% of the world's lithium.\nMore.\n"), '/w/sources/b/inner.txt')],
    ['a file added before the others', (f) => (f.fs.write('/w/sources/0.txt', "Lithium review\n\nChile mines 30% of the world's lithium.\n"), '/w/sources/0.txt')],
  ];
  for (const [name, change] of changes) {
    it(name, async () => {
      const f = fixture(TIED);
      const engine = new Engine({ fs: f.fs });
      const before = seen((await engine.check(request)).diagnostics);
      assert.deepStrictEqual(before, await fresh(f));
      assert.deepStrictEqual(before[0][1], ['/w/sources/a.txt', '/w/sources/b/inner.txt', '/w/sources/b-c.txt'], 'folder order: b/ before b-c.txt');
      await engine.fileChanged(change(f));
      assert.deepStrictEqual(seen((await engine.check(request)).diagnostics), await fresh(f));
    });
  }
});

describe('check: sentence shapes', () => {
  checkCases([
    {
      name: 'no final punctuation: the citation goes at the end',
      fixture: `--- /w/b.brief\nJapan stockpiles 40% of its annual dysprosium demand\n${SOURCES}`,
      expect: ['uncited-figure@40%'],
      fixes: [{ at: 'uncited-figure@40%', result: 'Japan stockpiles 40% of its annual dysprosium demand [@jogmec]' }],
    },
    {
      name: 'a question: the citation goes before the question mark',
      fixture: `--- /w/b.brief\nDoes Japan stockpile 40% of its annual dysprosium demand?\n${SOURCES}`,
      expect: ['uncited-figure@40%'],
      fixes: [{ at: 'uncited-figure@40%', result: 'Does Japan stockpile 40% of its annual dysprosium demand [@jogmec]?' }],
    },
    {
      name: 'list markers are not figures; the fix stays in the item',
      fixture: `--- /w/b.brief\n1. Japan stockpiles 40% of its annual dysprosium demand.\n2. China refines 90% of the world’s rare earths [@iea].\n${SOURCES}`,
      expect: ['uncited-figure@40%'],
      fixes: [
        {
          at: 'uncited-figure@40%',
          result: '1. Japan stockpiles 40% of its annual dysprosium demand [@jogmec].\n2. China refines 90% of the world’s rare earths [@iea].',
        },
      ],
    },
    {
      name: 'a block quote sentence is checked',
      fixture: `--- /w/b.brief\n> China refines 70% of the world’s rare earths [@iea].\n${SOURCES}`,
      expect: ['figure-mismatch@70%'],
    },
    {
      name: 'a table row is one sentence',
      fixture: `--- /w/b.brief\n| Country | Share of refining |\n| --- | --- |\n| China refines | 70% of the world’s rare earths [@iea] |\n${SOURCES}`,
      expect: ['figure-mismatch@70%'],
    },
    {
      name: 'a citation group after the full stop, with several keys',
      fixture: `--- /w/b.brief\nChina refines 70% of the world’s rare earths. [@jogmec; @iea]\n${SOURCES}`,
      expect: ['figure-mismatch@70%'],
    },
    {
      name: 'a heading is no sentence',
      fixture: `--- /w/b.brief\n## China refines 70% of the world’s rare earths [@iea]\n${SOURCES}`,
      expect: [],
    },
    {
      name: 'the quote fix keeps the source’s curly apostrophe',
      fixture: `--- /w/b.brief\nThe agency notes that "China refines nearly all of the world's rare earths" [@iea].\n${SOURCES}`,
      expect: ['quote-mismatch@China refines nearly all of the world\'s rare earths'],
      fixes: [{ at: 'quote-mismatch@China refines nearly all of the world\'s rare earths', result: 'The agency notes that "China refines 90% of the world’s rare earths" [@iea].' }],
    },
    {
      name: 'near miss: a straight apostrophe quoting a curly one is exact',
      fixture: `--- /w/b.brief\nThe agency notes that "China refines 90% of the world's rare earths" [@iea].\n${SOURCES}`,
      expect: [],
    },
  ]);
});
