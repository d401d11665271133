import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentFilters, QueueCounts } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { moderationKeys } from './query-keys';
import { filtersToQuery } from '../lib/filters-url';

export function fetchQueueCounts(filters: CommentFilters, signal?: AbortSignal) {
  return apiFetch<QueueCounts>('/api/queue/counts', { query: filtersToQuery(filters), signal });
}

export function queueCountsQueryOptions(filters: CommentFilters) {
  return queryOptions({
    queryKey: moderationKeys.counts(filters),
    queryFn: ({ signal }) => fetchQueueCounts(filters, signal),
    staleTime: 5_000,
  });
}

export function useQueueCounts(filters: CommentFilters) {
  return useQuery(queueCountsQueryOptions(filters));
}
