import type { CommentFilters } from '@sift/shared';
import type { QueueUrlState } from '../lib/filters-url';

/** Query keys per feature: invalidate a whole feature with its `all` key. */
export const moderationKeys = {
  all: ['moderation'] as const,
  queues: () => [...moderationKeys.all, 'queue'] as const,
  queue: (query: QueueUrlState) => [...moderationKeys.queues(), query] as const,
  counts: (filters: CommentFilters) => [...moderationKeys.all, 'counts', filters] as const,
  countsAll: () => [...moderationKeys.all, 'counts'] as const,
  history: (commentId: number) => [...moderationKeys.all, 'history', commentId] as const,
};

export interface StatsParams {
  filters: CommentFilters;
  bucket?: 'hour' | 'day';
  tz?: string;
}

export const statsKeys = {
  all: ['stats'] as const,
  sentimentDistribution: (p: StatsParams) => [...statsKeys.all, 'sentiment-distribution', p] as const,
  sentimentOverTime: (p: StatsParams) => [...statsKeys.all, 'sentiment-over-time', p] as const,
  flagsOverTime: (p: StatsParams) => [...statsKeys.all, 'flags-over-time', p] as const,
  decisionsOverTime: (p: StatsParams) => [...statsKeys.all, 'decisions-over-time', p] as const,
  articles: (p: StatsParams) => [...statsKeys.all, 'articles', p] as const,
  moderators: (p: StatsParams) => [...statsKeys.all, 'moderators', p] as const,
};

export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  detail: (id: number) => [...articleKeys.all, 'detail', id] as const,
};

export const settingsKeys = {
  all: ['settings'] as const,
  document: () => [...settingsKeys.all, 'document'] as const,
};

export const reportKeys = {
  all: ['reports'] as const,
  summary: (filters: CommentFilters) => [...reportKeys.all, 'summary', filters] as const,
};

/** Users and API keys (admins only). */
export const accountKeys = {
  all: ['accounts'] as const,
  users: () => [...accountKeys.all, 'users'] as const,
  apiKeys: () => [...accountKeys.all, 'api-keys'] as const,
};
