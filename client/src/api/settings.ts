import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SettingsDocument } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { settingsKeys } from './query-keys';

export function fetchSettings(signal?: AbortSignal) {
  return apiFetch<SettingsDocument>('/api/settings', { signal });
}

export function settingsQueryOptions() {
  return queryOptions({ queryKey: settingsKeys.document(), queryFn: ({ signal }) => fetchSettings(signal) });
}

export function useSettings() {
  return useQuery(settingsQueryOptions());
}
