// Test fixture for stats, exports and reports: rows written straight into
// SQLite with known timestamps, so expected figures can be worked out by hand.
import { flagCategories, type FlagCategory } from '@sift/shared';
import type { Db } from '../store/sqlite/database';

export interface FixtureComment {
  articleId: number;
  author: string;
  body?: string;
  createdAt: string;
  status: 'pending' | 'approved' | 'rejected' | 'escalated';
  compound: number | null;
  priority?: number;
  flags?: { category: FlagCategory; reason: string }[];
}

export interface FixtureDecision {
  commentId: number;
  toStatus: 'pending' | 'approved' | 'rejected' | 'escalated';
  source: 'human' | 'rule';
  moderatorId?: string | null;
  reason?: string | null;
  note?: string | null;
  /** Seconds after the comment was received. */
  afterSeconds: number;
}

const RECEIVED_DELAY_MS = 60_000;

export function insertArticle(db: Db, title: string): number {
  return Number(db.prepare('INSERT INTO articles (title, created_at) VALUES (?, 0)').run(title).lastInsertRowid);
}

export function insertComment(db: Db, c: FixtureComment): number {
  const key = `name:${c.author}`;
  db.prepare('INSERT OR IGNORE INTO authors (author_key, name) VALUES (?, ?)').run(key, c.author);
  const authorId = (db.prepare('SELECT id FROM authors WHERE author_key = ?').get(key) as { id: number }).id;
  const label = c.compound === null ? null : c.compound >= 0.05 ? 'positive' : c.compound <= -0.05 ? 'negative' : 'neutral';
  const flags = (c.flags ?? []).map((f) => ({ ...f, severity: 'medium', confidence: 0.9, spans: [] }));
  const mask = flags.reduce((m, f) => m | (1 << flagCategories.indexOf(f.category)), 0);
  const priority = c.priority ?? 0;
  const scores = c.compound === null ? null : JSON.stringify({
    scorerVersion: 'test',
    sentiment: { score: c.compound, compound: c.compound, label, contributions: [] },
    flags,
    priority,
    priorityReasons: [],
  });
  const created = Date.parse(c.createdAt);
  const info = db
    .prepare(
      `INSERT INTO comments (article_id, author_id, body, created_at, received_at, status, scores, priority, compound, sentiment_label, flag_mask)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(c.articleId, authorId, c.body ?? `comment by ${c.author}`, created, created + RECEIVED_DELAY_MS, c.status, scores, priority, c.compound, label, mask);
  return Number(info.lastInsertRowid);
}

export function insertDecision(db: Db, d: FixtureDecision): void {
  const received = (db.prepare('SELECT received_at FROM comments WHERE id = ?').get(d.commentId) as { received_at: number }).received_at;
  db.prepare(
    'INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(d.commentId, 'pending', d.toStatus, d.reason ?? null, d.note ?? null, d.moderatorId ?? null, d.source, received + d.afterSeconds * 1000);
}

/**
 * The worked example of the stats and report tests (January 2024, UTC):
 * six comments in the month on two articles, one in December.
 */
export function seedJanuary(db: Db): { a1: number; a2: number; ids: number[] } {
  const a1 = insertArticle(db, 'Bridge <b>plans</b>');
  const a2 = insertArticle(db, 'Budget');
  const ids = [
    insertComment(db, { articleId: a1, author: 'ann', createdAt: '2024-01-10T10:00:00Z', status: 'approved', compound: 0.6, priority: 0.1 }),
    insertComment(db, { articleId: a1, author: 'bob', createdAt: '2024-01-10T12:00:00Z', status: 'rejected', compound: -0.8, priority: 0.9, flags: [{ category: 'insult', reason: 'calls someone an idiot' }] }),
    insertComment(db, { articleId: a1, author: 'cat', createdAt: '2024-01-11T09:00:00Z', status: 'pending', compound: -0.3, priority: 0.7, flags: [{ category: 'insult', reason: 'insult' }, { category: 'profanity', reason: 'swears' }] }),
    insertComment(db, { articleId: a2, author: 'ann', createdAt: '2024-01-11T15:00:00Z', status: 'rejected', compound: 0, priority: 0.5, flags: [{ category: 'spam', reason: 'link' }] }),
    insertComment(db, { articleId: a2, author: 'dan', createdAt: '2024-01-12T08:00:00Z', status: 'pending', compound: 0.2, priority: 0.2 }),
    insertComment(db, { articleId: a2, author: 'eve', createdAt: '2024-01-12T20:00:00Z', status: 'escalated', compound: -0.95, priority: 0.95, flags: [{ category: 'threat', reason: 'threatens' }] }),
    insertComment(db, { articleId: a1, author: 'old', createdAt: '2023-12-20T10:00:00Z', status: 'approved', compound: 0.5, priority: 0.1 }),
  ];
  const [c1, c2, , c4, , c6, c7] = ids as [number, number, number, number, number, number, number];
  insertDecision(db, { commentId: c1, toStatus: 'approved', source: 'human', moderatorId: 'mod-a', afterSeconds: 600 });
  insertDecision(db, { commentId: c2, toStatus: 'rejected', source: 'human', moderatorId: 'mod-a', reason: 'abusive', afterSeconds: 1200 });
  insertDecision(db, { commentId: c4, toStatus: 'rejected', source: 'rule', reason: 'spam', afterSeconds: 0 });
  insertDecision(db, { commentId: c6, toStatus: 'escalated', source: 'human', moderatorId: 'mod-b', afterSeconds: 300 });
  insertDecision(db, { commentId: c7, toStatus: 'approved', source: 'human', moderatorId: 'mod-b', afterSeconds: 100 });
  return { a1, a2, ids };
}
