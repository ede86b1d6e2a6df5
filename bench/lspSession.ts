import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LSPErrorCodes,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/nodeFlags';
import { samplePositions, type Stats, stats } from './stats';

// Drives the real built server over stdio as an editor would, and times each request.

export const SERVER = path.resolve(__dirname, '..', 'dist', 'server.js');

export interface LspCounts {
  edits: number;
  hovers: number;
  completions: number;
  codeActions: number;
  /** Each kind of request stops after this long, whatever its count. */
  budgetMs: number;
}

export interface LspResult {
  firstPullMs: number;
  diagnostics: number;
  /** The size of the diagnostics report the editor receives (and parses) after each edit. */
  diagnosticsKB: number;
  edit: Stats;
  hover: Stats;
  completion: Stats;
  codeAction: Stats;
  peakRssMB: number;
}

const now = (): number => performance.now();

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** Offsets of every match of `needle` in `text`. */
function offsetsOf(text: string, needle: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(needle)) out.push(m.index!);
  return out;
}

/** `indexCacheFolder`: the server stores its index there (and, the next time, starts from
 * it); the first session waits for the index to be stored before it edits, so that storing
 * is not measured as editing. */
export async function lspSession(
  folder: string,
  briefing: string,
  sourcesDir: string,
  counts: LspCounts,
  nodeArgs: string[] = [],
  indexCacheFolder?: string,
): Promise<LspResult> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  // With the flags the extension gives it: the server as analysts run it.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, SERVER, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ debounceMs: 0, sources: sourcesDir })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  const logs: string[] = [];
  let logged: (() => void) | undefined;
  connection.onNotification(LogMessageNotification.type, (m) => {
    logs.push(m.message);
    logged?.();
  });
  const indexSettled = (): Promise<void> =>
    new Promise((resolve) => {
      const settled = (): boolean => logs.some((l) => /Stored the index|Cannot store|from the stored index/.test(l));
      if (settled()) return resolve();
      logged = () => settled() && resolve();
    });
  connection.listen();
  const folderUri = pathToFileURL(folder).toString();
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } },
      initializationOptions: { trusted: true, indexCacheFolder },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(briefing).toString();
    let text = fs.readFileSync(briefing, 'utf8');
    let version = 1;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'briefing', version, text } });

    const pull = async (): Promise<Diagnostic[]> => {
      for (let attempt = 0; ; attempt++) {
        try {
          const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
          return report.kind === 'full' ? report.items : [];
        } catch (e) {
          if (!(e instanceof ResponseError && e.code === LSPErrorCodes.ServerCancelled && attempt < 5)) throw e;
        }
      }
    };

    let t = now();
    let diagnostics = await pull();
    const firstPullMs = now() - t;
    if (indexCacheFolder) await indexSettled();

    // One-line edits spread over the file: a word inserted at the start of a paragraph.
    const lines = text.split('\n');
    const paragraphLines = lines.map((l, i) => (l.length > 40 && !l.startsWith('#') && !l.includes(':') ? i : -1)).filter((i) => i >= 0);
    const editTimes: number[] = [];
    let phase = now();
    const over = (): boolean => now() - phase > counts.budgetMs;
    for (const line of samplePositions(paragraphLines, counts.edits)) {
      if (over()) break;
      const insert = 'Notably, ';
      version++;
      t = now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
      });
      diagnostics = await pull();
      editTimes.push(now() - t);
      lines[line] = insert + lines[line];
    }
    text = lines.join('\n');

    const citations = offsetsOf(text, /\[@/g);
    const figures = offsetsOf(text, /\d+(?:\.\d+)?(?:%| percent| per cent| billion| tonnes)/g);
    const hoverTargets = samplePositions([...citations.map((o) => o + 3), ...figures.map((o) => o + 1)].sort((a, b) => a - b), counts.hovers);
    const hoverTimes: number[] = [];
    phase = now();
    for (const offset of hoverTargets) {
      if (over()) break;
      t = now();
      await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(text, offset) });
      hoverTimes.push(now() - t);
    }

    const completionTimes: number[] = [];
    phase = now();
    for (const offset of samplePositions(citations, counts.completions)) {
      if (over()) break;
      t = now();
      await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAt(text, offset + 2), context: { triggerKind: 2, triggerCharacter: '@' } });
      completionTimes.push(now() - t);
    }

    const uncited = diagnostics.filter((d) => d.code === 'uncited-figure');
    const actionTimes: number[] = [];
    phase = now();
    for (const d of samplePositions(uncited, counts.codeActions)) {
      if (over()) break;
      t = now();
      await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      actionTimes.push(now() - t);
    }

    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return {
      firstPullMs,
      diagnostics: diagnostics.length,
      diagnosticsKB: JSON.stringify({ kind: 'full', items: diagnostics }).length / 1024,
      edit: stats(editTimes),
      hover: stats(hoverTimes),
      completion: stats(completionTimes),
      codeAction: stats(actionTimes),
      peakRssMB: hwm ? Number(hwm[1]) / 1024 : NaN,
    };
  } catch (e) {
    throw new Error(`${(e as Error).message}\nServer stderr:\n${stderr.slice(-2000)}`);
  } finally {
    const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    await Promise.race([
      (async () => {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      })().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  }
}
