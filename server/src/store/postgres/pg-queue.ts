import { rollupCounts } from '../../stats/rollup/rollup-counts';
import { numberPlaceholders } from '../../stats/rollup/rollup-query';
import type { CommentFilters, QueueSort } from '@sift/shared';
import type pg from 'pg';
import type { QueuePageRequest, QueueStore, StatusFlagCount, StoredQueuePage } from '../moderation-store';
import { COMMENT_COLUMNS } from '../sqlite/rows';
import { toQueuePage, type QueueRow } from '../queue-rows';
import { commentFiltersPg } from './comment-filters-pg';

// Same orders as the SQLite queue (server/src/store/sqlite/sqlite-queue.ts),
// each matching an index of migration 002 exactly.
const ORDERS: Record<QueueSort, { key: string; dir: 'ASC' | 'DESC' }> = {
  priority: { key: 'c.priority', dir: 'DESC' },
  newest: { key: 'c.created_at', dir: 'DESC' },
  oldest: { key: 'c.created_at', dir: 'ASC' },
  most_negative: { key: 'COALESCE(c.compound, 0)', dir: 'ASC' },
  most_positive: { key: 'COALESCE(c.compound, 0)', dir: 'DESC' },
};

export class PgQueue implements QueueStore {
  constructor(private readonly pool: pg.Pool) {}

  async queuePage(req: QueuePageRequest): Promise<StoredQueuePage> {
    const { key, dir } = ORDERS[req.sort];
    const filters = commentFiltersPg(req.filters);
    const where = [filters.where];
    const params = filters.params;
    if (req.after) {
      params.push(req.after.key, req.after.id);
      where.push(`(${key}, c.id) ${dir === 'DESC' ? '<' : '>'} ($${params.length - 1}, $${params.length})`);
    }
    params.push(req.limit + 1);
    const sql = `SELECT ${COMMENT_COLUMNS}, ${key} AS sort_key, ar.title AS article_title,
        a.comment_count AS author_comments, a.approved_count AS author_approved, a.rejected_count AS author_rejected
      FROM comments c JOIN authors a ON a.id = c.author_id JOIN articles ar ON ar.id = c.article_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${key} ${dir}, c.id ${dir}
      LIMIT $${params.length}`;
    const { rows } = await this.pool.query<QueueRow>(sql, params);
    return toQueuePage(rows, req.limit);
  }

  async countByStatusAndFlags(filters: CommentFilters): Promise<StatusFlagCount[]> {
    const { where } = commentFiltersPg(filters, { ignoreView: true });
    // With a time range, the 15-minute rollup (migration 006) answers, scanning only the unaligned ends.
    if (where !== 'TRUE' && (filters.from || filters.to)) {
      const fromRollup = await rollupCounts(
        async (sql, p) => (await this.pool.query(numberPlaceholders(sql), [...p])).rows,
        filters,
        (edge) => this.scanCounts(edge),
      );
      if (fromRollup) return fromRollup as StatusFlagCount[];
    }
    return this.scanCounts(filters);
  }

  private async scanCounts(filters: CommentFilters): Promise<StatusFlagCount[]> {
    const { where, params } = commentFiltersPg(filters, { ignoreView: true });
    const sql =
      where === 'TRUE'
        ? 'SELECT status, flag_mask AS "flagMask", n FROM comment_counts WHERE n > 0'
        : `SELECT c.status AS status, c.flag_mask AS "flagMask", COUNT(*) AS n FROM comments c WHERE ${where} GROUP BY c.status, c.flag_mask`;
    return (await this.pool.query<StatusFlagCount>(sql, params)).rows;
  }
}
