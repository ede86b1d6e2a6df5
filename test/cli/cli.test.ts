import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { DIAGNOSTIC_CODES } from '../../server/src/engine/types';
import { assertNoCrash, ensureBuilt, FIXTURES, ROOT, run, stderrLines, type Run } from './run';

// `briefing check` end to end: the built bundle on fixture folders, spec section 6.

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  range: JsonRange;
  message: string;
  related: Array<{ path: string; range: JsonRange; message: string }>;
}
interface JsonReport {
  version: number;
  files: Array<{ path: string; diagnostics: JsonDiagnostic[] }>;
  summary: { files: number; errors: number; warnings: number; information: number; hints: number };
}

const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);
const BASIC_REL = 'test/cli/fixtures/basic/weekly.brief';

function json(r: Run): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not JSON (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** The text a 0-based range covers in a file (path relative to `cwd`). */
function slice(cwd: string, file: string, range: JsonRange): string {
  const text = readFileSync(path.resolve(cwd, file), 'utf8');
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function fileOf(report: JsonReport, p: string) {
  const f = report.files.find((x) => x.path === p);
  assert.ok(f, `no file ${p} in ${JSON.stringify(report.files.map((x) => x.path))}`);
  return f;
}

function isRange(r: unknown): boolean {
  const ok = (p: unknown): boolean =>
    typeof p === 'object' && p !== null && Number.isInteger((p as { line: number }).line) && Number.isInteger((p as { character: number }).character);
  return typeof r === 'object' && r !== null && ok((r as JsonRange).start) && ok((r as JsonRange).end);
}

describe('cli: briefing check (built dist/cli.js)', function () {
  before(function () {
    this.timeout(180_000);
    ensureBuilt();
  });

  describe('json', () => {
    let r: Run;
    let report: JsonReport;
    before(() => {
      r = run(['check', BASIC_REL, '--format', 'json']);
      report = json(r);
    });

    it('has the shape of spec section 6', () => {
      assert.deepStrictEqual(Object.keys(report).sort(), ['files', 'summary', 'version']);
      assert.strictEqual(report.version, 1);
      assert.deepStrictEqual(Object.keys(report.summary).sort(), ['errors', 'files', 'hints', 'information', 'warnings']);
      assert.strictEqual(report.summary.files, 1);
      for (const f of report.files) {
        assert.deepStrictEqual(Object.keys(f).sort(), ['diagnostics', 'path']);
        for (const d of f.diagnostics) {
          for (const k of ['code', 'severity', 'range', 'message', 'related']) assert.ok(k in d, `diagnostic lacks ${k}`);
          // `fixes` is the one key beyond the spec's example.
          assert.deepStrictEqual(Object.keys(d).filter((k) => !['code', 'severity', 'range', 'message', 'related', 'fixes'].includes(k)), []);
          assert.ok((DIAGNOSTIC_CODES as readonly string[]).includes(d.code), d.code);
          assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), d.severity);
          assert.ok(isRange(d.range));
          assert.strictEqual(typeof d.message, 'string');
          assert.ok(Array.isArray(d.related));
          for (const rel of d.related) {
            assert.deepStrictEqual(Object.keys(rel).sort(), ['message', 'path', 'range']);
            assert.ok(isRange(rel.range));
          }
        }
      }
    });

    it('paths are relative to the current folder', () => {
      assert.strictEqual(report.files[0].path, BASIC_REL);
      const related = report.files.flatMap((f) => f.diagnostics.flatMap((d) => d.related.map((x) => x.path)));
      assert.ok(related.length > 0);
      for (const p of related) {
        assert.ok(!path.isAbsolute(p), p);
        assert.ok(p.startsWith('test/cli/fixtures/basic/sources/'), p);
      }
    });

    it('finds each problem, with 0-based ranges covering the figure, key or quote', () => {
      const f = fileOf(report, BASIC_REL);
      const got = f.diagnostics.map((d) => `${d.code}@${slice(ROOT, f.path, d.range)}`);
      assert.deepStrictEqual(got, [
        'figure-mismatch@70%',
        'quote-mismatch@supply chains for rare earth magnets are highly concentrated in one country',
        'unknown-source@jogmek',
        'uncited-figure@25%',
      ]);
      assert.deepStrictEqual(f.diagnostics[0].range, { start: { line: 7, character: 14 }, end: { line: 7, character: 17 } });
    });

    it('related information points at the source line', () => {
      const d = fileOf(report, BASIC_REL).diagnostics.find((x) => x.code === 'figure-mismatch')!;
      assert.strictEqual(d.related[0].path, 'test/cli/fixtures/basic/sources/iea.txt');
      assert.strictEqual(slice(ROOT, d.related[0].path, d.related[0].range), "China refines 90% of the world's rare earths.");
    });

    it('summary counts the diagnostics; exit status 1 for an error', () => {
      const all = report.files.flatMap((f) => f.diagnostics);
      const count = (s: string): number => all.filter((d) => d.severity === s).length;
      assert.deepStrictEqual(report.summary, { files: 1, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') });
      assert.strictEqual(report.summary.errors, 3);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stderr, '');
    });

    it('the same from inside the folder: paths relative to it', () => {
      const inside = json(run(['check', '--format=json'], fixture('basic')));
      assert.deepStrictEqual(inside.files.map((f) => f.path), ['weekly.brief']);
      assert.strictEqual(inside.files[0].diagnostics[0].related[0].path, 'sources/iea.txt');
      assert.deepStrictEqual(
        inside.files[0].diagnostics.map((d) => [d.code, d.range]),
        report.files[0].diagnostics.map((d) => [d.code, d.range]),
      );
    });
  });

  describe('text', () => {
    it('one line a diagnostic, path:line:column 1-based, then a summary line', () => {
      const text = run(['check', BASIC_REL]);
      const report = json(run(['check', BASIC_REL, '--format', 'json']));
      assert.strictEqual(text.status, 1);
      const lines = text.stdout.trimEnd().split('\n');
      const expected = report.files.flatMap((f) =>
        f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`),
      );
      assert.deepStrictEqual(lines.slice(0, -1), expected);
      assert.ok(lines[0].startsWith(`${BASIC_REL}:8:15: error figure-mismatch: `), lines[0]);
      const s = report.summary;
      assert.match(lines[lines.length - 1], new RegExp(`^1 briefing checked: ${s.errors} errors?, ${s.warnings} warnings?, ${s.information} information, ${s.hints} hints?\\.$`));
    });

    it('is the default format', () => {
      assert.strictEqual(run(['check', BASIC_REL]).stdout, run(['check', BASIC_REL, '--format', 'text']).stdout);
    });
  });

  describe('sarif', () => {
    it('is SARIF 2.1.0 with one result a diagnostic, 1-based regions', () => {
      const r = run(['check', BASIC_REL, '--format', 'sarif']);
      const report = json(run(['check', BASIC_REL, '--format', 'json']));
      assert.strictEqual(r.status, 1);
      const sarif = JSON.parse(r.stdout);
      assert.strictEqual(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif/);
      assert.strictEqual(sarif.runs.length, 1);
      const driver = sarif.runs[0].tool.driver;
      assert.strictEqual(driver.name, 'briefing');
      assert.deepStrictEqual(driver.rules.map((x: { id: string }) => x.id), [...DIAGNOSTIC_CODES]);
      const diagnostics = report.files.flatMap((f) => f.diagnostics.map((d) => ({ f: f.path, d })));
      const results = sarif.runs[0].results;
      assert.strictEqual(results.length, diagnostics.length);
      results.forEach((res: any, i: number) => {
        const { f, d } = diagnostics[i];
        assert.strictEqual(res.ruleId, d.code);
        assert.strictEqual(driver.rules[res.ruleIndex].id, d.code);
        assert.strictEqual(res.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity]);
        assert.strictEqual(res.message.text, d.message);
        const loc = res.locations[0].physicalLocation;
        assert.strictEqual(loc.artifactLocation.uri, f);
        assert.deepStrictEqual(loc.region, {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        });
      });
    });
  });

  describe('--cache DIR', () => {
    it('stores the index, and the next run gives the same report from it', () => {
      const cache = mkdtempSync(path.join(tmpdir(), 'briefing-cli-cache-'));
      try {
        const plain = run(['check', BASIC_REL, '--format', 'json']);
        const first = run(['check', BASIC_REL, '--format', 'json', '--cache', cache]);
        assert.ok(readdirSync(cache).some((f) => f.endsWith('.idx')), 'an index file in the folder');
        const env = { ...process.env, BRIEFING_DEBUG: '1' };
        const second = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', BASIC_REL, '--format', 'json', '--cache', cache], { cwd: ROOT, encoding: 'utf8', env });
        assert.match(second.stderr, /files unchanged, from the stored index/);
        assert.strictEqual(first.stdout, plain.stdout);
        assert.strictEqual(second.stdout, plain.stdout);
        assert.strictEqual(second.status, plain.status);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    });
  });

  describe('--cache DIR, sources changed since the index was stored', () => {
    it('gives the report of a run without the cache after each change', () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'briefing-cli-changes-'));
      const cache = path.join(folder, 'cache');
      const sources = path.join(folder, 'sources');
      const args = ['check', 'weekly.brief', '--format', 'json'];
      const cached = (): Run => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args, '--cache', cache], { cwd: folder, encoding: 'utf8', env: { ...process.env, BRIEFING_DEBUG: '1' } });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      const changes: Array<[what: string, change: () => void]> = [
        ['nothing', () => undefined],
        ['a file changed', () => appendFileSync(path.join(sources, 'desk-memo.txt'), '\nPrices rose 37% in a week.\n')],
        ['a file named by the manifest vanished', () => rmSync(path.join(sources, 'newsfeed-recycling.txt'))],
        ['a file added', () => writeFileSync(path.join(sources, 'late-note.txt'), 'Late note\n\nExports fell 12% in October.\n')],
        ['the manifest changed', () => writeFileSync(path.join(sources, 'sources.yaml'), readFileSync(path.join(sources, 'sources.yaml'), 'utf8').replace('title: Recyclers chase', 'title: Recyclers now chase'))],
        ['the vanished file back', () => writeFileSync(path.join(sources, 'newsfeed-recycling.txt'), 'Recyclers\n\nScrap prices rose 15%.\n')],
      ];
      try {
        cpSync(path.join(ROOT, 'examples/rare-earths'), folder, { recursive: true });
        cached(); // stores the index
        for (const [what, change] of changes) {
          change();
          const plain = run(args, folder);
          const warm = cached();
          assert.match(warm.stderr, /from the stored index|indexed afresh/, what);
          assert.strictEqual(warm.stdout, plain.stdout, what);
          assert.strictEqual(warm.status, plain.status, what);
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('exit status', () => {
    it('0 when no diagnostic is an error (warnings only)', () => {
      const r = run(['check', '--format', 'json'], fixture('clean'));
      const report = json(r);
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.deepStrictEqual(report.files.map((f) => f.path), ['notes.brief.md']);
      assert.deepStrictEqual(report.files[0].diagnostics.map((d) => d.code), ['uncited-figure']);
      assert.strictEqual(report.summary.errors, 0);
      assert.strictEqual(report.summary.warnings, 1);
    });

    it('0 with --sources DIR from another folder', () => {
      const r = run(['check', 'clean/notes.brief.md', '--sources', 'clean/sources'], FIXTURES);
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.ok(r.stdout.startsWith('clean/notes.brief.md:5:'), r.stdout);
    });

    it('--help and --version: 0', () => {
      assert.strictEqual(run(['--help']).status, 0);
      assert.match(run(['--help']).stdout, /briefing check/);
      assert.strictEqual(run(['--version']).status, 0);
    });

    const usage: Array<[name: string, args: string[], mentions: string]> = [
      ['an unknown option', ['check', BASIC_REL, '--frobnicate'], '--frobnicate'],
      ['a bad --format', ['check', BASIC_REL, '--format', 'xml'], 'format'],
      ['--format with no value', ['check', BASIC_REL, '--format'], 'format'],
      ['an unknown command', ['verify', BASIC_REL], 'verify'],
      ['a bad --severity code', ['check', BASIC_REL, '--severity', 'no-such-code=off'], 'severity'],
      ['a briefing that does not exist', ['check', 'test/cli/fixtures/nope.brief'], 'nope.brief'],
      ['a folder with no briefings', ['check', 'test/cli/fixtures/basic/sources'], 'briefings'],
      ['--cache with no value', ['check', BASIC_REL, '--cache'], 'cache'],
    ];
    for (const [name, args, mentions] of usage) {
      it(`2 for bad usage: ${name}`, () => {
        const r = run(args);
        assert.strictEqual(r.status, 2, r.stdout + r.stderr);
        assertNoCrash(r);
        const first = stderrLines(r)[0] ?? '';
        assert.ok(first.includes(mentions), `stderr: ${r.stderr}`);
        assert.strictEqual(r.stdout, '');
      });
    }

    it('2 for a missing sources folder, with a one-line reason', () => {
      const r = run(['check', 'clean/notes.brief.md', '--sources', 'no-such-folder'], FIXTURES);
      assert.strictEqual(r.status, 2);
      assertNoCrash(r);
      assert.strictEqual(stderrLines(r).length, 1, r.stderr);
      assert.match(r.stderr, /no-such-folder/);
    });

    it('2 when no dataset is found at all, with a one-line reason', () => {
      const r = run(['check', 'clean/notes.brief.md'], FIXTURES); // no ./sources here
      assert.strictEqual(r.status, 2, r.stdout + r.stderr);
      assertNoCrash(r);
      assert.strictEqual(stderrLines(r).length, 1, r.stderr);
    });

    it('2 for front matter `sources` pointing at an empty folder, with a diagnostic at the key', () => {
      const r = run(['check', '--format', 'json'], fixture('empty-sources'));
      assert.strictEqual(r.status, 2, r.stdout + r.stderr);
      assertNoCrash(r);
      assert.strictEqual(stderrLines(r).length, 1, r.stderr);
      const f = fileOf(json(r), 'brief.brief');
      const d = f.diagnostics.find((x) => x.code === 'invalid-front-matter');
      assert.ok(d, JSON.stringify(f.diagnostics));
      assert.strictEqual(d.severity, 'error');
      assert.strictEqual(slice(fixture('empty-sources'), f.path, d.range), 'sources');
    });
  });

  describe('folders and files', () => {
    it('folders are searched for *.brief and *.brief.md, nothing else', () => {
      const r = run(['check', '--format', 'json'], fixture('nested'));
      const report = json(r);
      assert.deepStrictEqual(report.files.map((f) => f.path), ['a.brief', 'sub/b.brief.md']);
      assert.strictEqual(report.summary.files, 2);
      assert.deepStrictEqual(report.files[1].diagnostics.map((d) => d.code), ['figure-mismatch']);
      assert.strictEqual(r.status, 1);
    });

    it('several PATHS: files and folders together, each briefing once', () => {
      const r = run(['check', 'nested', 'nested/a.brief', 'clean', '--sources', 'nested/sources', '--format', 'json'], FIXTURES);
      const report = json(r);
      assert.deepStrictEqual(report.files.map((f) => f.path).sort(), ['clean/notes.brief.md', 'nested/a.brief', 'nested/sub/b.brief.md']);
      assert.strictEqual(report.summary.files, 3);
    });

    it('a binary source file is reported by name while the rest loads', () => {
      const r = run(['check', '--format', 'json'], fixture('binary'));
      assertNoCrash(r);
      const report = json(r);
      assert.deepStrictEqual(fileOf(report, 'brief.brief').diagnostics, [], 'the claim is checked against iea.txt');
      const scan = fileOf(report, 'sources/scan.txt');
      assert.strictEqual(scan.diagnostics.length, 1);
      assert.match(scan.diagnostics[0].message, /scan\.txt/);
      assert.notStrictEqual(scan.diagnostics[0].severity, 'error');
      assert.strictEqual(r.status, 0);
    });

    it('malformed YAML, JSON and HTML sources never crash the checker', () => {
      for (const format of ['json', 'text', 'sarif']) {
        const r = run(['check', '--format', format], fixture('malformed'));
        assertNoCrash(r);
        assert.ok(r.status === 0 || r.status === 1, `status ${r.status}: ${r.stderr}`);
        assert.strictEqual(r.stderr, '');
      }
      const report = json(run(['check', '--format', 'json'], fixture('malformed')));
      const brief = fileOf(report, 'brief.brief');
      assert.ok(!brief.diagnostics.some((d) => d.code === 'unknown-source' && d.message.includes("'good'")), JSON.stringify(brief.diagnostics));
      assert.ok(!brief.diagnostics.some((d) => slice(fixture('malformed'), 'brief.brief', d.range) === '90%'), 'the good source still backs 90%');
      const reported = report.files.map((f) => f.path);
      for (const p of ['sources/sources.yaml', 'sources/broken-md.md']) assert.ok(reported.includes(p), `${p} not reported: ${reported}`);
    });
  });
});
