import * as assert from 'node:assert';
import { Engine } from '../engine/engine';
import { fixture } from '../engine/testing/fixture';
import type { Diagnostic } from '../engine/types';
import { rehearseTyping } from './rehearsal';

// The rehearsal of typing checks the open briefing itself, edited and back: nothing of it
// may show, neither in the objects that answer hovers meanwhile nor in the next checks.

const SOURCES = `
--- /w/sources/iea.txt
China refines 90% of the world’s rare earths.
Japan stockpiles 40% of its annual dysprosium demand.
`;

const BRIEF = [
  '---',
  'title: Weekly',
  '',
  'author: Desk',
  '---',
  '',
  '# Supply',
  '',
  'China refines 70% of the world’s rare earths [@iea].',
  '',
  'Japan stockpiles 40% of its annual dysprosium demand [@iea].',
  '',
  'Japan stockpiles 55% of its annual dysprosium demand.',
  '',
  'China refines 90% of the world’s rare earths [@iae].',
  '',
].join('\n');

const request = (text: string) => ({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
const keys = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`);

async function fresh(text: string): Promise<Diagnostic[]> {
  return (await new Engine({ fs: fixture(SOURCES).fs }).check(request(text))).diagnostics;
}

/** Counts the texts the engine checks. */
function counting(engine: Engine): string[] {
  const checked: string[] = [];
  const inTurn = engine.checkInTurn.bind(engine);
  engine.checkInTurn = (req, texts, progress) => {
    checked.push(...texts);
    return inTurn(req, texts, progress);
  };
  return checked;
}

describe('lsp/rehearsal', () => {
  it('types at the start of the first paragraphs, not in the front matter, and takes each back', async () => {
    const engine = new Engine({ fs: fixture(SOURCES).fs });
    await engine.check(request(BRIEF));
    const checked = counting(engine);
    await rehearseTyping(engine, request(BRIEF), () => true);
    const typed = checked.filter((t) => t !== BRIEF);
    assert.strictEqual(typed.length, 4);
    assert.strictEqual(checked.length, 8);
    assert.ok(typed.every((t) => t.startsWith('---\ntitle: Weekly\n\nauthor: Desk\n---\n') && t.includes('\n\nThen ') && t.replace('Then ', '') === BRIEF));
  });

  it('leaves the last check where it was, and the next checks as a fresh engine makes them', async () => {
    const engine = new Engine({ fs: fixture(SOURCES).fs });
    const first = await engine.check(request(BRIEF));
    const spansNow = (): string => JSON.stringify(first.report.figures.map((f) => [f.figure.span, f.sentence.span]));
    const spans = spansNow();
    // What an editor's request would see between the rehearsal's turns.
    const seen = new Set<string>();
    let done = false;
    const watch = (): void => {
      seen.add(spansNow());
      if (!done) setImmediate(watch);
    };
    setImmediate(watch);
    await rehearseTyping(engine, request(BRIEF), () => true);
    done = true;
    assert.deepStrictEqual([...seen], [spans]);
    assert.strictEqual(spansNow(), spans);
    for (const text of [BRIEF, BRIEF.replace('# Supply', '# Supply and demand'), BRIEF.replace('55%', '40%')]) {
      assert.deepStrictEqual(keys((await engine.check(request(text))).diagnostics), keys(await fresh(text)));
    }
  });

  it('stops once the document changes', async () => {
    const engine = new Engine({ fs: fixture(SOURCES).fs });
    await engine.check(request(BRIEF));
    const checked = counting(engine);
    let turns = 0;
    await rehearseTyping(engine, request(BRIEF), () => ++turns <= 2);
    assert.strictEqual(checked.length, 4);
  });
});
