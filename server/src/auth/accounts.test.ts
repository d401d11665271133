import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { login, makeAuthApp, PASSWORD } from './auth-test-helpers';
import { setUpAccounts } from './bootstrap-users';

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
afterEach(async () => {
  await t.close();
});

describe('user administration', () => {
  it('adds, resets and removes users, audited with the admin as actor', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    const added = await request(t.app).post('/api/users').set('Cookie', admin).send({ username: 'Zoe', role: 'viewer', password: 'zoe password 1' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ user: expect.objectContaining({ username: 'zoe', role: 'viewer', mustChangePassword: false }) });
    const duplicate = await request(t.app).post('/api/users').set('Cookie', admin).send({ username: 'zoe', role: 'viewer' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('already_exists');
    expect((await request(t.app).post('/api/users').set('Cookie', admin).send({ username: '<script>', role: 'viewer' })).status).toBe(400);
    expect((await request(t.app).post('/api/users').set('Cookie', admin).send({ username: 'x', role: 'root' })).status).toBe(400);

    const zoe = await login(t.app, 'zoe', 'zoe password 1');
    const reset = await request(t.app).post('/api/users/zoe/reset').set('Cookie', admin);
    expect(reset.status).toBe(200);
    expect((await request(t.app).get('/api/auth/me').set('Cookie', zoe)).status).toBe(401);
    await login(t.app, 'zoe', reset.body.password);

    expect((await request(t.app).delete('/api/users/zoe').set('Cookie', admin)).status).toBe(204);
    expect((await request(t.app).delete('/api/users/zoe').set('Cookie', admin)).status).toBe(404);
    const list = await request(t.app).get('/api/users').set('Cookie', admin);
    expect(list.body.items.map((u: { username: string }) => u.username)).toEqual(['admin', 'moderator', 'viewer']);
    expect(JSON.stringify(list.body)).not.toContain('scrypt');
    const actions = (await t.store.listAuditEvents({ limit: 50 })).filter((e) => e.actor === 'admin').map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.added', 'user.password_reset', 'user.removed']));
  });

  it('will not remove the last admin', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    expect((await request(t.app).delete('/api/users/admin').set('Cookie', admin)).status).toBe(409);
  });

  it('will not let an admin remove their own account, even with another admin left', async () => {
    t = await makeAuthApp();
    const admin = await login(t.app, 'admin');
    await request(t.app).post('/api/users').set('Cookie', admin).send({ username: 'admin2', role: 'admin', password: 'second admin pw' }).expect(201);
    const self = await request(t.app).delete('/api/users/admin').set('Cookie', admin);
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('cannot_remove_self');
    expect((await request(t.app).get('/api/auth/me').set('Cookie', admin)).status).toBe(200);
    const other = await login(t.app, 'admin2', 'second admin pw');
    expect((await request(t.app).delete('/api/users/admin').set('Cookie', other)).status).toBe(204);
  });
});

describe('first start', () => {
  it('creates admin with a one-time password printed once, and demo users only with demo data', async () => {
    t = await makeAuthApp();
    t.store.db.exec('DELETE FROM sessions; DELETE FROM users');
    const lines: string[] = [];
    const deps = { store: t.store, auth: t.app.locals.auth, accounts: t.app.locals.accounts, adminPassword: undefined, print: (l: string) => lines.push(l) };
    await setUpAccounts({ ...deps, demoRequested: true, demoLoaded: false });
    const password = lines.map((l) => l.trim()).find((l) => /^\S{20}$/.test(l)) ?? '';
    expect(password).not.toBe('');
    expect(t.app.locals.auth.demo).toBe(false);
    expect((await t.store.listUsers()).map((u) => [u.username, u.mustChangePassword])).toEqual([['admin', true]]);
    const me = await request(t.app).get('/api/auth/me').set('Cookie', await login(t.app, 'admin', password));
    expect(me.body.user.mustChangePassword).toBe(true);

    lines.length = 0;
    await setUpAccounts({ ...deps, demoRequested: true, demoLoaded: true });
    expect(t.app.locals.auth.demo).toBe(true);
    expect(lines.join('\n')).toContain('demo-moderator');
    await login(t.app, 'demo-moderator', 'demo');
    // Later starts: demo mode follows the flag; the admin is not re-created.
    lines.length = 0;
    await setUpAccounts({ ...deps, demoRequested: false, demoLoaded: false });
    expect(t.app.locals.auth.demo).toBe(false);
    expect(lines).toEqual([]);
  });

  it('takes the admin password from SIFT_ADMIN_PASSWORD when set, and refuses a short one', async () => {
    t = await makeAuthApp();
    t.store.db.exec('DELETE FROM sessions; DELETE FROM users');
    const deps = { store: t.store, auth: t.app.locals.auth, accounts: t.app.locals.accounts, demoRequested: false, demoLoaded: false, print: () => undefined };
    await expect(setUpAccounts({ ...deps, adminPassword: 'short' })).rejects.toThrow(/at least/);
    await setUpAccounts({ ...deps, adminPassword: PASSWORD });
    await login(t.app, 'admin', PASSWORD);
  });
});
