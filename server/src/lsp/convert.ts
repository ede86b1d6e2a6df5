import { pathToFileURL, fileURLToPath } from 'node:url';
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Range, Severity } from '../engine/types';

// Engine types to LSP types. The quick fixes stay on the server: a code action request
// names its diagnostics, and they are found again in the document's check by code, range
// and message (as vscode-eslint finds its fixes). Carried in every diagnostic, the fixes
// were an eighth of the report the editor parses after every keystroke; and a diagnostic
// the document has since moved away from finds none, so no fix is applied at a stale place.

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
  };
}

const keyOf = (code: unknown, range: Range, message: string): string =>
  `${String(code)}\u0000${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}\u0000${message}`;

const byKey = new WeakMap<Diagnostic[], Map<string, Diagnostic>>();

/** The engine's diagnostic that an editor's diagnostic stands for, in a check's diagnostics. */
function engineDiagnostic(diagnostic: LspDiagnostic, checked: Diagnostic[]): Diagnostic | undefined {
  let found = byKey.get(checked);
  if (!found) {
    found = new Map();
    for (const d of checked) found.set(keyOf(d.code, d.range, d.message), d);
    byKey.set(checked, found);
  }
  return found.get(keyOf(diagnostic.code, diagnostic.range, diagnostic.message));
}

/** The quick fixes of the editor's diagnostics of ours, from the document's check. */
export function codeActionsFor(uri: string, diagnostics: LspDiagnostic[], checked: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'briefing') continue;
    for (const fix of engineDiagnostic(diagnostic, checked)?.fixes ?? []) {
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
