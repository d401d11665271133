import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SiteModelStats } from '@sift/shared';
import { apiFetch } from './api-fetch';

export type { SiteModelStats };

export const siteModelKeys = {
  all: ['site-model'] as const,
};

export function useSiteModel() {
  return useQuery({
    queryKey: siteModelKeys.all,
    queryFn: ({ signal }) => apiFetch<SiteModelStats>('/api/model', { signal }),
  });
}

/** POST /api/model/rebuild (admins): retrain from the whole decision log. */
export function useRebuildSiteModel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<SiteModelStats>('/api/model/rebuild', { method: 'POST', body: {} }),
    onSuccess: (stats) => client.setQueryData(siteModelKeys.all, stats),
  });
}
