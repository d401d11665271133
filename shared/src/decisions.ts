import { z } from 'zod';
import { cleanText, limits } from './text';
import { Comment, CommentStatus } from './comment';

export const RejectReason = z.enum(['abusive', 'hate', 'spam', 'off_topic', 'personal_data', 'other']);
export type RejectReason = z.infer<typeof RejectReason>;
export const rejectReasons = RejectReason.options;

export const DecisionStatus = z.enum(['approved', 'rejected', 'escalated']);

export const DecisionInput = z
  .strictObject({
    status: DecisionStatus,
    reason: RejectReason.optional(),
    note: cleanText(limits.note).optional(),
    expectedVersion: z.number().int().positive(),
  })
  .refine((d) => d.status !== 'rejected' || d.reason !== undefined, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });
export type DecisionInput = z.infer<typeof DecisionInput>;

export const BulkDecisionInput = z
  .strictObject({
    status: DecisionStatus,
    reason: RejectReason.optional(),
    note: cleanText(limits.note).optional(),
    items: z
      .array(z.strictObject({ commentId: z.number().int().positive(), expectedVersion: z.number().int().positive() }))
      .min(1)
      .max(limits.bulkDecisions),
  })
  .refine((d) => d.status !== 'rejected' || d.reason !== undefined, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });
export type BulkDecisionInput = z.infer<typeof BulkDecisionInput>;

export const UndoInput = z.strictObject({ expectedVersion: z.number().int().positive() });

export const DecisionSource = z.enum(['human', 'rule']);

/** One row of the append-only decision log. */
export const Decision = z.object({
  id: z.number().int(),
  commentId: z.number().int(),
  fromStatus: CommentStatus.nullable(),
  toStatus: CommentStatus,
  reason: z.string().nullable(),
  note: z.string().nullable(),
  moderatorId: z.string().nullable(),
  at: z.string(),
  source: DecisionSource,
  /** Set on an undo: the id of the decision it reverted. */
  undoOf: z.number().int().nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const DecisionResult = z.object({ comment: Comment, decision: Decision });
export type DecisionResult = z.infer<typeof DecisionResult>;

/** 409 details: the comment as it is now, so the client can explain who won. */
export const ConflictDetails = z.object({ current: Comment, lastDecision: Decision.nullable() });

export const BulkDecisionResult = z.object({
  decided: z.array(DecisionResult),
});
/** Bulk 409 details: every comment whose version was stale. */
export const BulkConflictDetails = z.object({
  conflicts: z.array(z.object({ commentId: z.number().int(), current: Comment.nullable() })),
});

export const AuditQuery = z.strictObject({
  commentId: z.coerce.number().int().positive().optional(),
  moderatorId: z.string().max(200).optional(),
  source: DecisionSource.optional(),
  toStatus: CommentStatus.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = z.object({ items: z.array(Decision), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

/** One row of the audit log of non-decision events (settings changes, logins, ...). */
export const AuditEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventQuery = z.strictObject({
  action: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;
export const AuditEventPage = z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() });
export type AuditEventPage = z.infer<typeof AuditEventPage>;
