import type pg from 'pg';
import type { SiteModelStore, SiteModelWrite } from '../../site-learning/site-model-store';
import { toHead, toTrainingDecision } from '../sqlite/sqlite-site-model';

const HEAD_COLUMNS = 'revision, watermark, decisions, format_version, updated_at';

const params = (m: SiteModelWrite) => [m.blob, m.formatVersion, m.decisions, m.watermark, m.updatedAt];

/** The site model's row and the decision log as training input, on PostgreSQL. */
export function pgSiteModel(pool: pg.Pool): SiteModelStore {
  return {
    async siteModelHead() {
      const { rows } = await pool.query(`SELECT ${HEAD_COLUMNS} FROM site_model WHERE id = 1`);
      return rows[0] ? toHead(rows[0]) : null;
    },
    async loadSiteModel() {
      const { rows } = await pool.query(`SELECT ${HEAD_COLUMNS}, model FROM site_model WHERE id = 1`);
      return rows[0] ? { ...toHead(rows[0]), blob: rows[0].model as Buffer } : null;
    },
    async saveSiteModel(model, expectedRevision) {
      // One statement each: the revision check and the write cannot be split by another server.
      let result: pg.QueryResult<{ revision: number }>;
      if (expectedRevision === null) {
        result = await pool.query(
          `INSERT INTO site_model (id, model, format_version, decisions, watermark, revision, updated_at)
           VALUES (1, $1, $2, $3, $4, 1, $5)
           ON CONFLICT (id) DO UPDATE SET model = excluded.model, format_version = excluded.format_version,
             decisions = excluded.decisions, watermark = excluded.watermark, revision = site_model.revision + 1,
             updated_at = excluded.updated_at
           RETURNING revision`,
          params(model),
        );
      } else if (expectedRevision === 0) {
        result = await pool.query(
          `INSERT INTO site_model (id, model, format_version, decisions, watermark, revision, updated_at)
           VALUES (1, $1, $2, $3, $4, 1, $5) ON CONFLICT (id) DO NOTHING RETURNING revision`,
          params(model),
        );
      } else {
        result = await pool.query(
          `UPDATE site_model SET model = $1, format_version = $2, decisions = $3, watermark = $4,
             revision = revision + 1, updated_at = $5
           WHERE id = 1 AND revision = $6 RETURNING revision`,
          [...params(model), expectedRevision],
        );
      }
      const row = result.rows[0];
      return row ? Number(row.revision) : null;
    },
    async decisionsForTraining(afterId, limit) {
      const { rows } = await pool.query(
        `SELECT d.id, d.comment_id, d.to_status, d.reason, d.undo_of, c.body, c.scores
         FROM decisions d JOIN comments c ON c.id = d.comment_id
         WHERE d.id > $1 AND d.source = 'human' AND d.to_status IN ('approved', 'rejected')
         ORDER BY d.id LIMIT $2`,
        [afterId, limit],
      );
      return rows.map(toTrainingDecision);
    },
    async latestDecisionId() {
      const { rows } = await pool.query<{ id: number | null }>('SELECT MAX(id) AS id FROM decisions');
      return Number(rows[0]?.id ?? 0);
    },
  };
}
