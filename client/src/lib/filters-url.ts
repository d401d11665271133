import { CommentFilters, QueueSort, type QueueView } from '@sift/shared';
import type { QueryParams } from '../api/api-fetch';

export type QueueSortValue = QueueSort;
/** Everything the queue's URL can say: the shared comment filters plus the sort order. */
export type QueueUrlState = CommentFilters & { sort?: QueueSortValue };

export const filterKeys = Object.keys(CommentFilters.shape) as (keyof CommentFilters)[];

/**
 * Reads the filters from a URL's search params. Each parameter is checked on
 * its own against the shared schema, so one bad value (a hand-edited
 * bookmark) drops only itself, not the whole filter set.
 */
export function filtersFromSearchParams(search: URLSearchParams): QueueUrlState {
  const state: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const raw = search.get(key);
    if (raw === null || raw === '') continue;
    const field = CommentFilters.shape[key];
    const parsed = field.safeParse(raw);
    if (parsed.success && parsed.data !== undefined) {
      if (Array.isArray(parsed.data) && parsed.data.length === 0) continue;
      state[key] = parsed.data;
    }
  }
  const sort = QueueSort.safeParse(search.get('sort'));
  if (sort.success) state.sort = sort.data;
  return state as QueueUrlState;
}

/** The inverse of `filtersFromSearchParams`, in a stable key order so URLs compare equal. */
export function searchParamsFromFilters(state: QueueUrlState): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of [...filterKeys, 'sort' as const]) {
    const value = state[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  return search;
}

/** Filters as API query params. */
export function filtersToQuery(state: QueueUrlState): QueryParams {
  const query: QueryParams = {};
  for (const [key, value] of Object.entries(state)) query[key] = value as QueryParams[string];
  return query;
}

export function defaultSortFor(view: QueueView | undefined): QueueSortValue {
  return view === undefined || view === 'pending' || view === 'flagged' ? 'priority' : 'newest';
}

/** Drops the keys whose value is undefined, so objects used as query keys stay canonical. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out as T;
}

/** Link to the queue showing exactly these filters. */
export function queueHref(state: QueueUrlState): string {
  const qs = searchParamsFromFilters(state).toString();
  return qs ? `/?${qs}` : '/';
}
