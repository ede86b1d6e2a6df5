// Starts code-server (VS Code 1.100 served to a browser) for one workspace folder, with
// a throwaway user-data and extensions directory, and always stops it again.
// Install code-server first with test/e2e/setup.sh.
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { onExit } from './cleanup';

export const CODE_SERVER_VERSION = '4.100.3';

export interface CodeServerOptions {
  /** Folder opened as the workspace. */
  readonly workspace: string;
  /** `.vsix` files (installed with `--install-extension`) or unpacked extension folders (symlinked). */
  readonly extensions?: readonly string[];
  /** Extra environment for code-server; its extension host inherits it. */
  readonly env?: Readonly<Record<string, string>>;
  /** User settings merged over the quiet defaults below. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Bound on the wait for the first HTTP answer. Default 60 s. */
  readonly startTimeoutMs?: number;
  /** Keep the temporary directories after stop (for debugging). Also `BRIEFING_E2E_KEEP=1`. */
  readonly keep?: boolean;
}

export interface CodeServer {
  readonly port: number;
  /** Workbench URL with the workspace folder open. */
  readonly url: string;
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** code-server's stdout and stderr. */
  readonly logFile: string;
  /** Last lines of the log, for error messages. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

/** Settings that keep trust prompts, welcome pages, walkthroughs, tips and update checks away. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
};

/** Path of the code-server launcher: `$BRIEFING_CODE_SERVER`, or the one setup.sh installs. */
export function codeServerBinary(): string {
  const explicit = process.env.BRIEFING_CODE_SERVER;
  const cacheRoot = process.env.BRIEFING_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'briefing-e2e');
  const bin = explicit ?? path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}; run test/e2e/setup.sh first`);
  }
  return bin;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const bin = codeServerBinary();
  const workspace = path.resolve(options.workspace);
  if (!fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`workspace folder does not exist: ${workspace}`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const logFile = path.join(root, 'code-server.log');
  const configFile = path.join(root, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
  );
  // Without its own config file code-server writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(configFile, '');
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: path.join(root, 'xdg-data'), ...options.env };
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  // Folders first: installing a .vsix writes extensions.json, which then lists every folder present.
  const vsixes: string[] = [];
  for (const ext of options.extensions ?? []) {
    if (ext.endsWith('.vsix')) vsixes.push(path.resolve(ext));
    else linkExtensionFolder(path.resolve(ext), extensionsDir);
  }
  for (const vsix of vsixes) {
    await installVsix(bin, [...common, '--install-extension', vsix, '--force'], env, vsix);
  }

  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  // detached: its own process group, so stop() also ends the extension host and servers it spawned.
  const child = spawn(
    bin,
    [
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);

  const keep = options.keep ?? process.env.BRIEFING_E2E_KEEP === '1';
  const logTail = (lines = 30): string => tail(logFile, lines);
  const cancelExitAction = onExit(() => {
    killProcessGroup(child, 'SIGKILL');
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    cancelExitAction();
    await stopProcessGroup(child, 5000);
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    const message = `${(error as Error).message}\n--- code-server log (${logFile}) ---\n${logTail()}`;
    await stop();
    throw new Error(message);
  }

  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  return { port, url, root, userDataDir, extensionsDir, logFile, logTail, stop };
}

/** Links an unpacked extension into the extensions folder as `<publisher>.<name>-<version>`. */
function linkExtensionFolder(folder: string, extensionsDir: string): void {
  const manifestPath = path.join(folder, 'package.json');
  if (!fs.existsSync(manifestPath)) throw new Error(`not an extension folder (no package.json): ${folder}`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { publisher?: string; name?: string; version?: string };
  if (!manifest.publisher || !manifest.name || !manifest.version) {
    throw new Error(`${manifestPath} needs publisher, name and version`);
  }
  fs.symlinkSync(folder, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}

function installVsix(bin: string, args: string[], env: NodeJS.ProcessEnv, vsix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`installing ${vsix} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    const status = await httpStatus(url).catch((e: Error) => e.message);
    if (status === 200) return;
    last = String(status);
    await sleep(250);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (last: ${last})`);
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopProcessGroup(child: ChildProcess, graceMs: number): Promise<void> {
  killProcessGroup(child, 'SIGTERM');
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timedOut = await Promise.race([exited.then(() => false), sleep(graceMs).then(() => true)]);
  // The group may hold children (extension host, language servers) even after code-server left.
  killProcessGroup(child, 'SIGKILL');
  if (timedOut) await Promise.race([exited, sleep(1000)]);
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
