import { useMutation } from '@tanstack/react-query';
import type { BulkDecisionInput, DecisionResult } from '@sift/shared';
import { apiFetch } from './api-fetch';

export function decideBulk(input: BulkDecisionInput) {
  return apiFetch<{ decided: DecisionResult[] }>('/api/decisions/bulk', { method: 'POST', body: input });
}

export function bulkDecisionMutationOptions() {
  return { mutationKey: ['moderation', 'bulk'] as const, mutationFn: decideBulk };
}

export function useBulkDecision() {
  return useMutation(bulkDecisionMutationOptions());
}
