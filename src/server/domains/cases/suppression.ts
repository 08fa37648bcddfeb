/**
 * Small-count protection for aggregates shown to roles without exact access (docs/privacy.md,
 * "Kleine aantallen"):
 * 1. every count of 0–4 is shown as "< 5";
 * 2. every other count is rounded to the nearest multiple of 5 (so no published figure, the
 *    total included, is exact, and subtraction gives a range, not a number);
 * 3. a check then works out, from everything published about one population (the total and every
 *    breakdown that splits it), the range each "< 5" cell can still have. When that range is a
 *    single value of 1–4, the small count could be derived, and the breakdown that gives it away is
 *    withheld (its cells become null). This repeats until nothing can be derived.
 */
import type { Count } from '../../../shared/cases';

export const SMALL = '< 5' as const;

/** One count, protected: "< 5" for 0–4, otherwise rounded to a multiple of 5. */
export function protectCount(n: number): Count {
  if (n < 5) return SMALL;
  return Math.round(n / 5) * 5;
}

/** The true values a published count can stand for. */
export function interval(p: Count): [number, number] {
  if (p === null) return [0, Infinity];
  if (p === SMALL) return [0, 4];
  return [Math.max(5, p - 2), p + 2];
}

/**
 * Protects a total and the breakdowns ("partitions") that each split the same total.
 * Returns the published total and breakdowns; withheld breakdowns have every cell null.
 */
export function protectPartitions(total: number, partitions: number[][]): { total: Count; partitions: Count[][] } {
  const publishedTotal = protectCount(total);
  const published: Count[][] = partitions.map((cells) => cells.map(protectCount));
  const withheld = new Set<number>();
  for (;;) {
    const leak = findDerivable(publishedTotal, published.filter((_, i) => !withheld.has(i)));
    if (leak === null) break;
    const index = published.findIndex((p, i) => !withheld.has(i) && p === leak);
    withheld.add(index);
  }
  return { total: publishedTotal, partitions: published.map((p, i) => (withheld.has(i) ? p.map(() => null) : p)) };
}

/** The first breakdown in which a "< 5" cell can be pinned to one value of 1–4, or null. */
export function findDerivable(total: Count, partitions: Count[][]): Count[] | null {
  let [tLo, tHi] = interval(total);
  for (const p of partitions) {
    const ranges = p.map(interval);
    tLo = Math.max(tLo, ranges.reduce((s, r) => s + r[0], 0));
    tHi = Math.min(tHi, ranges.reduce((s, r) => s + r[1], 0));
  }
  for (const p of partitions) {
    const ranges = p.map(interval);
    const sumLo = ranges.reduce((s, r) => s + r[0], 0);
    const sumHi = ranges.reduce((s, r) => s + r[1], 0);
    for (const [i, cell] of p.entries()) {
      if (cell !== SMALL) continue;
      const [lo, hi] = ranges[i]!;
      const othersLo = sumLo - lo;
      const othersHi = sumHi - hi;
      const min = Math.max(lo, tLo - othersHi);
      const max = Math.min(hi, tHi - othersLo);
      if (min === max && min >= 1) return p;
    }
  }
  return null;
}
