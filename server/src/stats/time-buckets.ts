/**
 * Bucket edges for time series, at local midnights or local hours of an IANA
 * time zone. Edges are computed here (not in SQL) so that both stores bucket
 * the same way: a day in Europe/Berlin is 23 or 25 hours long on the days the
 * clocks change, and a zone like Asia/Kolkata has hours starting at :30 UTC.
 */
export type BucketSize = 'hour' | 'day';

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when `tz` is a time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localTime(ms: number, tz: string): LocalTime {
  const out: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year ?? 1970, month: out.month ?? 1, day: out.day ?? 1, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

/** Local minus UTC, in ms, at instant `ms`. */
function offsetAt(ms: number, tz: string): number {
  const t = localTime(ms, tz);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a local wall-clock hour. A repeated hour (clocks going back)
 * maps to its first occurrence; an hour skipped by a DST jump maps to the
 * instant the clocks jumped.
 */
export function zonedToUtc(year: number, month: number, day: number, hour: number, tz: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  // Candidates with the offsets in force half a day before and after.
  const candidates = [asUtc - offsetAt(asUtc - 12 * HOUR, tz), asUtc - offsetAt(asUtc + 12 * HOUR, tz)];
  const matches = candidates.filter((c) => {
    const t = localTime(c, tz);
    return t.year === year && t.month === month && t.day === day && t.hour === hour && t.minute === 0;
  });
  return matches.length ? Math.min(...matches) : Math.max(...candidates);
}

/** Start of the local bucket containing `ms`. */
export function bucketStart(ms: number, bucket: BucketSize, tz: string): number {
  const t = localTime(ms, tz);
  if (bucket === 'hour') return Math.floor(ms / 1000) * 1000 - (t.minute * 60 + t.second) * 1000;
  return zonedToUtc(t.year, t.month, t.day, 0, tz);
}

function nextBucket(start: number, bucket: BucketSize, tz: string): number {
  const t = localTime(start, tz);
  if (bucket === 'day') {
    // Date.UTC normalises day overflow (31 Jan + 1 = 1 Feb).
    const d = new Date(Date.UTC(t.year, t.month - 1, t.day + 1));
    return zonedToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, tz);
  }
  // One real hour on, realigned to the local hour (offsets may move by 30 min).
  const next = bucketStart(start + HOUR, 'hour', tz);
  return next > start ? next : start + HOUR;
}

export class TooManyBucketsError extends Error {}

/**
 * Edges e0 < e1 < ... < en: bucket i is [e_i, e_{i+1}). The first edge is the
 * start of the bucket holding `from`; the last is at or after `to`.
 */
export function bucketEdges(from: number, to: number, bucket: BucketSize, tz: string, maxBuckets = 5000): number[] {
  const edges = [bucketStart(from, bucket, tz)];
  let last = edges[0] ?? from;
  while (last < to) {
    last = nextBucket(last, bucket, tz);
    edges.push(last);
    if (edges.length > maxBuckets + 1) throw new TooManyBucketsError(`more than ${maxBuckets} ${bucket} buckets: narrow the range or use day buckets`);
  }
  if (edges.length === 1) edges.push(nextBucket(last, bucket, tz));
  return edges;
}

/** Index of the bucket holding `ms` (binary search), or -1 when outside the edges. */
export function bucketIndex(edges: readonly number[], ms: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  if (ms < (edges[0] ?? 0) || ms >= (edges[hi] ?? 0)) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] ?? 0) <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** ISO time with the zone's offset, e.g. 2024-03-31T00:00:00+01:00, so charts label local time. */
export function isoInZone(ms: number, tz: string): string {
  const t = localTime(ms, tz);
  const off = Math.round(offsetAt(ms, tz) / 60_000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}-${p(t.month)}-${p(t.day)}T${p(t.hour)}:${p(t.minute)}:${p(t.second)}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}
