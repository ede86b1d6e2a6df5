import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LSPErrorCodes,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/nodeFlags';
import { applyEdits } from './textEdits';

// A test client for the built language server: it starts `dist/server.js --stdio`, plays
// the editor's part of the protocol (configuration, registrations, progress, refresh), and
// records what the server sends so that tests can wait on it.

export const REPO = path.resolve(__dirname, '../..');
export const SERVER = path.join(REPO, 'dist/server.js');

export interface ClientOptions {
  /** The workspace folder (absolute). */
  folder: string;
  /** Whether the client declares pull diagnostics (`textDocument.diagnostic`). Default true. */
  pull?: boolean;
  /** The `briefing` section answered to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /** What the extension sends at start (`trusted`, `indexCacheFolder`). */
  initializationOptions?: Record<string, unknown>;
}

export const uriOf = (filePath: string): string => pathToFileURL(filePath).toString();

function capabilities(pull: boolean): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      diagnostic: pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true, insertReplaceSupport: false } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
      definition: { linkSupport: false },
      references: {},
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: false },
      didChangeWatchedFiles: { dynamicRegistration: true },
      diagnostics: { refreshSupport: true },
    },
    window: { workDoneProgress: true, showMessage: {} },
  };
}

export class LspClient {
  /** What `workspace/configuration` answers for the `briefing` section; tests may change it. */
  settings: Record<string, unknown>;
  readonly published = new Map<string, Diagnostic[]>();
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly statuses: unknown[] = [];
  /** `window/showMessage` notifications. */
  readonly messages: ShowMessageParams[] = [];
  /** `window/showMessageRequest` requests (answered with no choice). */
  readonly messageRequests: ShowMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly progressTokens: Array<string | number> = [];
  /** `$/progress` values by token: begin, report…, end. */
  readonly progress = new Map<string | number, Array<{ kind: string; title?: string; message?: string; percentage?: number }>>();
  readonly logs: string[] = [];
  refreshes = 0;
  configurationRequests = 0;
  stderr = '';

  private readonly texts = new Map<string, { text: string; version: number }>();
  private readonly listeners = new Set<() => void>();
  /** When set, `window/workDoneProgress/create` is answered only once it resolves (a busy editor). */
  progressCreateGate: (() => Promise<unknown>) | undefined;

  private constructor(
    readonly folder: string,
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  /** Starts the server, and initializes it for `options.folder`. */
  static async start(options: ClientOptions): Promise<LspClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { cwd: options.folder, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(options.folder, child, connection, options.settings ?? {});
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    client.listen();
    connection.listen();
    const folderUri = uriOf(options.folder);
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(options.folder) }],
      capabilities: capabilities(options.pull ?? true),
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      this.changed();
      return params.items.map((item) => (item.section === 'briefing' ? this.settings : item.section ? null : { briefing: this.settings }));
    });
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.changed();
    });
    c.onRequest(WorkDoneProgressCreateRequest.type, async (params) => {
      this.progressTokens.push(params.token);
      this.changed();
      await this.progressCreateGate?.();
    });
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.changed();
    });
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params.diagnostics);
      this.publishLog.push(params);
      this.changed();
    });
    c.onRequest(ShowMessageRequest.type, (params) => {
      this.messageRequests.push(params);
      this.changed();
      return null;
    });
    c.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.changed();
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.changed();
    });
    c.onNotification('briefing/status', (params: unknown) => {
      this.statuses.push(params);
      this.changed();
    });
    c.onNotification('$/progress', (params: { token: string | number; value: { kind: string } }) => {
      const list = this.progress.get(params.token) ?? [];
      list.push(params.value);
      this.progress.set(params.token, list);
      this.changed();
    });
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first truthy value of `probe`, checked now and after every message. */
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (!value) return false;
        done();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\nServer stderr:\n${this.stderr}\nServer log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => void check();
      this.listeners.add(listener);
      check();
    });
  }

  pathOf(relative: string): string {
    return path.join(this.folder, relative);
  }

  uri(relative: string): string {
    return uriOf(this.pathOf(relative));
  }

  /** Opens a workspace file (its text on disk unless given); returns its URI. */
  async open(relative: string, text?: string, languageId = relative.endsWith('.brief') || relative.endsWith('.brief.md') ? 'briefing' : 'plaintext'): Promise<string> {
    const uri = this.uri(relative);
    const content = text ?? fs.readFileSync(this.pathOf(relative), 'utf8');
    this.texts.set(uri, { text: content, version: 1 });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  text(uri: string): string {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.text;
  }

  /** Applies edits (all against the current text) here and sends them, last first, as one change. */
  async edit(uri: string, edits: TextEdit[]): Promise<string> {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    doc.text = applyEdits(doc.text, edits);
    doc.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.text;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Pulls a document's diagnostics, retrying as an editor does when the server asks it to. */
  async pull(uri: string): Promise<Diagnostic[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
        return report.items;
      } catch (e) {
        const retrigger = e instanceof ResponseError && e.code === LSPErrorCodes.ServerCancelled && attempt < 3;
        if (!retrigger) throw e;
      }
    }
  }

  /** A diagnostic's quick fixes, as the editor asks for them: its code actions. */
  async fixes(uri: string, diagnostic: Diagnostic): Promise<Array<{ title: string; range: Range; newText: string; isPreferred: boolean }>> {
    const actions = (await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) ?? [];
    return actions.flatMap((a) =>
      'edit' in a && a.edit?.changes ? a.edit.changes[uri].map((e) => ({ title: a.title, range: e.range, newText: e.newText, isPreferred: a.isPreferred === true })) : [],
    );
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { briefing: settings } });
  }

  /** Tells the server (as the editor's file watcher would) that files changed on disk. */
  async filesChanged(relatives: string[], type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: relatives.map((r) => ({ uri: this.uri(r), type })) });
  }

  /** Shuts the server down politely, then makes sure its process is gone. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest(ShutdownRequest.type);
          await this.connection.sendNotification(ExitNotification.type);
        })(),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
    } catch {
      // The server may be gone already: it is killed below either way.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
