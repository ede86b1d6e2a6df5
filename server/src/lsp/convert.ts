import { pathToFileURL, fileURLToPath } from 'node:url';
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Fix, Severity } from '../engine/types';

// Engine types to LSP types. The quick fixes ride along in `diagnostic.data`, so that code
// actions read them back from the request's context and the server keeps no state between.

export const toUri = (path: string): string => pathToFileURL(path).toString();

export function toPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  fixes: Fix[];
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'briefing',
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri: toUri(r.path), range: r.range }, message: r.message })),
    data: { fixes: d.fixes } satisfies DiagnosticData,
  };
}

export function codeActionsFor(uri: string, diagnostics: LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'briefing') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: { changes: { [uri]: [fix.edit] } },
      });
    }
  }
  return actions;
}
