import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SentimentDistribution } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type SentimentDistributionData = z.infer<typeof SentimentDistribution>;

export function fetchSentimentDistribution(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<SentimentDistributionData>('sentiment-distribution', params, signal);
}

export function sentimentDistributionQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.sentimentDistribution(params), queryFn: ({ signal }) => fetchSentimentDistribution(params, signal) });
}

export function useSentimentDistribution(params: StatsParams) {
  return useQuery(sentimentDistributionQueryOptions(params));
}
