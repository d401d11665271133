import { CommentFilters, ErrorCode, StatsQuery } from '@sift/shared';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { validate } from '../http/validate';
import { bucketEdges, bucketStart, isValidTimeZone, TooManyBucketsError, type BucketSize } from './time-buckets';

export const StatsParams = CommentFilters.extend(StatsQuery.shape);
export type StatsParams = z.infer<typeof StatsParams>;

export const DEFAULT_RANGE_MS = 30 * 86_400_000;

/** A stats request with its time range resolved: absolute bounds, filters that carry them, bucket edges. */
export interface ResolvedStats {
  filters: CommentFilters;
  from: number;
  to: number;
  bucket: BucketSize;
  tz: string;
  limit: number;
  /** Bucket edges covering [from, to). */
  edges: () => number[];
}

/**
 * Applies the defaults: `to` = now, `from` = 30 days before `to` (moved back
 * to the start of its bucket, so the first bucket is whole), day buckets, UTC.
 */
export function resolveStats(query: unknown, now = Date.now()): ResolvedStats {
  const p = validate(StatsParams, query);
  const tz = p.tz ?? 'UTC';
  if (!isValidTimeZone(tz)) throw new ApiError(400, ErrorCode.validation, `unknown time zone "${tz}"`, { issues: [{ path: ['tz'], message: 'unknown IANA time zone' }] });
  const bucket = p.bucket ?? 'day';
  const to = p.to ? Date.parse(p.to) : now;
  const from = p.from ? Date.parse(p.from) : bucketStart(to - DEFAULT_RANGE_MS, bucket, tz);
  if (!(from < to)) throw new ApiError(400, ErrorCode.validation, '`from` must be before `to`', { issues: [{ path: ['from'], message: 'must be before to' }] });
  const { bucket: _b, tz: _t, limit, ...filters } = p;
  return {
    filters: { ...filters, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    from,
    to,
    bucket,
    tz,
    limit: limit ?? 50,
    edges: () => {
      try {
        return bucketEdges(from, to, bucket, tz);
      } catch (err) {
        if (err instanceof TooManyBucketsError) throw new ApiError(400, ErrorCode.validation, err.message, { issues: [{ path: ['bucket'], message: err.message }] });
        throw err;
      }
    },
  };
}
