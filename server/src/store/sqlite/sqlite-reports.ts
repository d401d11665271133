import type { CommentFilters } from '@sift/shared';
import type { ArticleStatRow, DecisionScope, NotableCommentRow, ReportStore, ReportTotals } from '../analytics-store';
import type { Db } from './database';
import { commentFiltersSql } from './comment-filters-sql';
import { decisionFiltersSql } from './sqlite-stats';

type Param = string | number;

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

export class SqliteReports implements ReportStore {
  constructor(private readonly db: Db) {}

  async reportTotals(filters: CommentFilters): Promise<ReportTotals> {
    const f = commentFiltersSql(filters);
    const r = this.db
      .prepare<Param[], TotalsRow>(
        `SELECT COUNT(*) AS received, TOTAL(c.status = 'pending') AS pending, TOTAL(c.status = 'approved') AS approved,
           TOTAL(c.status = 'rejected') AS rejected, TOTAL(c.status = 'escalated') AS escalated,
           TOTAL(c.flag_mask != 0) AS flagged, TOTAL(c.sentiment_label = 'positive') AS positive,
           TOTAL(c.sentiment_label = 'neutral') AS neutral, TOTAL(c.sentiment_label = 'negative') AS negative,
           COUNT(c.compound) AS scored, TOTAL(c.compound) AS sumCompound,
           TOTAL(c.status != 'pending' AND (SELECT x.source FROM decisions x WHERE x.comment_id = c.id ORDER BY x.id DESC LIMIT 1) = 'rule') AS decidedByRule
         FROM comments c WHERE ${f.where}`,
      )
      .get(...f.params);
    if (!r) throw new Error('totals query returned no row');
    return {
      received: r.received,
      byStatus: { pending: r.pending, approved: r.approved, rejected: r.rejected, escalated: r.escalated },
      flagged: r.flagged,
      sentiment: { positive: r.positive, neutral: r.neutral, negative: r.negative, scored: r.scored, sumCompound: r.sumCompound },
      decidedByRule: r.decidedByRule,
    };
  }

  async topFlaggedArticles(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]> {
    const f = commentFiltersSql(filters);
    return this.db
      .prepare<Param[], ArticleStatRow>(
        `SELECT x.article_id AS articleId, a.title, x.n AS count, x.mean AS meanCompound, x.flagged, x.rejected
         FROM (SELECT c.article_id, COUNT(*) AS n, AVG(c.compound) AS mean, TOTAL(c.flag_mask != 0) AS flagged,
                 TOTAL(c.status = 'rejected') AS rejected
               FROM comments c WHERE ${f.where} GROUP BY c.article_id) x
         JOIN articles a ON a.id = x.article_id
         WHERE x.flagged > 0 ORDER BY x.flagged DESC, x.article_id LIMIT ?`,
      )
      .all(...f.params, limit);
  }

  async rejectionReasons(scope: DecisionScope): Promise<{ reason: string; count: number }[]> {
    const f = decisionFiltersSql(scope.filters, { keepCommentRange: false });
    const join = f.join ? 'JOIN comments c ON c.id = d.comment_id' : '';
    return this.db
      .prepare<Param[], { reason: string; count: number }>(
        `SELECT COALESCE(d.reason, 'unspecified') AS reason, COUNT(*) AS count FROM decisions d ${join}
         WHERE ${f.where} AND d.to_status = 'rejected' AND d.at >= ? AND d.at < ?
         GROUP BY COALESCE(d.reason, 'unspecified') ORDER BY count DESC, reason`,
      )
      .all(...f.params, scope.from, scope.to);
  }

  async notableComments(filters: CommentFilters, order: 'priority' | 'most_negative', limit: number): Promise<NotableCommentRow[]> {
    const f = commentFiltersSql(filters);
    const orderBy = order === 'priority' ? 'c.priority DESC, c.id DESC' : 'c.compound ASC, c.id DESC';
    const extra = order === 'most_negative' ? 'AND c.compound IS NOT NULL' : '';
    return this.db
      .prepare<Param[], NotableCommentRow>(
        `SELECT c.id, c.article_id AS articleId, au.name AS authorName, substr(c.body, 1, 400) AS body, c.status,
           c.priority, c.compound, c.flag_mask AS flagMask
         FROM comments c JOIN authors au ON au.id = c.author_id
         WHERE ${f.where} ${extra} ORDER BY ${orderBy} LIMIT ?`,
      )
      .all(...f.params, limit);
  }
}

