import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { login, makeAuthApp, PASSWORD } from './auth-test-helpers';

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
afterEach(async () => {
  await t.close();
});

const cookies = (res: request.Response) => ([] as string[]).concat(res.headers['set-cookie'] ?? []);

describe('login, session and logout', () => {
  it('logs in with a httpOnly SameSite=Lax session cookie and stores only its digest', async () => {
    t = await makeAuthApp();
    const res = await request(t.app).post('/api/auth/login').send({ username: 'Moderator', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'moderator', role: 'moderator', mustChangePassword: false });
    expect(JSON.stringify(res.body)).not.toContain('scrypt');
    const cookie = cookies(res)[0] ?? '';
    expect(cookie).toMatch(/^sift_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = cookie.slice('sift_session='.length, cookie.indexOf(';'));
    const stored = t.store.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(token);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await request(t.app).get('/api/auth/me').set('Cookie', cookie.split(';')[0] ?? '');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ username: 'moderator', role: 'moderator' });
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    t = await makeAuthApp();
    // The app trusts X-Forwarded-Proto from a proxy on loopback (supertest connects from there).
    const res = await request(t.app).post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ username: 'viewer', password: PASSWORD });
    expect(cookies(res)[0]).toMatch(/; Secure/);
  });

  it('refuses wrong passwords and unknown users alike, and audits the failure', async () => {
    t = await makeAuthApp();
    const wrong = await request(t.app).post('/api/auth/login').send({ username: 'admin', password: 'nope' });
    const unknown = await request(t.app).post('/api/auth/login').send({ username: 'nobody', password: 'nope' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_credentials');
      expect(res.body.error.message).toBe('wrong username or password');
      expect(cookies(res)).toHaveLength(0);
    }
    const audit = await t.store.listAuditEvents({ action: 'auth.login_failed', limit: 10 });
    expect(audit.map((e) => e.details.username).sort()).toEqual(['admin', 'nobody']);
  });

  it('ends the session on logout', async () => {
    t = await makeAuthApp();
    const cookie = await login(t.app, 'viewer');
    const out = await request(t.app).post('/api/auth/logout').set('Cookie', cookie);
    expect(out.status).toBe(204);
    expect(cookies(out)[0]).toMatch(/sift_session=;/);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
    const actions = (await t.store.listAuditEvents({ limit: 10 })).map((e) => [e.action, e.actor]);
    expect(actions).toContainEqual(['auth.logout', 'viewer']);
    expect(actions).toContainEqual(['auth.login', 'viewer']);
  });

  it('expires sessions after the idle time and after the absolute lifetime', async () => {
    let now = 1_000_000;
    t = await makeAuthApp({ now: () => now, sessionIdleMs: 10 * 60_000, sessionAbsoluteMs: 60 * 60_000 });
    const idle = await login(t.app, 'viewer');
    now += 11 * 60_000;
    expect((await request(t.app).get('/api/auth/me').set('Cookie', idle)).status).toBe(401);

    const active = await login(t.app, 'viewer');
    for (let i = 0; i < 7; i++) {
      now += 9 * 60_000;
      const res = await request(t.app).get('/api/auth/me').set('Cookie', active);
      // 63 minutes in, past the absolute lifetime although never idle for long.
      expect(res.status).toBe(i < 6 ? 200 : 401);
    }
  });

  it('refuses a forged or garbage cookie', async () => {
    t = await makeAuthApp();
    for (const cookie of ['sift_session=' + 'A'.repeat(43), 'sift_session=../../etc', 'sift_session=']) {
      expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
    }
  });
});

describe('password change', () => {
  it('needs the current password, then ends every session of the user and keeps the caller signed in', async () => {
    t = await makeAuthApp();
    const other = await login(t.app, 'moderator');
    const mine = await login(t.app, 'moderator');
    const wrong = await request(t.app).post('/api/auth/password').set('Cookie', mine).send({ currentPassword: 'nope', newPassword: 'a new long password' });
    expect(wrong.status).toBe(401);
    const weak = await request(t.app).post('/api/auth/password').set('Cookie', mine).send({ currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);

    const res = await request(t.app).post('/api/auth/password').set('Cookie', mine).send({ currentPassword: PASSWORD, newPassword: 'a new long password' });
    expect(res.status).toBe(200);
    const fresh = (cookies(res)[0] ?? '').split(';')[0] ?? '';
    expect((await request(t.app).get('/api/auth/me').set('Cookie', other)).status).toBe(401);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', mine)).status).toBe(401);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', fresh)).status).toBe(200);
    await login(t.app, 'moderator', 'a new long password');
    const audit = await t.store.listAuditEvents({ action: 'auth.password_changed', limit: 5 });
    expect(audit[0]?.actor).toBe('moderator');
  });

  it('keeps a user with a one-time password to their own account until they change it', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const created = await request(t.app).post('/api/users').set('Cookie', admin).send({ username: 'newbie', role: 'moderator' });
    expect(created.status).toBe(201);
    const oneTime = created.body.password as string;
    expect(oneTime).toMatch(/^\S{20}$/);
    const cookie = await login(t.app, 'newbie', oneTime);
    const blocked = await request(t.app).get('/api/queue').set('Cookie', cookie);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.details).toEqual({ mustChangePassword: true });
    expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie)).body.user.mustChangePassword).toBe(true);
    const changed = await request(t.app).post('/api/auth/password').set('Cookie', cookie).send({ currentPassword: oneTime, newPassword: 'my own password 1' });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
  });
});

describe('login rate limits', () => {
  it('answers 429 with Retry-After after 10 failures for one account, even with the right password', async () => {
    t = await makeAuthApp();
    for (let i = 0; i < 10; i++) {
      expect((await request(t.app).post('/api/auth/login').send({ username: 'admin', password: `guess ${i}` })).status).toBe(401);
    }
    const res = await request(t.app).post('/api/auth/login').send({ username: 'admin', password: PASSWORD });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts from the same address are not locked out by it.
    expect((await request(t.app).post('/api/auth/login').send({ username: 'viewer', password: PASSWORD })).status).toBe(200);
  });

  it('limits failures per IP across accounts', async () => {
    t = await makeAuthApp({ loginFailuresPerIp: 5 });
    for (let i = 0; i < 5; i++) {
      expect((await request(t.app).post('/api/auth/login').send({ username: `user${i}`, password: 'x' })).status).toBe(401);
    }
    const res = await request(t.app).post('/api/auth/login').send({ username: 'viewer', password: PASSWORD });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});

describe('demo accounts and config', () => {
  it('lets demo accounts in only in demo mode and says so in /auth/config', async () => {
    t = await makeAuthApp();
    await t.app.locals.accounts.add('test', { username: 'demo-viewer', role: 'viewer', password: 'demo', demo: true, mustChangePassword: false });
    expect((await request(t.app).get('/api/auth/config')).body).toEqual({ demo: false });
    expect((await request(t.app).post('/api/auth/login').send({ username: 'demo-viewer', password: 'demo' })).status).toBe(401);
    t.app.locals.auth.demo = true;
    expect((await request(t.app).get('/api/auth/config')).body).toEqual({ demo: true });
    const cookie = await login(t.app, 'demo-viewer', 'demo');
    t.app.locals.auth.demo = false;
    expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });
});
