// What a user sees and does with the Briefing extension in the workbench, one scenario a
// step; each is timed and recorded, and a failure does not stop the ones after it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import {
  applyQuickFix,
  formatProblemRow,
  goToPosition,
  hoverAt,
  openFileFromExplorer,
  ProblemRow,
  quickFixesAt,
  readProblems,
  runCommand,
  screenshot,
  waitUntil,
  waitVisible,
} from './browser';
import { findLanguageServers, isAlive } from './serverProcess';

export interface CliDiagnostic {
  readonly code: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
  readonly message: string;
}

export interface CliOutput {
  readonly files: ReadonlyArray<{ readonly path: string; readonly diagnostics: readonly CliDiagnostic[] }>;
}

export interface ScenarioResult {
  readonly name: string;
  readonly ok: boolean;
  readonly durationMs: number;
  readonly error?: string;
}

const BRIEFING = 'weekly.brief';
const CITED_KEY = 'wire-controls';
const CITED_TITLE = 'China widens rare-earth curbs to processing technology and advanced chips';
const SOURCE_IDS = ['desk-memo', 'hkt-history', 'mpi-dependence', 'newsfeed-recycling', 'tr-consolidation', 'tr-magnets', 'tr-stockpile', 'wire-controls'];
/** A correct, cited figure and a wrong one to type over it. */
const CORRECT_FIGURE = { sentence: 'prices of neodymium-praseodymium oxide rose 12%', figure: '12', wrong: '25' };
/** How soon a figure-mismatch must appear after typing ("within a few seconds"). */
const MISMATCH_WITHIN_MS = 5_000;
/** Bound on the language server's restart and the diagnostics coming back after a kill. */
const RESTART_WITHIN_MS = 30_000;
/** A line of prose without figures, edited while the server dies. */
const PROSE = 'Expect more licensing friction';
/** Typed over CORRECT_FIGURE.wrong once the server is back. */
const AFTER_RESTART_FIGURE = '26';

/** Counts by code of the marker rows under `fileName`'s row. */
function codesUnder(rows: readonly ProblemRow[], fileName: string): { counts: Record<string, number>; markers: ProblemRow[] } {
  const markers: ProblemRow[] = [];
  let inFile = false;
  for (const row of rows) {
    if (row.kind === 'file') inFile = row.text === fileName;
    else if (row.kind === 'marker' && inFile) markers.push(row);
  }
  const counts: Record<string, number> = {};
  for (const code of markers.map(markerCode).sort()) counts[code] = (counts[code] ?? 0) + 1;
  return { counts, markers };
}

const markerCode = (row: ProblemRow): string => (row.code ?? '').replace(/^\(|\)$/g, '');

function countCodes(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of [...codes].sort()) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** The little of the DOM that lineText reads (the project compiles without the DOM library). */
interface DomNode {
  readonly textContent: string | null;
  readonly parentElement: DomNode | null;
  readonly style: { readonly top: string };
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** The rendered text of a 1-based line of the active editor (spaces normalised), matched by its line number. */
async function lineText(page: Page, line: number): Promise<string> {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const text = await waitUntil(`line ${line} rendered in the editor`, () =>
    editor.evaluate((element, wanted) => {
      const root = element as unknown as DomNode;
      const numbers = Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers'));
      const number = numbers.find((n) => (n.textContent ?? '').trim() === String(wanted));
      const top = number?.parentElement?.style.top;
      if (!top) return undefined;
      const view = Array.from(root.querySelectorAll('.view-lines .view-line')).find((v) => v.style.top === top);
      return view?.textContent ?? undefined;
    }, line), 5_000);
  return text.replace(/\u00a0/g, ' ');
}

/**
 * `extensionsDir`: code-server's extensions folder, to find the language server process
 * of the installed extension.
 */
export async function runUiScenarios(page: Page, workspace: string, cli: CliOutput, extensionsDir: string): Promise<ScenarioResult[]> {
  const text = fs.readFileSync(path.join(workspace, BRIEFING), 'utf8');
  const lines = text.split('\n');
  const expected = cli.files.find((f) => path.basename(f.path) === BRIEFING)?.diagnostics ?? [];
  const expectedCounts = countCodes(expected.map((d) => d.code));
  const results: ScenarioResult[] = [];
  const scenario = async (name: string, body: () => Promise<void>): Promise<void> => {
    const started = Date.now();
    console.log(`  ui: ${name}`);
    try {
      await body();
      results.push({ name, ok: true, durationMs: Date.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const shot = await screenshot(page, `e2e-failure-${results.length + 1}`).catch(() => undefined);
      results.push({ name, ok: false, durationMs: Date.now() - started, error: `${message}${shot ? `\nscreenshot: ${shot}` : ''}` });
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  };
  /** 1-based line and column of the first `needle` on a line that contains `context`. */
  const find = (needle: string, context = needle): { line: number; column: number } => {
    const index = lines.findIndex((l) => l.includes(context) && l.includes(needle));
    assert.ok(index >= 0, `${BRIEFING} has a line with "${context}"`);
    const start = lines[index]!.indexOf(context);
    return { line: index + 1, column: lines[index]!.indexOf(needle, start) + 1 };
  };

  // Room for every row of the Problems panel (a virtual list renders only what fits).
  await page.setViewportSize({ width: 1400, height: 1400 });

  await scenario('open weekly.brief from the explorer', async () => {
    await openFileFromExplorer(page, BRIEFING);
  });

  await scenario('Problems panel lists the CLI diagnostics (codes and counts)', async () => {
    await readProblems(page, () => true);
    await runCommand(page, 'View: Toggle Maximized Panel');
    const rows = await readProblems(
      page,
      (r) => JSON.stringify(codesUnder(r, BRIEFING).counts) === JSON.stringify(expectedCounts),
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nexpected ${JSON.stringify(expectedCounts)}`);
    });
    const { markers } = codesUnder(rows, BRIEFING);
    console.log(markers.map((m) => `    ${formatProblemRow(m)}`).join('\n'));
    await screenshot(page, 'e2e-problems');
    await runCommand(page, 'View: Toggle Maximized Panel');
  });

  await scenario('hover a citation: source title and the bold passage', async () => {
    const at = find(`@${CITED_KEY}`);
    const hover = await hoverAt(page, at.line, at.column + 3);
    assert.ok(hover.includes(CITED_TITLE), `hover shows "${CITED_TITLE}"; got:\n${hover}`);
    const bold = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content strong');
    await waitVisible(bold, 'bold text (the figure) in the hover');
    const strong = (await bold.allInnerTexts()).map((t) => t.trim()).filter((t) => t.length > 0);
    assert.ok(strong.length > 0, 'the hover has bold text');
    console.log(`    hover bold: ${JSON.stringify(strong)}`);
    await screenshot(page, 'e2e-hover');
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
  });

  await scenario("Ctrl+. on an uncited figure offers 'Cite …'; choosing it edits the text and clears the diagnostic", async () => {
    const tried: string[] = [];
    for (const d of expected.filter((e) => e.code === 'uncited-figure')) {
      const line = d.range.start.line + 1;
      const column = d.range.start.character + 1;
      const fixes = await quickFixesAt(page, line, column);
      tried.push(`${line}:${column} ${JSON.stringify(fixes)}`);
      const cite = fixes.find((f) => f.startsWith('Cite'));
      if (!cite) {
        await page.keyboard.press('Escape');
        continue;
      }
      await screenshot(page, 'e2e-quickfix');
      const before = await lineText(page, line);
      await applyQuickFix(page, cite);
      await waitUntil('the quick fix to change the line', async () => ((await lineText(page, line)) !== before ? true : undefined), 5_000);
      console.log(`    "${cite}": line ${line} now reads: ${(await lineText(page, line)).slice(column - 1)}`);
      await readProblems(
        page,
        (r) => !codesUnder(r, BRIEFING).markers.some((m) => markerCode(m) === 'uncited-figure' && m.line === line && m.column === column),
        10_000,
      );
      return;
    }
    throw new Error(`no 'Cite …' quick fix on any uncited figure:\n${tried.join('\n')}`);
  });

  await scenario(`typing a wrong figure over a correct one shows figure-mismatch within ${MISMATCH_WITHIN_MS / 1000} s`, async () => {
    const at = find(CORRECT_FIGURE.figure, CORRECT_FIGURE.sentence);
    const hasMismatch = (r: readonly ProblemRow[]): boolean =>
      codesUnder(r, BRIEFING).markers.some((m) => markerCode(m) === 'figure-mismatch' && m.line === at.line);
    assert.ok(!hasMismatch(await readProblems(page)), `no figure-mismatch on line ${at.line} before typing`);
    await goToPosition(page, at.line, at.column);
    for (let i = 0; i < CORRECT_FIGURE.figure.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type(CORRECT_FIGURE.wrong);
    const typed = Date.now();
    const rows = await readProblems(page, hasMismatch, MISMATCH_WITHIN_MS);
    console.log(`    after ${Date.now() - typed} ms: ${codesUnder(rows, BRIEFING).markers.filter((m) => m.line === at.line).map(formatProblemRow).join('; ')}`);
    await screenshot(page, 'e2e-mismatch');
  });

  await scenario(`the language server killed mid-check restarts; diagnostics are back within ${RESTART_WITHIN_MS / 1000} s`, async () => {
    const servers = findLanguageServers(extensionsDir);
    assert.strictEqual(servers.length, 1, `one language server under ${extensionsDir}; found ${JSON.stringify(servers)}`);
    const old = servers[0]!;
    // All rows fit only in the maximized panel (a virtual list).
    await runCommand(page, 'View: Toggle Maximized Panel');
    const before = codesUnder(await readProblems(page, (r) => codesUnder(r, BRIEFING).markers.length > 0), BRIEFING).counts;
    await runCommand(page, 'View: Toggle Maximized Panel');
    console.log(`    server pid ${old.pid} (parent ${old.ppid}: ${old.parentCommand.slice(0, 80)}…); before: ${JSON.stringify(before)}`);

    // An edit the server is checking when it dies, and one made while it is down: the text
    // ends as it was, so the diagnostics must too.
    const prose = find(PROSE);
    await goToPosition(page, prose.line, prose.column);
    await page.keyboard.type('x');
    process.kill(old.pid, 'SIGKILL');
    const killed = Date.now();
    await page.keyboard.press('Backspace');
    await waitUntil(`server pid ${old.pid} to exit after SIGKILL`, async () => (isAlive(old.pid) ? undefined : true), 5_000);
    const restarted = await waitUntil(`a new language server process (old pid ${old.pid})`, async () => {
      const now = findLanguageServers(extensionsDir).filter((p) => p.pid !== old.pid);
      return now.length > 0 ? now : undefined;
    }, RESTART_WITHIN_MS);
    assert.strictEqual(restarted.length, 1, `one new language server; found ${JSON.stringify(restarted)}`);
    const newPid = restarted[0]!.pid;
    const pidMs = Date.now() - killed;

    await runCommand(page, 'View: Toggle Maximized Panel');
    // Whether a poll caught the panel without the old diagnostics (the client clears them on a restart): logged, not required.
    let sawOther = false;
    const same = (r: readonly ProblemRow[]): boolean => {
      const equal = JSON.stringify(codesUnder(r, BRIEFING).counts) === JSON.stringify(before);
      sawOther ||= !equal;
      return equal;
    };
    await readProblems(page, same, Math.max(1_000, RESTART_WITHIN_MS - (Date.now() - killed))).catch((error: Error) => {
      throw new Error(`${error.message}\nexpected after the restart ${JSON.stringify(before)}`);
    });
    const backMs = Date.now() - killed;
    console.log(`    new server pid ${newPid} after ${pidMs} ms; diagnostics back after ${backMs} ms (panel seen without them meanwhile: ${sawOther})`);
    await screenshot(page, 'e2e-restarted');
    await runCommand(page, 'View: Toggle Maximized Panel');

    // The new server still answers edits: a new wrong figure over the one typed before.
    const at = find(CORRECT_FIGURE.figure, CORRECT_FIGURE.sentence);
    const newMismatch = (r: readonly ProblemRow[]): boolean =>
      codesUnder(r, BRIEFING).markers.some((m) => markerCode(m) === 'figure-mismatch' && m.line === at.line && m.text.includes(`'${AFTER_RESTART_FIGURE}%'`));
    await goToPosition(page, at.line, at.column);
    for (let i = 0; i < CORRECT_FIGURE.wrong.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type(AFTER_RESTART_FIGURE);
    const typed = Date.now();
    const rows = await readProblems(page, newMismatch, MISMATCH_WITHIN_MS);
    const shown = codesUnder(rows, BRIEFING).markers.filter((m) => m.line === at.line).map(formatProblemRow).join('; ');
    console.log(`    edit after the restart, after ${Date.now() - typed} ms: ${shown}`);
    assert.ok(isAlive(newPid), `the restarted server (pid ${newPid}) is still running`);
  });

  await scenario('completion after [@ lists every source', async () => {
    const last = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim().length > 0).pop()!;
    await goToPosition(page, last.i + 1, last.l.length + 1);
    await page.keyboard.type(' [@');
    const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
    await waitVisible(rows, 'the completion list after [@');
    const labels = await waitUntil('every source id in the completion list', async () => {
      const seen = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
      return SOURCE_IDS.every((id) => seen.includes(id)) ? seen : undefined;
    }, 10_000).catch(async (error: Error) => {
      const seen = await rows.locator('.label-name').allInnerTexts();
      throw new Error(`${error.message}; seen: ${JSON.stringify(seen)}`);
    });
    console.log(`    completion: ${JSON.stringify(labels)}`);
    await screenshot(page, 'e2e-completion');
    await page.keyboard.press('Escape');
  });

  return results;
}
