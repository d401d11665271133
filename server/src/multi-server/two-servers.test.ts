import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../store/postgres/test-database';
import { startSiftProcess, type SiftProcess } from './sift-process';
import { waitForSse } from './sse-reader';

// Two real Sift processes on one PostgreSQL database, as behind a load
// balancer: what one server stores, the other's moderators see live, and two
// moderators deciding the same comment on different servers cannot both win.
const ADMIN_PASSWORD = 'two-servers-test-password';
const adminUrl = pgAdminUrl();

if (!adminUrl) {
  describe('two Sift servers on one PostgreSQL database', () => {
    it('was not run: PostgreSQL is unavailable (see "PostgreSQL store suite")', () => {
      expect(process.env.SIFT_SKIP_PG, 'PostgreSQL is unavailable and SIFT_SKIP_PG is not set').toBeTruthy();
    });
  });
} else {
  describe('two Sift servers on one PostgreSQL database', () => {
    let db: TestDatabase;
    let a: SiftProcess;
    let b: SiftProcess;

    beforeAll(async () => {
      // An empty database: the first server to start runs the migrations.
      db = await createTestDatabase(adminUrl, { template: false });
      const env = { DATABASE_URL: db.url, SIFT_ADMIN_PASSWORD: ADMIN_PASSWORD, SIFT_PG_POOL_SIZE: '4' };
      a = await startSiftProcess(env);
      b = await startSiftProcess(env);
    }, 120_000);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await db?.drop();
    });

    async function login(server: SiftProcess): Promise<string> {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      expect(cookie).not.toBe('');
      return cookie;
    }

    const post = (server: SiftProcess, cookie: string, path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

    it('reports PostgreSQL as its store on both servers', async () => {
      for (const s of [a, b]) {
        const health = await fetch(`${s.url}/api/health`);
        expect(await health.json()).toMatchObject({ status: 'ok', store: 'postgres' });
      }
    });

    it('streams a comment ingested through server A to a moderator connected to server B', async () => {
      const [cookieA, cookieB] = await Promise.all([login(a), login(b)]);
      const stream = await fetch(`${b.url}/api/events`, { headers: { cookie: cookieB, accept: 'text/event-stream' } });
      expect(stream.status).toBe(200);
      const article = await post(a, cookieA, '/api/articles', { externalId: 'multi-1', title: 'Two servers' });
      expect(article.status).toBe(201);
      const articleId = ((await article.json()) as { id: number }).id;
      // Stored only after B's stream is open: it must arrive live, not from history.
      const seen = waitForSse(stream, (m) => m.data.includes('"comment.created"') && m.data.includes(`"articleId":${articleId}`), 15_000);
      const created = await post(a, cookieA, '/api/comments', { externalId: 'mc-1', articleId, author: { name: 'Ann' }, body: 'Hello from A' });
      expect(created.status).toBe(201);
      const commentId = ((await created.json()) as { id: number }).id;
      const message = await seen;
      expect(JSON.parse(message.data)).toMatchObject({ type: 'comment.created', commentId, articleId });
      expect(Number(message.id)).toBeGreaterThan(0);
    });

    it('gives exactly one of two moderators deciding the same version on different servers a success, the other a 409', async () => {
      const [cookieA, cookieB] = await Promise.all([login(a), login(b)]);
      const article = await post(a, cookieA, '/api/articles', { externalId: 'multi-2', title: 'Contested' });
      const articleId = ((await article.json()) as { id: number }).id;
      const created = await post(b, cookieB, '/api/comments', { articleId, author: { name: 'Bo' }, body: 'Decide me' });
      const comment = (await created.json()) as { id: number; version: number };
      const [ra, rb] = await Promise.all([
        post(a, cookieA, `/api/comments/${comment.id}/decision`, { status: 'approved', expectedVersion: comment.version }),
        post(b, cookieB, `/api/comments/${comment.id}/decision`, { status: 'rejected', reason: 'abusive', expectedVersion: comment.version }),
      ]);
      expect([ra.status, rb.status].sort()).toEqual([200, 409]);
      const history = await fetch(`${a.url}/api/comments/${comment.id}/history`, { headers: { cookie: cookieA } });
      expect(((await history.json()) as { items: unknown[] }).items).toHaveLength(1);
      const final = (await (await fetch(`${b.url}/api/comments/${comment.id}`, { headers: { cookie: cookieB } })).json()) as { version: number };
      expect(final.version).toBe(comment.version + 1);
    });
  });
}
