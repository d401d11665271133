import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { login, makeAuthApp } from './auth-test-helpers';
import { routeRules } from './route-rules';

// Bounded fuzzing on loopback: a few thousand malformed requests with a real
// admin session. Seeded, so a failure replays the same way.
const REQUESTS = 2000;
const SEED = 20240601;

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}

type Rng = ReturnType<typeof prng>;

const odd = ['', ' ', '\u0000', '\ud800', '\udfff', '\uFFFD', '\u202E', '<script>alert(1)</script>', '%00', '../', "' OR 1=1 --", '${jndi:x}', '\u{1F600}', 'é', 'x'.repeat(300)];
const segments = ['1', '0', '-1', '99999999999999999999', 'abc', '%2e%2e', '..%2f..', '%00', '%ff', '1.5', 'x'.repeat(500), '__proto__'];

function randomValue(rng: Rng, depth: number): unknown {
  switch (rng.int(depth > 3 ? 5 : 7)) {
    case 0: return rng.pick(odd);
    case 1: return rng.int(3) === 0 ? -rng.next() * 1e308 : rng.int(1e9);
    case 2: return rng.pick([true, false, null]);
    case 3: return 'y'.repeat(rng.int(3) === 0 ? 100_000 : rng.int(50));
    case 4: return rng.pick(odd) + rng.pick(odd);
    case 5: return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    default: {
      // Keys that no schema knows: a strict schema must refuse the object.
      const obj: Record<string, unknown> = {};
      for (let i = 0, n = 1 + rng.int(4); i < n; i++) obj[`zz${rng.int(1000)}${rng.pick(odd).slice(0, 3)}`] = randomValue(rng, depth + 1);
      return obj;
    }
  }
}

/** Bodies that can never be a valid request: broken JSON, unknown keys, bad bytes, poisoned keys. */
function invalidBody(rng: Rng): string | Buffer {
  const validComment = JSON.stringify({ articleExternalId: 'a1', author: { name: 'Ann' }, body: 'hi' });
  switch (rng.int(8)) {
    case 0: return JSON.stringify(randomValue(rng, 0)).slice(0, rng.int(200));
    case 1: return Buffer.from(Array.from({ length: rng.int(300) }, () => rng.int(256)));
    case 2: return validComment.replace('"hi"', `"${rng.pick(['\\u0000', '\\ud800', '\\udc00x'])}"`);
    case 3: return validComment.replace('{', `{"${rng.pick(['__proto__', 'constructor', 'prototype'])}":{"x":1},`);
    case 4: return '['.repeat(40 + rng.int(5000)) + ']'.repeat(rng.int(40));
    case 5: return Buffer.concat([Buffer.from(validComment.slice(0, -3)), Buffer.from([0xc3, 0x28, 0x22, 0x7d])]);
    case 6: return validComment.replace('"hi"', JSON.stringify(['hi']));
    default: return JSON.stringify({ zz: randomValue(rng, 0) });
  }
}

const contentTypes = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'text/csv', 'application/x-ndjson', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', 'application/json; charset=utf-16'];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
// These end or change the session the fuzzer rides on.
const skipped = new Set(['/auth/logout', '/auth/password']);
const paths = routeRules.map((r) => r.path).filter((p) => !skipped.has(p));

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
let server: http.Server;
let cookie: string;

beforeAll(async () => {
  t = await makeAuthApp();
  cookie = await login(t.app, 'admin');
  await request(t.app).post('/api/articles').set('Cookie', cookie).send({ externalId: 'a1', title: 'Article' }).expect(201);
  await request(t.app).post('/api/comments').set('Cookie', cookie).send({ articleExternalId: 'a1', author: { name: 'Ann' }, body: 'first' }).expect(201);
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

function send(method: string, path: string, headers: Record<string, string>, body: string | Buffer | null): Promise<number> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      // Read the status, then hang up: live streams never end on their own.
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

describe('fuzzing the API', () => {
  it(`answers ${REQUESTS} malformed requests without a 5xx and stores nothing`, async () => {
    const rng = prng(SEED);
    const comments = await t.store.countComments();
    const articles = (await t.store.listArticles({ limit: 1000 })).items.length;
    const serverErrors: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const method = rng.pick(methods);
      let path = '/api' + rng.pick(paths).replace(/:[A-Za-z]+/g, () => rng.pick(segments));
      if (rng.int(5) === 0) path += rng.pick(['?limit=-1', '?cursor=%ff%fe', '?limit=1e9&sort=__proto__', '?from=not-a-date', `?q=${rng.pick(['%ED%A0%80', '%00', '%3Cscript%3E', '%E2%80%AE', 'x'.repeat(5000)])}`, '?a[b][c]=1', '?status=pending&status=approved']);
      const headers: Record<string, string> = { Cookie: cookie, Connection: 'close' };
      let type = rng.pick(contentTypes);
      // Any text is a well-formed article file, so a text/plain import is not a malformed request.
      if (path.startsWith('/api/import') && type === 'text/plain') type = 'text/csv';
      if (type) headers['Content-Type'] = type;
      if (rng.int(6) === 0) headers.Accept = rng.pick(['text/html', 'text/event-stream', '*/*;q=abc', 'application/json']);
      if (rng.int(8) === 0) headers['X-Forwarded-For'] = rng.pick(['::1', 'garbage', '1.1.1.1, 2.2.2.2']);
      if (rng.int(8) === 0) headers.Range = 'bytes=0-1';
      if (rng.int(10) === 0) headers['Last-Event-ID'] = rng.pick(segments);
      const body = method === 'GET' || method === 'HEAD' ? null : invalidBody(rng);
      const status = await send(method, path, headers, body);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 || status === 0) serverErrors.push(`${method} ${path.slice(0, 120)} [${type}] -> ${status}`);
    }
    expect(serverErrors).toEqual([]);
    expect(await t.store.countComments()).toBe(comments);
    expect((await t.store.listArticles({ limit: 1000 })).items.length).toBe(articles);
    // The session survived and the fuzz reached past the gate.
    expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    expect([...statuses.keys()].some((s) => s >= 400 && s < 500 && s !== 401 && s !== 403)).toBe(true);
  });
});
