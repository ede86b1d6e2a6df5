// Finds the Briefing language server that code-server's extension host started, by its
// command line in /proc (Linux only): a node process running `<extensionsDir>/…/dist/server.js`.
import * as fs from 'fs';
import * as path from 'path';

export interface ServerProcess {
  readonly pid: number;
  /** The process that started it (the extension host). */
  readonly ppid: number;
  readonly parentCommand: string;
}

/** The live language servers of the extensions installed in `extensionsDir` (usually one). */
export function findLanguageServers(extensionsDir: string): ServerProcess[] {
  const prefix = path.resolve(extensionsDir) + path.sep;
  const found: ServerProcess[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = readArgs(Number(entry));
    if (!args.some((a) => a.startsWith(prefix) && a.endsWith(`${path.sep}dist${path.sep}server.js`))) continue;
    const ppid = parentOf(Number(entry));
    if (ppid === undefined) continue; // gone, or a zombie
    found.push({ pid: Number(entry), ppid, parentCommand: readArgs(ppid).join(' ').slice(0, 200) });
  }
  return found;
}

/** True while /proc has the process and it is not a zombie. */
export function isAlive(pid: number): boolean {
  return parentOf(pid) !== undefined;
}

function readArgs(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((a) => a.length > 0);
  } catch {
    return []; // exited meanwhile, or not ours to read
  }
}

/** The parent pid from /proc/<pid>/stat, or undefined when the process is gone or a zombie. */
function parentOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' ? undefined : Number(fields[1]);
}
