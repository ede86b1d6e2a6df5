// A small suite that proves the runner extension works: it runs inside code-server's
// extension host, against the real `vscode` API, on the workspace smoke.ts creates.
import * as assert from 'assert';
import * as vscode from 'vscode';

/** Resolves with the diagnostics of `uri` once `accept` likes them; bounded, no sleeps. */
function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      reject(new Error(`no matching diagnostics for ${uri.fsPath} within ${timeoutMs} ms; seen: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

describe('extension host smoke', () => {
  it('has the one workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1);
  });

  it('finds and opens the workspace files', async () => {
    const files = await vscode.workspace.findFiles('**/*.ts');
    assert.deepStrictEqual(files.map((f) => vscode.workspace.asRelativePath(f)), ['src/greeting.ts']);
    const document = await vscode.workspace.openTextDocument(files[0]!);
    assert.strictEqual(document.languageId, 'typescript');
  });

  it('sees the diagnostics of a built-in language extension', async () => {
    const [file] = await vscode.workspace.findFiles('**/greeting.ts');
    await vscode.window.showTextDocument(file!);
    const diagnostics = await waitForDiagnostics(file!, (ds) => ds.length > 0);
    assert.match(diagnostics[0]!.message, /Cannot find name 'valeu'/);
  });
});
