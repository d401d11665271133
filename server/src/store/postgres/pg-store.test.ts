import { afterEach, describe, expect, it } from 'vitest';
import { CommentFilters } from '@sift/shared';
import { createPool } from './pg-pool';
import { runPgMigrations } from './migrate';
import { pgMigrations } from './migrations';
import { PgStore } from './pg-store';
import { commentFiltersPg, pgTsQuery } from './comment-filters-pg';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from './test-database';
import type { NewComment } from '../store';

// PostgreSQL-only behaviour; the behaviour shared with SQLite is tested on
// both stores by the API and store-suite tests.
const adminUrl = pgAdminUrl();

const comment = (articleId: number, body: string, extra: Partial<NewComment> = {}): NewComment => ({
  externalId: null,
  articleId,
  parentId: null,
  parentExternalId: null,
  author: { name: 'x', externalId: null },
  body,
  createdAt: 10,
  receivedAt: 10,
  status: 'pending',
  scores: null,
  ruleDecision: null,
  ...extra,
});

if (!adminUrl) {
  describe('PgStore on a real PostgreSQL server', () => {
    it('was not run: PostgreSQL is unavailable (see "PostgreSQL store suite")', () => {
      expect(process.env.SIFT_SKIP_PG, 'PostgreSQL is unavailable and SIFT_SKIP_PG is not set').toBeTruthy();
    });
  });
} else describe('PgStore on a real PostgreSQL server', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function freshDb(): Promise<TestDatabase> {
    const db = await createTestDatabase(adminUrl!, { template: false });
    cleanups.push(db.drop);
    return db;
  }
  async function freshStore(): Promise<PgStore> {
    const db = await freshDb();
    const store = await PgStore.open(db.url, { max: 4 });
    cleanups.push(() => store.close());
    return store;
  }

  it('migrates once when two servers start together (advisory lock)', async () => {
    const db = await freshDb();
    const pools = [createPool(db.url, { max: 1 }), createPool(db.url, { max: 1 })];
    cleanups.push(async () => void (await Promise.all(pools.map((p) => p.end()))));
    const applied = await Promise.all(pools.map((p) => runPgMigrations(p, pgMigrations)));
    expect([...applied[0]!, ...applied[1]!].sort((a, b) => a - b)).toEqual(pgMigrations.map((m) => m.version).sort((a, b) => a - b));
    const { rows } = await pools[0]!.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
    expect(await runPgMigrations(pools[1]!, pgMigrations)).toEqual([]);
  });

  it('translates comment filters to SQL that selects exactly the matching rows', async () => {
    const store = await freshStore();
    const { article } = await store.upsertArticle({ title: 'a' });
    await store.pool.query(
      `INSERT INTO authors (author_key, name) VALUES ('name:x', 'x');
       INSERT INTO comments (article_id, author_id, body, created_at, received_at, status, compound, sentiment_label, flag_mask) VALUES
       (${article.id}, 1, 'lovely bridge', 10, 10, 'pending', 0.8, 'positive', 0),
       (${article.id}, 1, 'you idiot, the bridge', 20, 20, 'pending', -0.7, 'negative', 2),
       (${article.id}, 1, 'meh, Café prices', 30, 30, 'approved', 0, 'neutral', 0);`,
    );
    const ids = async (raw: Record<string, string>) => {
      const { where, params } = commentFiltersPg(CommentFilters.parse(raw));
      return (await store.pool.query<{ id: number }>(`SELECT id FROM comments c WHERE ${where} ORDER BY id`, params)).rows.map((r) => r.id);
    };
    expect(await ids({})).toEqual([1, 2, 3]);
    expect(await ids({ view: 'flagged' })).toEqual([2]);
    expect(await ids({ view: 'approved' })).toEqual([3]);
    expect(await ids({ q: 'brid' })).toEqual([1, 2]);
    expect(await ids({ q: 'BRIDGE lovely' })).toEqual([1]);
    expect(await ids({ q: 'bridge" OR meh' })).toEqual([]);
    expect(await ids({ q: "cafe & !x | y:* 'z" })).toEqual([]);
    expect(await ids({ q: 'cafe' })).toEqual([3]);
    expect(await ids({ flag: 'insult' })).toEqual([2]);
    expect(await ids({ sentiment: 'positive,neutral' })).toEqual([1, 3]);
    expect(await ids({ compoundMax: '-0.5' })).toEqual([2]);
    expect(await ids({ from: new Date(15).toISOString(), to: new Date(30).toISOString() })).toEqual([2]);
    expect(await ids({ author: 'x', articleId: String(article.id) })).toEqual([1, 2, 3]);
  });

  it('quotes every search word so tsquery syntax in the input is inert', () => {
    expect(pgTsQuery('a & b | !c')).toBe("'a' & 'b' & 'c':*");
    expect(pgTsQuery('  !!! ')).toBeNull();
  });

  it('keeps the decision and audit logs append-only', async () => {
    const store = await freshStore();
    const { article } = await store.upsertArticle({ title: 'a' });
    await store.insertComments([comment(article.id, 'hi', { status: 'approved', ruleDecision: { toStatus: 'approved', reason: 'r', note: null } })]);
    await expect(store.pool.query("UPDATE decisions SET to_status = 'rejected'")).rejects.toThrow(/append-only/);
    await expect(store.pool.query('DELETE FROM decisions')).rejects.toThrow(/append-only/);
    await expect(store.pool.query('TRUNCATE decisions CASCADE')).rejects.toThrow(/append-only/);
    await store.appendAuditEvent({ at: 1, actor: null, action: 'x', details: {} });
    await expect(store.pool.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('gives exactly one of two servers deciding the same version the change, and the other a conflict', async () => {
    const a = await freshStore();
    const b = await PgStore.open(a.url, { max: 2, migrate: false });
    cleanups.push(() => b.close());
    const { article } = await a.upsertArticle({ title: 'a' });
    const [stored] = await a.insertComments([comment(article.id, 'contested')]);
    const decide = (s: PgStore, toStatus: 'approved' | 'rejected') =>
      s.applyDecisions([{ commentId: stored!.comment.id, expectedVersion: 1, toStatus, reason: null, note: null, moderatorId: toStatus, source: 'human', at: 5 }]);
    const results = await Promise.all([decide(a, 'approved'), decide(b, 'rejected')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.conflicts[0]?.current?.version).toBe(2);
    expect(await a.decisionsForComment(stored!.comment.id)).toHaveLength(1);
  });

  it('keeps counters and the event log in step across concurrent batches from two servers', async () => {
    const a = await freshStore();
    const b = await PgStore.open(a.url, { max: 4, migrate: false });
    cleanups.push(() => b.close());
    const { article } = await a.upsertArticle({ title: 'a' });
    const batch = (s: PgStore, tag: string) =>
      s.insertComments(Array.from({ length: 50 }, (_, i) => comment(article.id, `${tag} ${i}`, { externalId: `${tag}-${i % 40}`, author: { name: `u${i % 7}`, externalId: null } })));
    await Promise.all([batch(a, 'a'), batch(b, 'b'), batch(a, 'a'), batch(b, 'c')]);
    expect(await a.countComments()).toBe(120);
    expect(await b.countPending()).toBe(120);
    const authors = await a.pool.query<{ n: number }>('SELECT SUM(comment_count) AS n FROM authors');
    expect(authors.rows[0]?.n).toBe(120);
    const events = await b.eventsAfter(0, 1000);
    expect(events.filter((e) => e.type === 'comment.created')).toHaveLength(120);
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((x, y) => x - y));
    expect(await a.latestEventId()).toBe(events.at(-1)?.id);
    expect(await a.pruneEvents(Number.MAX_SAFE_INTEGER)).toBe(120);
    expect(await a.latestEventId()).toBe(events.at(-1)?.id);
  });

  it('runs a background job on one server at a time (lease)', async () => {
    const a = await freshStore();
    const b = await PgStore.open(a.url, { max: 2, migrate: false });
    cleanups.push(() => b.close());
    let release!: () => void;
    let started!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const running = new Promise<void>((r) => (started = r));
    const first = a.runExclusive('rescore', async () => {
      started();
      await held;
      return 'a';
    });
    await running;
    expect(await b.runExclusive('rescore', async () => 'b')).toEqual({ ran: false });
    expect(await b.runExclusive('prune-events', async () => 'other job')).toEqual({ ran: true, value: 'other job' });
    release();
    expect(await first).toEqual({ ran: true, value: 'a' });
    expect(await b.runExclusive('rescore', async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  it('answers ping until closed', async () => {
    const store = await freshStore();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});
