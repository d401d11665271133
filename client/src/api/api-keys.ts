import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { accountKeys } from './query-keys';

// Mirrors PublicApiKey in server/src/auth/accounts.ts (not in @sift/shared yet).
export interface ApiKeyInfo {
  id: number;
  name: string;
  /** The key's first characters, to tell keys apart; the rest is stored hashed. */
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function fetchApiKeys(signal?: AbortSignal) {
  return apiFetch<{ items: ApiKeyInfo[] }>('/api/keys', { signal });
}

export function apiKeysQueryOptions() {
  return queryOptions({ queryKey: accountKeys.apiKeys(), queryFn: ({ signal }) => fetchApiKeys(signal), select: (data) => data.items });
}

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
