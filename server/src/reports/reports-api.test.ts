import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { makeTestApp } from '../test/test-app';
import { insertComment, seedJanuary } from '../stats/analytics-fixture';
import { escapeHtml } from './report-html';
import { excerpt } from './report-service';

const JAN = { from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' };

describe('moderation report', () => {
  let t: ReturnType<typeof makeTestApp>;
  let seeded: ReturnType<typeof seedJanuary>;
  beforeEach(() => {
    t = makeTestApp();
    seeded = seedJanuary(t.store.db);
  });
  afterEach(() => t.close());

  it('matches the figures worked out by hand', async () => {
    const res = await request(t.app).get('/api/reports/summary').query(JAN);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.period).toEqual({ from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' });
    expect(r.totals).toEqual({ received: 6, pending: 2, approved: 1, rejected: 2, escalated: 1, flagged: 4 });
    expect(r.rates.rejectionRate).toBeCloseTo(2 / 3, 9);
    expect(r.rates.autoDecidedShare).toBeCloseTo(1 / 4, 9);
    expect(r.rates.flaggedShare).toBeCloseTo(4 / 6, 9);
    expect(r.sentiment).toEqual({ positive: 2, neutral: 1, negative: 3, meanCompound: expect.closeTo(-1.25 / 6, 9) });
    expect(r.topFlaggedArticles).toEqual([
      { articleId: seeded.a1, title: 'Bridge <b>plans</b>', comments: 3, flagged: 2, flaggedShare: 2 / 3 },
      { articleId: seeded.a2, title: 'Budget', comments: 3, flagged: 2, flaggedShare: 2 / 3 },
    ]);
    expect(r.moderators).toEqual([
      { moderatorId: 'mod-a', decisions: 2, approved: 1, rejected: 1, escalated: 0, medianSecondsToDecision: 900 },
      { moderatorId: 'mod-b', decisions: 1, approved: 0, rejected: 0, escalated: 1, medianSecondsToDecision: 300 },
    ]);
    expect(r.rejectionReasons).toEqual([{ reason: 'abusive', count: 1 }, { reason: 'spam', count: 1 }]);
    const [, c2, c3, c4, c5, c6] = seeded.ids;
    expect(r.notable.highestPriority.map((c: { id: number }) => c.id)).toEqual([c6, c2, c3, c4, c5]);
    expect(r.notable.mostNegative.map((c: { id: number }) => c.id)).toEqual([c6, c2, c3, c4, c5]);
    expect(r.notable.highestPriority[0]).toMatchObject({ author: 'eve', status: 'escalated', flags: ['threat'], excerpt: 'comment by eve' });
  });

  it('applies comment filters to the report', async () => {
    const res = await request(t.app).get('/api/reports/summary').query({ ...JAN, articleId: String(seeded.a2) });
    expect(res.body.totals).toEqual({ received: 3, pending: 1, approved: 0, rejected: 1, escalated: 1, flagged: 2 });
    expect(res.body.moderators).toEqual([{ moderatorId: 'mod-b', decisions: 1, approved: 0, rejected: 0, escalated: 1, medianSecondsToDecision: 300 }]);
    expect(res.body.rejectionReasons).toEqual([{ reason: 'spam', count: 1 }]);
  });

  it('renders a printable page with every user string escaped and no scripts', async () => {
    insertComment(t.store.db, { articleId: seeded.a1, author: '<img src=x onerror=alert(1)>', body: '<script>alert("x")</script> & more', createdAt: '2024-01-15T00:00:00Z', status: 'pending', compound: -0.99, priority: 1 });
    const res = await request(t.app).get('/api/reports/summary').query({ ...JAN, format: 'html' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toMatch(/<script/i);
    expect(res.text).not.toContain('<img');
    expect(res.text).not.toContain('<b>plans</b>');
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(res.text).toContain('Bridge &lt;b&gt;plans&lt;/b&gt;');
    expect(res.text).toContain('<h1>Moderation report</h1>');
    const byAccept = await request(t.app).get('/api/reports/summary').query(JAN).set('Accept', 'text/html');
    expect(byAccept.headers['content-type']).toMatch(/^text\/html/);
    const byDefault = await request(t.app).get('/api/reports/summary').query(JAN).set('Accept', '*/*');
    expect(byDefault.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers an empty period with zeros and no rates', async () => {
    const res = await request(t.app).get('/api/reports/summary').query({ from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
    expect(res.body.totals.received).toBe(0);
    expect(res.body.rates).toEqual({ rejectionRate: null, autoDecidedShare: null, flaggedShare: null });
    expect(res.body.sentiment.meanCompound).toBeNull();
    expect((await request(t.app).get('/api/reports/summary').query({ format: 'pdf' })).status).toBe(400);
  });

  it('escapes HTML and cuts excerpts at a word', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(excerpt('word '.repeat(60))).toMatch(/^(word ){27}word…$/);
    expect(excerpt('short\n\ntext')).toBe('short text');
  });
});
