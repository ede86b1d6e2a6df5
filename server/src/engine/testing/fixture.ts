import { MemoryFileSystem } from '../workspace/memoryFileSystem';

// Test fixtures as one string (rust-analyzer style): `--- /path` starts a file, `$0` marks
// the cursor. Each file's text is dedented on its own, so fixtures can be indented with the
// test code and pieces kept in constants can be spliced in at any indentation.
//
//   fixture(`
//     --- /w/weekly.brief
//     China refines 88% of rare earths [@iea]$0.
//     --- /w/sources/iea.txt
//     China refines 85-90% of rare earths.
//   `)

export const CURSOR = '$0';
const FILE_MARKER = '--- ';

export interface Fixture {
  /** Every file's text, by absolute POSIX path, cursor marker removed. */
  files: Record<string, string>;
  fs: MemoryFileSystem;
  /** Where `$0` was, if anywhere. */
  cursor?: { path: string; offset: number };
}

/** Removes a leading blank line, the common indentation and trailing blank lines. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let n = 0;
    while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
    indent = Math.min(indent, n);
  }
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((l) => l.slice(Math.min(indent, l.length))).join('\n');
}

/** Joins lines with `\n`: for fixtures where indentation or a trailing newline matters. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

function isMarker(line: string): boolean {
  const t = line.trim();
  return t.startsWith(FILE_MARKER) && t.slice(FILE_MARKER.length).trim().length > 0 && !t.endsWith('---');
}

/** Parses a fixture. Each file's text ends with one newline. */
export function parseFixture(text: string): Omit<Fixture, 'fs'> {
  const files: Record<string, string> = {};
  let cursor: Fixture['cursor'];
  let current: string | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (current === undefined) return;
    let content = dedent(body.join('\n')) + '\n';
    const at = content.indexOf(CURSOR);
    if (at >= 0) {
      if (cursor || content.indexOf(CURSOR, at + 1) >= 0) throw new Error('fixture: more than one $0');
      cursor = { path: current, offset: at };
      content = content.slice(0, at) + content.slice(at + CURSOR.length);
    }
    files[current] = content;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (isMarker(line)) {
      flush();
      current = line.trim().slice(FILE_MARKER.length).trim();
      body = [];
    } else {
      if (current === undefined) {
        if (line.trim() === '') continue;
        throw new Error(`fixture: text before the first '--- path' marker: ${line}`);
      }
      body.push(line);
    }
  }
  flush();
  return cursor ? { files, cursor } : { files };
}

/** Parses a fixture into a MemoryFileSystem. */
export function fixture(text: string): Fixture {
  const parsed = parseFixture(text);
  return { ...parsed, fs: new MemoryFileSystem(parsed.files) };
}
