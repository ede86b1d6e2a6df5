import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { positionAt } from './textEdits';
import { removeFolder } from './workspace';

// Indexing a large dataset: one work-done progress per load, always ended, and a status
// notification when indexing starts and when it is over (not on every check).

const FILES = 2000;

interface Status {
  indexing: boolean;
  sources?: number;
}

describe('protocol: indexing progress', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;

  const statuses = (): Status[] => client.statuses as Status[];
  const kinds = (token: string | number): string[] => (client.progress.get(token) ?? []).map((v) => v.kind);
  const ended = (token: string | number): Promise<string[]> =>
    client.waitFor(() => (kinds(token).includes('end') ? kinds(token) : undefined), `progress ${token} to end`);

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-protocol-'));
    fs.mkdirSync(path.join(folder, 'sources'));
    for (let i = 0; i < FILES; i++) {
      const body = i === 7 ? "The northern port handled 17% of the region's copper exports." : 'Nothing to report from this desk.';
      fs.writeFileSync(path.join(folder, 'sources', `note-${i}.txt`), `Desk note ${i}\n${body}\n`);
    }
    fs.writeFileSync(path.join(folder, 'big.brief'), '# Ports\n\nThe northern port handled 17% of the region’s copper exports [@note-7].\n');
    client = await LspClient.start({ folder });
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('ends the progress even when the editor creates it after indexing is over', async () => {
    // A busy editor: the create request is answered only once the dataset is indexed.
    client.progressCreateGate = () => client.waitFor(() => statuses().some((s) => !s.indexing), 'indexing to finish', 20_000);
    uri = await client.open('big.brief');
    assert.deepEqual(await client.pull(uri), [], 'the cited note supports the figure');
    const done = await client.waitFor(() => statuses().find((s) => !s.indexing), 'briefing/status after indexing');
    assert.equal(done.sources, FILES);
    assert.deepEqual(
      statuses().map((s) => s.indexing),
      [true, false],
    );
    assert.equal(client.progressTokens.length, 1, `progress tokens created: ${client.progressTokens.length}`);
    assert.deepEqual(await ended(client.progressTokens[0]), ['end']);
  });

  it('begins, reports and ends one progress when the editor answers at once (reindex)', async () => {
    client.progressCreateGate = undefined;
    const before = statuses().length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefing.server.reindex', arguments: [] });
    assert.deepEqual(result, { sources: FILES });
    await client.waitFor(() => client.progressTokens.length > 1, 'a second progress');
    assert.equal(client.progressTokens.length, 2);
    const values = await ended(client.progressTokens[1]);
    assert.equal(values[0], 'begin');
    assert.equal(values.filter((k) => k === 'begin').length, 1);
    assert.deepEqual(values.slice(-1), ['end']);
    assert.equal(values.filter((k) => k === 'end').length, 1);
    const percentages = (client.progress.get(client.progressTokens[1]) ?? []).map((v) => v.percentage).filter((p): p is number => p !== undefined);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages only grow');
    await client.waitFor(() => statuses().slice(before).find((s) => !s.indexing), 'the status after reindexing');
    assert.equal(statuses()[before]?.indexing, true);
  });

  it('sends no indexing status for checks that index nothing', async () => {
    await client.waitFor(() => statuses().length > 0 && !statuses()[statuses().length - 1].indexing, 'indexing to be over');
    const before = statuses().length;
    const text = client.text(uri);
    const end = positionAt(text, text.length);
    await client.edit(uri, [{ range: { start: end, end }, newText: '\nNothing else to add.\n' }]);
    await client.pull(uri);
    await client.pull(uri);
    assert.deepEqual(
      statuses().slice(before).filter((s) => s.indexing),
      [],
    );
    assert.equal(client.progressTokens.length, 2);
  });
});
