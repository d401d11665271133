import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Article } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { articleKeys } from './query-keys';

export interface ArticlePage {
  items: Article[];
  nextCursor: string | null;
}

export function fetchArticles(cursor?: string, limit = 100, signal?: AbortSignal) {
  return apiFetch<ArticlePage>('/api/articles', { query: { cursor, limit }, signal });
}

export function articlesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: articleKeys.list(),
    queryFn: ({ pageParam, signal }) => fetchArticles(pageParam, 100, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ArticlePage) => last.nextCursor ?? undefined,
  });
}

export function useArticles() {
  return useInfiniteQuery(articlesQueryOptions());
}
