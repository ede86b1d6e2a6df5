// Small statistics helpers for the benchmark.

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  if (samples.length === 0) return { n: 0, median: NaN, p95: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

/** `count` items spread evenly over the list (repeating when it is shorter). */
export function samplePositions<T>(items: T[], count: number): T[] {
  if (items.length === 0 || count <= 0) return [];
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(items[Math.floor(((i + 0.5) * items.length) / count) % items.length]!);
  return out;
}
