import type { Diagnostic, Severity } from '../engine/types';
import { DIAGNOSTIC_CODES } from '../engine/types';

// The three output formats of `briefing check`, spec section 6.

export interface FileDiagnostics {
  /** Relative to the current folder. */
  path: string;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function summarise(files: FileDiagnostics[], briefingCount: number): Summary {
  const count = (s: Severity): number => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);
  return { files: briefingCount, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(files: FileDiagnostics[], summary: Summary): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  lines.push(
    `${plural(summary.files, 'briefing')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.information} information, ${plural(summary.hints, 'hint')}.`,
  );
  return lines.join('\n') + '\n';
}

export function formatJson(files: FileDiagnostics[], summary: Summary, relative: (p: string) => string): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: files.map((f) => ({
          path: f.path,
          diagnostics: f.diagnostics.map((d) => ({
            code: d.code,
            severity: d.severity,
            range: d.range,
            message: d.message,
            related: d.related.map((r) => ({ path: relative(r.path), range: r.range, message: r.message })),
            fixes: d.fixes.map((x) => ({ title: x.title, range: x.edit.range, newText: x.edit.newText })),
          })),
        })),
        summary,
      },
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: FileDiagnostics[], relative: (p: string) => string, version: string): string {
  const region = (r: Diagnostic['range']) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.path }, region: region(d.range) } }],
      relatedLocations: d.related.map((r, i) => ({
        id: i,
        message: { text: r.message },
        physicalLocation: { artifactLocation: { uri: relative(r.path) }, region: region(r.range) },
      })),
      fixes: d.fixes.map((x) => ({
        description: { text: x.title },
        artifactChanges: [{ artifactLocation: { uri: f.path }, replacements: [{ deletedRegion: region(x.edit.range), insertedContent: { text: x.edit.newText } }] }],
      })),
    })),
  );
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'briefing', version, informationUri: 'https://example.invalid/briefing', rules: DIAGNOSTIC_CODES.map((id) => ({ id, shortDescription: { text: id.replace(/-/g, ' ') } })) } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
