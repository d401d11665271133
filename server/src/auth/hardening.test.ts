import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { login, makeAuthApp } from './auth-test-helpers';

type TestApp = Awaited<ReturnType<typeof makeAuthApp>>;
let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await makeAuthApp();
  admin = await login(t.app, 'admin');
  await request(t.app).post('/api/articles').set('Cookie', admin).send({ externalId: 'a1', title: 'Article' }).expect(201);
});
afterAll(async () => {
  await t.close();
});

// serialize(identity): send the bytes as given, not as superagent's JSON of them.
const postRaw = (body: string | Buffer, type = 'application/json') =>
  request(t.app).post('/api/comments').set('Cookie', admin).set('Content-Type', type).serialize((x: unknown) => x as string).send(body as string);

const valid = (fields: Record<string, unknown> = {}) => ({ articleExternalId: 'a1', author: { name: 'Ann' }, body: 'hello', ...fields });

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and friends on every answer', async () => {
    const res = await request(t.app).get('/api/health');
    const csp = res.headers['content-security-policy'] as string;
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('error answers', () => {
  it('carry the request id and never a stack trace or SQL', async () => {
    const original = t.store.getComment;
    t.store.getComment = async () => {
      throw new Error('SqliteError: near "SELECT": syntax error in SELECT * FROM comments WHERE id = 1');
    };
    try {
      const res = await request(t.app).get('/api/comments/1').set('Cookie', admin).set('X-Request-Id', 'req-123');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal_error', message: 'internal error', requestId: 'req-123' } });
      expect(res.text).not.toMatch(/SELECT|Sqlite|at .*\.ts:\d+/);
    } finally {
      t.store.getComment = original;
    }
    const generated = await request(t.app).get('/api/nope').set('Cookie', admin);
    expect(generated.body.error.requestId).toBe(generated.headers['x-request-id']);
    expect(generated.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('bad input answers a clear 4xx and stores nothing', () => {
  const cases: [string, () => request.Test, number, string][] = [
    ['a NUL byte', () => postRaw(JSON.stringify(valid({ body: 'a\u0000b' }))), 400, 'validation_failed'],
    ['a NUL byte in the author name', () => postRaw(JSON.stringify(valid({ author: { name: 'A\u0000' } }))), 400, 'validation_failed'],
    ['invalid UTF-8 bytes (0xC3 0x28)', () => postRaw(Buffer.concat([Buffer.from('{"articleExternalId":"a1","author":{"name":"Ann"},"body":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])), 400, 'invalid_json'],
    ['a lone surrogate escape', () => postRaw('{"articleExternalId":"a1","author":{"name":"Ann"},"body":"x\\ud800y"}'), 400, 'validation_failed'],
    ['a lone low surrogate in the name', () => postRaw('{"articleExternalId":"a1","author":{"name":"\\udc00"},"body":"x"}'), 400, 'validation_failed'],
    ['a 1 MB body field', () => postRaw(JSON.stringify(valid({ body: 'x'.repeat(1024 * 1024) }))), 400, 'validation_failed'],
    ['a 1 MB author name', () => postRaw(JSON.stringify(valid({ author: { name: 'x'.repeat(1024 * 1024) } }))), 400, 'validation_failed'],
    ['a body over the size limit', () => postRaw(JSON.stringify(valid({ body: 'x'.repeat(3 * 1024 * 1024) }))), 413, 'payload_too_large'],
    ['deeply nested JSON', () => postRaw('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)), 400, 'validation_failed'],
    ['text/plain', () => postRaw(JSON.stringify(valid()), 'text/plain'), 415, 'unsupported_media_type'],
    ['a form post', () => postRaw('body=hello', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
    ['an unsupported charset', () => postRaw(JSON.stringify(valid()), 'application/json; charset=latin1'), 415, 'unsupported_media_type'],
    ['malformed JSON', () => postRaw('{"body": "x",'), 400, 'invalid_json'],
    ['a __proto__ key', () => postRaw('{"__proto__":{"admin":true},"articleExternalId":"a1","author":{"name":"A"},"body":"x"}'), 400, 'validation_failed'],
    ['a constructor.prototype key', () => postRaw('{"constructor":{"prototype":{"x":1}},"articleExternalId":"a1","author":{"name":"A"},"body":"x"}'), 400, 'validation_failed'],
    ['an extra field', () => postRaw(JSON.stringify(valid({ status: 'approved' }))), 400, 'validation_failed'],
    ['a wrong type', () => postRaw(JSON.stringify(valid({ body: ['x'] }))), 400, 'validation_failed'],
    ['a JSON primitive', () => postRaw('"hello"'), 400, 'invalid_json'],
  ];

  it('an NDJSON import with invalid UTF-8 bytes', async () => {
    const before = await t.store.countComments();
    const line = Buffer.concat([Buffer.from('{"articleExternalId":"a1","author":{"name":"Ann"},"body":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const res = await request(t.app).post('/api/import').set('Cookie', admin).set('Content-Type', 'application/x-ndjson').serialize((x: unknown) => x as string).send(line as unknown as string);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/UTF-8/);
    expect(await t.store.countComments()).toBe(before);
  });

  it('a malformed percent-encoding in a route parameter', async () => {
    const res = await request(t.app).get('/api/comments/%ff').set('Cookie', admin);
    expect(res.status).toBe(400);
  });

  it.each(cases)('%s', async (_name, send, status, code) => {
    const before = await t.store.countComments();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(5);
    expect(await t.store.countComments()).toBe(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('XSS payloads', () => {
  it('are stored and returned verbatim (escaping is the renderer’s job)', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(document.cookie)">',
      '"><svg/onload=alert(1)>',
      "javascript:alert('x')",
      '{{constructor.constructor("alert(1)")()}}',
      '=HYPERLINK("http://evil.example")',
    ];
    for (const p of payloads) {
      const res = await request(t.app).post('/api/comments').set('Cookie', admin).send(valid({ body: `before ${p} after`, author: { name: p } }));
      expect(res.status).toBe(201);
      const back = await request(t.app).get(`/api/comments/${res.body.id}`).set('Cookie', admin);
      expect(back.headers['content-type']).toMatch(/^application\/json/);
      expect(back.body.body).toBe(`before ${p} after`);
      expect(back.body.author.name).toBe(p);
    }
  });

  it('keep Unicode exactly as sent (normalisation is for scoring only)', async () => {
    const decomposed = 'Cafe\u0301 \uFF21\uFF22 \u{1F600}';
    const res = await request(t.app).post('/api/comments').set('Cookie', admin).send(valid({ body: decomposed }));
    expect(res.status).toBe(201);
    expect(res.body.body).toBe(decomposed);
  });
});
