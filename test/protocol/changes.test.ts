import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { find, positionAt } from './textEdits';
import { copyExample, removeFolder } from './workspace';

// What happens while the editor runs: a source file rewritten on disk, settings changed.

describe('protocol: sources and settings changing', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;
  let text: string;

  const atFigure = (diagnostics: Diagnostic[], needle: string, offset = 0): Diagnostic[] => {
    const position = positionAt(text, find(text, needle) + offset);
    return diagnostics.filter((d) => d.range.start.line === position.line && d.range.start.character <= position.character && d.range.end.character > position.character);
  };

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    uri = await client.open('weekly.brief');
    text = client.text(uri);
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('registers a watcher for source files', async () => {
    const registration = await client.waitFor(
      () => client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method),
      'a didChangeWatchedFiles registration',
    );
    const globs = (registration.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    assert.ok(globs.some((g) => g.includes('json') && g.includes('txt')), globs.join(', '));
  });

  describe('a source rewritten on disk', () => {
    it('refreshes, and the next pull checks against the new text', async () => {
      const before = await client.pull(uri);
      assert.deepEqual(atFigure(before, 'rose 12%', 5), [], 'the price rise is supported at first');
      const archive = client.pathOf('sources/trade-archive.json');
      const json = fs.readFileSync(archive, 'utf8');
      assert.ok(json.includes('oxide rose 12% in the month'));
      fs.writeFileSync(archive, json.replace('oxide rose 12% in the month', 'oxide rose 21% in the month'));
      const refreshes = client.refreshes;
      await client.filesChanged(['sources/trade-archive.json']);
      await client.waitFor(() => client.refreshes > refreshes, 'workspace/diagnostic/refresh');
      const after = await client.pull(uri);
      const [mismatch, ...rest] = atFigure(after, 'rose 12%', 5);
      assert.equal(rest.length, 0);
      assert.equal(mismatch?.code, 'figure-mismatch');
      assert.match(mismatch.message, /12%/);
      assert.match(mismatch.message, /tr-magnets/);
      assert.match(mismatch.message, /21%/);
      // Everything else stands as it was.
      const others = (ds: Diagnostic[]) => ds.filter((d) => d !== mismatch).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
      assert.deepEqual(others(after), others(before));
    });

    it('picks up a source file that appears', async () => {
      const before = await client.pull(uri);
      assert.equal(before.filter((d) => d.code === 'unknown-source').length, 1);
      fs.writeFileSync(client.pathOf('sources/wire-control.txt'), 'A note on the October package\nThe package covers separation and refining technology.\n');
      const refreshes = client.refreshes;
      await client.filesChanged(['sources/wire-control.txt'], FileChangeType.Created);
      await client.waitFor(() => client.refreshes > refreshes, 'workspace/diagnostic/refresh');
      const after = await client.pull(uri);
      assert.equal(after.filter((d) => d.code === 'unknown-source').length, 0, 'the key wire-control now names a source');
    });

    it('counts the unsaved text of an open source file, and its saved text once closed', async () => {
      const mismatch = (ds: Diagnostic[]) => atFigure(ds, '$8 billion', 1).filter((d) => d.code === 'figure-mismatch');
      assert.equal(mismatch(await client.pull(uri)).length, 1);
      const html = await client.open('sources/hkt-history.html', undefined, 'html');
      const page = client.text(html);
      const at = find(page, 'roughly $80 billion') + 'roughly $'.length;
      let refreshes = client.refreshes;
      await client.edit(html, [{ range: { start: positionAt(page, at), end: positionAt(page, at + 2) }, newText: '8' }]);
      await client.waitFor(() => client.refreshes > refreshes, 'a refresh after the unsaved edit');
      assert.deepEqual(mismatch(await client.pull(uri)), [], 'the unsaved page now says $8 billion');
      refreshes = client.refreshes;
      await client.close(html);
      await client.waitFor(() => client.refreshes > refreshes, 'a refresh after closing without saving');
      assert.equal(mismatch(await client.pull(uri)).length, 1, 'the page on disk says $80 billion again');
    });

    it('drops a deleted source: its citations become unknown until it is back', async () => {
      const file = client.pathOf('sources/hkt-history.html');
      const saved = fs.readFileSync(file);
      const unknown = async () => (await client.pull(uri)).filter((d) => d.code === 'unknown-source' && /hkt-history/.test(d.message));
      const change = async (type: FileChangeType) => {
        const refreshes = client.refreshes;
        await client.filesChanged(['sources/hkt-history.html'], type);
        await client.waitFor(() => client.refreshes > refreshes, 'workspace/diagnostic/refresh');
      };
      fs.rmSync(file);
      await change(FileChangeType.Deleted);
      assert.deepEqual(
        (await unknown()).map((d) => d.range.start.line),
        [47, 47, 49],
      );
      fs.writeFileSync(file, saved);
      await change(FileChangeType.Created);
      assert.deepEqual(await unknown(), []);
    });

    it('ignores changes outside the dataset', async () => {
      const refreshes = client.refreshes;
      fs.writeFileSync(client.pathOf('notes.txt'), 'not a source');
      await client.filesChanged(['notes.txt'], FileChangeType.Created);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(client.refreshes, refreshes);
    });
  });

  describe('settings', () => {
    afterEach(async () => {
      await client.setSettings({});
    });

    it('turns a code off', async () => {
      const before = await client.pull(uri);
      assert.ok(before.some((d) => d.code === 'uncited-figure'));
      const refreshes = client.refreshes;
      await client.setSettings({ severity: { 'uncited-figure': 'off' } });
      await client.waitFor(() => client.refreshes > refreshes, 'workspace/diagnostic/refresh');
      const after = await client.pull(uri);
      assert.deepEqual(after.filter((d) => d.code === 'uncited-figure'), []);
      // The rest stay, and a figure that was told it cites nothing may now be told of a
      // sentence it disagrees with (one diagnostic a figure).
      const others = (ds: typeof before) => ds.filter((d) => d.code !== 'uncited-figure' && d.code !== 'conflicting-claims').length;
      assert.equal(others(after), others(before));
      assert.ok(after.filter((d) => d.code === 'conflicting-claims').length >= before.filter((d) => d.code === 'conflicting-claims').length);
    });

    it('raises a code to an error', async () => {
      await client.setSettings({ severity: { 'uncited-figure': 'error', 'figure-more-specific': 'hint' } });
      const after = await client.pull(uri);
      const uncited = after.filter((d) => d.code === 'uncited-figure');
      assert.ok(uncited.length > 0);
      for (const d of uncited) assert.equal(d.severity, 1);
      for (const d of after.filter((x) => x.code === 'figure-more-specific')) assert.equal(d.severity, 4);
    });

    it('checks years when asked to', async () => {
      // The example cites a source for every year; add a sentence that does not.
      const end = positionAt(text, text.length);
      const added = '\nA dispute with Japan in 2010 cut shipments sharply.\n';
      await client.edit(uri, [{ range: { start: end, end }, newText: added }]);
      const year = { line: end.line + 1, character: 'A dispute with Japan in '.length };
      const isYear = (d: Diagnostic) => d.range.start.line === year.line && d.range.start.character === year.character;
      try {
        assert.deepEqual((await client.pull(uri)).filter(isYear), [], 'years are not checked by default');
        await client.setSettings({ checkYears: true });
        const [uncited, ...rest] = (await client.pull(uri)).filter(isYear);
        assert.equal(rest.length, 0);
        assert.equal(uncited?.code, 'uncited-figure');
        assert.deepEqual(uncited.range.end, { line: year.line, character: year.character + 4 });
        assert.match(uncited.message, /2010/);
        assert.match(uncited.message, /hkt-history/);
      } finally {
        const now = client.text(uri);
        await client.edit(uri, [{ range: { start: end, end: positionAt(now, now.length) }, newText: '' }]);
      }
    });

    it('applies to the dataset’s own diagnostics, pushed for the manifest', async () => {
      const manifest = client.uri('sources/sources.yaml');
      await client.pull(uri);
      await client.waitFor(() => client.published.get(manifest)?.some((d) => d.code === 'invalid-source-metadata'), 'the manifest’s error');
      await client.setSettings({ severity: { 'invalid-source-metadata': 'off' } });
      await client.pull(uri);
      await client.waitFor(() => client.published.get(manifest)?.length === 0, 'the manifest’s diagnostics cleared');
      await client.setSettings({ severity: { 'invalid-source-metadata': 'warning' } });
      await client.pull(uri);
      const d = await client.waitFor(
        () => client.published.get(manifest)?.find((x) => x.range.start.line === 30 && x.severity === 2),
        'the manifest’s diagnostic as a warning',
      );
      assert.equal(d.code, 'invalid-source-metadata');
    });

    it('warns about an invalid setting, naming its key, and uses the default', async () => {
      const defaults = await client.pull(uri);
      const messages = client.messages.length;
      await client.setSettings({ tolerance: 'high' });
      const after = await client.pull(uri);
      const warning = await client.waitFor(() => client.messages.slice(messages).find((m) => m.message.includes('tolerance')), 'a showMessage about tolerance');
      assert.equal(warning.type, MessageType.Warning);
      assert.match(warning.message, /briefing\.tolerance/);
      assert.deepEqual(after, defaults);
      assert.deepEqual(client.messageRequests, [], 'a warning without actions needs no answer');
    });
  });
});
