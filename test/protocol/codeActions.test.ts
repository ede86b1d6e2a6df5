import * as assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { applyEdits, positionAt, textIn } from './textEdits';
import { copyExample, removeFolder, runCliJson } from './workspace';

// Quick fixes: each diagnostic's fixes come back as quickfix code actions, the ones the
// command line reports for it; applying the preferred one and pulling again makes that
// diagnostic go away. The server finds the fixes by the diagnostic it is sent.

/** The diagnostics to fix, what the preferred edit writes, and whether the figure is then clean. */
const CASES: Array<{ code: string; line: number; newText: RegExp; clean: boolean }> = [
  { code: 'unknown-source', line: 20, newText: /^wire-controls$/, clean: true },
  { code: 'figure-mismatch', line: 35, newText: /^2021$/, clean: true },
  { code: 'figure-mismatch', line: 47, newText: /\$80 billion$/, clean: true },
  { code: 'figure-more-specific', line: 33, newText: /^85-90%$/, clean: true },
  { code: 'uncited-figure', line: 33, newText: /^ \[@mpi-dependence\]$/, clean: true },
  { code: 'figure-not-in-source', line: 37, newText: /^; @newsfeed-recycling$/, clean: true },
  { code: 'quote-mismatch', line: 49, newText: /^The Middle East has oil, China has rare earths\.?$/, clean: true },
];

describe('protocol: quick fixes', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;
  let original: string;
  let diagnostics: Diagnostic[];

  const actionsFor = async (d: Diagnostic): Promise<CodeAction[]> => {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    assert.ok(result, 'code actions');
    return result as CodeAction[];
  };

  /** Puts the document back to the example's text and pulls. */
  const reset = async (): Promise<Diagnostic[]> => {
    const current = client.text(uri);
    await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: positionAt(current, current.length) }, newText: original }]);
    return client.pull(uri);
  };

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    uri = await client.open('weekly.brief');
    original = client.text(uri);
    diagnostics = await client.pull(uri);
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('turns every fix of every diagnostic into a quickfix with one text edit', async () => {
    const cli = runCliJson(folder, ['weekly.brief']).files.find((f) => f.path === 'weekly.brief')!.diagnostics;
    const fixesOf = (d: Diagnostic): string[] =>
      cli.find((c) => c.code === d.code && c.message === d.message && JSON.stringify(c.range) === JSON.stringify(d.range))?.fixes.map((f) => f.title) ?? [];
    const withFixes = diagnostics.filter((d) => fixesOf(d).length > 0);
    assert.ok(withFixes.length >= CASES.length, `diagnostics with fixes: ${withFixes.map((d) => d.code).join(', ')}`);
    for (const d of withFixes) {
      const actions = await actionsFor(d);
      assert.deepEqual(
        actions.map((a) => a.title),
        fixesOf(d),
        `${d.code} line ${d.range.start.line}`,
      );
      assert.equal(actions.filter((a) => a.isPreferred).length, 1, `one preferred fix for ${d.code} line ${d.range.start.line}`);
      for (const a of actions) {
        assert.equal(a.kind, 'quickfix');
        assert.deepEqual(a.diagnostics, [d]);
        assert.deepEqual(Object.keys(a.edit?.changes ?? {}), [uri]);
        assert.equal(a.edit?.changes?.[uri].length, 1);
      }
    }
  });

  it('offers nothing for diagnostics without fixes, or from another tool', async () => {
    const none = diagnostics.find((d) => d.code === 'quote-not-in-source');
    assert.ok(none);
    assert.deepEqual(await actionsFor(none), []);
    const fixable = diagnostics.find((d) => d.code === 'unknown-source')!;
    assert.ok((await actionsFor(fixable)).length > 0);
    assert.deepEqual(await actionsFor({ ...fixable, source: 'other-linter' }), []);
  });

  it('offers nothing for a diagnostic of an older text, whose place has changed', async () => {
    const fixable = (await reset()).find((d) => d.code === 'unknown-source')!;
    assert.ok((await actionsFor(fixable)).length > 0);
    await client.edit(uri, [{ range: { start: { line: fixable.range.start.line, character: 0 }, end: { line: fixable.range.start.line, character: 0 } }, newText: 'Notably, ' }]);
    await client.pull(uri);
    assert.deepEqual(await actionsFor(fixable), []);
  });

  for (const c of CASES) {
    it(`fixes the ${c.code} on line ${c.line} with its preferred edit`, async () => {
      const before = await reset();
      const target = before.filter((d) => d.code === c.code && d.range.start.line === c.line);
      assert.equal(target.length, 1, `one ${c.code} on line ${c.line}`);
      const [d] = target;
      const preferred = (await actionsFor(d)).filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1);
      const edit = preferred[0].edit!.changes![uri][0];
      assert.match(edit.newText, c.newText);
      const expected = applyEdits(original, [edit]);
      const text = await client.edit(uri, [edit]);
      assert.equal(text, expected);
      const after = await client.pull(uri);
      const same = after.filter((x) => x.code === c.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
      assert.deepEqual(same, [], `the ${c.code} is gone after '${preferred[0].title}'`);
      assert.equal(after.filter((x) => x.code === c.code).length, before.filter((x) => x.code === c.code).length - 1);
      if (c.clean) {
        const left = after.filter((x) => x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
        assert.deepEqual(
          left.map((x) => `${x.code}: ${x.message}`),
          [],
          `nothing left at '${textIn(text, d.range)}'`,
        );
      }
    });
  }
});
