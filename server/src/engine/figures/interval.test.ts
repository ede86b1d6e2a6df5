import * as assert from 'assert';
import { intervalOf } from './interval';
import type { Figure, Interval, Qualifier } from './types';

function fig(kind: Figure['kind'], qualifier: Qualifier, low: number, high = low): Figure {
  return { kind, qualifier, low, high, unit: kind === 'percent' ? '%' : 'x', precision: 1, span: { start: 0, end: 1 }, text: 'x' };
}

function iv(low: number, high: number, lowOpen = false, highOpen = false): Interval {
  return { low, high, lowOpen, highOpen };
}

function near(a: Interval, b: Interval): void {
  const close = (x: number, y: number): boolean => x === y || Math.abs(x - y) < 1e-9;
  assert.ok(close(a.low, b.low) && close(a.high, b.high) && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen, `${JSON.stringify(a)} != ${JSON.stringify(b)}`);
}

describe('intervalOf', () => {
  const t = 0.05;
  const cases: Array<[string, Figure, Interval]> = [
    ['exact', fig('count', 'exact', 17), iv(17, 17)],
    ['approximate', fig('count', 'approximate', 100), iv(95, 105)],
    ['approximate percent, capped at 100', fig('percent', 'approximate', 98), iv(93.1, 100)],
    ['nearly: up to twice the tolerance below', fig('percent', 'nearly', 90), iv(81, 90)],
    ['more-than', fig('count', 'more-than', 17), iv(17, Infinity, true, true)],
    ['more-than percent stays at most 100', fig('percent', 'more-than', 90), iv(90, 100, true, false)],
    ['more-than a percent over 100', fig('percent', 'more-than', 150), iv(150, Infinity, true, true)],
    ['at-least', fig('money', 'at-least', 5e9), iv(5e9, Infinity, false, true)],
    ['at-least percent', fig('percent', 'at-least', 40), iv(40, 100)],
    ['less-than', fig('percent', 'less-than', 5), iv(0, 5, false, true)],
    ['less-than a negative value', fig('percent', 'less-than', -5), iv(-Infinity, -5, true, true)],
    ['at-most', fig('quantity', 'at-most', 5e9), iv(0, 5e9)],
    ['range', fig('percent', 'range', 60, 70), iv(60, 70)],
    ['approximate range', fig('percent', 'approximate', 60, 70), iv(57, 73.5)],
    ['approximate year: one year either side', fig('year', 'approximate', 2030), iv(2029, 2031)],
  ];
  for (const [name, f, want] of cases) it(name, () => near(intervalOf(f, t), want));

  it('treats a bad tolerance as none', () => {
    near(intervalOf(fig('count', 'approximate', 100), NaN), iv(100, 100));
    near(intervalOf(fig('count', 'approximate', 100), -1), iv(100, 100));
  });
});
