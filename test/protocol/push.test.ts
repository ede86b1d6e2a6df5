import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { find, positionAt } from './textEdits';
import { copyExample, removeFolder, runCliJson, SEVERITY_NUMBER } from './workspace';

// A client without pull diagnostics gets them pushed: on open, after each (debounced)
// change, and cleared on close.

const shape = (d: Pick<Diagnostic, 'code' | 'range' | 'message' | 'severity'>) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message });

describe('protocol: push diagnostics', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder, pull: false, settings: { debounceMs: 50 } });
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('publishes the briefing’s diagnostics after didOpen, as the CLI reports them', async () => {
    uri = await client.open('weekly.brief');
    const pushed = await client.waitFor(() => client.published.get(uri), 'publishDiagnostics for weekly.brief');
    assert.ok(pushed.length > 0);
    for (const d of pushed) assert.equal(d.source, 'briefing');
    const cli = runCliJson(folder, ['weekly.brief']).files.find((f) => f.path === 'weekly.brief');
    assert.ok(cli);
    assert.deepEqual(
      pushed.map(shape),
      cli.diagnostics.map((d) => shape({ ...d, severity: SEVERITY_NUMBER[d.severity] })),
    );
  });

  it('publishes again after a change', async () => {
    const text = client.text(uri);
    const key = find(text, '@wire-control]') + 1;
    const range = { start: positionAt(text, key), end: positionAt(text, key + 'wire-control'.length) };
    const count = client.publishLog.length;
    await client.edit(uri, [{ range, newText: 'wire-controls' }]);
    const after = await client.waitFor(
      () => client.publishLog.slice(count).find((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'unknown-source')),
      'diagnostics without unknown-source',
    );
    assert.ok(after.diagnostics.length > 0);
  });

  it('clears them on close', async () => {
    const count = client.publishLog.length;
    await client.close(uri);
    await client.waitFor(() => client.publishLog.slice(count).find((p) => p.uri === uri && p.diagnostics.length === 0), 'an empty publishDiagnostics');
  });
});
