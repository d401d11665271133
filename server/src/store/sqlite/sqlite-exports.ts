import type { CommentFilters } from '@sift/shared';
import type { ExportCommentRow, ExportDecisionRow, ExportStore } from '../analytics-store';
import { toExportRow, type CommentExportSqlRow } from '../export-rows';
import Database from 'better-sqlite3';
import type { Db } from './database';
import { commentFiltersSql } from './comment-filters-sql';

/**
 * Exports read keyset pages (id > last id) rather than holding one open
 * `.iterate()` cursor: better-sqlite3 keeps the connection busy while a
 * cursor is open, which would block every other request until the client
 * has downloaded the whole file. Each page continues the rowid scan where
 * the last one stopped: NOT INDEXED keeps SQLite from picking a filter index
 * and sorting all its matches by id for every page (quadratic on 1M rows).
 */
export class SqliteExports implements ExportStore {
  constructor(private readonly db: Db) {}

  /**
   * A read-only connection of its own with a small page cache: a full export
   * reads every page of the database once, and through the shared connection
   * it would fill (and evict the stats' pages from) the 64 MB cache. In-memory
   * databases have no file to open twice, so they use the shared connection.
   */
  private exportConnection(): { db: Db; done: () => void } {
    if (this.db.memory) return { db: this.db, done: () => undefined };
    const db = new Database(this.db.name, { readonly: true, fileMustExist: true });
    db.pragma('cache_size = -8192');
    db.pragma('busy_timeout = 5000');
    return { db, done: () => db.close() };
  }

  async *exportComments(filters: CommentFilters, batchSize: number): AsyncGenerator<ExportCommentRow[]> {
    const conn = this.exportConnection();
    try {
      yield* this.commentPages(conn.db, filters, batchSize);
    } finally {
      conn.done();
    }
  }

  private async *commentPages(db: Db, filters: CommentFilters, batchSize: number): AsyncGenerator<ExportCommentRow[]> {
    const f = commentFiltersSql(filters);
    // Flag categories and reasons come out of the scores JSON in SQL, and only for flagged rows.
    const stmt = db.prepare<(string | number)[], CommentExportSqlRow>(
      `SELECT c.id, c.external_id, c.article_id, ar.title AS article_title, au.name AS author_name,
         au.external_id AS author_external_id, c.parent_id, c.body, c.created_at, c.received_at, c.status,
         c.sentiment_label, c.compound, c.priority,
         CASE WHEN c.flag_mask != 0 AND json_valid(c.scores) THEN (
           SELECT json_group_array(json_object('category', json_extract(j.value, '$.category'), 'reason', json_extract(j.value, '$.reason')))
           FROM json_each(c.scores, '$.flags') j) END AS flags,
         ld.to_status AS d_status, ld.source AS d_source, ld.moderator_id AS d_moderator, ld.reason AS d_reason,
         ld.note AS d_note, ld.at AS d_at
       FROM comments c NOT INDEXED
       JOIN articles ar ON ar.id = c.article_id
       JOIN authors au ON au.id = c.author_id
       LEFT JOIN decisions ld ON ld.id = (SELECT MAX(x.id) FROM decisions x WHERE x.comment_id = c.id)
       WHERE ${f.where} AND c.id > ? ORDER BY c.id LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = stmt.all(...f.params, after, batchSize);
      if (rows.length) yield rows.map(toExportRow);
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) return;
      after = last.id;
    }
  }

  async *exportDecisions(range: { from: number; to: number }, batchSize: number): AsyncGenerator<ExportDecisionRow[]> {
    const stmt = this.db.prepare<(string | number)[], ExportDecisionRow>(
      `SELECT d.id, d.comment_id AS commentId, c.article_id AS articleId, d.from_status AS fromStatus, d.to_status AS toStatus,
         d.source, d.moderator_id AS moderatorId, d.reason, d.note, d.at
       FROM decisions d JOIN comments c ON c.id = d.comment_id
       WHERE (d.at, d.id) > (?, ?) AND d.at < ? ORDER BY d.at, d.id LIMIT ?`,
    );
    let after = { at: range.from - 1, id: Number.MAX_SAFE_INTEGER };
    for (;;) {
      const rows = stmt.all(after.at, after.id, range.to, batchSize);
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) return;
      after = { at: last.at, id: last.id };
    }
  }
}
