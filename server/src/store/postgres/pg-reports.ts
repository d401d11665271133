import type { CommentFilters } from '@sift/shared';
import type pg from 'pg';
import type { ArticleStatRow, DecisionScope, NotableCommentRow, ReportStore, ReportTotals } from '../analytics-store';
import { commentFiltersPg } from './comment-filters-pg';
import { articleStatsQuery, decisionFiltersPg } from './pg-stats';

interface TotalsRow {
  received: number;
  pending: number;
  approved: number;
  rejected: number;
  escalated: number;
  flagged: number;
  positive: number;
  neutral: number;
  negative: number;
  scored: number;
  sumCompound: number;
  decidedByRule: number;
}

/** Mirrors sqlite-reports.ts. */
export class PgReports implements ReportStore {
  constructor(private readonly pool: pg.Pool) {}

  async reportTotals(filters: CommentFilters): Promise<ReportTotals> {
    const f = commentFiltersPg(filters);
    const { rows } = await this.pool.query<TotalsRow>(
      `SELECT COUNT(*) AS received, COUNT(*) FILTER (WHERE c.status = 'pending') AS pending,
         COUNT(*) FILTER (WHERE c.status = 'approved') AS approved, COUNT(*) FILTER (WHERE c.status = 'rejected') AS rejected,
         COUNT(*) FILTER (WHERE c.status = 'escalated') AS escalated, COUNT(*) FILTER (WHERE c.flag_mask != 0) AS flagged,
         COUNT(*) FILTER (WHERE c.sentiment_label = 'positive') AS positive, COUNT(*) FILTER (WHERE c.sentiment_label = 'neutral') AS neutral,
         COUNT(*) FILTER (WHERE c.sentiment_label = 'negative') AS negative, COUNT(c.compound) AS scored,
         COALESCE(SUM(c.compound), 0) AS "sumCompound",
         COUNT(*) FILTER (WHERE c.status != 'pending'
           AND (SELECT x.source FROM decisions x WHERE x.comment_id = c.id ORDER BY x.id DESC LIMIT 1) = 'rule') AS "decidedByRule"
       FROM comments c WHERE ${f.where}`,
      f.params,
    );
    const r = rows[0];
    if (!r) throw new Error('totals query returned no row');
    return {
      received: r.received,
      byStatus: { pending: r.pending, approved: r.approved, rejected: r.rejected, escalated: r.escalated },
      flagged: r.flagged,
      sentiment: { positive: r.positive, neutral: r.neutral, negative: r.negative, scored: r.scored, sumCompound: r.sumCompound },
      decidedByRule: r.decidedByRule,
    };
  }

  topFlaggedArticles(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]> {
    return articleStatsQuery(this.pool, filters, limit, true);
  }

  async rejectionReasons(scope: DecisionScope): Promise<{ reason: string; count: number }[]> {
    const f = decisionFiltersPg(scope.filters, { keepCommentRange: false });
    const join = f.join ? 'JOIN comments c ON c.id = d.comment_id' : '';
    f.params.push(scope.from, scope.to);
    const n = f.params.length;
    const { rows } = await this.pool.query<{ reason: string; count: number }>(
      `SELECT COALESCE(d.reason, 'unspecified') AS reason, COUNT(*) AS count FROM decisions d ${join}
       WHERE ${f.where} AND d.to_status = 'rejected' AND d.at >= $${n - 1} AND d.at < $${n}
       GROUP BY COALESCE(d.reason, 'unspecified') ORDER BY count DESC, reason`,
      f.params,
    );
    return rows;
  }

  async notableComments(filters: CommentFilters, order: 'priority' | 'most_negative', limit: number): Promise<NotableCommentRow[]> {
    const f = commentFiltersPg(filters);
    const orderBy = order === 'priority' ? 'c.priority DESC, c.id DESC' : 'c.compound ASC, c.id DESC';
    const extra = order === 'most_negative' ? 'AND c.compound IS NOT NULL' : '';
    f.params.push(limit);
    const { rows } = await this.pool.query<NotableCommentRow>(
      `SELECT c.id, c.article_id AS "articleId", au.name AS "authorName", substr(c.body, 1, 400) AS body, c.status,
         c.priority, c.compound, c.flag_mask AS "flagMask"
       FROM comments c JOIN authors au ON au.id = c.author_id
       WHERE ${f.where} ${extra} ORDER BY ${orderBy} LIMIT $${f.params.length}`,
      f.params,
    );
    return rows;
  }
}
