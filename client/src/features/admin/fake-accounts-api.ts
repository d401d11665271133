import { jsonResponse, mockFetch } from '../../test/render';
import type { AccountUser } from '../../api/users';
import type { ApiKeyInfo } from '../../api/api-keys';
import type { Role } from '../../auth/auth-api';

const errorBody = (status: number, code: string, message: string) => jsonResponse({ error: { code, message } }, status);

/**
 * An in-memory stand-in for the accounts endpoints, for component tests:
 * answers like server/src/auth/admin-router.ts and records every call.
 */
export function fakeAccountsApi(options: { role?: Role; users?: AccountUser[]; keys?: ApiKeyInfo[]; refuseRemoval?: string } = {}) {
  const users: AccountUser[] = options.users ?? [
    { username: 'boss', role: 'admin', mustChangePassword: false, demo: false, createdAt: '2025-01-01T10:00:00.000Z' },
  ];
  const keys: ApiKeyInfo[] = options.keys ?? [];
  let nextKeyId = keys.length + 1;
  const me = { user: { username: 'boss', role: options.role ?? 'admin', mustChangePassword: false, demo: false } };

  const mock = mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, string>) : {};
    const path = url.pathname;
    if (path === '/api/auth/me') return jsonResponse(me);
    if (path === '/api/users' && method === 'GET') return jsonResponse({ items: users });
    if (path === '/api/users' && method === 'POST') {
      if (users.some((u) => u.username === body.username)) return errorBody(409, 'conflict', `user ${body.username} already exists`);
      const user: AccountUser = { username: body.username!, role: body.role as Role, mustChangePassword: !body.password, demo: false, createdAt: '2025-02-01T10:00:00.000Z' };
      users.push(user);
      return jsonResponse({ user, password: body.password ? undefined : 'Gen3rated-One-Time-Pw' }, 201);
    }
    const userMatch = /^\/api\/users\/([^/]+)(\/reset)?$/.exec(path);
    if (userMatch) {
      const name = decodeURIComponent(userMatch[1]!);
      const index = users.findIndex((u) => u.username === name);
      if (index < 0) return errorBody(404, 'not_found', 'user not found');
      if (userMatch[2] && method === 'POST') return jsonResponse({ password: 'Fresh-Reset-Password-1' });
      if (method === 'DELETE') {
        if (options.refuseRemoval) return errorBody(409, 'conflict', options.refuseRemoval);
        users.splice(index, 1);
        return new Response(null, { status: 204 });
      }
    }
    if (path === '/api/keys' && method === 'GET') return jsonResponse({ items: keys });
    if (path === '/api/keys' && method === 'POST') {
      const key: ApiKeyInfo = { id: nextKeyId++, name: body.name!, prefix: 'sift_AbCdEfG', createdAt: '2025-02-01T10:00:00.000Z', createdBy: 'boss', revokedAt: null, lastUsedAt: null };
      keys.push(key);
      return jsonResponse({ ...key, key: 'sift_AbCdEfGsecretpart123' }, 201);
    }
    const keyMatch = /^\/api\/keys\/(\d+)$/.exec(path);
    if (keyMatch && method === 'DELETE') {
      const key = keys.find((k) => k.id === Number(keyMatch[1]) && k.revokedAt === null);
      if (!key) return errorBody(404, 'not_found', 'API key not found');
      key.revokedAt = '2025-03-01T10:00:00.000Z';
      return new Response(null, { status: 204 });
    }
    return undefined;
  });
  const callsTo = (method: string, path: string) => mock.calls.filter((c) => (c.init?.method ?? 'GET') === method && c.url.pathname === path);
  return { fn: mock.fn, calls: mock.calls, callsTo, users, keys };
}
