import { flagCategories, type CommentFilters } from '@sift/shared';
import type { ArticleStatRow, DecisionBucket, DecisionScope, ModeratorStatRow, SentimentBucket, StatsStore } from '../analytics-store';
import type { Db } from './database';
import { commentFiltersSql, type SqlFragment } from './comment-filters-sql';

type Param = string | number;

/**
 * Comment filters for decision queries: the comment's own conditions, while
 * `moderatorId` and `decisionSource` select the decision rows themselves
 * (not "comments that ever had such a decision").
 */
export function decisionFiltersSql(filters: CommentFilters, opts: { keepCommentRange: boolean }): SqlFragment & { join: boolean } {
  const commentOnly: CommentFilters = { ...filters, moderatorId: undefined, decisionSource: undefined };
  if (!opts.keepCommentRange) {
    commentOnly.from = undefined;
    commentOnly.to = undefined;
  }
  const c = commentFiltersSql(commentOnly);
  const where = [c.where];
  const params: Param[] = [...c.params];
  if (filters.moderatorId !== undefined) {
    where.push('d.moderator_id = ?');
    params.push(filters.moderatorId);
  }
  if (filters.decisionSource !== undefined) {
    where.push('d.source = ?');
    params.push(filters.decisionSource);
  }
  return { where: where.join(' AND '), params, join: c.where !== '1' };
}

/**
 * Aggregates in SQL, one bucket per statement run: each run is a range scan
 * of a covering index (migration 003), so there is no sort of the rows and
 * the cost is the rows in range, whatever the time zone of the buckets.
 */
export class SqliteStats implements StatsStore {
  constructor(private readonly db: Db) {}

  private perBucket<R>(sql: string, params: Param[], edges: number[]): R[] {
    const stmt = this.db.prepare<Param[], R>(sql);
    const out: R[] = [];
    for (let i = 0; i + 1 < edges.length; i++) {
      const row = stmt.get(...params, edges[i] ?? 0, edges[i + 1] ?? 0);
      if (row === undefined) throw new Error('aggregate returned no row');
      out.push(row);
    }
    return out;
  }

  async sentimentHistogram(filters: CommentFilters, bins: number) {
    const f = commentFiltersSql(filters);
    const rows = this.db
      .prepare<Param[], { bin: number; n: number; s: number }>(
        `SELECT MIN(?, CAST((c.compound + 1) * ? + 1e-9 AS INTEGER)) AS bin, COUNT(*) AS n, TOTAL(c.compound) AS s
         FROM comments c WHERE ${f.where} AND c.compound IS NOT NULL GROUP BY bin`,
      )
      .all(bins - 1, bins / 2, ...f.params);
    const counts = new Array<number>(bins).fill(0);
    let total = 0;
    let sumCompound = 0;
    for (const r of rows) {
      const bin = Math.max(0, r.bin);
      counts[bin] = (counts[bin] ?? 0) + r.n;
      total += r.n;
      sumCompound += r.s;
    }
    return { counts, total, sumCompound };
  }

  async sentimentByBucket(filters: CommentFilters, edges: number[]): Promise<SentimentBucket[]> {
    const f = commentFiltersSql(filters);
    return this.perBucket<SentimentBucket>(
      `SELECT COUNT(*) AS count, COUNT(c.compound) AS scored, TOTAL(c.compound) AS sumCompound,
         SUM(c.sentiment_label = 'positive') AS positive, SUM(c.sentiment_label = 'neutral') AS neutral,
         SUM(c.sentiment_label = 'negative') AS negative
       FROM comments c WHERE ${f.where} AND c.created_at >= ? AND c.created_at < ?`,
      f.params,
      edges,
    ).map((b) => ({ ...b, positive: b.positive ?? 0, neutral: b.neutral ?? 0, negative: b.negative ?? 0 }));
  }

  async flagsByBucket(filters: CommentFilters, edges: number[]): Promise<number[][]> {
    const f = commentFiltersSql(filters);
    const sums = flagCategories.map((_, i) => `TOTAL((c.flag_mask >> ${i}) & 1)`).join(', ');
    // `flag_mask != 0` lets SQLite use the partial index of flagged comments only.
    return this.perBucket<unknown[]>(
      `SELECT ${sums} FROM comments c WHERE ${f.where} AND c.flag_mask != 0 AND c.created_at >= ? AND c.created_at < ?`,
      f.params,
      edges,
    ).map((row) => (Object.values(row as object) as number[]).map(Number));
  }

  async decisionsByBucket(filters: CommentFilters, edges: number[]): Promise<DecisionBucket[]> {
    const f = decisionFiltersSql(filters, { keepCommentRange: false });
    const join = f.join ? 'JOIN comments c ON c.id = d.comment_id' : '';
    return this.perBucket<DecisionBucket>(
      `SELECT TOTAL(d.to_status = 'approved') AS approved, TOTAL(d.to_status = 'rejected') AS rejected,
         TOTAL(d.to_status = 'escalated') AS escalated, TOTAL(d.source = 'human') AS human, TOTAL(d.source = 'rule') AS rule
       FROM decisions d ${join}
       WHERE ${f.where} AND d.to_status IN ('approved', 'rejected', 'escalated') AND d.at >= ? AND d.at < ?`,
      f.params,
      edges,
    );
  }

  async articleStats(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]> {
    const f = commentFiltersSql(filters);
    return this.db
      .prepare<Param[], ArticleStatRow>(
        `SELECT x.article_id AS articleId, a.title, x.n AS count, x.mean AS meanCompound, x.flagged, x.rejected
         FROM (SELECT c.article_id, COUNT(*) AS n, AVG(c.compound) AS mean, TOTAL(c.flag_mask != 0) AS flagged,
                 TOTAL(c.status = 'rejected') AS rejected
               FROM comments c WHERE ${f.where} GROUP BY c.article_id) x
         JOIN articles a ON a.id = x.article_id
         ORDER BY x.n DESC, x.article_id LIMIT ?`,
      )
      .all(...f.params, limit);
  }

  async moderatorStats(scope: DecisionScope): Promise<ModeratorStatRow[]> {
    const f = decisionFiltersSql(scope.filters, { keepCommentRange: false });
    // The median is exact: rank each moderator's durations, average the middle one or two.
    return this.db
      .prepare<Param[], ModeratorStatRow>(
        `WITH x AS (
           SELECT d.moderator_id AS m, d.to_status AS s, (d.at - c.received_at) / 1000.0 AS secs
           FROM decisions d JOIN comments c ON c.id = d.comment_id
           WHERE ${f.where} AND d.moderator_id IS NOT NULL AND d.to_status IN ('approved', 'rejected', 'escalated')
             AND d.at >= ? AND d.at < ?),
         ranked AS (
           SELECT m, s, secs, ROW_NUMBER() OVER (PARTITION BY m ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY m) AS cnt FROM x)
         SELECT m AS moderatorId, COUNT(*) AS decisions, TOTAL(s = 'approved') AS approved, TOTAL(s = 'rejected') AS rejected,
           TOTAL(s = 'escalated') AS escalated,
           AVG(CASE WHEN rn IN ((cnt + 1) / 2, (cnt + 2) / 2) THEN secs END) AS medianSecondsToDecision
         FROM ranked GROUP BY m ORDER BY decisions DESC, m`,
      )
      .all(...f.params, scope.from, scope.to);
  }
}
