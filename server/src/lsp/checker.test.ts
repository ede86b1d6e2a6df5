import * as assert from 'node:assert';
import { Engine } from '../engine/engine';
import { fixture } from '../engine/testing/fixture';
import { Checker, type Document } from './checker';
import { DEFAULT_SETTINGS } from './settings';

// The checker rehearses typing once a process, on the first briefing open in the editor.

const files = fixture(`
  --- /w/sources/iea.txt
  China refines 90% of the world’s rare earths.
  --- /w/b.brief
  # Supply

  China refines 70% of the world’s rare earths [@iea].

  China refines 90% of the world’s rare earths [@iea].
`);

function setUp(open: Map<string, number>): { checker: Checker; rehearsed: string[][] } {
  const engine = new Engine({ fs: files.fs });
  const rehearsed: string[][] = [];
  const inTurn = engine.checkInTurn.bind(engine);
  engine.checkInTurn = (request, texts, progress) => {
    if (texts.length > 1) rehearsed.push(texts);
    return inTurn(request, texts, progress);
  };
  const checker = new Checker(() => engine, () => '/w', () => undefined, (uri) => open.get(uri));
  return { checker, rehearsed };
}

const doc = (version: number): Document => ({ uri: 'file:///w/b.brief', path: '/w/b.brief', version, text: files.files['/w/b.brief'] });
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('lsp/checker', () => {
  it('rehearses typing after the first check of a briefing open in the editor, once', async () => {
    const open = new Map([['file:///w/b.brief', 1]]);
    const { checker, rehearsed } = setUp(open);
    await checker.check(doc(1), { ...DEFAULT_SETTINGS, sources: 'sources' });
    await settled();
    assert.strictEqual(rehearsed.length, 2);
    assert.ok(rehearsed.every(([typed, back]) => typed.includes('\nThen ') && back === doc(1).text));
    open.set('file:///w/b.brief', 2);
    await checker.check(doc(2), { ...DEFAULT_SETTINGS, sources: 'sources' });
    await settled();
    assert.strictEqual(rehearsed.length, 2);
  });

  it('near miss: a briefing read from disk by the workspace check is not rehearsed on, and the one opened next is', async () => {
    const open = new Map<string, number>();
    const { checker, rehearsed } = setUp(open);
    await checker.check(doc(-1), { ...DEFAULT_SETTINGS, sources: 'sources' });
    await settled();
    assert.strictEqual(rehearsed.length, 0);
    open.set('file:///w/b.brief', 1);
    await checker.check(doc(1), { ...DEFAULT_SETTINGS, sources: 'sources' });
    await settled();
    assert.strictEqual(rehearsed.length, 2);
  });
});
