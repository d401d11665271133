import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ArticleComparison } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type ArticleComparisonData = z.infer<typeof ArticleComparison>;

export function fetchArticleComparison(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<ArticleComparisonData>('articles', params, signal);
}

export function articleComparisonQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.articles(params), queryFn: ({ signal }) => fetchArticleComparison(params, signal) });
}

export function useArticleComparison(params: StatsParams) {
  return useQuery(articleComparisonQueryOptions(params));
}
