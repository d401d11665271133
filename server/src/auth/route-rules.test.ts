import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, login, makeAuthApp, statusOf } from './auth-test-helpers';
import { findRule } from './match-rule';
import { mountedRoutes, type MountedRoute } from './mounted-routes';
import { routeRules } from './route-rules';

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
let server: http.Server;
let routes: MountedRoute[];
const credentials: Record<string, Record<string, string>> = { anonymous: {} };

/** A concrete path for a route pattern: every parameter becomes "1". */
const sample = (pattern: string) => pattern.replace(/[:*][A-Za-z_$][\w$]*/g, '1');

beforeAll(async () => {
  t = await makeAuthApp();
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  for (const role of ['viewer', 'moderator', 'admin']) credentials[role] = { Cookie: await login(t.app, role) };
  // Key 1 is the one the probe of DELETE /api/keys/1 revokes; the probes use key 2.
  await createApiKey(t.app, credentials.admin?.Cookie ?? '');
  const key = await createApiKey(t.app, credentials.admin?.Cookie ?? '');
  credentials.apikey = { Authorization: `Bearer ${key.key}` };
  routes = mountedRoutes(t.app).filter((r) => r.path.startsWith('/api/'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('route rules', () => {
  it('finds the mounted routes (the walk itself works)', () => {
    const seen = routes.map((r) => `${r.method} ${r.path}`);
    expect(seen).toContain('POST /api/comments');
    expect(seen).toContain('GET /api/comments/:id');
    expect(seen).toContain('POST /api/auth/login');
    expect(seen).toContain('DELETE /api/keys/:id');
  });

  it('has a rule for every mounted /api route (add one to route-rules.ts for each new route)', () => {
    const missing = routes.filter((r) => !findRule(r.method, sample(r.path).slice('/api'.length)));
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('has no two rules for the same method and path', () => {
    const keys = routeRules.map((r) => `${r.method} ${r.path.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers 404 for a route without a rule, for everyone', async () => {
    for (const who of Object.keys(credentials)) {
      expect(await statusOf(server, 'GET', '/api/no-such-thing', credentials[who])).toBe(404);
      expect(await statusOf(server, 'DELETE', '/api/comments/1', credentials[who])).toBe(404);
    }
  });

  it('lets each kind of caller through exactly where the rules allow: 401 unauthenticated, 403 forbidden', async () => {
    // Logout ends the session the later probes use: probe it last.
    const ordered = [...routes].sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
    const failures: string[] = [];
    let checked = 0;
    for (const route of ordered) {
      const path = sample(route.path);
      const rule = findRule(route.method, path.slice('/api'.length));
      if (!rule) continue; // reported by the test above
      for (const [who, headers] of Object.entries(credentials)) {
        const allowed =
          rule.roles === 'public' ||
          (who === 'apikey' ? rule.apiKey : who !== 'anonymous' && rule.roles.includes(who as 'viewer'));
        const status = await statusOf(server, route.method, path, headers);
        checked++;
        const refused = who === 'anonymous' ? 401 : 403;
        if (allowed ? status === 401 || status === 403 : status !== refused) {
          failures.push(`${who} ${route.method} ${path}: ${status} (${allowed ? 'should be allowed' : `should be ${refused}`})`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(5 * 15);
  });

  it('gives moderators decisions and admins administration, not the other way round', () => {
    const roles = (route: string) => {
      const [method, path] = route.split(' ') as [string, string];
      return findRule(method, path)?.roles;
    };
    expect(roles('POST /comments/7/decision')).toEqual(['moderator', 'admin']);
    expect(roles('POST /decisions/bulk')).toEqual(['moderator', 'admin']);
    expect(roles('PUT /settings')).toEqual(['admin']);
    expect(roles('POST /keys')).toEqual(['admin']);
    expect(roles('GET /queue')).toEqual(['viewer', 'moderator', 'admin']);
    expect(roles('HEAD /queue')).toEqual(['viewer', 'moderator', 'admin']);
    expect(roles('GET /QUEUE/')).toEqual(['viewer', 'moderator', 'admin']);
    expect(findRule('GET', '/queue//')).toBeNull();
    expect(findRule('GET', '/comments/1/2')).toBeNull();
  });
});
