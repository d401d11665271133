import { secondsBin, secondsBinRange } from './rollup-spec';

/**
 * The median of durations given as histogram counts (bin → n) plus a few exact
 * values, as the scan defines it: the mean of the values at ranks
 * floor((n+1)/2) and floor((n+2)/2). A value inside a bin is interpolated
 * geometrically by its rank within the bin (bins are log-spaced), so the error
 * is a fraction of one bin's width (2^(1/8) ≈ 9%), usually far less.
 */
export function medianFromBins(bins: ReadonlyMap<number, number>, exact: readonly number[]): number | null {
  const counts = new Map(bins);
  for (const v of exact) counts.set(secondsBin(v), (counts.get(secondsBin(v)) ?? 0) + 1);
  const order = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = order.reduce((a, [, n]) => a + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let before = 0;
    for (const [bin, n] of order) {
      if (rank <= before + n) {
        const [lo, hi] = secondsBinRange(bin);
        const f = (rank - before - 0.5) / n;
        return bin === 0 ? lo + (hi - lo) * f : lo * (hi / lo) ** f;
      }
      before += n;
    }
    return 0;
  };
  const a = Math.floor((total + 1) / 2);
  const b = Math.floor((total + 2) / 2);
  return (valueAt(a) + valueAt(b)) / 2;
}
