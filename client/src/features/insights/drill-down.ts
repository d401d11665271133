import type { CommentFilters, FlagCategory, QueueView } from '@sift/shared';
import { compact, queueHref, type QueueUrlState } from '../../lib/filters-url';

/**
 * Links from a chart element to the queue showing exactly its comments: the
 * filters the chart was drawn with, narrowed by the element. Charts count
 * comments of every status, so the queue opens on "all" unless a tab was chosen.
 */
export function drillHref(base: CommentFilters, narrow: Partial<QueueUrlState>): string {
  return queueHref(compact({ ...base, view: base.view ?? 'all', ...narrow }));
}

export const drill = {
  histogramBin: (base: CommentFilters, bin: { from: number; to: number }) =>
    drillHref(base, { compoundMin: bin.from, compoundMax: bin.to }),
  timeBucket: (base: CommentFilters, point: { t: string; tEnd: string }, narrow: Partial<QueueUrlState> = {}) =>
    drillHref(base, { from: point.t, to: point.tEnd, ...narrow }),
  sentimentInBucket: (base: CommentFilters, point: { t: string; tEnd: string }, label: 'positive' | 'neutral' | 'negative') =>
    drillHref(base, { from: point.t, to: point.tEnd, sentiment: [label] }),
  drillSentiment: (base: CommentFilters, label: 'positive' | 'neutral' | 'negative') => drillHref(base, { sentiment: [label] }),
  flag: (base: CommentFilters, category: FlagCategory, point?: { t: string; tEnd: string }) =>
    drillHref(base, { flag: [category], ...(point ? { from: point.t, to: point.tEnd } : {}) }),
  article: (base: CommentFilters, articleId: number) => drillHref(base, { articleId }),
  moderator: (base: CommentFilters, moderatorId: string, view?: QueueView) => drillHref(base, { moderatorId, view: view ?? 'all' }),
  decisions: (base: CommentFilters, narrow: { view?: QueueView; decisionSource?: 'human' | 'rule' }, point?: { t: string; tEnd: string }) =>
    drillHref(base, { ...narrow, view: narrow.view ?? 'all', ...(point ? { from: point.t, to: point.tEnd } : {}) }),
};
