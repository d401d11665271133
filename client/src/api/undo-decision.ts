import { useMutation } from '@tanstack/react-query';
import type { DecisionResult } from '@sift/shared';
import { apiFetch } from './api-fetch';

export interface UndoVariables {
  commentId: number;
  expectedVersion: number;
}

export function undoDecision({ commentId, expectedVersion }: UndoVariables) {
  return apiFetch<DecisionResult>(`/api/comments/${commentId}/undo`, { method: 'POST', body: { expectedVersion } });
}

export function undoDecisionMutationOptions() {
  return { mutationKey: ['moderation', 'undo'] as const, mutationFn: undoDecision };
}

export function useUndoDecision() {
  return useMutation(undoDecisionMutationOptions());
}
