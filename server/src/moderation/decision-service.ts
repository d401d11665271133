import {
  ErrorCode,
  type AuditEventPage,
  type AuditEventQuery,
  type AuditPage,
  type AuditQuery,
  type BulkDecisionInput,
  type Decision,
  type DecisionInput,
  type DecisionResult,
} from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Actor } from '../http/actor';
import type { Store } from '../store/store';
import type { DecisionChange, DecisionConflict } from '../store/moderation-store';
import { decodeCursor, encodeCursor } from '../queue/keyset-cursor';

type DecisionDeps = Pick<Store, 'applyDecisions' | 'decisionsForComment' | 'listDecisions' | 'getComment' | 'listAuditEvents'>;

/** Anonymous requests (no auth configured) are logged without a moderator. */
export const moderatorOf = (actor: Actor): string | null => (actor.kind === 'anonymous' ? null : actor.id);

/**
 * Human decisions on comments. Every change is a new row in the decision
 * log, applied only when the client saw the comment's current version.
 */
export class DecisionService {
  constructor(private readonly store: DecisionDeps) {}

  async decide(commentId: number, input: DecisionInput, actor: Actor): Promise<DecisionResult> {
    return this.applyOne({
      commentId,
      expectedVersion: input.expectedVersion,
      toStatus: input.status,
      reason: input.status === 'rejected' ? (input.reason ?? null) : null,
      note: input.note ?? null,
      moderatorId: moderatorOf(actor),
      source: 'human',
      at: Date.now(),
    });
  }

  /** All or nothing: one stale or unknown comment and none is decided. */
  async bulk(input: BulkDecisionInput, actor: Actor): Promise<{ decided: DecisionResult[] }> {
    const seen = new Set<number>();
    input.items.forEach((item, i) => {
      if (seen.has(item.commentId)) {
        throw new ApiError(400, ErrorCode.validation, `invalid input at items.${i}.commentId: comment ${item.commentId} is listed twice`, {
          issues: [{ path: ['items', i, 'commentId'], message: 'listed twice' }],
        });
      }
      seen.add(item.commentId);
    });
    const at = Date.now();
    const result = await this.store.applyDecisions(
      input.items.map((item) => ({
        commentId: item.commentId,
        expectedVersion: item.expectedVersion,
        toStatus: input.status,
        reason: input.status === 'rejected' ? (input.reason ?? null) : null,
        note: input.note ?? null,
        moderatorId: moderatorOf(actor),
        source: 'human' as const,
        at,
      })),
    );
    if (!result.ok) {
      throw new ApiError(409, ErrorCode.conflict, `${result.conflicts.length} of ${input.items.length} comments changed or do not exist; nothing was decided`, {
        conflicts: result.conflicts.map((c) => ({ commentId: c.commentId, current: c.current })),
      });
    }
    return { decided: result.decided };
  }

  /**
   * Reverts the effect of the latest human decision by appending a new one
   * that sets the status back to that decision's `fromStatus`. An undo is a
   * human decision too, so undoing again reverts the undo (a redo): undo
   * toggles, it does not walk further back.
   */
  async undo(commentId: number, expectedVersion: number, actor: Actor): Promise<DecisionResult> {
    const comment = await this.store.getComment(commentId);
    if (!comment) throw ApiError.notFound('comment');
    const log = await this.store.decisionsForComment(commentId);
    const index = log.findLastIndex((d) => d.source === 'human');
    const target = log[index];
    if (!target || target.fromStatus === null) {
      throw new ApiError(409, ErrorCode.nothingToUndo, 'no moderator decision on this comment to undo');
    }
    // Restore the reason that went with the status being restored.
    const before = log[index - 1];
    const reason = before && before.toStatus === target.fromStatus ? before.reason : null;
    return this.applyOne({
      commentId,
      expectedVersion,
      toStatus: target.fromStatus,
      reason,
      note: `undo of decision #${target.id}`,
      moderatorId: moderatorOf(actor),
      source: 'human',
      at: Date.now(),
      undoOf: target.id,
    });
  }

  /** For internal callers (demo data): decisions with explicit times and moderators. */
  async applyInternal(changes: DecisionChange[]): Promise<DecisionResult[]> {
    const result = await this.store.applyDecisions(changes);
    if (!result.ok) throw new Error(`internal decisions conflicted on comments ${result.conflicts.map((c) => c.commentId).join(', ')}`);
    return result.decided;
  }

  async history(commentId: number): Promise<{ items: Decision[] }> {
    if (!(await this.store.getComment(commentId))) throw ApiError.notFound('comment');
    return { items: await this.store.decisionsForComment(commentId) };
  }

  async audit(q: AuditQuery): Promise<AuditPage> {
    const limit = q.limit ?? 100;
    const beforeId = q.cursor ? decodeCursor(q.cursor, 'audit', 1)[0] : undefined;
    const rows = await this.store.listDecisions({
      commentId: q.commentId,
      moderatorId: q.moderatorId,
      source: q.source,
      toStatus: q.toStatus,
      from: q.from ? Date.parse(q.from) : undefined,
      to: q.to ? Date.parse(q.to) : undefined,
      beforeId,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor('audit', [last.id]) : null };
  }

  async auditEvents(q: AuditEventQuery): Promise<AuditEventPage> {
    const limit = q.limit ?? 100;
    const beforeId = q.cursor ? decodeCursor(q.cursor, 'audit-events', 1)[0] : undefined;
    const rows = await this.store.listAuditEvents({ action: q.action, beforeId, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor('audit-events', [last.id]) : null };
  }

  private async applyOne(change: DecisionChange): Promise<DecisionResult> {
    const result = await this.store.applyDecisions([change]);
    if (result.ok) {
      const [decided] = result.decided;
      if (!decided) throw new Error('decision applied but not returned');
      return decided;
    }
    const conflict = result.conflicts[0] as DecisionConflict;
    if (!conflict.current) throw ApiError.notFound('comment');
    throw new ApiError(409, ErrorCode.conflict, `comment ${change.commentId} changed since version ${change.expectedVersion}; it is now version ${conflict.current.version}`, {
      current: conflict.current,
      lastDecision: conflict.lastDecision,
    });
  }
}
