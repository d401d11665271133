import { describe, expect, it } from 'vitest';
import { planRanges } from './rollup-ranges';
import { DAY, HOUR, QUARTER, secondsBin } from './rollup-spec';
import { medianFromBins } from './seconds-histogram';

const T = Date.parse('2026-03-01T00:00:00Z');

describe('planRanges', () => {
  it('covers a range with days in the middle, hours and quarters at the ends, and scans only the rest', () => {
    const from = T - 2 * HOUR - QUARTER - 5_000; // 21:44:55 the day before
    const to = T + 2 * DAY + HOUR + 20 * 60_000; // 01:20 two days on
    const p = planRanges([[from, to]], [QUARTER, HOUR, DAY]);
    expect(p.slots).toEqual([
      { grain: QUARTER, from: T - 2 * HOUR - QUARTER, to: T - 2 * HOUR },
      { grain: HOUR, from: T - 2 * HOUR, to: T },
      { grain: DAY, from: T, to: T + 2 * DAY },
      { grain: HOUR, from: T + 2 * DAY, to: T + 2 * DAY + HOUR },
      { grain: QUARTER, from: T + 2 * DAY + HOUR, to: T + 2 * DAY + HOUR + QUARTER },
    ]);
    expect(p.raw).toEqual([
      { from, to: T - 2 * HOUR - QUARTER, index: 0 },
      { from: T + 2 * DAY + HOUR + QUARTER, to, index: 0 },
    ]);
  });

  it('merges slots of one grain across buckets and never lets a slot cross a bucket edge', () => {
    // Day buckets of a zone at UTC+5:45: each bucket is hours plus quarters, no whole UTC day.
    const off = 5 * HOUR + 45 * 60_000;
    const edges = [T - off, T + DAY - off, T + 2 * DAY - off];
    const p = planRanges([[edges[0] ?? 0, edges[1] ?? 0], [edges[1] ?? 0, edges[2] ?? 0]], [QUARTER, HOUR, DAY]);
    expect(p.raw).toEqual([]);
    for (const s of p.slots) expect(s.grain).not.toBe(DAY);
    const covered = p.slots.reduce((a, s) => a + (s.to - s.from), 0);
    expect(covered).toBe(2 * DAY);
  });
});

describe('medianFromBins', () => {
  it('is close to the exact median of log-spread durations', () => {
    const values = Array.from({ length: 5001 }, (_, i) => 2 + (i * i) % 7919);
    const bins = new Map<number, number>();
    for (const v of values) bins.set(secondsBin(v), (bins.get(secondsBin(v)) ?? 0) + 1);
    const exact = [...values].sort((a, b) => a - b)[2500] ?? 0;
    const approx = medianFromBins(bins, []) ?? 0;
    expect(Math.abs(approx - exact) / exact).toBeLessThan(0.05);
  });

  it('averages the two middle ranks and takes exact values into account', () => {
    expect(medianFromBins(new Map(), [])).toBeNull();
    expect(medianFromBins(new Map(), [0.5])).toBeCloseTo(0.5, 1);
    const m = medianFromBins(new Map([[secondsBin(100), 1]]), [100]) ?? 0;
    expect(m).toBeGreaterThan(95);
    expect(m).toBeLessThan(105);
  });
});
