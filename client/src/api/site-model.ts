import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';

/** GET /api/model: what the site's model has learned from its moderators (server/src/site-learning). */
export interface SiteModelStats {
  decisions: number;
  /** Share of recent decisions the model predicted right (before learning each). */
  agreement: number;
  /** Share the rules alone got right, over the same decisions. */
  rulesAgreement: number;
  active: boolean;
  watermark: number;
  /** Decisions this server has learned but not saved yet (saves are batched). */
  unsaved: number;
  updatedAt: string | null;
  minDecisions: number;
}

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
