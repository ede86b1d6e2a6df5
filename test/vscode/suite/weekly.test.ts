// The extension as VS Code's own API sees it, on the example workspace
// (examples/rare-earths copied to a temporary folder). Runs under @vscode/test-electron
// (test/vscode/runTest.ts) and inside code-server through test/vscode-runner/ (test/e2e/run.ts).
// Tests that edit the briefing put its text back and wait for the original diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_SOURCE_IDS, expectedDiagnostics } from './expected';
import {
  codeOf,
  completionLabel,
  countCodes,
  describeDiagnostic,
  hoverText,
  locationUri,
  waitForDiagnostics,
} from './vscodeWait';

const BRIEFING = 'weekly.brief';
const CITED_KEY = 'wire-controls';
const CITED_TITLE = 'China widens rare-earth curbs to processing technology and advanced chips';

describe('Briefing in VS Code: weekly.brief', () => {
  const expected = expectedDiagnostics(BRIEFING);
  const expectedCounts = countCodes(expected.map((d) => d.code));
  const sameCounts = (ds: readonly vscode.Diagnostic[]): boolean =>
    JSON.stringify(countCodes(ds.map(codeOf))) === JSON.stringify(expectedCounts);
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  let original: string;

  /** Puts the original text back and waits for the original diagnostics. */
  const restore = async (): Promise<void> => {
    if (document.getText() === original) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), original);
    assert.ok(await vscode.workspace.applyEdit(edit), 'restoring the original text');
    await waitForDiagnostics(uri, sameCounts, 'the original diagnostics after restoring the text');
  };

  /** The position of the first `[@key` citation's key, plus `into` characters. */
  const citationKeyAt = (key: string, into = 2): vscode.Position => {
    const offset = original.indexOf(`[@${key}`);
    assert.ok(offset >= 0, `the briefing cites ${key}`);
    return document.positionAt(offset + 2 + into);
  };

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    uri = vscode.Uri.joinPath(folder.uri, BRIEFING);
    document = await vscode.workspace.openTextDocument(uri);
    original = document.getText();
    await vscode.window.showTextDocument(document);
  });

  afterEach(restore);

  after(async () => {
    // Leave the workbench as found: the UI tests of test/e2e/run.ts open the file themselves.
    if (document && document.getText() !== original) await restore().catch(() => undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is a briefing document', () => {
    assert.strictEqual(document.languageId, 'briefing');
  });

  it('publishes the diagnostics the CLI gives: codes and counts', async () => {
    const diagnostics = await waitForDiagnostics(uri, sameCounts, `diagnostics with the counts ${JSON.stringify(expectedCounts)}`);
    assert.deepStrictEqual(countCodes(diagnostics.map(codeOf)), expectedCounts);
  });

  it('publishes the diagnostics the CLI gives: ranges', async () => {
    const diagnostics = await waitForDiagnostics(uri, sameCounts, 'the diagnostics');
    const ranges = (ds: string[]): string[] => ds.sort();
    assert.deepStrictEqual(
      ranges(diagnostics.map(describeDiagnostic)),
      ranges(expected.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)),
    );
  });

  it('hovers a citation key with the source title', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, citationKeyAt(CITED_KEY));
    const text = hoverText(hovers ?? []);
    assert.ok(text.includes(CITED_TITLE), `hover on [@${CITED_KEY}] shows "${CITED_TITLE}"; got:\n${text}`);
  });

  it('goes to the definition of a citation in sources/', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      uri,
      citationKeyAt(CITED_KEY),
    );
    const paths = (locations ?? []).map((l) => locationUri(l).path);
    assert.ok(paths.length > 0, `a definition for [@${CITED_KEY}]`);
    assert.ok(paths.every((p) => p.includes('/sources/')), `definitions in sources/: ${paths.join(', ')}`);
  });

  it("offers 'Cite …' on an uncited figure, and applying it clears the diagnostic", async () => {
    const diagnostics = await waitForDiagnostics(uri, sameCounts, 'the diagnostics');
    const uncited = diagnostics.filter((d) => codeOf(d) === 'uncited-figure');
    assert.ok(uncited.length > 0, 'an uncited-figure diagnostic');
    const tried: string[] = [];
    for (const diagnostic of uncited) {
      const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
      );
      const titles = (actions ?? []).map((a) => a.title);
      tried.push(`${describeDiagnostic(diagnostic)}: ${JSON.stringify(titles)}`);
      const cite = (actions ?? []).find((a): a is vscode.CodeAction => a.title.startsWith('Cite') && 'edit' in a && !!a.edit);
      if (!cite?.edit) continue;
      const figure = document.getText(diagnostic.range);
      assert.ok(await vscode.workspace.applyEdit(cite.edit), `applying "${cite.title}"`);
      assert.notStrictEqual(document.getText(), original, 'the fix changed the text');
      const start = diagnostic.range.start;
      await waitForDiagnostics(
        uri,
        (ds) => !ds.some((d) => codeOf(d) === 'uncited-figure' && d.range.start.isEqual(start)),
        `the uncited-figure on '${figure}' to go after "${cite.title}"`,
      );
      return;
    }
    assert.fail(`no 'Cite …' code action with an edit on any uncited figure:\n${tried.join('\n')}`);
  });

  it("offers 'Cite …' with the cursor on the uncited figure (an empty range, as Ctrl+. asks)", async () => {
    const diagnostics = await waitForDiagnostics(uri, sameCounts, 'the diagnostics');
    const seen: string[] = [];
    for (const diagnostic of diagnostics.filter((d) => codeOf(d) === 'uncited-figure')) {
      const start = diagnostic.range.start;
      for (const at of [new vscode.Selection(start, start), new vscode.Selection(start, start.translate(0, 1))]) {
        const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, at);
        const titles = (actions ?? []).map((a) => a.title);
        seen.push(`${describeDiagnostic(diagnostic)} at ${at.start.character}-${at.end.character}: ${JSON.stringify(titles)}`);
        if (titles.some((t) => t.startsWith('Cite'))) return;
      }
    }
    assert.fail(`no 'Cite …' code action at the cursor on any uncited figure:\n${seen.join('\n')}`);
  });

  it('completes every source id after [@', async () => {
    const last = document.lineAt(document.lineCount - 1).text.length > 0 ? document.lineCount - 1 : document.lineCount - 2;
    const end = document.lineAt(last).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, end, ' [@');
    assert.ok(await vscode.workspace.applyEdit(edit), 'inserting [@');
    const position = end.translate(0, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, '@');
    const labels = new Set((list?.items ?? []).map(completionLabel));
    const missing = EXAMPLE_SOURCE_IDS.filter((id) => !labels.has(id));
    assert.deepStrictEqual(missing, [], `completion after [@ offers every source id; offered: ${[...labels].join(', ')}`);
  });
});
