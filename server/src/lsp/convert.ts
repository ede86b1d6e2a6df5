import { pathToFileURL, fileURLToPath } from 'node:url';
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Fix, Severity } from '../engine/types';

// Engine types to LSP types. The quick fixes ride along in `diagnostic.data`, so that code
// actions read them back from the request's context and the server keeps no state between.

const uris = new Map<string, string>();

/** A path's file URI. Remembered: every check names the same source files in related places. */
export function toUri(path: string): string {
  let uri = uris.get(path);
  if (uri === undefined) {
    if (uris.size >= 100_000) uris.clear();
    uris.set(path, (uri = pathToFileURL(path).toString()));
  }
  return uri;
}

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

const converted = new WeakMap<Diagnostic, LspDiagnostic>();

/** The LSP form of a diagnostic, made once: the engine hands back the same diagnostic object
 * for a sentence that did not change. Frozen, so that its JSON can be made once too
 * (`messageEncoder.ts`). */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  let lsp = converted.get(d);
  if (!lsp) converted.set(d, (lsp = deepFreeze(convert(d))));
  return lsp;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function convert(d: Diagnostic): LspDiagnostic {
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
