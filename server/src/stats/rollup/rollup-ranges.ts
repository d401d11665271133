// Splitting a time range into whole rollup slots plus the leftover edges,
// which are scanned. The biggest grain that fits goes in the middle and the
// ends are split with the next finer grain, so a month is ~30 day slots plus
// a few hours and quarters, and only what is finer than the finest grain is
// ever scanned.

/** Rollup slots of one grain whose starts are in [from, to). */
export interface SlotRange {
  grain: number;
  from: number;
  to: number;
}

export interface RangePlan {
  slots: SlotRange[];
  /** Leftover ranges [from, to) to scan, each tagged with the index of its interval. */
  raw: { from: number; to: number; index: number }[];
}

/** The time bounds used when a filter leaves one open (times are epoch ms, after 1970). */
export const MIN_TIME = 0;
export const MAX_TIME = 8_640_000_000_000_000;

function split(from: number, to: number, grains: readonly number[], index: number, out: RangePlan): void {
  if (from >= to) return;
  const [grain, ...finer] = grains;
  if (grain === undefined) {
    out.raw.push({ from, to, index });
    return;
  }
  const a = Math.ceil(from / grain) * grain;
  const b = Math.floor(to / grain) * grain;
  if (a >= b) return split(from, to, finer, index, out);
  split(from, a, finer, index, out);
  const last = out.slots.at(-1);
  if (last && last.grain === grain && last.to === a) last.to = b;
  else out.slots.push({ grain, from: a, to: b });
  split(b, to, finer, index, out);
}

/**
 * Plans intervals (each [from, to), in time order, not overlapping) over
 * rollups kept at `grains` (finest first). Every slot lies inside one
 * interval, so a slot's start tells which interval (bucket) it belongs to.
 */
export function planRanges(intervals: readonly [number, number][], grains: readonly number[]): RangePlan {
  const coarseFirst = [...grains].sort((x, y) => y - x);
  const out: RangePlan = { slots: [], raw: [] };
  intervals.forEach(([from, to], index) => split(from, to, coarseFirst, index, out));
  return out;
}

/** SQL selecting the planned slots (columns `grain`, `slot`), with `?` placeholders. */
export function slotsSql(slots: readonly SlotRange[]): { where: string; params: number[] } {
  if (!slots.length) return { where: '1 = 0', params: [] };
  return {
    where: `(${slots.map(() => '(grain = ? AND slot >= ? AND slot < ?)').join(' OR ')})`,
    params: slots.flatMap((s) => [s.grain, s.from, s.to]),
  };
}

/** The intervals of buckets [edges[i], edges[i+1]) clipped to [from, to). */
export function bucketIntervals(edges: readonly number[], from = MIN_TIME, to = MAX_TIME): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i++) out.push([Math.max(edges[i] ?? 0, from), Math.min(edges[i + 1] ?? 0, to)]);
  return out;
}
