import type { CommentStatus, Decision, DecisionResult } from '@sift/shared';
import type { ApplyDecisionsResult, DecisionChange, DecisionConflict, DecisionFilter, DecisionStore } from '../moderation-store';
import type { Db } from './database';
import { COMMENT_COLUMNS, toComment, type CommentRow } from './rows';
import { StatementCache, toDecision, type DecisionRow } from './moderation-rows';

/** Thrown inside the transaction to roll it back when any change is stale. */
class StaleChanges extends Error {
  constructor(readonly commentIds: number[]) {
    super('stale decision');
  }
}

export class SqliteDecisions implements DecisionStore {
  private readonly stmts;
  private readonly dynamic: StatementCache;

  constructor(private readonly db: Db) {
    this.dynamic = new StatementCache(db);
    this.stmts = {
      current: db.prepare<[number], { status: CommentStatus; version: number }>('SELECT status, version FROM comments WHERE id = ?'),
      // The version check and the change are one statement: a concurrent
      // writer (another process on PostgreSQL) cannot slip in between.
      update: db.prepare<[CommentStatus, number, number, number], unknown>(
        'UPDATE comments SET status = ?, version = version + 1, decided_at = ? WHERE id = ? AND version = ?',
      ),
      insert: db.prepare(
        `INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at, undo_of)
         VALUES (@commentId, @fromStatus, @toStatus, @reason, @note, @moderatorId, @source, @at, @undoOf)`,
      ),
      event: db.prepare<[string, number], unknown>("INSERT INTO events (type, payload, at) VALUES ('comment.decided', ?, ?)"),
      comment: db.prepare<[number], CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comments c JOIN authors a ON a.id = c.author_id WHERE c.id = ?`),
      decision: db.prepare<[number], DecisionRow>('SELECT * FROM decisions WHERE id = ?'),
      lastDecision: db.prepare<[number], DecisionRow>('SELECT * FROM decisions WHERE comment_id = ? ORDER BY id DESC LIMIT 1'),
      forComment: db.prepare<[number], DecisionRow>('SELECT * FROM decisions WHERE comment_id = ? ORDER BY id'),
    };
  }

  async applyDecisions(changes: DecisionChange[]): Promise<ApplyDecisionsResult> {
    const tx = this.db.transaction((list: DecisionChange[]) => {
      const stale: number[] = [];
      const applied: { commentId: number; decisionId: number }[] = [];
      for (const ch of list) {
        const before = this.stmts.current.get(ch.commentId);
        const updated = before && before.version === ch.expectedVersion
          ? this.stmts.update.run(ch.toStatus, ch.at, ch.commentId, ch.expectedVersion).changes === 1
          : false;
        if (!before || !updated) {
          stale.push(ch.commentId);
          continue;
        }
        const decisionId = Number(
          this.stmts.insert.run({
            commentId: ch.commentId,
            fromStatus: before.status,
            toStatus: ch.toStatus,
            reason: ch.reason,
            note: ch.note,
            moderatorId: ch.moderatorId,
            source: ch.source,
            at: ch.at,
            undoOf: ch.undoOf ?? null,
          }).lastInsertRowid,
        );
        const payload = {
          commentId: ch.commentId,
          fromStatus: before.status,
          toStatus: ch.toStatus,
          version: ch.expectedVersion + 1,
          moderatorId: ch.moderatorId,
          source: ch.source,
        };
        this.stmts.event.run(JSON.stringify(payload), Date.now());
        applied.push({ commentId: ch.commentId, decisionId });
      }
      if (stale.length) throw new StaleChanges(stale);
      return applied;
    });
    try {
      const applied = tx.immediate(changes);
      return { ok: true, decided: applied.map((a) => this.result(a.commentId, a.decisionId)) };
    } catch (err) {
      if (!(err instanceof StaleChanges)) throw err;
      return { ok: false, conflicts: err.commentIds.map((id) => this.conflict(id)) };
    }
  }

  private result(commentId: number, decisionId: number): DecisionResult {
    const comment = this.stmts.comment.get(commentId);
    const decision = this.stmts.decision.get(decisionId);
    if (!comment || !decision) throw new Error(`decision ${decisionId} vanished after commit`);
    return { comment: toComment(comment), decision: toDecision(decision) };
  }

  private conflict(commentId: number): DecisionConflict {
    const comment = this.stmts.comment.get(commentId);
    const last = comment ? this.stmts.lastDecision.get(commentId) : undefined;
    return { commentId, current: comment ? toComment(comment) : null, lastDecision: last ? toDecision(last) : null };
  }

  async decisionsForComment(commentId: number): Promise<Decision[]> {
    return this.stmts.forComment.all(commentId).map(toDecision);
  }

  async listDecisions(f: DecisionFilter): Promise<Decision[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (sql: string, value: string | number) => {
      where.push(sql);
      params.push(value);
    };
    if (f.commentId !== undefined) add('comment_id = ?', f.commentId);
    if (f.moderatorId !== undefined) add('moderator_id = ?', f.moderatorId);
    if (f.source !== undefined) add('source = ?', f.source);
    if (f.toStatus !== undefined) add('to_status = ?', f.toStatus);
    if (f.from !== undefined) add('at >= ?', f.from);
    if (f.to !== undefined) add('at < ?', f.to);
    if (f.beforeId !== undefined) add('id < ?', f.beforeId);
    const sql = `SELECT * FROM decisions WHERE ${where.length ? where.join(' AND ') : '1'} ORDER BY id DESC LIMIT ?`;
    return (this.dynamic.get(sql).all(...params, f.limit) as DecisionRow[]).map(toDecision);
  }
}
