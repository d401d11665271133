import { z } from 'zod';

// Every stats endpoint takes CommentFilters plus these, and answers series
// already shaped for a chart: the client does no aggregation.
export const StatsQuery = z.strictObject({
  bucket: z.enum(['hour', 'day']).optional(),
  /** IANA time zone for bucket boundaries, e.g. Europe/Berlin. */
  tz: z.string().max(64).optional(),
  /** Rows of the article and moderator tables (default 50). */
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const HistogramBin = z.object({ from: z.number(), to: z.number(), count: z.number().int() });
export const SentimentDistribution = z.object({ bins: z.array(HistogramBin), total: z.number().int(), mean: z.number().nullable() });

/** A time series point: `t` is the bucket start (ISO), `tEnd` its exclusive end. */
export const VolumePoint = z.object({
  t: z.string(),
  tEnd: z.string(),
  count: z.number().int(),
  meanCompound: z.number().nullable(),
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
});
export const TimeSeries = <T extends z.ZodType>(point: T) => z.object({ bucket: z.enum(['hour', 'day']), tz: z.string(), points: z.array(point) });
export const SentimentOverTime = TimeSeries(VolumePoint);

export const FlagsPoint = z.object({ t: z.string(), tEnd: z.string(), counts: z.record(z.string(), z.number().int()) });
export const FlagsOverTime = TimeSeries(FlagsPoint);

export const DecisionsPoint = z.object({
  t: z.string(),
  tEnd: z.string(),
  approved: z.number().int(),
  rejected: z.number().int(),
  escalated: z.number().int(),
  human: z.number().int(),
  rule: z.number().int(),
});
export const DecisionsOverTime = TimeSeries(DecisionsPoint);

export const ArticleStat = z.object({
  articleId: z.number().int(),
  title: z.string(),
  count: z.number().int(),
  meanCompound: z.number().nullable(),
  flaggedShare: z.number(),
  rejectedShare: z.number(),
});
export const ArticleComparison = z.object({ articles: z.array(ArticleStat) });

export const ModeratorStat = z.object({
  moderatorId: z.string(),
  decisions: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  escalated: z.number().int(),
  medianSecondsToDecision: z.number().nullable(),
});
export const ModeratorActivity = z.object({ moderators: z.array(ModeratorStat) });
