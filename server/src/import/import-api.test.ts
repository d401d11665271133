import fs from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import request from 'supertest';
import { makeStoreTestApp, SEED_FILE, type TestApp } from '../test/test-app';
import { describeStores } from '../store/store-suite/describe-stores';

describeStores('POST /api/import', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeStoreTestApp(kind);
  });
  afterEach(() => t.close());

  it('imports the seed article twice into exactly 1 article and 4 comments', async () => {
    const text = fs.readFileSync(SEED_FILE, 'utf8');
    const first = await request(t.app).post('/api/import').set('content-type', 'text/plain').send(text);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ articlesCreated: 1, commentsCreated: 4, commentsExisting: 0 });
    const second = await request(t.app).post('/api/import').set('content-type', 'text/plain; charset=utf-8').send(text);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ articlesCreated: 0, commentsCreated: 0, commentsExisting: 4 });

    const articles = await request(t.app).get('/api/articles');
    expect(articles.body.items).toHaveLength(1);
    expect(articles.body.items[0].commentCount).toBe(4);
    const comments = await Promise.all([1, 2, 3, 4].map((id) => request(t.app).get(`/api/comments/${id}`)));
    expect(comments.map((c) => c.body.author.name)).toEqual(['Noir Black', 'Matzomaster', 'Karamba', 'Donatello']);
    expect(comments[1]?.body.body).toBe(
      'North Korea faces real challenges—why focus on glorifying soldiers instead of addressing the humanitarian crisis at home?',
    );
  });

  it('imports CSV rows with quotes, commas and newlines, creating articles by title, idempotently', async () => {
    const csv = [
      'id,article_title,author,text,created_at,parent_id',
      'x1,"Rent cap, explained",Ann,"Fair, but ""late"" in coming",2026-11-01T10:00:00Z,',
      'x2,"Rent cap, explained",Bo,"Line one',
      'line two",2026-11-01 11:00:00,x1',
      'x3,,Cy,no article here,,',
    ].join('\n');
    const first = await request(t.app).post('/api/import').set('content-type', 'text/csv').send(csv);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ articlesCreated: 1, commentsCreated: 2, invalid: 1 });
    expect(first.body.warnings[0]).toMatch(/row 3: no article/);
    const reply = await request(t.app).get('/api/comments/2');
    expect(reply.body).toMatchObject({ body: 'Line one\nline two', parentId: 1, createdAt: '2026-11-01T11:00:00.000Z' });
    const first1 = await request(t.app).get('/api/comments/1');
    expect(first1.body.body).toBe('Fair, but "late" in coming');
    const again = await request(t.app).post('/api/import').set('content-type', 'text/csv').send(csv);
    expect(again.body).toMatchObject({ articlesCreated: 0, commentsCreated: 0, commentsExisting: 2 });
  });

  it('imports a JSON array of comments for an existing article', async () => {
    const article = await request(t.app).post('/api/articles').send({ externalId: 'art', title: 'Heatwave' });
    const json = JSON.stringify([
      { externalId: 'j1', articleExternalId: 'art', author: { name: 'Ann', externalId: 'u1' }, body: 'So hot 🥵' },
      { externalId: 'j2', articleId: article.body.id, author: 'Bo', text: 'Stay safe' },
      { externalId: 'j3', articleExternalId: 'art', author: 'Cy' },
    ]);
    const res = await request(t.app).post('/api/import').set('content-type', 'application/json').send(json);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ commentsCreated: 2, invalid: 1 });
    expect(res.body.warnings[0]).toMatch(/row 3: body/);
  });

  it('answers 400 for a broken JSON file and 415 for an unknown type', async () => {
    const broken = await request(t.app).post('/api/import').set('content-type', 'application/json').send('[{"a":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('import_failed');
    const unknown = await request(t.app).post('/api/import').set('content-type', 'application/pdf').send('%PDF');
    expect(unknown.status).toBe(415);
  });
});
