import type { AuditEvent } from '@sift/shared';
import type { AuditEventStore, NewAuditEvent, SettingsStore, StoredSettings } from '../moderation-store';
import type { Db } from './database';
import { toAuditEvent, type AuditEventRow } from './moderation-rows';

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

/** Versioned settings and the audit log of non-decision events. */
export class SqliteSettings implements SettingsStore, AuditEventStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      current: db.prepare<[], SettingsRow>('SELECT * FROM settings_versions ORDER BY version DESC LIMIT 1'),
      insert: db.prepare<[number, string, number, string | null], unknown>(
        'INSERT INTO settings_versions (version, settings, updated_at, updated_by) VALUES (?, ?, ?, ?)',
      ),
      pending: db.prepare<[number], { id: number; body: string }>(
        "SELECT id, body FROM comments WHERE status = 'pending' ORDER BY priority DESC, id DESC LIMIT ?",
      ),
      countPending: db.prepare<[], { n: number }>("SELECT COALESCE(SUM(n), 0) AS n FROM comment_counts WHERE status = 'pending'"),
      insertAudit: db.prepare<[number, string | null, string, string], unknown>(
        'INSERT INTO audit_events (at, actor, action, details) VALUES (?, ?, ?, ?)',
      ),
      auditById: db.prepare<[number], AuditEventRow>('SELECT * FROM audit_events WHERE id = ?'),
      audit: db.prepare<[number, number], AuditEventRow>('SELECT * FROM audit_events WHERE id < ? ORDER BY id DESC LIMIT ?'),
      auditByAction: db.prepare<[string, number, number], AuditEventRow>(
        'SELECT * FROM audit_events WHERE action = ? AND id < ? ORDER BY id DESC LIMIT ?',
      ),
    };
  }

  async currentSettings(): Promise<StoredSettings | null> {
    const row = this.stmts.current.get();
    return row ? toStored(row) : null;
  }

  async saveSettings(
    next: { settings: unknown; expectedVersion: number; at: number; updatedBy: string | null },
    audit: NewAuditEvent,
  ): Promise<StoredSettings | null> {
    const tx = this.db.transaction(() => {
      const version = this.stmts.current.get()?.version ?? 0;
      if (version !== next.expectedVersion) return null;
      const row: SettingsRow = { version: version + 1, settings: JSON.stringify(next.settings), updated_at: next.at, updated_by: next.updatedBy };
      this.stmts.insert.run(row.version, row.settings, row.updated_at, row.updated_by);
      this.insertAudit({ ...audit, details: { ...audit.details, version: row.version } });
      return toStored(row);
    });
    return tx.immediate();
  }

  async pendingForPreview(limit: number) {
    return this.stmts.pending.all(limit);
  }

  async countPending(): Promise<number> {
    return this.stmts.countPending.get()?.n ?? 0;
  }

  async appendAuditEvent(event: NewAuditEvent): Promise<AuditEvent> {
    const id = this.insertAudit(event);
    const row = this.stmts.auditById.get(id);
    if (!row) throw new Error('audit event vanished after insert');
    return toAuditEvent(row);
  }

  private insertAudit(e: NewAuditEvent): number {
    return Number(this.stmts.insertAudit.run(e.at, e.actor, e.action, JSON.stringify(e.details)).lastInsertRowid);
  }

  async listAuditEvents(q: { action?: string; beforeId?: number; limit: number }): Promise<AuditEvent[]> {
    const before = q.beforeId ?? Number.MAX_SAFE_INTEGER;
    const rows = q.action !== undefined ? this.stmts.auditByAction.all(q.action, before, q.limit) : this.stmts.audit.all(before, q.limit);
    return rows.map(toAuditEvent);
  }
}
