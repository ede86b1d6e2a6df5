/** `to.push(...from)` without the spread: a spread passes every element on the stack, and
 * past about 120,000 (a briefing sentence's figures, a paragraph's sentences, a folder's
 * problems) it overflows. */
export function append<T>(to: T[], from: Iterable<T>): void {
  for (const x of from) to.push(x);
}
