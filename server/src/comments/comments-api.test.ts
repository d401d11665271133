import { afterEach, beforeEach, expect, it } from 'vitest';
import request from 'supertest';
import { makeStoreTestApp, type TestApp } from '../test/test-app';
import { describeStores } from '../store/store-suite/describe-stores';

describeStores('comments ingest API', (kind) => {
  let t: TestApp;
  let articleId: number;

  beforeEach(async () => {
    t = await makeStoreTestApp(kind, { bodyLimit: 256 * 1024 });
    const res = await request(t.app).post('/api/articles').send({ externalId: 'a-1', title: 'Bridge approved' });
    expect(res.status).toBe(201);
    articleId = res.body.id;
  });
  afterEach(() => t.close());

  it('creates an article once per externalId', async () => {
    const again = await request(t.app).post('/api/articles').send({ externalId: 'a-1', title: 'Bridge approved' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(articleId);
    const list = await request(t.app).get('/api/articles');
    expect(list.body.items).toHaveLength(1);
  });

  it('is idempotent on externalId: a re-sent comment returns the stored record', async () => {
    const input = { externalId: 'c-1', articleId, author: { name: 'Ann' }, body: 'Nice work' };
    const first = await request(t.app).post('/api/comments').send(input);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: 'c-1', status: 'pending', version: 1, author: { name: 'Ann' } });
    const second = await request(t.app).post('/api/comments').send(input);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(await t.store.countComments()).toBe(1);
  });

  it('accepts an article by its external id and replies by the parent external id', async () => {
    const res = await request(t.app)
      .post('/api/comments')
      .send({
        comments: [
          { externalId: 'p', articleExternalId: 'a-1', author: { name: 'A' }, body: 'parent' },
          { externalId: 'r', articleExternalId: 'a-1', parentExternalId: 'p', author: { name: 'B' }, body: 'reply' },
        ],
      });
    expect(res.status).toBe(201);
    const [parent, reply] = res.body.results;
    expect(reply.comment.parentId).toBe(parent.comment.id);
  });

  it('stores a batch of 1,000 in one transaction and none when one is invalid, naming its index', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) => ({ externalId: `b-${i}`, articleId, author: { name: `u${i}` }, body: `comment ${i}` }));
    const bad = structuredClone(batch);
    (bad[537] as { body: string }).body = '';
    const rejected = await request(t.app).post('/api/comments').send({ comments: bad });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.code).toBe('validation_failed');
    expect(rejected.body.error.details.issues[0].path).toEqual(['comments', 537, 'body']);
    expect(await t.store.countComments()).toBe(0);

    const ok = await request(t.app).post('/api/comments').send({ comments: batch });
    expect(ok.status).toBe(201);
    expect(ok.body.results).toHaveLength(1000);
    expect(await t.store.countComments()).toBe(1000);
  });

  it('stores nothing of a batch when one comment names an unknown article (422 with the index)', async () => {
    const res = await request(t.app)
      .post('/api/comments')
      .send({
        comments: [
          { articleId, author: { name: 'a' }, body: 'fine' },
          { articleId: 999, author: { name: 'b' }, body: 'orphan' },
        ],
      });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'article_not_found', details: { index: 1 } });
    expect(await t.store.countComments()).toBe(0);
  });

  it('answers 422 for an unknown parent and stores nothing', async () => {
    const res = await request(t.app).post('/api/comments').send({ articleId, parentExternalId: 'nope', author: { name: 'a' }, body: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('parent_not_found');
    expect(await t.store.countComments()).toBe(0);
  });

  it('refuses more than 1,000 comments in a batch and bodies over the limit with 413', async () => {
    const many = Array.from({ length: 1001 }, () => ({ articleId, author: { name: 'a' }, body: 'x' }));
    const tooMany = await request(t.app).post('/api/comments').send({ comments: many });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.code).toBe('batch_too_large');
    const huge = await request(t.app).post('/api/comments').send({ articleId, author: { name: 'a' }, body: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('answers 400 with field paths for bad input, and for broken or hostile JSON', async () => {
    const missing = await request(t.app).post('/api/comments').send({ articleId, body: 'no author' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0].path).toEqual(['author']);
    const unknownField = await request(t.app).post('/api/comments').send({ articleId, author: { name: 'a' }, body: 'x', admin: true });
    expect(unknownField.status).toBe(400);
    const broken = await request(t.app).post('/api/comments').set('content-type', 'application/json').send('{"body":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_json');
    const proto = await request(t.app).post('/api/comments').set('content-type', 'application/json').send(`{"articleId":${articleId},"author":{"name":"a"},"body":"x","__proto__":{"admin":true}}`);
    expect(proto.status).toBe(400);
    const nul = await request(t.app).post('/api/comments').send({ articleId, author: { name: 'a' }, body: 'a\u0000b' });
    expect(nul.status).toBe(400);
    const text = await request(t.app).post('/api/comments').set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect(await t.store.countComments()).toBe(0);
  });

  it('round-trips emoji, right-to-left text and 10 KB of text byte for byte', async () => {
    const bodies = [
      'Great news 👍🏽🎉 — family: 👨‍👩‍👧‍👦',
      'هذا خبر رائع، شكراً لكم',
      'שלום עולם, mixed with English',
      'long '.repeat(2048).slice(0, 10 * 1024),
    ];
    for (const body of bodies) {
      const created = await request(t.app).post('/api/comments').send({ articleId, author: { name: 'نور 🌙' }, body });
      expect(created.status).toBe(201);
      const read = await request(t.app).get(`/api/comments/${created.body.id}`);
      expect(Buffer.from(read.body.body, 'utf8').equals(Buffer.from(body, 'utf8'))).toBe(true);
      expect(read.body.author.name).toBe('نور 🌙');
    }
  });

  it('answers 404 with the error shape for unknown comments and routes', async () => {
    const res = await request(t.app).get('/api/comments/12345');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    const bogus = await request(t.app).get('/api/comments/abc');
    expect(bogus.status).toBe(404);
    const route = await request(t.app).get('/api/nothing-here');
    expect(route.status).toBe(404);
  });

  it('reports health with the store kind', async () => {
    const res = await request(t.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', store: kind });
    await t.store.close();
    const down = await request(t.app).get('/api/health');
    expect(down.status).toBe(503);
  });
});
