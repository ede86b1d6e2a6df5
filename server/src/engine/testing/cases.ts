import * as assert from 'node:assert';
import type { CheckOptions } from '../check/options';
import type { DiagnosticCode } from '../types';
import { checkFixture, summarize, type FixtureCheck } from './check';
import { dedent } from './fixture';
import { applyFix } from './edits';

// Table-style engine tests: a fixture, what the briefing's diagnostics must be, and what
// its quick fixes must turn the text into.

export interface FixExpectation {
  /** The diagnostic, as `code@covered text`. */
  at: string;
  /** The fix's title must contain this; default: the first fix. */
  title?: string;
  /** The briefing after the fix (dedented; trailing white space ignored). */
  result: string;
}

export interface CheckCase {
  name: string;
  fixture: string;
  options?: Partial<CheckOptions>;
  /** Exactly these diagnostics, as `code@covered text`, in document order. */
  expect?: string[];
  /** Diagnostics that must be among them (when others may come too). */
  includes?: string[];
  /** Codes that must not appear. */
  absent?: DiagnosticCode[];
  /** Each message of a diagnostic `code@text` must contain these strings. */
  messages?: Array<{ at: string; contains: string[] }>;
  fixes?: FixExpectation[];
  /** Extra assertions on the result. */
  then?: (r: FixtureCheck) => void;
}

function find(r: FixtureCheck, at: string) {
  const all = summarize(r.text, r.diagnostics);
  const i = all.indexOf(at);
  assert.ok(i >= 0, `no diagnostic ${at}; got ${JSON.stringify(all)}`);
  return r.diagnostics[i];
}

export async function runCase(c: CheckCase): Promise<FixtureCheck> {
  const r = await checkFixture(c.fixture, c.options);
  const got = summarize(r.text, r.diagnostics);
  const detail = (): string => r.diagnostics.map((d) => `\n  ${d.code}: ${d.message}`).join('');
  if (c.expect) assert.deepStrictEqual(got, c.expect, `diagnostics differ:${detail()}`);
  for (const at of c.includes ?? []) assert.ok(got.includes(at), `missing ${at}; got ${JSON.stringify(got)}${detail()}`);
  for (const code of c.absent ?? []) {
    assert.ok(!got.some((g) => g.startsWith(`${code}@`)), `unexpected ${code}; got ${JSON.stringify(got)}${detail()}`);
  }
  for (const m of c.messages ?? []) {
    const d = find(r, m.at);
    for (const s of m.contains) assert.ok(d.message.includes(s), `message of ${m.at} lacks ${JSON.stringify(s)}: ${d.message}`);
  }
  for (const f of c.fixes ?? []) {
    const d = find(r, f.at);
    const fix = f.title === undefined ? d.fixes[0] : d.fixes.find((x) => x.title.includes(f.title!));
    assert.ok(fix, `${f.at} has no fix${f.title ? ` titled '${f.title}'` : ''}; fixes: ${JSON.stringify(d.fixes.map((x) => x.title))}`);
    assert.strictEqual(applyFix(r.text, fix).trimEnd(), dedent(f.result).trimEnd(), `fix '${fix.title}'`);
  }
  c.then?.(r);
  return r;
}

/** One mocha `it` per case. */
export function checkCases(cases: CheckCase[]): void {
  for (const c of cases) it(c.name, async () => void (await runCase(c)));
}
