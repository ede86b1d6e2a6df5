import * as path from 'node:path';
import type { CheckOptions } from '../check/options';
import { Engine, type CheckResult } from '../engine';
import type { Diagnostic, DiagnosticCode } from '../types';
import { fixture, type Fixture } from './fixture';
import { textAt } from './edits';

// Checks the briefing of a fixture through the engine's facade, the way the shells do.

export interface FixtureCheck extends CheckResult {
  fixture: Fixture;
  engine: Engine;
  /** The briefing's path and text. */
  path: string;
  text: string;
}

function isBriefing(p: string): boolean {
  return p.endsWith('.brief') || p.endsWith('.brief.md');
}

/**
 * Checks the fixture's briefing (its first `*.brief`/`*.brief.md` file, or `briefing` when
 * given). The default source folder is `sources` beside the briefing.
 */
export async function checkFixture(text: string, options: Partial<CheckOptions> = {}, briefing?: string): Promise<FixtureCheck> {
  const f = fixture(text);
  const target = briefing ?? Object.keys(f.files).find(isBriefing);
  if (!target) throw new Error('fixture: no briefing file');
  const engine = new Engine({ fs: f.fs });
  const result = await engine.check({ path: target, text: f.files[target], defaultSources: path.posix.join(path.posix.dirname(target), 'sources'), options });
  return { ...result, fixture: f, engine, path: target, text: f.files[target] };
}

/** `code@covered text` for each diagnostic: short, readable assertions. */
export function summarize(text: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${textAt(text, d.range)}`);
}

export function withCode(diagnostics: readonly Diagnostic[], code: DiagnosticCode): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}
