import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Article } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { articleKeys } from './query-keys';

export function fetchArticle(id: number, signal?: AbortSignal) {
  return apiFetch<Article>(`/api/articles/${id}`, { signal });
}

export function articleQueryOptions(id: number) {
  return queryOptions({ queryKey: articleKeys.detail(id), queryFn: ({ signal }) => fetchArticle(id, signal) });
}

export function useArticle(id: number) {
  return useQuery({ ...articleQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
