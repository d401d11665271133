import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SentimentOverTime } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type SentimentOverTimeData = z.infer<typeof SentimentOverTime>;

export function fetchSentimentOverTime(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<SentimentOverTimeData>('sentiment-over-time', params, signal);
}

export function sentimentOverTimeQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.sentimentOverTime(params), queryFn: ({ signal }) => fetchSentimentOverTime(params, signal) });
}

export function useSentimentOverTime(params: StatsParams) {
  return useQuery(sentimentOverTimeQueryOptions(params));
}
