import { useMutation } from '@tanstack/react-query';
import type { DecisionInput, DecisionResult } from '@sift/shared';
import { apiFetch } from './api-fetch';

export interface DecideCommentVariables {
  commentId: number;
  input: DecisionInput;
}

export function decideComment({ commentId, input }: DecideCommentVariables) {
  return apiFetch<DecisionResult>(`/api/comments/${commentId}/decision`, { method: 'POST', body: input });
}

export function decideCommentMutationOptions() {
  return { mutationKey: ['moderation', 'decide'] as const, mutationFn: decideComment };
}

/** Plain mutation; the queue wraps it with optimistic updates (see use-decision-actions). */
export function useDecideComment() {
  return useMutation(decideCommentMutationOptions());
}
