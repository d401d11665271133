import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { makeTestApp } from '../test/test-app';
import type { AppDeps } from '../app';
import type { Role } from '../store/store';

export const PASSWORD = 'correct horse battery';

/** The test app with real authentication (no test actor) and one user per role. */
export async function makeAuthApp(auth: AppDeps['auth'] = {}, overrides: Partial<AppDeps> = {}) {
  const t = makeTestApp({ ...overrides, auth });
  for (const role of ['admin', 'moderator', 'viewer'] as const) {
    await t.app.locals.accounts.add('test-setup', { username: role, role, password: PASSWORD });
  }
  return t;
}

/** Logs in and returns the Cookie header value for the session. */
export async function login(app: Parameters<typeof request>[0], username: Role | string, password = PASSWORD): Promise<string> {
  const res = await request(app).post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0] ?? '';
  return cookie.split(';')[0] ?? '';
}

export async function createApiKey(app: Parameters<typeof request>[0], adminCookie: string): Promise<{ id: number; key: string }> {
  const res = await request(app).post('/api/keys').set('Cookie', adminCookie).send({ name: 'example.org' });
  if (res.status !== 201) throw new Error(`creating a key answered ${res.status}`);
  return res.body as { id: number; key: string };
}

/**
 * The status of a request, read as soon as the headers arrive: works for
 * endless streams (server-sent events) too. Loopback only.
 */
export async function statusOf(server: http.Server, method: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}
