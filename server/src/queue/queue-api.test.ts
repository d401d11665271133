import { afterEach, beforeEach, expect, it } from 'vitest';
import request from 'supertest';
import { makeStoreTestApp, type TestApp } from '../test/test-app';
import { describeStores } from '../store/store-suite/describe-stores';
import { seedArticle, seedComments, type SeedComment } from '../moderation/moderation-fixtures';

type Item = { id: number; status: string; scores: { priority: number; sentiment: { compound: number } }; createdAt: string; articleTitle: string; authorHistory: Record<string, number> };

describeStores('queue API', (kind) => {
  let t: TestApp;
  let articleId: number;

  beforeEach(async () => {
    t = await makeStoreTestApp(kind);
    articleId = await seedArticle(t.store);
  });
  afterEach(() => t.close());

  async function walk(query: Record<string, string | number>): Promise<Item[]> {
    const seen: Item[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const res = await request(t.app).get('/api/queue').query({ ...query, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      seen.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('too many pages');
  }

  it('walks every pending comment once, by priority then newest, stable under equal priorities', async () => {
    // 25 comments in only three distinct priorities: ties must not lose or repeat rows across pages.
    const specs: SeedComment[] = Array.from({ length: 25 }, (_, i) => ({ priority: [0.2, 0.5, 0.9][i % 3] }));
    specs.push({ status: 'approved', priority: 1 });
    const ids = await seedComments(t.store, articleId, specs);
    const items = await walk({ limit: 4 });
    expect(items.map((i) => i.id).sort((a, b) => a - b)).toEqual(ids.slice(0, 25));
    const expected = [...items].sort((a, b) => b.scores.priority - a.scores.priority || b.id - a.id);
    expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(items.every((i) => i.status === 'pending')).toBe(true);
  });

  it('sorts newest, oldest, most negative and most positive, each walking cleanly', async () => {
    await seedComments(t.store, articleId, Array.from({ length: 12 }, (_, i) => ({ compound: [-0.8, 0, 0.6, 0][i % 4], priority: 0.1 })));
    const byCreated = (await walk({ sort: 'newest', limit: 5 })).map((i) => i.id);
    expect(byCreated).toEqual([...byCreated].sort((a, b) => b - a));
    expect((await walk({ sort: 'oldest', limit: 5 })).map((i) => i.id)).toEqual([...byCreated].reverse());
    const negative = await walk({ sort: 'most_negative', limit: 5 });
    expect(negative).toHaveLength(12);
    expect(negative.map((i) => i.scores.sentiment.compound)).toEqual([...negative.map((i) => i.scores.sentiment.compound)].sort((a, b) => a - b));
    const positive = await walk({ sort: 'most_positive', limit: 5 });
    expect(positive[0]?.scores.sentiment.compound).toBe(0.6);
    expect(new Set(positive.map((i) => i.id)).size).toBe(12);
  });

  it('filters by view, flag, sentiment, article and search, with article titles and author history', async () => {
    const other = await seedArticle(t.store, 'Budget vote');
    await seedComments(t.store, articleId, [
      { author: 'troll', flags: ['insult'], priority: 0.7, compound: -0.6, body: 'you idiot' },
      { author: 'troll', status: 'rejected' },
      { author: 'troll', status: 'approved' },
      { author: 'troll', flags: ['spam'], priority: 0.6, body: 'buy pills' },
      { author: 'kind', compound: 0.7, body: 'lovely bridge', articleId: other },
    ]);
    const flagged = await request(t.app).get('/api/queue').query({ view: 'flagged' });
    expect(flagged.body.items).toHaveLength(2);
    expect(flagged.body.items[0]).toMatchObject({ body: 'you idiot', articleTitle: 'Bridge approved', authorHistory: { comments: 4, rejected: 1, approved: 1 } });
    const insults = await request(t.app).get('/api/queue').query({ flag: 'insult' });
    expect(insults.body.items.map((i: Item & { body: string }) => i.body)).toEqual(['you idiot']);
    const positive = await request(t.app).get('/api/queue').query({ sentiment: 'positive', articleId: other });
    expect(positive.body.items).toHaveLength(1);
    expect(positive.body.items[0].articleTitle).toBe('Budget vote');
    const search = await request(t.app).get('/api/queue').query({ q: 'pill', view: 'all' });
    expect(search.body.items.map((i: Item & { body: string }) => i.body)).toEqual(['buy pills']);
    const approved = await request(t.app).get('/api/queue').query({ view: 'approved' });
    expect(approved.body.items).toHaveLength(1);
  });

  it('refuses a forged, foreign or malformed cursor with 400 invalid_cursor', async () => {
    await seedComments(t.store, articleId, [{}, {}, {}]);
    const first = await request(t.app).get('/api/queue').query({ limit: 1 });
    const cursor = first.body.nextCursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const bad of ['not a cursor!', 'eyJ4IjoxfQ', Buffer.from('["queue:priority","x",1]').toString('base64url')]) {
      const res = await request(t.app).get('/api/queue').query({ cursor: bad });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_cursor');
    }
    const otherSort = await request(t.app).get('/api/queue').query({ cursor, sort: 'newest' });
    expect(otherSort.body.error.code).toBe('invalid_cursor');
  });

  it('counts per view (ignoring the view filter) and per flag category (within the view)', async () => {
    await seedComments(t.store, articleId, [
      { flags: ['insult', 'profanity'] },
      { flags: ['insult'] },
      {},
      { status: 'approved', flags: ['spam'] },
      { status: 'rejected', flags: ['insult'] },
      { status: 'escalated' },
    ]);
    const all = await request(t.app).get('/api/queue/counts');
    expect(all.status).toBe(200);
    expect(all.body.byView).toEqual({ pending: 3, flagged: 2, approved: 1, rejected: 1, escalated: 1, all: 6 });
    expect(all.body.byFlag).toMatchObject({ insult: 2, profanity: 1, spam: 0, threat: 0 });
    const inAll = await request(t.app).get('/api/queue/counts').query({ view: 'all' });
    expect(inAll.body.byFlag).toMatchObject({ insult: 3, profanity: 1, spam: 1 });
    const filtered = await request(t.app).get('/api/queue/counts').query({ flag: 'insult', view: 'rejected' });
    expect(filtered.body.byView).toEqual({ pending: 2, flagged: 2, approved: 0, rejected: 1, escalated: 0, all: 3 });
    expect(filtered.body.byFlag).toMatchObject({ insult: 1, profanity: 0 });
    const bad = await request(t.app).get('/api/queue/counts').query({ view: 'nope' });
    expect(bad.status).toBe(400);
  });
});
