// Test tables for the extractor: `check(text, [{ kind, text, unit, low, high, qualifier }])`.

import * as assert from 'assert';
import type { Span } from '../types';
import { extractFigures } from './extractFigures';
import type { Figure } from './types';

export type Expected = Partial<Omit<Figure, 'span'>> & { text: string };

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** Checks that `text` holds exactly the expected figures, in order, each at the first place its text occurs after the last. */
export function check(text: string, expected: Expected[], excluded: Span[] = [], from = 0, to = text.length): Figure[] {
  const found = extractFigures(text, from, to, excluded);
  const show = (fs: Figure[]): string => JSON.stringify(fs.map((f) => `${f.kind}:${f.text}`));
  assert.strictEqual(found.length, expected.length, `${JSON.stringify(text)}: found ${show(found)}`);
  let from2 = from;
  expected.forEach((e, k) => {
    const f = found[k];
    const at = text.indexOf(e.text, from2);
    assert.deepStrictEqual(f.span, { start: at, end: at + e.text.length }, `${JSON.stringify(text)} #${k}: ${show([f])}`);
    assert.strictEqual(f.text, text.slice(f.span.start, f.span.end));
    from2 = f.span.end;
    for (const key of Object.keys(e) as Array<keyof Expected>) {
      const want = e[key];
      const got = f[key];
      if (typeof want === 'number' && typeof got === 'number') {
        assert.ok(close(got, want), `${JSON.stringify(text)} #${k} ${key}: ${got} != ${want}`);
      } else assert.deepStrictEqual(got, want, `${JSON.stringify(text)} #${k} ${key}`);
    }
  });
  return found;
}

/** Checks that `text` holds no figure. */
export function none(text: string, excluded: Span[] = []): void {
  check(text, [], excluded);
}
