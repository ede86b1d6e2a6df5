import type { Diagnostic } from '../../server/src/engine/types';

// Scores diagnostics against labels: a diagnostic matches a label when it sits on the
// label's line, overlaps the label's text and has the label's code.

export interface Label {
  file: string;
  /** 1-based. */
  line: number;
  text: string;
  /** A diagnostic code, or 'ok' for a figure that must get none. */
  expect: string;
}

export interface FileResult {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

export interface Score {
  perCode: Map<string, { tp: number; fp: number; fn: number }>;
  /** Error-level diagnostics on figures labelled correct. */
  errorsOnCorrect: string[];
  falsePositives: string[];
  falseNegatives: string[];
  labels: number;
}

function labelSpan(text: string, label: Label): { line: number; start: number; end: number } | undefined {
  const line = text.split(/\r?\n/)[label.line - 1];
  if (line === undefined) return undefined;
  const at = line.indexOf(label.text);
  if (at < 0) return undefined;
  return { line: label.line - 1, start: at, end: at + label.text.length };
}

function overlaps(d: Diagnostic, span: { line: number; start: number; end: number }): boolean {
  const { start, end } = d.range;
  if (start.line > span.line || end.line < span.line) return false;
  const from = start.line === span.line ? start.character : 0;
  const to = end.line === span.line ? end.character : Infinity;
  return from < span.end && to > span.start || (from === to && from >= span.start && from <= span.end);
}

export function score(results: FileResult[], labels: Label[]): Score {
  const s: Score = { perCode: new Map(), errorsOnCorrect: [], falsePositives: [], falseNegatives: [], labels: labels.length };
  const bump = (code: string, k: 'tp' | 'fp' | 'fn'): void => {
    const e = s.perCode.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    s.perCode.set(code, e);
  };
  const byFile = new Map(results.map((r) => [r.file, r]));
  const spans = labels.map((l) => {
    const r = byFile.get(l.file);
    const span = r ? labelSpan(r.text, l) : undefined;
    if (!span) throw new Error(`label not found: ${l.file}:${l.line} '${l.text}'`);
    return { label: l, span };
  });
  for (const r of results) {
    for (const d of r.diagnostics) {
      const here = spans.filter((x) => x.label.file === r.file && overlaps(d, x.span));
      const where = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`;
      if (here.some((x) => x.label.expect === d.code)) bump(d.code, 'tp');
      else {
        bump(d.code, 'fp');
        s.falsePositives.push(`${where}${here.length ? `  [labelled ${here.map((x) => x.label.expect).join(', ')}]` : '  [unlabelled]'}`);
      }
      if (d.severity === 'error' && here.some((x) => x.label.expect === 'ok')) s.errorsOnCorrect.push(where);
    }
  }
  for (const { label, span } of spans) {
    if (label.expect === 'ok') continue;
    const r = byFile.get(label.file)!;
    if (!r.diagnostics.some((d) => d.code === label.expect && overlaps(d, span))) {
      bump(label.expect, 'fn');
      const got = r.diagnostics.filter((d) => overlaps(d, span)).map((d) => d.code);
      s.falseNegatives.push(`${label.file}:${label.line} '${label.text}' expected ${label.expect}${got.length ? `, got ${got.join(', ')}` : ', got nothing'}`);
    }
  }
  return s;
}
