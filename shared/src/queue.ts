import { z } from 'zod';
import { Comment, CommentStatus } from './comment';
import { FlagCategory, SentimentLabel } from './scores';

/** Tabs of the queue: the real statuses plus `flagged` (pending with any flag) and `all`. */
export const QueueView = z.enum(['pending', 'flagged', 'approved', 'rejected', 'escalated', 'all']);
export type QueueView = z.infer<typeof QueueView>;

export const QueueSort = z.enum(['priority', 'newest', 'oldest', 'most_negative', 'most_positive']);
export type QueueSort = z.infer<typeof QueueSort>;

const num = z.coerce.number().finite();
const id = z.coerce.number().int().positive();
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(item),
  );

/**
 * Filters shared by the queue, counts, every stats endpoint and exports, as
 * query-string parameters, so a chart can drill into exactly its comments.
 */
export const CommentFilters = z.strictObject({
  view: QueueView.optional(),
  articleId: id.optional(),
  authorId: id.optional(),
  author: z.string().max(200).optional(),
  flag: csv(FlagCategory).optional(),
  sentiment: csv(SentimentLabel).optional(),
  compoundMin: num.min(-1).max(1).optional(),
  compoundMax: num.min(-1).max(1).optional(),
  priorityMin: num.min(0).max(1).optional(),
  priorityMax: num.min(0).max(1).optional(),
  /** Comment creation time range, ISO timestamps, `from` inclusive, `to` exclusive. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  q: z.string().max(500).optional(),
  /** Decisions made by this moderator (stats drill-down). */
  moderatorId: z.string().max(200).optional(),
  decisionSource: z.enum(['human', 'rule']).optional(),
});
export type CommentFilters = z.infer<typeof CommentFilters>;

export const QueueQuery = CommentFilters.extend({
  sort: QueueSort.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const AuthorHistory = z.object({
  comments: z.number().int(),
  rejected: z.number().int(),
  approved: z.number().int(),
});

export const QueueItem = Comment.extend({
  articleTitle: z.string(),
  authorHistory: AuthorHistory,
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = z.object({
  items: z.array(QueueItem),
  /** Opaque keyset cursor for the next page; null at the end. */
  nextCursor: z.string().nullable(),
});
export type QueuePage = z.infer<typeof QueuePage>;

export const QueueCounts = z.object({
  byView: z.record(QueueView, z.number().int()),
  byFlag: z.record(FlagCategory, z.number().int()),
});
export type QueueCounts = z.infer<typeof QueueCounts>;

export { CommentStatus };
