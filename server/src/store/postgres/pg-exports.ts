import type { CommentFilters } from '@sift/shared';
import type pg from 'pg';
import type { ExportCommentRow, ExportDecisionRow, ExportStore } from '../analytics-store';
import { toExportRow, type CommentExportSqlRow } from '../export-rows';
import { commentFiltersPg } from './comment-filters-pg';

/**
 * Keyset pages (id > last id), one short indexed query each, so no
 * connection is held while the client downloads (mirrors sqlite-exports.ts).
 */
export class PgExports implements ExportStore {
  constructor(private readonly pool: pg.Pool) {}

  async *exportComments(filters: CommentFilters, batchSize: number): AsyncGenerator<ExportCommentRow[]> {
    const f = commentFiltersPg(filters);
    const n = f.params.length;
    const sql = `SELECT c.id, c.external_id, c.article_id, ar.title AS article_title, au.name AS author_name,
         au.external_id AS author_external_id, c.parent_id, c.body, c.created_at, c.received_at, c.status,
         c.sentiment_label, c.compound, c.priority,
         CASE WHEN c.flag_mask != 0 AND c.scores IS NOT NULL THEN (
           SELECT json_agg(json_build_object('category', j->>'category', 'reason', j->>'reason'))::text
           FROM json_array_elements(c.scores::json->'flags') j) END AS flags,
         ld.to_status AS d_status, ld.source AS d_source, ld.moderator_id AS d_moderator, ld.reason AS d_reason,
         ld.note AS d_note, ld.at AS d_at
       FROM comments c
       JOIN articles ar ON ar.id = c.article_id
       JOIN authors au ON au.id = c.author_id
       LEFT JOIN LATERAL (SELECT * FROM decisions x WHERE x.comment_id = c.id ORDER BY x.id DESC LIMIT 1) ld ON TRUE
       WHERE ${f.where} AND c.id > $${n + 1} ORDER BY c.id LIMIT $${n + 2}`;
    let after = 0;
    for (;;) {
      const { rows } = await this.pool.query<CommentExportSqlRow>(sql, [...f.params, after, batchSize]);
      if (rows.length) yield rows.map(toExportRow);
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) return;
      after = last.id;
    }
  }

  async *exportDecisions(range: { from: number; to: number }, batchSize: number): AsyncGenerator<ExportDecisionRow[]> {
    const sql = `SELECT d.id, d.comment_id AS "commentId", c.article_id AS "articleId", d.from_status AS "fromStatus", d.to_status AS "toStatus",
         d.source, d.moderator_id AS "moderatorId", d.reason, d.note, d.at
       FROM decisions d JOIN comments c ON c.id = d.comment_id
       WHERE (d.at, d.id) > ($1::bigint, $2::bigint) AND d.at < $3 ORDER BY d.at, d.id LIMIT $4`;
    let after = { at: range.from - 1, id: Number.MAX_SAFE_INTEGER };
    for (;;) {
      const { rows } = await this.pool.query<ExportDecisionRow>(sql, [after.at, after.id, range.to, batchSize]);
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) return;
      after = { at: last.at, id: last.id };
    }
  }
}
