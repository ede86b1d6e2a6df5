import * as assert from 'node:assert';
import type { Diagnostic } from '../engine/types';
import { formatJson, formatSarif, formatText, summarise, type FileDiagnostics } from './formatters';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'figure-mismatch',
  severity: 'error',
  range: range(2, 4, 7),
  message: "'70%' disagrees with iea, which says '90%'",
  related: [],
  fixes: [],
  ...over,
});

const FILES: FileDiagnostics[] = [
  {
    path: 'briefs/weekly.brief',
    diagnostics: [
      d({ related: [{ path: '/abs/sources/iea.txt', range: range(9, 0, 40), message: 'iea says 90%' }], fixes: [{ title: 'Use 90%', edit: { range: range(2, 4, 7), newText: '90%' } }] }),
      d({ code: 'uncited-figure', severity: 'warning', range: range(5, 0, 3), message: "'25%' cites no source." }),
      d({ code: 'figure-more-specific', severity: 'information', range: range(6, 1, 4), message: 'm' }),
    ],
  },
  { path: 'briefs/empty.brief', diagnostics: [] },
];
const relative = (p: string) => p.replace('/abs/', '');

describe('cli/formatters', () => {
  it('summarise counts by severity and takes the briefing count', () => {
    assert.deepStrictEqual(summarise(FILES, 2), { files: 2, errors: 1, warnings: 1, information: 1, hints: 0 });
  });

  it('text: 1-based positions, then the summary', () => {
    assert.strictEqual(
      formatText(FILES, summarise(FILES, 2)),
      [
        "briefs/weekly.brief:3:5: error figure-mismatch: '70%' disagrees with iea, which says '90%'",
        "briefs/weekly.brief:6:1: warning uncited-figure: '25%' cites no source.",
        'briefs/weekly.brief:7:2: information figure-more-specific: m',
        '2 briefings checked: 1 error, 1 warning, 1 information, 0 hints.',
        '',
      ].join('\n'),
    );
  });

  it('text: singular and plural in the summary', () => {
    assert.strictEqual(formatText([], { files: 1, errors: 2, warnings: 0, information: 3, hints: 1 }), '1 briefing checked: 2 errors, 0 warnings, 3 information, 1 hint.\n');
  });

  it('json: spec section 6, related paths made relative', () => {
    const out = JSON.parse(formatJson(FILES, summarise(FILES, 2), relative));
    assert.strictEqual(out.version, 1);
    assert.deepStrictEqual(out.summary, { files: 2, errors: 1, warnings: 1, information: 1, hints: 0 });
    assert.deepStrictEqual(out.files[0].diagnostics[0], {
      code: 'figure-mismatch',
      severity: 'error',
      range: range(2, 4, 7),
      message: "'70%' disagrees with iea, which says '90%'",
      related: [{ path: 'sources/iea.txt', range: range(9, 0, 40), message: 'iea says 90%' }],
      fixes: [{ title: 'Use 90%', range: range(2, 4, 7), newText: '90%' }],
    });
    assert.deepStrictEqual(out.files[1], { path: 'briefs/empty.brief', diagnostics: [] });
  });

  it('sarif: 2.1.0, levels, 1-based regions, related locations and fixes', () => {
    const out = JSON.parse(formatSarif(FILES, relative, '9.9.9'));
    assert.strictEqual(out.version, '2.1.0');
    const run = out.runs[0];
    assert.strictEqual(run.tool.driver.version, '9.9.9');
    assert.deepStrictEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'note']);
    const first = run.results[0];
    assert.strictEqual(run.tool.driver.rules[first.ruleIndex].id, 'figure-mismatch');
    assert.deepStrictEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'briefs/weekly.brief' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 },
    });
    assert.strictEqual(first.relatedLocations[0].physicalLocation.artifactLocation.uri, 'sources/iea.txt');
    assert.deepStrictEqual(first.fixes[0].artifactChanges[0].replacements[0], {
      deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 },
      insertedContent: { text: '90%' },
    });
  });
});
