import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type DocumentSymbol,
  type InitializeParams,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findBriefings, isBriefingPath } from '../cli/findBriefings';
import { Engine } from '../engine/engine';
import { COMPLETION_PAGE, completionsAt } from '../engine/features/completion';
import { hoverAt } from '../engine/features/hover';
import { citationKeyAt, citationSpansOf, definitionAt, outline, type OutlineSymbol } from '../engine/features/navigation';
import { sourceConflicts } from '../engine/features/sourceConflicts';
import { parseBriefing } from '../engine/markup/parseBriefing';
import { LineIndex } from '../engine/text/lineIndex';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { WorkerIndexer } from '../node/workerIndexer';
import { codeFingerprint, NodeIndexStore } from '../node/nodeIndexStore';
import { Checker, delay, type Document } from './checker';
import { codeActionsFor, toLspDiagnostic, toPath, toUri } from './convert';
import { messageEncoder } from './messageEncoder';
import { OverlayFileSystem } from './overlayFileSystem';
import { DEFAULT_SETTINGS, initializationOptionsSchema, readSettings, type Settings } from './settings';

// The language server: a thin shell that maps LSP requests to the engine.

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

/** Over stdio (the client's transport), messages go through an encoder that makes each
 * diagnostic's JSON once. Given its streams, the library no longer guards them: stdout
 * carries only messages, and the server ends with its client's stdin. */
function stdioConnection(): ReturnType<typeof createConnection> {
  console.log = console.info = console.debug = console.error;
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(0));
  return createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { contentTypeEncoder: messageEncoder }));
}
const documents = new TextDocuments(TextDocument);
const disk = new NodeFileSystem();
const overlay = new OverlayFileSystem(disk);
/** Created at initialize, when the workspace folders and trust are known. */
let engine = new Engine({ fs: overlay });

let workspaceFolders: string[] = [];
let canPull = false;
let canConfigure = false;
let canWatch = false;
let canProgress = false;
const reportedSettingsProblems = new Set<string>();
/** Unopened briefings that the check-all command pushed diagnostics for. */
const pushedUris = new Set<string>();
/** Source files the server pushed dataset diagnostics for. */
const datasetUris = new Set<string>();

const folderOf = (filePath: string): string | undefined =>
  workspaceFolders.filter((f) => filePath === f || filePath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? workspaceFolders[0];

// Asked for on every check; the callback runs only while a dataset actually loads.
const checker = new Checker(() => engine, folderOf, (folders) => {
  let started = false;
  let creating = false;
  let finished = false;
  let progress: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
  let lastPercent = -1;
  let message = '';
  return (done, total) => {
    if (!started) {
      started = true;
      connection.sendNotification('briefing/status', { indexing: true, message: `Indexing ${folders.join(', ')}` });
    }
    const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
    message = `${done}/${total} files`;
    finished = done >= total;
    // One progress per load, created once: files keep loading while the editor answers.
    if (canProgress && !creating && !finished && total > 200) {
      creating = true;
      connection.window.createWorkDoneProgress().then(
        (p) => {
          if (finished) return p.done();
          progress = p;
          p.begin('Briefing: indexing sources', lastPercent, message, false);
        },
        () => undefined,
      );
    }
    if (progress && percent !== lastPercent) progress.report(percent, message);
    lastPercent = percent;
    if (finished) progress?.done();
  };
}, (uri) => documents.get(uri)?.version);

/** Settings per document, asked of the editor once and kept until the configuration changes:
 * a round trip to the editor on every keystroke would be most of the time of a check. */
const settingsCache = new Map<string, Promise<Settings>>();

function settingsFor(uri: string): Promise<Settings> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = fetchSettings(uri);
    settingsCache.set(uri, pending);
    pending.catch(() => settingsCache.delete(uri));
  }
  return pending;
}

async function fetchSettings(uri: string): Promise<Settings> {
  if (!canConfigure) return DEFAULT_SETTINGS;
  const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'briefing' });
  const { settings, problems } = readSettings(raw);
  for (const p of problems) {
    if (reportedSettingsProblems.has(p)) continue;
    reportedSettingsProblems.add(p);
    // A notification: the warning offers no actions, so there is no answer to wait for.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Briefing: invalid setting ${p}` });
  }
  return settings;
}

function documentOf(uri: string): Document | undefined {
  const doc = documents.get(uri);
  const filePath = toPath(uri);
  if (!doc || !filePath) return undefined;
  return { uri, path: filePath, version: doc.version, text: doc.getText() };
}

async function checkUri(uri: string) {
  const doc = documentOf(uri);
  if (!doc || !isBriefingPath(doc.path)) return undefined;
  const result = await checker.check(doc, await settingsFor(uri));
  if (result.skipped) {
    if (!skippedReported.has(uri)) void connection.window.showWarningMessage(`Briefing: ${result.skipped}`);
    skippedReported.add(uri);
  } else {
    skippedReported.delete(uri);
    void publishDataset(result.dataset, uri);
  }
  return result;
}

/** Briefings already reported as too large, so the message shows once, not on every keystroke. */
const skippedReported = new Set<string>();

async function publishStatus(): Promise<void> {
  const datasets = await engine.loadedDatasets().catch(() => []);
  const sources = datasets.reduce((n, d) => n + d.sourceCount, 0);
  connection.sendNotification('briefing/status', { indexing: false, sources, datasets: datasets.length });
}

/** What was last published, so that a check that changed nothing in the dataset sends nothing. */
let published: { dataset: unknown; version: number; settings: Settings } | undefined;

/** Pushes the dataset files' own diagnostics (invalid metadata, duplicate ids). */
async function publishDataset(dataset: Awaited<ReturnType<typeof engine.dataset>>, uri: string): Promise<void> {
  const settings = await settingsFor(uri);
  if (published && published.dataset === dataset && published.version === dataset.version && published.settings === settings) return;
  published = { dataset, version: dataset.version, settings };
  const byPath = engine.datasetDiagnostics(dataset, { severity: settings.severity });
  const now = new Set<string>();
  for (const [p, diagnostics] of byPath) {
    const u = toUri(p);
    now.add(u);
    void connection.sendDiagnostics({ uri: u, diagnostics: diagnostics.map(toLspDiagnostic) });
  }
  for (const u of datasetUris) if (!now.has(u)) void connection.sendDiagnostics({ uri: u, diagnostics: [] });
  datasetUris.clear();
  for (const u of now) datasetUris.add(u);
  void publishStatus();
}

connection.onInitialize((params: InitializeParams) => {
  const caps = params.capabilities;
  canPull = !!caps.textDocument?.diagnostic;
  canConfigure = !!caps.workspace?.configuration;
  canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canProgress = !!caps.window?.workDoneProgress;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => !!p);
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [toPath(params.rootUri)].filter((p): p is string => !!p);
  // An untrusted workspace (VS Code Workspace Trust) reads sources only inside its folders.
  const init = initializationOptionsSchema.parse(params.initializationOptions ?? {});
  // A stored index answers at once; sources found changed afterwards re-check open briefings.
  const indexStore = init.indexCacheFolder ? { store: new NodeIndexStore(init.indexCacheFolder), fingerprint: codeFingerprint(), answerFirst: true } : undefined;
  const log = (m: string): void => connection.console.log(m);
  engine = new Engine({ fs: overlay, logger: { log }, confineTo: init.trusted ? undefined : workspaceFolders, indexStore, parallel: new WorkerIndexer({ log }), onDatasetChanged: () => void refreshAll() });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      diagnosticProvider: canPull ? { identifier: 'briefing', interFileDependencies: true, workspaceDiagnostics: true } : undefined,
      executeCommandProvider: { commands: ['briefing.server.reindex', 'briefing.server.checkWorkspace', 'briefing.server.sourceConflicts'] },
      workspace: { workspaceFolders: { supported: true } },
    },
  };
});

connection.onInitialized(() => {
  if (canWatch) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{txt,md,json,html,htm,yaml,yml}' }],
    });
  } else watchFoldersOurselves();
  if (canConfigure) connection.onDidChangeConfiguration(() => void refreshAll());
});

/** Without a client that watches files, watch the workspace folders with Node. */
function watchFoldersOurselves(): void {
  for (const folder of workspaceFolders) {
    try {
      const watcher = fs.watch(folder, { recursive: true }, (_event, name) => {
        if (name && /\.(txt|md|json|html?|ya?ml)$/.test(String(name))) scheduleSourceChange(path.join(folder, String(name)));
      });
      watcher.on('error', () => watcher.close());
    } catch (e) {
      connection.console.warn(`Cannot watch ${folder}: ${(e as Error).message}`);
    }
  }
}

let pendingSourceChanges = new Set<string>();
let sourceTimer: NodeJS.Timeout | undefined;

/** Source files change in bursts (a save, a checkout): gather them, then re-index once. */
function scheduleSourceChange(filePath: string): void {
  pendingSourceChanges.add(filePath);
  if (sourceTimer) clearTimeout(sourceTimer);
  sourceTimer = setTimeout(async () => {
    const changed = pendingSourceChanges;
    pendingSourceChanges = new Set();
    let touched = false;
    for (const p of changed) touched = (await engine.fileChanged(p)) || touched;
    if (touched) await refreshAll();
  }, 100);
}

/** Settings or sources changed: every open briefing is checked again. */
async function refreshAll(): Promise<void> {
  checker.invalidate();
  settingsCache.clear();
  published = undefined;
  reportedSettingsProblems.clear();
  if (canPull) connection.languages.diagnostics.refresh();
  else for (const doc of documents.all()) void pushDiagnostics(doc.uri);
  // Resolves once they are checked again, so that `reindex` counts the reloaded sources.
  const briefings = documents.all().filter((doc) => isBriefingPath(toPath(doc.uri) ?? ''));
  await Promise.all(briefings.map((doc) => checkUri(doc.uri).catch(() => undefined)));
}

connection.onDidChangeWatchedFiles((params) => {
  for (const change of params.changes) {
    const p = toPath(change.uri);
    if (p && !isBriefingPath(p) && !overlay.isOpen(p)) scheduleSourceChange(p);
  }
});

async function pushDiagnostics(uri: string): Promise<void> {
  try {
    const result = await checkUri(uri);
    if (result) void connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map(toLspDiagnostic) });
  } catch (e) {
    connection.console.error(`Check failed for ${uri}: ${(e as Error).stack ?? e}`);
  }
}

const pushTimers = new Map<string, NodeJS.Timeout>();

documents.onDidOpen(({ document }) => {
  const p = toPath(document.uri);
  if (!p) return;
  if (!isBriefingPath(p)) {
    overlay.setOpen(p, document.getText());
    return;
  }
  if (pushedUris.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  if (!canPull) void pushDiagnostics(document.uri);
});

documents.onDidChangeContent(({ document }) => {
  const p = toPath(document.uri);
  if (!p) return;
  if (!isBriefingPath(p)) {
    // A source file being edited: its unsaved text is what the dataset holds.
    overlay.setOpen(p, document.getText());
    scheduleSourceChange(p);
    return;
  }
  if (canPull) return; // the client pulls
  clearTimeout(pushTimers.get(document.uri));
  void settingsFor(document.uri).then((s) => pushTimers.set(document.uri, setTimeout(() => void pushDiagnostics(document.uri), s.debounceMs)));
});

documents.onDidClose(({ document }) => {
  const p = toPath(document.uri);
  if (!p) return;
  checker.forget(document.uri);
  engine.forget(p);
  if (!isBriefingPath(p)) {
    overlay.setOpen(p, undefined);
    scheduleSourceChange(p);
  } else if (!canPull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params, token) => {
  const uri = params.textDocument.uri;
  const p = toPath(uri);
  if (!p || !isBriefingPath(p)) {
    return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  }
  const settings = await settingsFor(uri);
  const version = documents.get(uri)?.version;
  try {
    await delay(settings.debounceMs, () => token.isCancellationRequested || documents.get(uri)?.version !== version);
  } catch {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
  }
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled', { retriggerRequest: true });
  const result = await checkUri(uri);
  return { kind: DocumentDiagnosticReportKind.Full, items: result ? result.diagnostics.map(toLspDiagnostic) : [] };
});

/** Every briefing of the workspace, open ones with their unsaved text. */
async function workspaceBriefings(): Promise<Document[]> {
  const { files } = await findBriefings(disk, workspaceFolders);
  const docs: Document[] = [];
  for (const file of files) {
    const uri = toUri(file);
    const open = documentOf(uri);
    if (open) docs.push(open);
    else {
      const text = await fs.promises.readFile(file, 'utf8').catch(() => undefined);
      if (text !== undefined) docs.push({ uri, path: file, version: -1, text });
    }
  }
  return docs;
}

async function checkWorkspace(): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const reports: WorkspaceDocumentDiagnosticReport[] = [];
  for (const doc of await workspaceBriefings()) {
    const result = await checker.check(doc, await settingsFor(doc.uri));
    reports.push({ kind: DocumentDiagnosticReportKind.Full, uri: doc.uri, version: doc.version < 0 ? null : doc.version, items: result.diagnostics.map(toLspDiagnostic) });
  }
  return reports;
}

connection.languages.diagnostics.onWorkspace(async () => ({ items: await checkWorkspace() }));

connection.onExecuteCommand(async (params) => {
  switch (params.command) {
    case 'briefing.server.reindex':
      engine.reset({ readAgain: true });
      await refreshAll();
      return { sources: (await engine.loadedDatasets()).reduce((n, d) => n + d.sourceCount, 0) };
    case 'briefing.server.checkWorkspace': {
      const reports = await checkWorkspace();
      for (const r of reports) {
        if (documents.get(r.uri)) continue; // open documents are pulled
        pushedUris.add(r.uri);
        void connection.sendDiagnostics({ uri: r.uri, diagnostics: r.kind === 'full' ? r.items : [] });
      }
      return { briefings: reports.length, problems: reports.reduce((n, r) => n + (r.kind === 'full' ? r.items.length : 0), 0) };
    }
    case 'briefing.server.sourceConflicts': {
      const docs = documents.all().filter((d) => isBriefingPath(toPath(d.uri) ?? ''));
      const target = docs[0] ? documentOf(docs[0].uri) : (await workspaceBriefings())[0];
      if (!target) return [];
      const settings = await settingsFor(target.uri);
      const { dataset } = await checker.check(target, settings);
      const place = (f: ReturnType<typeof sourceConflicts>[number]['a']) => ({
        id: f.source.meta.id,
        figure: f.figure.text,
        uri: toUri(f.source.path),
        range: { start: f.source.positionInFile(f.sentence.start), end: f.source.positionInFile(f.sentence.end) },
        sentence: f.source.text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ').trim(),
      });
      return sourceConflicts(dataset, settings.tolerance).map((c) => ({ a: place(c.a), b: place(c.b) }));
    }
    default:
      return undefined;
  }
});

/** The check to answer a request with: the current version's, or the latest while it runs. */
async function resultFor(uri: string) {
  return (await checkUri(uri).catch(() => undefined)) ?? (await checker.latest(uri));
}

connection.onHover(async (params) => {
  const result = await resultFor(params.textDocument.uri);
  if (!result) return null;
  const settings = await settingsFor(params.textDocument.uri);
  const hover = hoverAt(result.report, result.dataset, result.lines.offsetAt(params.position), settings.tolerance);
  return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: result.lines.rangeOf(hover.span) } : null;
});

connection.onCompletion(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  // The last check is enough to know the sources and the sentence's figures: completion does
  // not wait for the check of the keystroke that typed `[@`.
  const latest = checker.latest(params.textDocument.uri);
  const result = (latest && (await latest.catch(() => undefined))) ?? (await resultFor(params.textDocument.uri));
  if (!doc || !result) return null;
  const settings = await settingsFor(params.textDocument.uri);
  // The report may lag the text by a keystroke: find the key prefix in the current text.
  const text = doc.getText();
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(params.position);
  const entries = completionsAt(text, result.dataset, offset, settings.tolerance);
  if (!entries) return null;
  return {
    // Past a page of sources the list is filtered by what is typed, so ask again as it grows.
    isIncomplete: result.dataset.sourceCount > COMPLETION_PAGE,
    items: entries.map((e, i) => ({
      label: e.id,
      kind: CompletionItemKind.Reference,
      detail: e.title,
      labelDetails: { description: [e.supports ? 'supports this sentence' : undefined, e.date].filter(Boolean).join(' · ') },
      documentation: e.detail || undefined,
      sortText: String(i).padStart(6, '0'),
      filterText: e.id,
      preselect: i === 0 && e.supports,
      textEdit: { range: lines.rangeOf(e.replace), newText: e.id },
    })),
  };
});

connection.onCodeAction(async (params) => {
  const result = await resultFor(params.textDocument.uri);
  return result ? codeActionsFor(params.textDocument.uri, params.context.diagnostics, result.diagnostics) : [];
});

connection.onDefinition(async (params) => {
  const result = await resultFor(params.textDocument.uri);
  if (!result) return null;
  return definitionAt(result.report, result.lines.offsetAt(params.position)).map((l) => ({ uri: toUri(l.path), range: l.range }));
});

connection.onReferences(async (params) => {
  const result = await resultFor(params.textDocument.uri);
  if (!result) return null;
  const key = citationKeyAt(result.report, result.lines.offsetAt(params.position));
  if (!key) return null;
  const locations = [];
  for (const doc of await workspaceBriefings()) {
    const briefing = parseBriefing(doc.text);
    const lines = new LineIndex(doc.text);
    for (const span of citationSpansOf(briefing, key)) locations.push({ uri: doc.uri, range: lines.rangeOf(span) });
  }
  return locations;
});

connection.onDocumentSymbol(async (params) => {
  const doc = documentOf(params.textDocument.uri);
  if (!doc) return null;
  const briefing = parseBriefing(doc.text);
  const lines = new LineIndex(doc.text);
  const toSymbol = (s: OutlineSymbol): DocumentSymbol => ({ name: s.name, kind: SymbolKind.String, range: s.range, selectionRange: s.selectionRange, children: s.children.map(toSymbol) });
  return outline(briefing, (span) => lines.rangeOf(span), lines.positionAt(doc.text.length)).map(toSymbol);
});

// Log, don't crash: a failing feature answers nothing rather than taking the server down.
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
