import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, uriOf } from './lspClient';
import { lineAt, textIn } from './textEdits';
import { briefingsUnder, copyExample, removeFolder, runCliJson, SEVERITY_NUMBER, type CliDiagnostic } from './workspace';

// Pull diagnostics for the example briefing: the codes it plants, exact ranges, messages,
// and equality with `briefing check --format json` on the same files. Then the workspace
// pull, and the dataset's own diagnostics pushed for the manifest.

/** Every code the example briefing plants (expected.json); invalid-source-metadata is in the manifest. */
const BRIEF_CODES = [
  'conflicting-claims',
  'conflicting-sources',
  'figure-mismatch',
  'figure-more-specific',
  'figure-not-in-source',
  'invalid-front-matter',
  'quote-mismatch',
  'quote-not-in-source',
  'uncited-figure',
  'unknown-source',
];

/** A line of expected.json: 1-based line, the text concerned, the code expected or `ok`. */
interface Label {
  file: string;
  line: number;
  text: string;
  expect: string;
}

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function only(diagnostics: Diagnostic[], code: string, line: number): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code && d.range.start.line === line);
  assert.equal(found.length, 1, `one ${code} on line ${line}, got ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line]))}`);
  return found[0];
}

/** The CLI's diagnostic in the LSP's shape, for comparison. */
function fromCli(d: CliDiagnostic, folder: string) {
  return {
    code: d.code,
    severity: SEVERITY_NUMBER[d.severity],
    range: d.range,
    message: d.message,
    related: d.related.map((r) => ({ uri: uriOf(path.resolve(folder, r.path)), range: r.range, message: r.message })),
    fixes: d.fixes.map((f) => ({ title: f.title, range: f.range, newText: f.newText })),
  };
}

/** The editor's diagnostic, with its quick fixes (asked for as code actions). */
async function fromLsp(client: LspClient, uri: string, d: Diagnostic) {
  const fixes = await client.fixes(uri, d);
  return {
    code: d.code,
    severity: d.severity,
    range: d.range,
    message: d.message,
    related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri, range: r.location.range, message: r.message })),
    fixes: fixes.map((f) => ({ title: f.title, range: f.range, newText: f.newText })),
  };
}

describe('protocol: diagnostics', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;
  let text: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    uri = await client.open('weekly.brief');
    text = client.text(uri);
    diagnostics = await client.pull(uri);
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('marks every diagnostic as coming from briefing', () => {
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) assert.equal(d.source, 'briefing', JSON.stringify(d));
  });

  it('reports every code the example plants, and no other', () => {
    assert.deepEqual([...new Set(diagnostics.map((d) => String(d.code)))].sort(), BRIEF_CODES);
  });

  it('reports exactly the problems that expected.json labels, each on its text', () => {
    const labels = (JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { labels: Label[] }).labels.filter(
      (l) => l.file === 'weekly.brief',
    );
    const matches = (d: Diagnostic, l: Label): boolean => {
      const covered = textIn(text, d.range);
      return d.code === l.expect && d.range.start.line === l.line - 1 && (covered.includes(l.text) || l.text.includes(covered));
    };
    const missing = labels.filter((l) => l.expect !== 'ok' && !diagnostics.some((d) => matches(d, l)));
    const unexpected = diagnostics.filter((d) => !labels.some((l) => matches(d, l)));
    const show = (d: Diagnostic) => `${d.code} line ${d.range.start.line + 1} '${textIn(text, d.range)}': ${d.message}`;
    assert.deepEqual(
      { missing: missing.map((l) => `${l.expect} line ${l.line} '${l.text}'`), unexpected: unexpected.map(show) },
      { missing: [], unexpected: [] },
    );
  });

  // Exact 0-based ranges: a citation diagnostic covers the key, a quotation's the quoted
  // words, a front-matter one the key, a figure's the figure.
  const RANGES: Array<[code: string, range: ReturnType<typeof at>, covered: string]> = [
    ['invalid-front-matter', at(2, 0, 4), 'date'],
    ['unknown-source', at(20, 109, 121), 'wire-control'],
    ['quote-not-in-source', at(24, 233, 286), 'a shield for national security, not a weapon of trade'],
    ['figure-more-specific', at(33, 15, 18), '88%'],
    ['figure-mismatch', at(35, 135, 139), '2019'],
    ['conflicting-sources', at(37, 12, 15), '90%'],
    ['quote-mismatch', at(49, 41, 91), 'The Middle East has oil, but China has rare earths'],
  ];
  for (const [code, range, covered] of RANGES) {
    it(`places the ${code} on line ${range.start.line} exactly, on '${covered}'`, () => {
      const d = only(diagnostics, code, range.start.line);
      assert.deepEqual(d.range, range);
      assert.equal(textIn(text, d.range), covered);
    });
  }

  it('covers a qualified figure’s text, its number last', () => {
    // The spec leaves open whether the qualifier (`about`, `up to`) is part of the range.
    assert.match(textIn(text, only(diagnostics, 'uncited-figure', 14).range), /^(about )?80%$/);
    assert.match(textIn(text, only(diagnostics, 'uncited-figure', 33).range), /^(up to )?99%$/);
    assert.match(textIn(text, only(diagnostics, 'figure-not-in-source', 37).range), /^(about )?1%$/);
    assert.match(textIn(text, only(diagnostics, 'figure-mismatch', 47).range), /^(roughly )?\$8 billion$/);
    assert.match(textIn(text, only(diagnostics, 'conflicting-claims', 35).range), /^(between )?60 and 70%$/);
  });

  it('uses the default severities', () => {
    const severity = (code: string) => new Set(diagnostics.filter((d) => d.code === code).map((d) => d.severity));
    assert.deepEqual(severity('figure-mismatch'), new Set([1]));
    assert.deepEqual(severity('unknown-source'), new Set([1]));
    assert.deepEqual(severity('uncited-figure'), new Set([2]));
    assert.deepEqual(severity('figure-more-specific'), new Set([3]));
  });

  // Messages name the figure, the source and the source's own words.
  const MESSAGES: Array<[code: string, line: number, words: RegExp[]]> = [
    ['figure-mismatch', 35, [/'2019'/, /tr-consolidation/, /formed in 2021/]],
    ['figure-mismatch', 47, [/\$8 billion/, /hkt-history/, /roughly \$80 billion/]],
    ['figure-more-specific', 33, [/'88%'/, /mpi-dependence/, /85-90%/]],
    ['conflicting-sources', 37, [/'90%'/, /mpi-dependence/, /tr-magnets/, /over 93%/]],
    ['figure-not-in-source', 37, [/1%/, /mpi-dependence/, /para 2/]],
    ['unknown-source', 20, [/'wire-control'/, /'wire-controls'/]],
    ['uncited-figure', 14, [/80%/, /mpi-dependence/, /60-70%/]],
    ['uncited-figure', 33, [/99%/, /mpi-dependence/]],
    ['conflicting-claims', 35, [/60 and 70%/, /80%/, /line 15/]],
    ['quote-mismatch', 49, [/hkt-history/, /The Middle East has oil, China has rare earths/]],
    ['quote-not-in-source', 24, [/a shield for national security/, /wire-controls/]],
    ['invalid-front-matter', 2, [/date/, /YYYY-MM-DD/]],
  ];
  for (const [code, line, words] of MESSAGES) {
    it(`says what and where in the ${code} message on line ${line}`, () => {
      const { message } = only(diagnostics, code, line);
      for (const w of words) assert.match(message, w);
    });
  }

  it('points related information at the source line or the other sentence', () => {
    const mismatch = only(diagnostics, 'figure-mismatch', 35);
    const related = mismatch.relatedInformation?.[0];
    assert.ok(related, 'related information');
    assert.equal(related.location.uri, client.uri('sources/trade-archive.json'));
    const sourceLine = lineAt(fs.readFileSync(client.pathOf('sources/trade-archive.json'), 'utf8'), related.location.range.start.line);
    assert.match(sourceLine, /formed in 2021/);
    const claims = only(diagnostics, 'conflicting-claims', 35);
    assert.equal(claims.relatedInformation?.[0]?.location.uri, uri);
    assert.equal(claims.relatedInformation?.[0]?.location.range.start.line, 14);
  });

  it('gives the same diagnostics and quick fixes as `briefing check --format json`', async () => {
    const report = runCliJson(folder, ['weekly.brief']);
    const file = report.files.find((f) => f.path === 'weekly.brief');
    assert.ok(file, `weekly.brief in ${report.files.map((f) => f.path).join(', ')}`);
    const lsp = await Promise.all(diagnostics.map((d) => fromLsp(client, uri, d)));
    assert.deepEqual(lsp, file.diagnostics.map((d) => fromCli(d, folder)));
    assert.ok(lsp.some((d) => d.fixes.length > 0));
  });

  it('pushes the manifest’s own diagnostics, as the CLI reports them', async () => {
    const manifest = client.uri('sources/sources.yaml');
    const pushed = await client.waitFor(() => client.published.get(manifest), 'diagnostics for sources.yaml');
    const manifestText = fs.readFileSync(client.pathOf('sources/sources.yaml'), 'utf8');
    const d = pushed.find((x) => x.code === 'invalid-source-metadata');
    assert.ok(d, JSON.stringify(pushed));
    assert.equal(d.source, 'briefing');
    assert.equal(d.range.start.line, 30);
    assert.match(textIn(manifestText, d.range), /G/);
    const cli = runCliJson(folder, ['weekly.brief']).files.find((f) => f.path === path.join('sources', 'sources.yaml'));
    assert.ok(cli, 'the CLI reports sources.yaml');
    assert.deepEqual(
      pushed.map((x) => ({ code: x.code, range: x.range, message: x.message, severity: x.severity })),
      cli.diagnostics.map((x) => ({ code: x.code, range: x.range, message: x.message, severity: SEVERITY_NUMBER[x.severity] })),
    );
  });

  it('reports its indexing status', async () => {
    const status = await client.waitFor(
      () => client.statuses.find((s) => (s as { indexing?: boolean }).indexing === false) as { sources: number; datasets: number } | undefined,
      'briefing/status',
    );
    assert.equal(status.sources, 8);
    assert.equal(status.datasets, 1);
  });

  it('answers workspace/diagnostic with a report for every briefing', async () => {
    const second = path.join(folder, 'archive', 'second.brief');
    fs.mkdirSync(path.dirname(second), { recursive: true });
    fs.writeFileSync(second, '---\nsources: ../sources\n---\n\n# Archive\n\nChina mines 60-70% of the world’s rare earths [@mpi-dependence].\nThe Middle East has oil [@no-such-source].\n');
    const result = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const uris = result.items.map((r) => r.uri).sort();
    assert.deepEqual(uris, briefingsUnder(folder).map(uriOf).sort());
    const weekly = result.items.find((r) => r.uri === uri);
    assert.ok(weekly && weekly.kind === 'full');
    assert.equal(weekly.version, 1);
    assert.deepEqual(weekly.items, diagnostics);
    const other = result.items.find((r) => r.uri === uriOf(second));
    assert.ok(other && other.kind === 'full');
    assert.equal(other.version, null);
    assert.deepEqual(
      other.items.map((d) => [d.code, d.range.start.line]),
      [['unknown-source', 7]],
    );
  });
});
