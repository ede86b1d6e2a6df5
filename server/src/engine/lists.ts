/** `to.push(...from)` without the spread: a spread passes every element on the stack, and
 * past about 120,000 (a briefing sentence's figures, a paragraph's sentences, a folder's
 * problems) it overflows. */
export function append<T>(to: T[], from: Iterable<T>): void {
  for (const x of from) to.push(x);
}

/** The first index of `items`, sorted so that `before` holds for a run at their start and
 * for none after, at which it no longer holds: a binary search (`items.length` where it
 * holds for all). */
export function firstIndex<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
