import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { QueuePage } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { moderationKeys } from './query-keys';
import { filtersToQuery, type QueueUrlState } from '../lib/filters-url';

export const queuePageSize = 50;

export function fetchQueuePage(query: QueueUrlState, cursor?: string, limit = queuePageSize, signal?: AbortSignal) {
  return apiFetch<QueuePage>('/api/queue', { query: { ...filtersToQuery(query), cursor, limit }, signal });
}

/** Keyset-paginated queue: each page carries the cursor of the next. */
export function queueQueryOptions(query: QueueUrlState, limit = queuePageSize) {
  return infiniteQueryOptions({
    queryKey: moderationKeys.queue(query),
    queryFn: ({ pageParam, signal }) => fetchQueuePage(query, pageParam, limit, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: QueuePage) => last.nextCursor ?? undefined,
  });
}

export function useQueue(query: QueueUrlState, limit = queuePageSize) {
  return useInfiniteQuery(queueQueryOptions(query, limit));
}
