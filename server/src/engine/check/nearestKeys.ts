import { editDistance } from '../text/editDistance';

/** Known keys close to a mistyped one, nearest first: a typo, a missing part, other case. */
export function nearestKeys(key: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(key.length / 3));
  const lower = key.toLowerCase();
  return known
    .map((k) => {
      const kl = k.toLowerCase();
      let d = editDistance(lower, kl, limit);
      // `iea` for `iea-critical-minerals-2024`: a key that starts the same way is close too.
      if (d > limit && (kl.startsWith(lower) || lower.startsWith(kl)) && Math.min(kl.length, lower.length) >= 3) d = limit;
      return { k, d };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((x) => x.k);
}
