import { flagCategories, type CommentFilters } from '@sift/shared';
import type pg from 'pg';
import type { ArticleStatRow, DecisionBucket, DecisionScope, ModeratorStatRow, SentimentBucket, StatsStore } from '../analytics-store';
import { commentFiltersPg, type PgSqlFragment } from './comment-filters-pg';

/**
 * Comment filters for decision queries, as decisionFiltersSql for SQLite
 * (server/src/store/sqlite/sqlite-stats.ts): `moderatorId` and
 * `decisionSource` select the decision rows themselves.
 */
export function decisionFiltersPg(filters: CommentFilters, opts: { keepCommentRange: boolean }): PgSqlFragment & { join: boolean } {
  const commentOnly: CommentFilters = { ...filters, moderatorId: undefined, decisionSource: undefined };
  if (!opts.keepCommentRange) {
    commentOnly.from = undefined;
    commentOnly.to = undefined;
  }
  const c = commentFiltersPg(commentOnly);
  const where = [c.where];
  const params = c.params;
  if (filters.moderatorId !== undefined) {
    params.push(filters.moderatorId);
    where.push(`d.moderator_id = $${params.length}`);
  }
  if (filters.decisionSource !== undefined) {
    params.push(filters.decisionSource);
    where.push(`d.source = $${params.length}`);
  }
  return { where: where.join(' AND '), params, join: c.where !== 'TRUE' };
}

/** Binds bucket edges as two arrays: bucket i is [lo[i], hi[i]). */
function bucketParams(params: unknown[], edges: number[]): { lo: string; hi: string } {
  params.push(edges.slice(0, -1), edges.slice(1));
  return { lo: `$${params.length - 1}::bigint[]`, hi: `$${params.length}::bigint[]` };
}

/**
 * The same aggregates as the SQLite stats, in one round trip per chart: the
 * buckets are a LATERAL join, each bucket one range scan of a covering index
 * (migration 003). Sums use COUNT ... FILTER so that empty buckets give 0.
 */
export class PgStats implements StatsStore {
  constructor(private readonly pool: pg.Pool) {}

  private async perBucket<R extends pg.QueryResultRow>(select: string, from: string, where: string, params: unknown[], edges: number[], rangeColumn: string): Promise<R[]> {
    if (edges.length < 2) return [];
    const { lo, hi } = bucketParams(params, edges);
    const { rows } = await this.pool.query<R>(
      `SELECT x.* FROM unnest(${lo}, ${hi}) WITH ORDINALITY AS b(lo, hi, i)
       CROSS JOIN LATERAL (SELECT ${select} FROM ${from} WHERE ${where} AND ${rangeColumn} >= b.lo AND ${rangeColumn} < b.hi) x
       ORDER BY b.i`,
      params,
    );
    return rows;
  }

  async sentimentHistogram(filters: CommentFilters, bins: number) {
    const f = commentFiltersPg(filters, { params: [bins - 1, bins / 2] });
    const { rows } = await this.pool.query<{ bin: number; n: number; s: number }>(
      `SELECT LEAST($1::integer, floor((c.compound + 1) * $2::float8)::integer) AS bin, COUNT(*) AS n, COALESCE(SUM(c.compound), 0) AS s
       FROM comments c WHERE ${f.where} AND c.compound IS NOT NULL GROUP BY 1`,
      f.params,
    );
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
    const f = commentFiltersPg(filters);
    return this.perBucket<SentimentBucket>(
      `COUNT(*) AS count, COUNT(c.compound) AS scored, COALESCE(SUM(c.compound), 0) AS "sumCompound",
       COUNT(*) FILTER (WHERE c.sentiment_label = 'positive') AS positive, COUNT(*) FILTER (WHERE c.sentiment_label = 'neutral') AS neutral,
       COUNT(*) FILTER (WHERE c.sentiment_label = 'negative') AS negative`,
      'comments c',
      f.where,
      f.params,
      edges,
      'c.created_at',
    );
  }

  async flagsByBucket(filters: CommentFilters, edges: number[]): Promise<number[][]> {
    const f = commentFiltersPg(filters);
    const sums = flagCategories.map((_, i) => `COUNT(*) FILTER (WHERE (c.flag_mask >> ${i}) & 1 = 1) AS f${i}`).join(', ');
    const rows = await this.perBucket<Record<string, number>>(sums, 'comments c', `${f.where} AND c.flag_mask != 0`, f.params, edges, 'c.created_at');
    return rows.map((row) => flagCategories.map((_, i) => Number(row[`f${i}`] ?? 0)));
  }

  async decisionsByBucket(filters: CommentFilters, edges: number[]): Promise<DecisionBucket[]> {
    const f = decisionFiltersPg(filters, { keepCommentRange: false });
    const from = f.join ? 'decisions d JOIN comments c ON c.id = d.comment_id' : 'decisions d';
    return this.perBucket<DecisionBucket>(
      `COUNT(*) FILTER (WHERE d.to_status = 'approved') AS approved, COUNT(*) FILTER (WHERE d.to_status = 'rejected') AS rejected,
       COUNT(*) FILTER (WHERE d.to_status = 'escalated') AS escalated, COUNT(*) FILTER (WHERE d.source = 'human') AS human,
       COUNT(*) FILTER (WHERE d.source = 'rule') AS rule`,
      from,
      `${f.where} AND d.to_status IN ('approved', 'rejected', 'escalated')`,
      f.params,
      edges,
      'd.at',
    );
  }

  async articleStats(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]> {
    return articleStatsQuery(this.pool, filters, limit, false);
  }

  async moderatorStats(scope: DecisionScope): Promise<ModeratorStatRow[]> {
    const f = decisionFiltersPg(scope.filters, { keepCommentRange: false });
    f.params.push(scope.from, scope.to);
    const n = f.params.length;
    // Exact median as on SQLite: average the middle one or two of the ranked durations (double arithmetic).
    const { rows } = await this.pool.query<ModeratorStatRow>(
      `WITH x AS (
         SELECT d.moderator_id AS m, d.to_status AS s, (d.at - c.received_at)::float8 / 1000.0::float8 AS secs
         FROM decisions d JOIN comments c ON c.id = d.comment_id
         WHERE ${f.where} AND d.moderator_id IS NOT NULL AND d.to_status IN ('approved', 'rejected', 'escalated')
           AND d.at >= $${n - 1} AND d.at < $${n}),
       ranked AS (
         SELECT m, s, secs, ROW_NUMBER() OVER (PARTITION BY m ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY m) AS cnt FROM x)
       SELECT m AS "moderatorId", COUNT(*) AS decisions, COUNT(*) FILTER (WHERE s = 'approved') AS approved,
         COUNT(*) FILTER (WHERE s = 'rejected') AS rejected, COUNT(*) FILTER (WHERE s = 'escalated') AS escalated,
         AVG(CASE WHEN rn IN ((cnt + 1) / 2, (cnt + 2) / 2) THEN secs END) AS "medianSecondsToDecision"
       FROM ranked GROUP BY m ORDER BY decisions DESC, m`,
      f.params,
    );
    return rows;
  }
}

/** Per-article counts, busiest first (or most flagged first, for reports). */
export async function articleStatsQuery(pool: pg.Pool, filters: CommentFilters, limit: number, flaggedOnly: boolean): Promise<ArticleStatRow[]> {
  const f = commentFiltersPg(filters);
  f.params.push(limit);
  const { rows } = await pool.query<ArticleStatRow>(
    `SELECT x.article_id AS "articleId", a.title, x.n AS count, x.mean AS "meanCompound", x.flagged, x.rejected
     FROM (SELECT c.article_id, COUNT(*) AS n, AVG(c.compound) AS mean, COUNT(*) FILTER (WHERE c.flag_mask != 0) AS flagged,
             COUNT(*) FILTER (WHERE c.status = 'rejected') AS rejected
           FROM comments c WHERE ${f.where} GROUP BY c.article_id) x
     JOIN articles a ON a.id = x.article_id
     ${flaggedOnly ? 'WHERE x.flagged > 0 ORDER BY x.flagged DESC' : 'ORDER BY x.n DESC'}, x.article_id LIMIT $${f.params.length}`,
    f.params,
  );
  return rows;
}
