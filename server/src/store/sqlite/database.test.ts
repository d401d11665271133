import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { sqliteMigrations } from './migrations';
import { tempDbPath } from '../../test/test-app';

describe('openDatabase', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('runs every migration once, in WAL mode with foreign keys on', () => {
    const { file, cleanup } = tempDbPath();
    cleanups.push(cleanup);
    const first = openDatabase(file);
    expect(first.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.pragma('foreign_keys', { simple: true })).toBe(1);
    first.close();
    const second = openDatabase(file);
    const rows = second.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual(sqliteMigrations.map((m) => m.version).sort((a, b) => a - b));
    second.close();
  });

  it('keeps the decision log append-only', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO articles (title, created_at) VALUES ('a', 0);
      INSERT INTO authors (author_key, name) VALUES ('name:x', 'x');
      INSERT INTO comments (article_id, author_id, body, created_at, received_at, status) VALUES (1, 1, 'hi', 0, 0, 'pending');
      INSERT INTO decisions (comment_id, to_status, source, at) VALUES (1, 'approved', 'human', 0);`);
    expect(() => db.exec("UPDATE decisions SET to_status = 'rejected'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM decisions')).toThrow(/append-only/);
    expect(() => db.exec("INSERT INTO comments (article_id, author_id, body, created_at, received_at, status) VALUES (99, 1, 'x', 0, 0, 'pending')")).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('indexes comment bodies for full-text search', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO articles (title, created_at) VALUES ('a', 0);
      INSERT INTO authors (author_key, name) VALUES ('name:x', 'x');
      INSERT INTO comments (article_id, author_id, body, created_at, received_at, status) VALUES (1, 1, 'The harbour bridge is lovely', 0, 0, 'pending');
      INSERT INTO comments (article_id, author_id, body, created_at, received_at, status) VALUES (1, 1, 'Café prices went up', 0, 0, 'pending');`);
    const hits = (q: string) => (db.prepare('SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?').all(q) as { rowid: number }[]).map((r) => r.rowid);
    expect(hits('bridge')).toEqual([1]);
    expect(hits('cafe')).toEqual([2]);
    db.close();
  });
});
