import type { Scores } from '@sift/shared';
import type { SiteModelHead, SiteModelStore, SiteModelWrite, StoredSiteModel, TrainingDecision } from '../../site-learning/site-model-store';
import type { Db } from './database';

interface HeadRow {
  revision: number;
  watermark: number;
  decisions: number;
  format_version: number;
  updated_at: number;
}

interface TrainingRow {
  id: number;
  comment_id: number;
  to_status: 'approved' | 'rejected';
  reason: string | null;
  undo_of: number | null;
  body: string;
  scores: string | null;
}

const HEAD_COLUMNS = 'revision, watermark, decisions, format_version, updated_at';

export const toHead = (r: HeadRow): SiteModelHead => ({
  revision: Number(r.revision),
  watermark: Number(r.watermark),
  decisions: Number(r.decisions),
  formatVersion: Number(r.format_version),
  updatedAt: Number(r.updated_at),
});

export const toTrainingDecision = (r: Omit<TrainingRow, 'scores'> & { scores: string | null }): TrainingDecision => ({
  id: Number(r.id),
  commentId: Number(r.comment_id),
  toStatus: r.to_status,
  reason: r.reason,
  undoOf: r.undo_of === null ? null : Number(r.undo_of),
  body: r.body,
  scores: r.scores === null ? null : (JSON.parse(r.scores) as Scores),
});

/** The site model's row and the decision log as training input, on SQLite. */
export function sqliteSiteModel(db: Db): SiteModelStore {
  const stmts = {
    head: db.prepare<[], HeadRow>(`SELECT ${HEAD_COLUMNS} FROM site_model WHERE id = 1`),
    load: db.prepare<[], HeadRow & { model: Buffer }>(`SELECT ${HEAD_COLUMNS}, model FROM site_model WHERE id = 1`),
    insert: db.prepare(
      `INSERT INTO site_model (id, model, format_version, decisions, watermark, revision, updated_at)
       VALUES (1, @blob, @formatVersion, @decisions, @watermark, 1, @updatedAt) ON CONFLICT (id) DO NOTHING`,
    ),
    update: db.prepare(
      `UPDATE site_model SET model = @blob, format_version = @formatVersion, decisions = @decisions,
         watermark = @watermark, revision = revision + 1, updated_at = @updatedAt
       WHERE id = 1 AND revision = @expected`,
    ),
    upsert: db.prepare(
      `INSERT INTO site_model (id, model, format_version, decisions, watermark, revision, updated_at)
       VALUES (1, @blob, @formatVersion, @decisions, @watermark, 1, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET model = excluded.model, format_version = excluded.format_version,
         decisions = excluded.decisions, watermark = excluded.watermark, revision = site_model.revision + 1,
         updated_at = excluded.updated_at`,
    ),
    revision: db.prepare<[], { revision: number }>('SELECT revision FROM site_model WHERE id = 1'),
    training: db.prepare<[number, number], TrainingRow>(
      `SELECT d.id, d.comment_id, d.to_status, d.reason, d.undo_of, c.body, c.scores
       FROM decisions d JOIN comments c ON c.id = d.comment_id
       WHERE d.id > ? AND d.source = 'human' AND d.to_status IN ('approved', 'rejected')
       ORDER BY d.id LIMIT ?`,
    ),
    latest: db.prepare<[], { id: number | null }>('SELECT MAX(id) AS id FROM decisions'),
  };

  const save = db.transaction((m: SiteModelWrite, expected: number | null): number | null => {
    const row = { ...m };
    if (expected === null) stmts.upsert.run(row);
    else if (expected === 0) {
      if (stmts.insert.run(row).changes !== 1) return null;
    } else if (stmts.update.run({ ...row, expected }).changes !== 1) return null;
    return stmts.revision.get()?.revision ?? null;
  });

  return {
    async siteModelHead() {
      const row = stmts.head.get();
      return row ? toHead(row) : null;
    },
    async loadSiteModel(): Promise<StoredSiteModel | null> {
      const row = stmts.load.get();
      return row ? { ...toHead(row), blob: row.model } : null;
    },
    async saveSiteModel(model, expectedRevision) {
      return save.immediate(model, expectedRevision);
    },
    async decisionsForTraining(afterId, limit) {
      return stmts.training.all(afterId, limit).map(toTrainingDecision);
    },
    async latestDecisionId() {
      return stmts.latest.get()?.id ?? 0;
    },
  };
}
