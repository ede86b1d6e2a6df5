import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/nodeFlags';
import { registerCommands } from './commands';
import { StatusItem } from './status';

// The extension: starts the language server over stdio, shows its status, and adds the
// commands that need the editor (pickers, opening files side by side).

let client: LanguageClient | undefined;
let extensionContext: vscode.ExtensionContext;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // Stdio: the server encodes its diagnostics itself there, reusing unchanged ones' JSON.
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009', ...SERVER_NODE_FLAGS] } },
  };
  let restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'briefing' },
      // Source files too, so that their unsaved text is what the dataset holds.
      { scheme: 'file', pattern: '**/*.{txt,md,json,html,htm,yaml,yml}' },
    ],
    synchronize: { configurationSection: 'briefing' },
    // In an untrusted workspace the server reads sources only inside the workspace folders.
    initializationOptions: initializationOptions(context, vscode.workspace.isTrusted),
    diagnosticPullOptions: { onChange: true, onSave: true },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // Restart a server that died, unless it keeps dying (5 times in 3 minutes).
      closed: () => {
        const now = Date.now();
        restarts = [...restarts.filter((t) => now - t < 180_000), now];
        return restarts.length <= 5
          ? { action: CloseAction.Restart, message: 'The Briefing language server stopped; restarting it.' }
          : { action: CloseAction.DoNotRestart, message: 'The Briefing language server keeps stopping; see the Briefing output.' };
      },
    },
  };
  client = new LanguageClient('briefing', 'Briefing', serverOptions, clientOptions);
  const status = new StatusItem();
  context.subscriptions.push(status);
  client.onNotification('briefing/status', (s: { indexing: boolean; sources?: number; message?: string }) => status.update(s));
  registerCommands(context, client);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restartTrusted(clientOptions)));
  await client.start();
}

/** Trust granted: start the server again, now allowed to read sources anywhere. */
async function restartTrusted(options: LanguageClientOptions): Promise<void> {
  options.initializationOptions = initializationOptions(extensionContext, true);
  await client?.restart();
}

/** Trust, and where the server keeps stored indexes (`briefing.indexCache`). */
function initializationOptions(context: vscode.ExtensionContext, trusted: boolean): { trusted: boolean; indexCacheFolder?: string } {
  const keep = vscode.workspace.getConfiguration('briefing').get<boolean>('indexCache', true);
  return { trusted, indexCacheFolder: keep ? vscode.Uri.joinPath(context.globalStorageUri, 'index').fsPath : undefined };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
