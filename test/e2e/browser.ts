// Drives the code-server workbench in Debian's Chromium with playwright-core: what a user
// sees and does (open a file, read the Problems panel, hover, quick fix). Every wait is
// bounded and fails with a message that says what did not appear.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.BRIEFING_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots go here (the repository's test-results/, which git ignores). */
export const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'test-results');

export interface Workbench {
  readonly browser: Browser;
  readonly page: Page;
  /** Messages of the page's console, including what the extension host logs. */
  readonly console: readonly string[];
  close(): Promise<void>;
}

export interface OpenWorkbenchOptions {
  readonly timeoutMs?: number;
  /** `BRIEFING_E2E_HEADED=1` shows the window (needs a display). */
  readonly headless?: boolean;
  readonly viewport?: { readonly width: number; readonly height: number };
}

export async function openWorkbench(url: string, options: OpenWorkbenchOptions = {}): Promise<Workbench> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found; run test/e2e/setup.sh first`);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? process.env.BRIEFING_E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
    // Chromium's crash reporter writes under $XDG_CONFIG_HOME/chromium whatever the profile;
    // one shared folder in /tmp rather than ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(os.tmpdir(), 'briefing-e2e-chromium-config') },
    timeout: timeoutMs,
  });
  const close = (): Promise<void> => browser.close();
  const consoleLines: string[] = [];
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
    await page.goto(url, { timeout: timeoutMs });
    await waitVisible(page.locator('.monaco-workbench'), 'the workbench (.monaco-workbench)', timeoutMs);
    return { browser, page, console: consoleLines, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits until the locator is visible or throws "timed out after N ms waiting for <what>". */
export async function waitVisible(locator: Locator, what: string, timeoutMs = 15_000): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (error) {
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${firstLine(error)}`);
  }
  return locator.first();
}

/** Polls `check` until it returns a value other than undefined. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

/** Runs a command from the command palette by its title, e.g. "View: Close All Editors". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'the command palette');
  await input.fill(`>${title}`);
  await waitVisible(
    page.locator('.quick-input-widget .monaco-list-row', { hasText: title }),
    `command "${title}" in the command palette`,
  );
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'Quick Open (Ctrl+P)');
  await input.fill(relativePath);
  const name = path.basename(relativePath);
  await waitVisible(
    page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: name }),
    `"${name}" in the Quick Open results`,
  );
  await page.keyboard.press('Enter');
  await waitForActiveEditor(page, name);
}

/** Opens a workspace file by clicking through the explorer tree (folders are expanded on the way). */
export async function openFileFromExplorer(page: Page, relativePath: string): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  const tree = await waitVisible(page.locator('.explorer-folders-view'), 'the explorer');
  const segments = relativePath.split(/[\\/]/).filter((s) => s.length > 0);
  for (const [i, segment] of segments.entries()) {
    const row = await waitVisible(
      tree.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(segment)}$`) }) }),
      `"${segment}" in the explorer`,
    );
    const isFolder = i < segments.length - 1;
    if (isFolder && (await row.getAttribute('aria-expanded')) === 'true') continue;
    await row.click();
  }
  await waitForActiveEditor(page, segments[segments.length - 1] ?? relativePath);
}

async function waitForActiveEditor(page: Page, fileName: string): Promise<void> {
  await waitVisible(
    page.locator('.editor-group-container.active .tab.active .label-name', { hasText: fileName }),
    `an editor tab for "${fileName}"`,
  );
  await waitVisible(page.locator('.editor-group-container.active .monaco-editor .view-lines'), `the text of "${fileName}"`);
}

/** Moves the cursor of the active editor with Go to Line/Column (Ctrl+G); 1-based like the UI. */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'Go to Line (Ctrl+G)');
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitUntil(`the cursor at ${line}:${column}`, async () => {
    const status = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
    return status.includes(`Ln ${line}, Col ${column}`) ? true : undefined;
  }, 5_000);
}

/**
 * Hovers the mouse over the character at a 1-based line and column of the active editor and
 * returns the text of the hover that appears.
 */
export async function hoverAt(page: Page, line: number, column: number, timeoutMs = 10_000): Promise<string> {
  await goToPosition(page, line, column);
  const cursor = await waitVisible(page.locator('.editor-group-container.active .monaco-editor.focused .cursors-layer .cursor'), 'the editor cursor');
  const box = await cursor.boundingBox();
  if (!box) throw new Error(`no position on screen for ${line}:${column}`);
  // Off and back on, so a hover already showing for another position goes away.
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x + 3, box.y + box.height / 2, { steps: 3 });
  const hover = await waitVisible(
    page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content'),
    `a hover at ${line}:${column}`,
    timeoutMs,
  );
  return waitUntil(`text in the hover at ${line}:${column}`, async () => {
    const text = (await hover.innerText()).trim();
    return text.length > 0 && !/^Loading\.\.\.$/.test(text) ? text : undefined;
  }, timeoutMs);
}

export interface ProblemRow {
  /** `file` heads the problems of one file, `marker` is a problem, `related` its related information. */
  readonly kind: 'file' | 'marker' | 'related';
  /** The message (marker, related) or the file name (file). */
  readonly text: string;
  readonly severity?: 'error' | 'warning' | 'info';
  readonly source?: string;
  readonly code?: string;
  /** 1-based, as the panel shows them. */
  readonly line?: number;
  readonly column?: number;
  /** file rows: the folder shown beside the name, and the problem count. */
  readonly folder?: string;
  readonly count?: number;
  readonly ariaLabel: string;
}

interface RawProblemRow {
  index: number;
  level: number;
  ariaLabel: string;
  fileName: string | null;
  folder: string | null;
  badge: string | null;
  iconClass: string | null;
  message: string | null;
  source: string | null;
  code: string | null;
  position: string | null;
}

/**
 * Opens the Problems panel (Ctrl+Shift+M) and reads its rows once `until` accepts them
 * (default: right away). The panel is a virtual list: only rows that fit on screen exist.
 */
export async function readProblems(
  page: Page,
  until: (rows: readonly ProblemRow[]) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<ProblemRow[]> {
  if (!(await page.locator('.markers-panel').first().isVisible())) await page.keyboard.press('Control+Shift+M');
  const panel = await waitVisible(page.locator('.markers-panel'), 'the Problems panel (Ctrl+Shift+M)');
  let last: ProblemRow[] = [];
  const read = async (): Promise<ProblemRow[] | undefined> => {
    // One snapshot in the page; no named inner functions (tsx would wrap them in __name()).
    const raw: RawProblemRow[] = await panel.locator('.monaco-list-row').evaluateAll((rows) =>
      rows.map((row) => ({
        index: Number(row.getAttribute('data-index') ?? 0),
        level: Number(row.getAttribute('aria-level') ?? 0),
        ariaLabel: row.getAttribute('aria-label') ?? '',
        fileName: row.querySelector('.resource-label-container .label-name')?.textContent ?? null,
        folder: row.querySelector('.resource-label-container .label-description')?.textContent ?? null,
        badge: row.querySelector('.monaco-count-badge')?.textContent ?? null,
        iconClass: row.querySelector('.marker-icon')?.getAttribute('class') ?? null,
        message: (row.querySelector('.marker-message') ?? row.querySelector('.marker-description'))?.textContent ?? null,
        source: row.querySelector('.marker-source')?.textContent ?? null,
        code: row.querySelector('.marker-code')?.textContent ?? null,
        position: row.querySelector('.marker-line')?.textContent ?? null,
      })),
    );
    const out = raw.sort((a, b) => a.index - b.index).map(toProblemRow);
    last = out;
    return until(out) ? out : undefined;
  };
  try {
    return await waitUntil('the expected rows in the Problems panel', read, timeoutMs);
  } catch (error) {
    const seen = last.map((r) => `  ${formatProblemRow(r)}`).join('\n') || '  (no rows)';
    throw new Error(`${(error as Error).message}; last seen:\n${seen}`);
  }
}

function toProblemRow(raw: RawProblemRow): ProblemRow {
  const position = /Ln (\d+), Col (\d+)/.exec(raw.position ?? '');
  const where = position ? { line: Number(position[1]), column: Number(position[2]) } : {};
  if (raw.fileName !== null) {
    return { kind: 'file', text: raw.fileName, folder: raw.folder ?? undefined, count: Number(raw.badge ?? 0), ariaLabel: raw.ariaLabel };
  }
  if (raw.iconClass !== null) {
    const severity = /\b(error|warning|info)\b/.exec(raw.iconClass)?.[1] as ProblemRow['severity'];
    return {
      kind: 'marker',
      text: raw.message ?? '',
      severity,
      source: raw.source ?? undefined,
      code: raw.code ?? undefined,
      ...where,
      ariaLabel: raw.ariaLabel,
    };
  }
  return { kind: 'related', text: raw.message ?? '', ...where, ariaLabel: raw.ariaLabel };
}

/** One line per row, for logs and error messages. */
export function formatProblemRow(row: ProblemRow): string {
  if (row.kind === 'file') return `${row.text} ${row.folder ?? ''} (${row.count})`;
  const where = row.line !== undefined ? ` [${row.line}:${row.column}]` : '';
  const origin = row.source ? ` ${row.source}${row.code ? `(${row.code})` : ''}` : '';
  return `${row.kind === 'related' ? '  related' : row.severity ?? 'marker'}${where}: ${row.text}${origin}`;
}

/** Presses Ctrl+. at the cursor and returns the titles offered ([] when VS Code says there are none). */
export async function quickFixesAt(page: Page, line: number, column: number, timeoutMs = 10_000): Promise<string[]> {
  await goToPosition(page, line, column);
  await page.keyboard.press('Control+.');
  const list = page.locator('.action-widget .monaco-list-row.action');
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: /No code actions/i });
  await waitUntil('the quick fix menu (Ctrl+.)', async () =>
    (await list.count()) > 0 || (await none.count()) > 0 ? true : undefined, timeoutMs);
  if ((await list.count()) === 0) return [];
  const titles: string[] = [];
  for (let i = 0, n = await list.count(); i < n; i++) {
    titles.push((await list.nth(i).innerText()).replace(/\s+/g, ' ').trim());
  }
  return titles;
}

/**
 * Picks an entry of the open quick fix menu by (part of) its title, with the keyboard as a
 * user would (a mouse click lands on the menu's pointer block while it settles).
 */
export async function applyQuickFix(page: Page, title: string): Promise<void> {
  const actions = page.locator('.action-widget .monaco-list-row.action');
  await waitVisible(actions.filter({ hasText: title }), `quick fix "${title}" in the menu`);
  const total = await actions.count();
  for (let step = 0; step <= total; step++) {
    const current = page.locator('.action-widget .monaco-list-row.action.focused');
    const focused = (await current.count()) > 0 ? await current.first().innerText() : '';
    if (focused.includes(title)) {
      await page.keyboard.press('Enter');
      await waitUntil('the quick fix menu to close', async () => ((await actions.count()) === 0 ? true : undefined), 5_000);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not move the quick fix menu's focus to "${title}"`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
