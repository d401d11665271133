import type { Comment, Decision } from '@sift/shared';
import { ApiError, errorMessage } from '../../api/api-fetch';

interface ConflictDetailsShape {
  current?: Pick<Comment, 'status'> | null;
  lastDecision?: Pick<Decision, 'moderatorId' | 'source' | 'toStatus'> | null;
  conflicts?: { commentId: number; current: Pick<Comment, 'status'> | null }[];
}

function who(lastDecision: ConflictDetailsShape['lastDecision']): string {
  if (!lastDecision) return 'Another moderator';
  if (lastDecision.source === 'rule') return 'An automatic rule';
  return lastDecision.moderatorId ? `Another moderator (${lastDecision.moderatorId})` : 'Another moderator';
}

function verb(status: string): string {
  return status === 'pending' ? 'sent back to pending' : status;
}

/** A sentence a moderator understands for a failed decision, 409 conflicts spelled out. */
export function explainDecisionError(error: unknown): string {
  if (!(error instanceof ApiError) || error.status !== 409) return `The decision was not saved: ${errorMessage(error)}`;
  const details = (error.details ?? {}) as ConflictDetailsShape;
  if (Array.isArray(details.conflicts)) {
    const described = details.conflicts
      .slice(0, 5)
      .map((c) => `#${c.commentId} ${c.current ? `is now ${c.current.status}` : 'was deleted'}`)
      .join(', ');
    return `Nothing was applied: ${details.conflicts.length} comment(s) changed meanwhile (${described}).`;
  }
  const status = details.current?.status;
  if (!status) return 'This comment changed meanwhile; it has been reloaded.';
  return `${who(details.lastDecision)} already ${verb(status)} this comment.`;
}
