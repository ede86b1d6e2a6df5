import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { Engine } from '../../server/src/engine/engine';
import { NodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { LspClient, uriOf } from '../protocol/lspClient';
import { copyExample, removeFolder } from '../protocol/workspace';
import { positionAt } from '../protocol/textEdits';
import { runs, TOKENS } from './generators';

// The built server under a storm of random traffic: edits, opens and closes, stale
// versions, requests for closed documents, cancelled requests. It answers or declines
// each, stays alive, and its final diagnostics equal a fresh check of the final text.

const OPS = runs(1500);
const key = (d: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string }): string =>
  `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

describe('robustness: protocol stress against dist/server.js', function () {
  this.timeout(120_000);
  let folder: string | undefined;
  let client: LspClient | undefined;
  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it(`survives ${OPS} random operations and ends with the diagnostics of a fresh check`, async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    const c = client.connection;
    const main = await client.open('weekly.brief');
    // No `\r`: the test's own positionAt counts only `\n` as a line break, the server all three.
    const rand = fc.sample(fc.tuple(fc.nat(99), fc.nat(), fc.constantFrom(...TOKENS.filter((t) => !t.includes('\r'))), fc.nat(40)), { numRuns: OPS, seed: 42 });
    const others = ['a.brief', 'b.brief', 'c.brief'].map((n) => uriOf(path.join(folder!, n)));
    const open = new Set<string>();
    const pending: Array<Promise<unknown>> = [];
    let answered = 0;
    let declined = 0;
    const settle = (p: Promise<unknown>): void => {
      pending.push(p.then(() => answered++, () => declined++));
    };
    for (const [op, n, token, len] of rand) {
      const text = client.text(main);
      const at = n % (text.length + 1);
      const pos = positionAt(text, at);
      const other = others[n % others.length];
      if (op < 45) {
        // An edit of the main document: insert a token or delete a stretch.
        const end = positionAt(text, Math.min(text.length, at + (op % 2 === 0 ? 0 : len)));
        await client.edit(main, [{ range: { start: pos, end }, newText: op % 2 === 0 ? token : '' }]);
      } else if (op < 55) {
        if (open.has(other)) {
          await c.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: other } });
          open.delete(other);
        } else {
          await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'briefing', version: 5, text: text.slice(0, at) } });
          open.add(other);
        }
      } else if (op < 62) {
        // Out of order: a stale version, or a change to a closed document.
        await c.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: other, version: n % 3 },
          contentChanges: [{ text: token.repeat(len) }],
        });
      } else if (op < 72) {
        settle(c.sendRequest(HoverRequest.type, { textDocument: { uri: op % 2 ? main : other }, position: pos }));
      } else if (op < 80) {
        settle(c.sendRequest(CompletionRequest.type, { textDocument: { uri: op % 2 ? main : other }, position: pos }));
      } else if (op < 88) {
        const range = { start: pos, end: pos };
        settle(c.sendRequest(CodeActionRequest.type, { textDocument: { uri: op % 2 ? main : other }, range, context: { diagnostics: [] } }));
      } else if (op < 94) {
        settle(c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: op % 2 ? main : other } }));
      } else {
        const cancel = new CancellationTokenSource();
        const params = { textDocument: { uri: main }, position: pos };
        settle(op % 2 ? c.sendRequest(HoverRequest.type, params, cancel.token) : c.sendRequest(CompletionRequest.type, params, cancel.token));
        cancel.cancel();
      }
    }
    await Promise.race([Promise.all(pending), new Promise((_, reject) => setTimeout(() => reject(new Error('requests hang')), 60_000))]);
    assert.equal(answered + declined, pending.length);

    const finalText = client.text(main);
    const fresh = await new Engine({ fs: new NodeFileSystem() }).check({ path: path.join(folder, 'weekly.brief'), text: finalText, defaultSources: path.join(folder, 'sources') });
    const expected = fresh.diagnostics.map(key).sort();
    const served = (await client.pull(main)).map(key).sort();
    assert.deepEqual(served, expected);
    assert.equal(client.stderr.includes('Uncaught'), false, client.stderr);
    console.log(`      protocol stress: ${OPS} operations, ${pending.length} requests (${answered} answered, ${declined} declined)`);
  });
});
