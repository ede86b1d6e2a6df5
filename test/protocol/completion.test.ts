import * as assert from 'node:assert/strict';
import { CompletionRequest, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { applyEdits, find, positionAt } from './textEdits';
import { copyExample, removeFolder } from './workspace';

// Completion of citation keys while typing `[@` and `; @` in a new sentence.

const ALL_IDS = ['desk-memo', 'hkt-history', 'mpi-dependence', 'newsfeed-recycling', 'tr-consolidation', 'tr-magnets', 'tr-stockpile', 'wire-controls'];

describe('protocol: completion of citation keys', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;
  let original: string;

  /** Types `typed` at the end of the Outlook paragraph; returns the cursor after it. */
  const type = async (typed: string): Promise<Position> => {
    const end = find(original, 'where they can.') + 'where they can.'.length;
    const position = positionAt(original, end);
    const whole = { start: { line: 0, character: 0 }, end: positionAt(client.text(uri), client.text(uri).length) };
    // Back to the original text first, then the new sentence as one typed insertion.
    await client.edit(uri, [{ range: whole, newText: original }]);
    const text = await client.edit(uri, [{ range: { start: position, end: position }, newText: typed }]);
    assert.equal(text, applyEdits(original, [{ range: { start: position, end: position }, newText: typed }]));
    return { line: position.line, character: position.character + typed.length };
  };

  const complete = async (position: Position): Promise<CompletionItem[]> => {
    const result = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: { triggerKind: 2, triggerCharacter: '@' },
    });
    assert.ok(result, 'completion items');
    return Array.isArray(result) ? result : (result as CompletionList).items;
  };

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    uri = await client.open('weekly.brief');
    original = client.text(uri);
    await client.pull(uri);
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('offers every source id after `[@`, with titles', async () => {
    const items = await complete(await type(' Buyers should read the licensing notice [@'));
    assert.deepEqual(items.map((i) => i.label).sort(), ALL_IDS);
    const wire = items.find((i) => i.label === 'wire-controls');
    assert.equal(wire?.detail, 'China widens rare-earth curbs to processing technology and advanced chips');
    // Without figures in the sentence, no source is preferred: they come in id order.
    assert.deepEqual(items.map((i) => i.label), ALL_IDS);
  });

  it('puts the source that supports the sentence’s figure first', async () => {
    const items = await complete(await type(' Semiconductors are a market of over $600 billion a year [@'));
    assert.equal(items.length, ALL_IDS.length);
    assert.equal(items[0].label, 'hkt-history');
    const sorted = [...items].sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)));
    assert.equal(sorted[0].label, 'hkt-history', 'sortText keeps it first');
  });

  it('puts another supporting source first for another figure', async () => {
    const items = await complete(await type(' Washington is assembling a 50-nation minerals coalition [@'));
    assert.equal(items[0].label, 'tr-stockpile');
  });

  it('replaces the part of the key already typed', async () => {
    const cursor = await type(' Semiconductors are a market of over $600 billion a year [@hkt');
    const items = await complete(cursor);
    const item = items.find((i) => i.label === 'hkt-history');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    assert.deepEqual(item.textEdit.range, { start: { line: cursor.line, character: cursor.character - 3 }, end: cursor });
    assert.equal(item.textEdit.newText, 'hkt-history');
  });

  it('offers keys after `; @` in a group', async () => {
    const items = await complete(await type(' Semiconductors are a market of over $600 billion a year [@desk-memo; @'));
    assert.deepEqual(items.map((i) => i.label).sort(), ALL_IDS);
  });

  it('offers nothing outside a citation', async () => {
    const cursor = await type(' Buyers should read the notice');
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor });
    assert.ok(result === null || (Array.isArray(result) ? result : result.items).length === 0);
  });
});
