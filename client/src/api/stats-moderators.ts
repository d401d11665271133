import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ModeratorActivity } from '@sift/shared';
import { statsKeys, type StatsParams } from './query-keys';
import { fetchStats } from './stats-query';

export type ModeratorActivityData = z.infer<typeof ModeratorActivity>;

export function fetchModeratorActivity(params: StatsParams, signal?: AbortSignal) {
  return fetchStats<ModeratorActivityData>('moderators', params, signal);
}

export function moderatorActivityQueryOptions(params: StatsParams) {
  return queryOptions({ queryKey: statsKeys.moderators(params), queryFn: ({ signal }) => fetchModeratorActivity(params, signal) });
}

export function useModeratorActivity(params: StatsParams) {
  return useQuery(moderatorActivityQueryOptions(params));
}
