import type { CommentStatus, Decision, DecisionResult } from '@sift/shared';
import type pg from 'pg';
import type { ApplyDecisionsResult, DecisionChange, DecisionConflict, DecisionFilter, DecisionStore } from '../moderation-store';
import { toDecision, type DecisionRow } from '../sqlite/moderation-rows';
import { withTransaction, type Queryable } from './pg-pool';
import { lockEventLog } from './pg-locks';
import { commentById } from './pg-moderation-rows';

class StaleChanges extends Error {
  constructor(readonly commentIds: number[]) {
    super('stale decision');
  }
}

export class PgDecisions implements DecisionStore {
  constructor(private readonly pool: pg.Pool) {}

  async applyDecisions(changes: DecisionChange[]): Promise<ApplyDecisionsResult> {
    try {
      const applied = await withTransaction(this.pool, async (c) => {
        await lockEventLog(c);
        const stale: number[] = [];
        const done: { commentId: number; decisionId: number }[] = [];
        for (const ch of changes) {
          // Version check and change in one statement: of two servers deciding
          // the same version, the second updates nothing and gets a conflict.
          const updated = await c.query<{ from_status: CommentStatus }>(
            `UPDATE comments c SET status = $1, version = c.version + 1, decided_at = $2
             FROM (SELECT id, status FROM comments WHERE id = $3 FOR UPDATE) old
             WHERE c.id = old.id AND c.version = $4 RETURNING old.status AS from_status`,
            [ch.toStatus, ch.at, ch.commentId, ch.expectedVersion],
          );
          const before = updated.rows[0];
          if (!before) {
            stale.push(ch.commentId);
            continue;
          }
          const ins = await c.query<{ id: number }>(
            `INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at, undo_of)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [ch.commentId, before.from_status, ch.toStatus, ch.reason, ch.note, ch.moderatorId, ch.source, ch.at, ch.undoOf ?? null],
          );
          const payload = {
            commentId: ch.commentId,
            fromStatus: before.from_status,
            toStatus: ch.toStatus,
            version: ch.expectedVersion + 1,
            moderatorId: ch.moderatorId,
            source: ch.source,
          };
          await c.query("INSERT INTO events (id, type, payload, at) VALUES (0, 'comment.decided', $1, $2)", [JSON.stringify(payload), Date.now()]);
          done.push({ commentId: ch.commentId, decisionId: ins.rows[0]!.id });
        }
        if (stale.length) throw new StaleChanges(stale);
        return done;
      });
      return { ok: true, decided: await Promise.all(applied.map((a) => this.result(a.commentId, a.decisionId))) };
    } catch (err) {
      if (!(err instanceof StaleChanges)) throw err;
      return { ok: false, conflicts: await Promise.all(err.commentIds.map((id) => this.conflict(id))) };
    }
  }

  private async result(commentId: number, decisionId: number): Promise<DecisionResult> {
    const comment = await commentById(this.pool, commentId);
    const decision = (await this.pool.query<DecisionRow>('SELECT * FROM decisions WHERE id = $1', [decisionId])).rows[0];
    if (!comment || !decision) throw new Error(`decision ${decisionId} vanished after commit`);
    return { comment, decision: toDecision(decision) };
  }

  private async conflict(commentId: number): Promise<DecisionConflict> {
    const comment = await commentById(this.pool, commentId);
    const last = comment ? (await lastDecision(this.pool, commentId)) : null;
    return { commentId, current: comment, lastDecision: last };
  }

  async decisionsForComment(commentId: number): Promise<Decision[]> {
    const { rows } = await this.pool.query<DecisionRow>('SELECT * FROM decisions WHERE comment_id = $1 ORDER BY id', [commentId]);
    return rows.map(toDecision);
  }

  async listDecisions(f: DecisionFilter): Promise<Decision[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(`${sql} $${params.length}`);
    };
    if (f.commentId !== undefined) add('comment_id =', f.commentId);
    if (f.moderatorId !== undefined) add('moderator_id =', f.moderatorId);
    if (f.source !== undefined) add('source =', f.source);
    if (f.toStatus !== undefined) add('to_status =', f.toStatus);
    if (f.from !== undefined) add('at >=', f.from);
    if (f.to !== undefined) add('at <', f.to);
    if (f.beforeId !== undefined) add('id <', f.beforeId);
    params.push(f.limit);
    const sql = `SELECT * FROM decisions WHERE ${where.length ? where.join(' AND ') : 'TRUE'} ORDER BY id DESC LIMIT $${params.length}`;
    return (await this.pool.query<DecisionRow>(sql, params)).rows.map(toDecision);
  }
}

async function lastDecision(db: Queryable, commentId: number): Promise<Decision | null> {
  const { rows } = await db.query<DecisionRow>('SELECT * FROM decisions WHERE comment_id = $1 ORDER BY id DESC LIMIT 1', [commentId]);
  return rows[0] ? toDecision(rows[0]) : null;
}
