import type { AuditEvent } from '@sift/shared';
import type pg from 'pg';
import type { AuditEventStore, NewAuditEvent, SettingsStore, StoredSettings } from '../moderation-store';
import { toAuditEvent, type AuditEventRow } from '../sqlite/moderation-rows';
import { isUniqueViolation, withTransaction, type Queryable } from './pg-pool';

interface SettingsRow {
  version: number;
  settings: string;
  updated_at: number;
  updated_by: string | null;
}

const toStored = (r: SettingsRow): StoredSettings => ({
  settings: JSON.parse(r.settings) as unknown,
  version: r.version,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

async function insertAudit(db: Queryable, e: NewAuditEvent): Promise<AuditEventRow> {
  const { rows } = await db.query<AuditEventRow>('INSERT INTO audit_events (at, actor, action, details) VALUES ($1, $2, $3, $4) RETURNING *', [
    e.at,
    e.actor,
    e.action,
    JSON.stringify(e.details),
  ]);
  return rows[0]!;
}

export class PgSettings implements SettingsStore, AuditEventStore {
  constructor(private readonly pool: pg.Pool) {}

  async currentSettings(): Promise<StoredSettings | null> {
    const { rows } = await this.pool.query<SettingsRow>('SELECT * FROM settings_versions ORDER BY version DESC LIMIT 1');
    return rows[0] ? toStored(rows[0]) : null;
  }

  async saveSettings(
    next: { settings: unknown; expectedVersion: number; at: number; updatedBy: string | null },
    audit: NewAuditEvent,
  ): Promise<StoredSettings | null> {
    try {
      return await withTransaction(this.pool, async (c) => {
        const current = await c.query<{ version: number }>('SELECT version FROM settings_versions ORDER BY version DESC LIMIT 1');
        const version = current.rows[0]?.version ?? 0;
        if (version !== next.expectedVersion) return null;
        const row: SettingsRow = { version: version + 1, settings: JSON.stringify(next.settings), updated_at: next.at, updated_by: next.updatedBy };
        // Two servers saving on the same version: the primary key lets one win.
        await c.query('INSERT INTO settings_versions (version, settings, updated_at, updated_by) VALUES ($1, $2, $3, $4)', [
          row.version,
          row.settings,
          row.updated_at,
          row.updated_by,
        ]);
        await insertAudit(c, { ...audit, details: { ...audit.details, version: row.version } });
        return toStored(row);
      });
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  async pendingForPreview(limit: number) {
    const { rows } = await this.pool.query<{ id: number; body: string }>(
      "SELECT id, body FROM comments WHERE status = 'pending' ORDER BY priority DESC, id DESC LIMIT $1",
      [limit],
    );
    return rows;
  }

  async countPending(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>("SELECT COALESCE(SUM(n), 0) AS n FROM comment_counts WHERE status = 'pending'");
    return rows[0]?.n ?? 0;
  }

  async appendAuditEvent(event: NewAuditEvent): Promise<AuditEvent> {
    return toAuditEvent(await insertAudit(this.pool, event));
  }

  async listAuditEvents(q: { action?: string; beforeId?: number; limit: number }): Promise<AuditEvent[]> {
    const before = q.beforeId ?? Number.MAX_SAFE_INTEGER;
    const { rows } =
      q.action !== undefined
        ? await this.pool.query<AuditEventRow>('SELECT * FROM audit_events WHERE action = $1 AND id < $2 ORDER BY id DESC LIMIT $3', [q.action, before, q.limit])
        : await this.pool.query<AuditEventRow>('SELECT * FROM audit_events WHERE id < $1 ORDER BY id DESC LIMIT $2', [before, q.limit]);
    return rows.map(toAuditEvent);
  }
}
