import type { CommentFilters, QueueSort } from '@sift/shared';
import type { QueuePageRequest, QueueStore, StatusFlagCount, StoredQueuePage } from '../moderation-store';
import type { Db } from './database';
import { commentFiltersSql } from './comment-filters-sql';
import { COMMENT_COLUMNS } from './rows';
import { toQueuePage, type QueueRow } from '../queue-rows';
import { StatementCache } from './moderation-rows';
import { rollupCounts } from '../../stats/rollup/rollup-counts';

// Each order is one index scan (migrations 001/002): the key expression must
// match the indexed expression exactly, and id breaks ties in the same direction.
const ORDERS: Record<QueueSort, { key: string; dir: 'ASC' | 'DESC' }> = {
  priority: { key: 'c.priority', dir: 'DESC' },
  newest: { key: 'c.created_at', dir: 'DESC' },
  oldest: { key: 'c.created_at', dir: 'ASC' },
  most_negative: { key: 'COALESCE(c.compound, 0)', dir: 'ASC' },
  most_positive: { key: 'COALESCE(c.compound, 0)', dir: 'DESC' },
};

export class SqliteQueue implements QueueStore {
  private readonly stmts: StatementCache;

  constructor(db: Db) {
    this.stmts = new StatementCache(db);
  }

  async queuePage(req: QueuePageRequest): Promise<StoredQueuePage> {
    const { key, dir } = ORDERS[req.sort];
    const filters = commentFiltersSql(req.filters);
    const where = [filters.where];
    const params: (string | number)[] = [...filters.params];
    // CROSS JOIN fixes comments as the outer loop (SQLite keeps the written
    // order), so the order's index is walked and stopped after `limit` rows.
    if (req.after) {
      // Row-value comparison: one range on the index, the same in PostgreSQL.
      // The plain bound first gives SQLite an index range on expression keys too.
      const op = dir === 'DESC' ? '<' : '>';
      where.push(`${key} ${op}= ? AND (${key}, c.id) ${op} (?, ?)`);
      params.push(req.after.key, req.after.key, req.after.id);
    }
    const sql = `SELECT ${COMMENT_COLUMNS}, ${key} AS sort_key, ar.title AS article_title,
        a.comment_count AS author_comments, a.approved_count AS author_approved, a.rejected_count AS author_rejected
      FROM comments c CROSS JOIN authors a ON a.id = c.author_id CROSS JOIN articles ar ON ar.id = c.article_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${key} ${dir}, c.id ${dir}
      LIMIT ?`;
    const rows = this.stmts.get(sql).all(...params, req.limit + 1) as QueueRow[];
    return toQueuePage(rows, req.limit);
  }

  async countByStatusAndFlags(filters: CommentFilters): Promise<StatusFlagCount[]> {
    const { where } = commentFiltersSql(filters, { ignoreView: true });
    // With a time range, the 15-minute rollup (migration 006) answers, scanning only the unaligned ends.
    if (where !== '1' && (filters.from || filters.to)) {
      const fromRollup = await rollupCounts(
        async (sql, p) => this.stmts.get(sql).all(...(p as (string | number)[])) as never,
        filters,
        async (edge) => this.scanCounts(edge),
      );
      if (fromRollup) return fromRollup as StatusFlagCount[];
    }
    return this.scanCounts(filters);
  }

  private scanCounts(filters: CommentFilters): StatusFlagCount[] {
    const { where, params } = commentFiltersSql(filters, { ignoreView: true });
    // Without filters the trigger-kept counters answer (a few dozen rows, not a scan).
    const sql =
      where === '1'
        ? 'SELECT status, flag_mask AS flagMask, n FROM comment_counts WHERE n > 0'
        : `SELECT c.status AS status, c.flag_mask AS flagMask, COUNT(*) AS n FROM comments c WHERE ${where} GROUP BY c.status, c.flag_mask`;
    return this.stmts.get(sql).all(...params) as StatusFlagCount[];
  }
}
