import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FlagsOverTime } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type FlagsOverTimeData = z.infer<typeof FlagsOverTime>;

export function fetchFlagsOverTime(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<FlagsOverTimeData>('flags-over-time', params, signal);
}

export function flagsOverTimeQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.flagsOverTime(params), queryFn: ({ signal }) => fetchFlagsOverTime(params, signal) });
}

export function useFlagsOverTime(params: StatsParams) {
  return useQuery(flagsOverTimeQueryOptions(params));
}
