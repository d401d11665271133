import type { AuditEvent, CommentStatus, Decision } from '@sift/shared';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { iso } from './rows';

export interface DecisionRow {
  id: number;
  comment_id: number;
  from_status: CommentStatus | null;
  to_status: CommentStatus;
  reason: string | null;
  note: string | null;
  moderator_id: string | null;
  source: 'human' | 'rule';
  at: number;
  undo_of: number | null;
}

export function toDecision(r: DecisionRow): Decision {
  return {
    id: r.id,
    commentId: r.comment_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    note: r.note,
    moderatorId: r.moderator_id,
    at: iso(r.at),
    source: r.source,
    undoOf: r.undo_of,
  };
}

export interface AuditEventRow {
  id: number;
  at: number;
  actor: string | null;
  action: string;
  details: string;
}

export function toAuditEvent(r: AuditEventRow): AuditEvent {
  return { id: r.id, at: iso(r.at), actor: r.actor, action: r.action, details: JSON.parse(r.details) as Record<string, unknown> };
}

/**
 * Prepared statements for SQL that varies with the filters: the few shapes
 * in use are prepared once each (bounded, oldest dropped first).
 */
export class StatementCache {
  private readonly cache = new Map<string, Statement<unknown[], unknown>>();
  constructor(
    private readonly db: Db,
    private readonly max = 200,
  ) {}

  get(sql: string): Statement<unknown[], unknown> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<unknown[], unknown>(sql);
      if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}
