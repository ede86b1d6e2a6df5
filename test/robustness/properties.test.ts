import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../server/src/engine/engine';
import { extractFigures } from '../../server/src/engine/figures/extractFigures';
import { parseBriefing } from '../../server/src/engine/markup/parseBriefing';
import { loadSourceFile } from '../../server/src/engine/sources/loadDataset';
import { MemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';
import { exampleFiles, mutated, mutatedAny, runs, soup } from './generators';
import { assertSpansInside, fixedTexts } from './invariants';

// "Never crashes": random and mutated briefings and sources through every public entry
// point. Runs are balanced so that `npm test` stays quick; `npm run fuzz` multiplies them.

const FILES = exampleFiles();
const BRIEF = FILES['weekly.brief'];
const ROOT = '/ws';
const memoryFiles = (overrides: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> => {
  const out: Record<string, string | Uint8Array> = {};
  for (const [rel, text] of Object.entries(FILES)) if (rel.startsWith('sources/')) out[`${ROOT}/${rel}`] = text;
  for (const [rel, v] of Object.entries(overrides)) out[`${ROOT}/${rel}`] = v;
  return out;
};

export const counts: Record<string, number> = {};
const briefingText = fc.oneof(soup(120), mutated(BRIEF, 8), mutatedAny(4));

async function checkAndFix(engine: Engine, text: string, path = `${ROOT}/weekly.brief`): Promise<void> {
  const result = await engine.check({ path, text, defaultSources: `${ROOT}/sources` });
  // Every fix is checked for its range; a few fixed texts are checked again, to stay quick.
  for (const fixed of fixedTexts(text, result.diagnostics).slice(0, 4)) {
    const again = await engine.check({ path: `${ROOT}/fixed.brief`, text: fixed, defaultSources: `${ROOT}/sources` });
    fixedTexts(fixed, again.diagnostics);
  }
}

describe('robustness: properties', function () {
  this.timeout(120_000);

  it('parseBriefing never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(briefingText, (text) => {
        const b = parseBriefing(text);
        assertSpansInside(b, text.length, 'briefing');
      }),
      { numRuns: (counts.parseBriefing = runs(4000)) },
    );
  });

  it('extractFigures never throws and keeps every span inside its window', () => {
    fc.assert(
      fc.property(briefingText, fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), (text, a, b, ex) => {
        const from = a % (text.length + 2);
        const to = b % (text.length + 2);
        const excluded = ex.map(([s, e]) => ({ start: s % (text.length + 1), end: e % (text.length + 1) }));
        for (const f of extractFigures(text, from, to, excluded)) {
          assertSpansInside(f, text.length, 'figure');
          assert.equal(text.slice(f.span.start, f.span.end), f.text);
        }
        assertSpansInside(extractFigures(text), text.length, 'figures');
      }),
      { numRuns: (counts.extractFigures = runs(3000)) },
    );
  });

  it('loadSourceFile never throws, whatever the bytes and the format', () => {
    const bytes = fc.oneof(
      mutatedAny(6).map((t) => new TextEncoder().encode(t)),
      soup(100).map((t) => new TextEncoder().encode(t)),
      fc.uint8Array({ maxLength: 400 }),
    );
    const name = fc.constantFrom('a.txt', 'b.md', 'c.json', 'd.html', 'e.htm', 'f.MD', 'g.markdown', 'sources.yaml');
    fc.assert(
      fc.property(name, bytes, (n, data) => {
        const loaded = loadSourceFile(`${ROOT}/sources/${n}`, data);
        for (const s of loaded.sources) {
          assertSpansInside(s.paragraphs, s.text.length, `${n} paragraphs`);
          assertSpansInside(s.lines, s.text.length, `${n} lines`);
        }
        for (const p of loaded.problems) assert.equal(typeof p.message, 'string');
      }),
      { numRuns: (counts.loadSourceFile = runs(2500)) },
    );
  });

  it('Engine.check never throws; its ranges lie in the document and every quick fix applies', async () => {
    const engine = new Engine({ fs: new MemoryFileSystem(memoryFiles()) });
    await fc.assert(
      fc.asyncProperty(briefingText, (text) => checkAndFix(engine, text)),
      { numRuns: (counts.engineCheck = runs(400)) },
    );
  });

  it('Engine.check never throws on mutated sources', async () => {
    const names = Object.keys(FILES).filter((k) => k.startsWith('sources/'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.nat(), mutated(BRIEF, 3), (name, seed, brief) => {
        // Mutate one source file, keep the others: a fresh engine, since the dataset changes.
        const source = fc.sample(mutated(FILES[name], 6), { numRuns: 1, seed })[0];
        const engine = new Engine({ fs: new MemoryFileSystem(memoryFiles({ [name]: source })) });
        return checkAndFix(engine, brief);
      }),
      { numRuns: (counts.engineSources = runs(100)) },
    );
  });

  after(() => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`      robustness properties: ${total} cases ${JSON.stringify(counts)}`);
  });
});
