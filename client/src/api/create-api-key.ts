import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import type { ApiKeyInfo } from './api-keys';
import { accountKeys } from './query-keys';

/** The new key's details and, this once, the key itself (`sift_…`). */
export interface CreatedApiKey extends ApiKeyInfo {
  key: string;
}

export function createApiKey(variables: { name: string }) {
  return apiFetch<CreatedApiKey>('/api/keys', { method: 'POST', body: variables });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.apiKeys() }),
  });
}
