import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

interface Place {
  id: string;
  figure: string;
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  sentence: string;
}

const toRange = (r: Place['range']): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const server = <T>(command: string): Promise<T> => client.sendRequest(ExecuteCommandRequest.type, { command }) as Promise<T>;
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.checkWorkspace', async () => {
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Briefing: checking every briefing in the workspace' },
        () => server<{ briefings: number; problems: number }>('briefing.server.checkWorkspace'),
      );
      void vscode.window.showInformationMessage(`Briefing: checked ${r.briefings} briefings, ${r.problems} problems (see the Problems panel).`);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('briefing.reindex', async () => {
      const r = await server<{ sources: number }>('briefing.server.reindex');
      void vscode.window.showInformationMessage(`Briefing: re-indexed ${r.sources} sources.`);
    }),
    vscode.commands.registerCommand('briefing.openSource', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider',
        editor.document.uri,
        editor.selection.active,
      );
      const first = locations?.[0];
      if (!first) {
        void vscode.window.showInformationMessage('Briefing: put the cursor on a citation to open its source.');
        return;
      }
      const uri = 'targetUri' in first ? first.targetUri : first.uri;
      const range = 'targetRange' in first ? first.targetRange : first.range;
      await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.Beside });
    }),
    vscode.commands.registerCommand('briefing.showSourceConflicts', async () => {
      const conflicts = await server<Array<{ a: Place; b: Place }>>('briefing.server.sourceConflicts');
      if (!conflicts || conflicts.length === 0) {
        void vscode.window.showInformationMessage('Briefing: the sources do not disagree with each other.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        conflicts.map((c) => ({
          label: `${c.a.id} '${c.a.figure}' ≠ ${c.b.id} '${c.b.figure}'`,
          detail: `${c.a.sentence} — ${c.b.sentence}`,
          conflict: c,
        })),
        { title: `Briefing: ${conflicts.length} places where sources disagree`, matchOnDetail: true },
      );
      if (!picked) return;
      const { a, b } = picked.conflict;
      await vscode.window.showTextDocument(vscode.Uri.parse(a.uri), { selection: toRange(a.range), viewColumn: vscode.ViewColumn.One });
      await vscode.window.showTextDocument(vscode.Uri.parse(b.uri), { selection: toRange(b.range), viewColumn: vscode.ViewColumn.Two });
    }),
  );
}
