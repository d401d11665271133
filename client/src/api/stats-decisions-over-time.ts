import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionsOverTime } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type DecisionsOverTimeData = z.infer<typeof DecisionsOverTime>;

export function fetchDecisionsOverTime(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<DecisionsOverTimeData>('decisions-over-time', params, signal);
}

export function decisionsOverTimeQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.decisionsOverTime(params), queryFn: ({ signal }) => fetchDecisionsOverTime(params, signal) });
}

export function useDecisionsOverTime(params: StatsParams) {
  return useQuery(decisionsOverTimeQueryOptions(params));
}
