import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import type { Diagnostic } from '../engine/types';
import { toLspDiagnostic } from './convert';
import { encodeMessage as encode } from './messageEncoder';

const encodeMessage = (m: Message): string => encode(m).toString('utf8');

const diagnostic = (line: number, message: string): Diagnostic => ({
  code: 'figure-mismatch',
  severity: 'error',
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  message,
  related: [{ path: '/data/sources/a.txt', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } }, message: 'a says "85%"' }],
  fixes: [{ title: "Use the source's figure", edit: { range: { start: { line, character: 2 }, end: { line, character: 9 } }, newText: '85%' }, isPreferred: true }],
});

const pullReport = (items: unknown[]): Message => ({ jsonrpc: '2.0', id: 7, result: { kind: 'full', items } }) as Message;

describe('messageEncoder', () => {
  it('writes a diagnostic report exactly as JSON.stringify does', () => {
    const items = [diagnostic(1, 'one'), diagnostic(2, 'two "quoted" \u2014 text'), diagnostic(3, 'three')].map(toLspDiagnostic);
    const message = pullReport(items);
    assert.equal(encodeMessage(message), JSON.stringify(message));
  });

  it('writes a publishDiagnostics notification and other messages exactly as JSON.stringify does', () => {
    const items = [diagnostic(1, 'one'), diagnostic(4, 'four')].map(toLspDiagnostic);
    const push = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///b.brief', diagnostics: items } } as Message;
    assert.equal(encodeMessage(push), JSON.stringify(push));
    const hover = { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: 'items' } } } as Message;
    assert.equal(encodeMessage(hover), JSON.stringify(hover));
    const unchanged = { jsonrpc: '2.0', id: 4, result: { kind: 'unchanged', resultId: '1' } } as Message;
    assert.equal(encodeMessage(unchanged), JSON.stringify(unchanged));
  });

  it('gives the same JSON for any messages and unfrozen items', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.string()))), fc.string(), (items, extra) => {
        const message = { jsonrpc: '2.0', id: extra, result: { kind: 'full', resultId: extra, items } } as Message;
        assert.equal(encodeMessage(message), JSON.stringify(message));
      }),
    );
  });

  it('makes a converted diagnostic once: the same object is the same JSON, and it cannot change', () => {
    const d = diagnostic(5, 'five');
    const lsp = toLspDiagnostic(d);
    assert.equal(toLspDiagnostic(d), lsp);
    assert.ok(Object.isFrozen(lsp) && Object.isFrozen(lsp.range.start) && Object.isFrozen(lsp.relatedInformation![0].location));
    assert.throws(() => {
      (lsp as { message: string }).message = 'changed';
    });
    const first = encodeMessage(pullReport([lsp, lsp]));
    assert.equal(encodeMessage(pullReport([lsp, lsp])), first);
    assert.equal(first, JSON.stringify(pullReport([lsp, lsp])));
  });
});
