import type { CheckRequest, Engine } from '../engine/engine';
import { parseFrontMatter } from '../engine/markup/frontMatter';
import { toLspDiagnostic } from './convert';
import { encodeMessage } from './messageEncoder';
import type { Message } from 'vscode-languageserver/node';

// The first keystrokes of a session were two to three times slower than the later ones
// (15–25 ms of the server's time against 6–10, at 1,000 sources), wherever they fell: the
// code that runs once an edit (the changed block's parse, moving what follows it in place,
// the search for conflicting claims, the diagnostics and their JSON) had run only for the
// document's first, full check, and V8 optimises a function once it has run a few times,
// for the kinds of values it saw. So after the server's first check it types into the
// briefing a few times, off the record, as the analyst will (once a process: what V8
// optimised stays optimised for every document).

/** How many edits are rehearsed: V8 optimised the edit path after about ten. */
const EDITS = 10;

/** Where the first few paragraphs of prose start (after a blank line, not a heading), after
 * the front matter. */
function paragraphStarts(text: string, count: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('\n\n', parseFrontMatter(text).bodyStart - 1); at >= 0 && starts.length < count; at = text.indexOf('\n\n', at + 2)) {
    if (/\w/.test(text[at + 2] ?? '')) starts.push(at + 2);
  }
  return starts;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Types a word at the start of one of the briefing's first paragraphs and takes it back, as
 * the server would check them for an editor: an edit near the top moves all that follows.
 * Each edit and its undoing are checked in one turn (`Engine.checkInTurn`), so the objects
 * of the briefing's last check, which answer hovers meanwhile, are where they were whenever
 * anything else runs, and its caches then hold its own text again. The results are
 * nobody's. Each turn waits behind the editor's requests, and the rehearsal stops once the
 * document changes. It runs on the briefing itself, not on a short copy: V8 optimises for
 * the work it sees, and a copy of a few paragraphs warmed nothing.
 */
export async function rehearseTyping(engine: Engine, request: CheckRequest, isCurrent: () => boolean): Promise<void> {
  const starts = paragraphStarts(request.text, EDITS);
  for (const at of starts) {
    await nextTurn();
    if (!isCurrent()) return;
    const typed = `${request.text.slice(0, at)}Then ${request.text.slice(at)}`;
    const result = await engine.checkInTurn(request, [typed, request.text]);
    if (result.skipped) return;
    encodeMessage({ jsonrpc: '2.0', id: 0, result: { kind: 'full', items: result.diagnostics.map(toLspDiagnostic) } } as Message);
  }
}
