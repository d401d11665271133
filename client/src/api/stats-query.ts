import { apiFetch } from './api-fetch';
import type { StatsParams } from './query-keys';
import { filtersToQuery } from '../lib/filters-url';

/** Every stats endpoint takes the comment filters plus `bucket` and `tz`. */
export function fetchStats<T>(path: string, params: StatsParams, signal?: AbortSignal) {
  return apiFetch<T>(`/api/stats/${path}`, {
    query: { ...filtersToQuery(params.filters), bucket: params.bucket, tz: params.tz },
    signal,
  });
}
