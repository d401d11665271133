import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApiKey, login, makeAuthApp } from './auth-test-helpers';

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
afterEach(async () => {
  await t.close();
});

const comment = { articleExternalId: 'a1', author: { name: 'Ann' }, body: 'A fine article.' };

describe('API keys', () => {
  it('is shown once as sift_..., listed without secrets and stored only as a digest', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const created = await request(t.app).post('/api/keys').set('Cookie', admin).send({ name: 'news site' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^sift_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: 'news site', createdBy: 'admin', revokedAt: null });
    const list = await request(t.app).get('/api/keys').set('Cookie', admin);
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    const row = t.store.db.prepare('SELECT * FROM api_keys').get() as Record<string, unknown>;
    expect(Object.values(row)).not.toContain(created.body.key);
    const audit = await t.store.listAuditEvents({ action: 'apikey.created', limit: 5 });
    expect(audit[0]?.actor).toBe('admin');
  });

  it('may ingest and score but nothing else; a revoked key is refused with 401', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const { id, key } = await createApiKey(t.app, admin);
    const bearer = `Bearer ${key}`;
    expect((await request(t.app).post('/api/articles').set('Authorization', bearer).send({ externalId: 'a1', title: 'T' })).status).toBe(201);
    expect((await request(t.app).post('/api/comments').set('Authorization', bearer).send(comment)).status).toBe(201);
    expect((await request(t.app).post('/api/score').set('Authorization', bearer).send({ text: 'hello' })).status).not.toBe(403);
    expect((await request(t.app).get('/api/health').set('Authorization', bearer)).status).toBe(200);
    expect((await request(t.app).get('/api/comments/1').set('Authorization', bearer)).status).toBe(403);
    expect((await request(t.app).get('/api/keys').set('Authorization', bearer)).status).toBe(403);
    expect((await request(t.app).post('/api/comments/1/decision').set('Authorization', bearer).send({})).status).toBe(403);

    expect((await request(t.app).delete(`/api/keys/${id}`).set('Cookie', admin)).status).toBe(204);
    const refused = await request(t.app).post('/api/comments').set('Authorization', bearer).send(comment);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    expect((await request(t.app).delete(`/api/keys/${id}`).set('Cookie', admin)).status).toBe(404);
    const audit = await t.store.listAuditEvents({ action: 'apikey.revoked', limit: 5 });
    expect(audit[0]).toMatchObject({ actor: 'admin', details: { id } });
  });

  it('refuses made-up and malformed keys', async () => {
    t = await makeAuthApp();
    for (const header of ['Bearer sift_' + 'x'.repeat(43), 'Bearer nope', 'Basic YWRtaW46eA==', 'Bearer ']) {
      expect((await request(t.app).post('/api/comments').set('Authorization', header).send(comment)).status).toBe(401);
    }
  });

  it('rate-limits ingest per key with 429 and Retry-After', async () => {
    t = await makeAuthApp({ ingestPerMinute: 3 });
    const admin = await login(t.app, 'admin');
    const first = await createApiKey(t.app, admin);
    const second = await createApiKey(t.app, admin);
    const send = (key: string) => request(t.app).post('/api/score').set('Authorization', `Bearer ${key}`).send({ text: 'hi' });
    for (let i = 0; i < 3; i++) expect((await send(first.key)).status).not.toBe(429);
    const limited = await send(first.key);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await send(second.key)).status).not.toBe(429);
  });

  it('is not for viewers or moderators to manage', async () => {
    t = await makeAuthApp();
    const moderator = await login(t.app, 'moderator');
    expect((await request(t.app).post('/api/keys').set('Cookie', moderator).send({ name: 'x' })).status).toBe(403);
    expect((await request(t.app).get('/api/keys')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes from another site', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const post = () => request(t.app).post('/api/keys').set('Cookie', admin);
    for (const headers of [
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://evil.example' },
    ]) {
      const res = await post().set(headers).send({ name: 'x' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('csrf_rejected');
    }
    expect((await request(t.app).get('/api/keys')).status).toBe(401);
    expect((await t.store.listApiKeys()).length).toBe(0);
  });

  it('lets same-origin writes and cross-site reads through', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const res = await request(t.app).post('/api/keys').set('Cookie', admin).set('Host', 'sift.example').set('Origin', 'https://sift.example').set('Sec-Fetch-Site', 'same-origin').send({ name: 'x' });
    expect(res.status).toBe(201);
    expect((await request(t.app).get('/api/keys').set('Cookie', admin).set('Sec-Fetch-Site', 'cross-site')).status).toBe(200);
  });

  it('applies to logins too (no login CSRF), but not to API-key ingest', async () => {
    t = await makeAuthApp();
    const login = await request(t.app).post('/api/auth/login').set('Origin', 'https://evil.example').send({ username: 'admin', password: 'x' });
    expect(login.status).toBe(403);
    const admin = await request(t.app).post('/api/auth/login').send({ username: 'admin', password: 'correct horse battery' });
    const cookie = ([] as string[]).concat(admin.headers['set-cookie'] ?? [])[0]?.split(';')[0] ?? '';
    const { key } = await createApiKey(t.app, cookie);
    const res = await request(t.app).post('/api/articles').set('Authorization', `Bearer ${key}`).set('Origin', 'https://news.example').send({ title: 'T' });
    expect(res.status).toBe(201);
  });
});
