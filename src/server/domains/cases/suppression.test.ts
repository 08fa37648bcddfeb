import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count } from '../../../shared/cases';
import { interval, protectCount, protectPartitions } from './suppression';

describe('protectCount', () => {
  it('shows 0–4 as "< 5" and rounds the rest to multiples of 5', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 60].map(protectCount)).toEqual(['< 5', '< 5', '< 5', 5, 5, 10, 10, 15, 60]);
  });
});

/**
 * Independent check by brute force: enumerate every table of true counts consistent with what was
 * published, and collect the values each "< 5" cell can have. A small count (1–4) must never be
 * the only possibility.
 */
function feasibleValues(total: Count, partitions: Count[][]): Set<number>[][] {
  const [tLo, tHi] = interval(total);
  const vectors = partitions.map((p) => {
    let acc: number[][] = [[]];
    for (const cell of p) {
      const [lo, hi] = interval(cell);
      const next: number[][] = [];
      for (const v of acc) for (let x = lo; x <= Math.min(hi, 60); x++) next.push([...v, x]);
      acc = next;
    }
    return acc;
  });
  const sums = vectors.map((vs) => new Set(vs.map((v) => v.reduce((a, b) => a + b, 0))));
  const common = [...Array(Math.min(tHi, 200) + 1).keys()].filter((t) => t >= tLo && sums.every((s) => s.has(t)));
  return vectors.map((vs, i) => {
    const out = partitions[i]!.map(() => new Set<number>());
    for (const v of vs) if (common.includes(v.reduce((a, b) => a + b, 0))) v.forEach((x, j) => out[j]!.add(x));
    return out;
  });
}

describe('protectPartitions: no small count can be derived (fast-check, brute force)', () => {
  it('holds for a total with one or two breakdowns', () => {
    const partition = fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(partition, partition, fc.boolean(), (a, bRaw, two) => {
        const total = a.reduce((x, y) => x + y, 0);
        // a second breakdown of the same total: rescale b so it sums to the same total
        const parts = [a];
        if (two && total > 0) {
          const b = bRaw.map((x) => x);
          const sumB = b.reduce((x, y) => x + y, 0);
          if (sumB <= total) b[0]! += total - sumB;
          else {
            let over = sumB - total;
            for (let i = 0; i < b.length && over > 0; i++) {
              const take = Math.min(b[i]!, over);
              b[i]! -= take;
              over -= take;
            }
          }
          parts.push(b);
        }
        const published = protectPartitions(total, parts);
        const visible = published.partitions.filter((p) => p.every((c) => c !== null));
        const feasible = feasibleValues(published.total, visible);
        visible.forEach((p, i) =>
          p.forEach((cell, j) => {
            if (cell !== '< 5') return;
            const values = [...feasible[i]![j]!];
            expect(values.length === 1 && values[0]! >= 1, `${JSON.stringify({ total, parts, published })}`).toBe(false);
          }),
        );
        // withheld breakdowns are whole: every cell null, never a mix
        for (const p of published.partitions) expect(p.every((c) => c === null) || p.every((c) => c !== null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('withholds a breakdown whose small cell would follow from the total', () => {
    // 18 cases: 7 in Noord, 7 in Oost, 4 elsewhere → "5, 5, < 5" with total 20 would pin the total
    // to 18 (the most the cells can hold) and so the small cell to 4.
    const out = protectPartitions(18, [[7, 7, 4]]);
    expect(out.total).toBe(20);
    expect(out.partitions[0]).toEqual([null, null, null]);
    // 19 cases the same way leave a range for the small cell, so the breakdown is shown
    expect(protectPartitions(19, [[7, 7, 5]]).partitions[0]).toEqual([5, 5, 5]);
    expect(protectPartitions(17, [[7, 7, 3]]).partitions[0]).toEqual([5, 5, '< 5']);
  });
});
