import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { makeTestApp } from '../test/test-app';
import { insertArticle, insertComment, seedJanuary } from './analytics-fixture';

const JAN = { from: '2024-01-10T00:00:00Z', to: '2024-01-13T00:00:00Z' };

describe('stats API', () => {
  let t: ReturnType<typeof makeTestApp>;
  let seeded: ReturnType<typeof seedJanuary>;
  beforeEach(() => {
    t = makeTestApp();
    seeded = seedJanuary(t.store.db);
  });
  afterEach(() => t.close());

  const get = (path: string, query: Record<string, string>) => request(t.app).get(`/api/stats/${path}`).query(query);

  it('bins compound scores into 20 bins with total and mean', async () => {
    const res = await get('sentiment-distribution', JAN);
    expect(res.status).toBe(200);
    expect(res.body.bins).toHaveLength(20);
    expect(res.body.bins[0]).toEqual({ from: -1, to: -0.9, count: 1 });
    const nonEmpty = res.body.bins.flatMap((b: { count: number }, i: number) => (b.count ? [[i, b.count]] : []));
    expect(nonEmpty).toEqual([[0, 1], [2, 1], [7, 1], [10, 1], [12, 1], [16, 1]]);
    expect(res.body.total).toBe(6);
    expect(res.body.mean).toBeCloseTo(-1.25 / 6, 9);
  });

  it('applies the comment filters: flag=insult counts only insult comments', async () => {
    const res = await get('sentiment-distribution', { ...JAN, flag: 'insult' });
    expect(res.body.total).toBe(2);
    expect(res.body.mean).toBeCloseTo((-0.8 - 0.3) / 2, 9);
    const flags = await get('flags-over-time', { ...JAN, flag: 'insult' });
    expect(flags.body.points.map((p: { counts: object }) => p.counts)).toEqual([{ insult: 1 }, { insult: 1 }, { insult: 0 }]);
  });

  it('gives sentiment over time in zero-filled day buckets', async () => {
    const res = await get('sentiment-over-time', { from: '2024-01-09T00:00:00Z', to: '2024-01-13T00:00:00Z' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ bucket: 'day', tz: 'UTC' });
    expect(res.body.points).toEqual([
      { t: '2024-01-09T00:00:00+00:00', tEnd: '2024-01-10T00:00:00+00:00', count: 0, meanCompound: null, positive: 0, neutral: 0, negative: 0 },
      { t: '2024-01-10T00:00:00+00:00', tEnd: '2024-01-11T00:00:00+00:00', count: 2, meanCompound: expect.closeTo(-0.1, 9), positive: 1, neutral: 0, negative: 1 },
      { t: '2024-01-11T00:00:00+00:00', tEnd: '2024-01-12T00:00:00+00:00', count: 2, meanCompound: expect.closeTo(-0.15, 9), positive: 0, neutral: 1, negative: 1 },
      { t: '2024-01-12T00:00:00+00:00', tEnd: '2024-01-13T00:00:00+00:00', count: 2, meanCompound: expect.closeTo(-0.375, 9), positive: 1, neutral: 0, negative: 1 },
    ]);
    const hourly = await get('sentiment-over-time', { ...JAN, bucket: 'hour' });
    expect(hourly.body.points).toHaveLength(72);
    expect(hourly.body.points[10]).toMatchObject({ t: '2024-01-10T10:00:00+00:00', count: 1 });
  });

  it('buckets at local midnight in the asked time zone, including a 23-hour DST day', async () => {
    const a = insertArticle(t.store.db, 'DST');
    // 23:30 UTC on 30 March is 00:30 on 31 March in Berlin; 22:30 UTC on 31 March is 00:30 on 1 April.
    insertComment(t.store.db, { articleId: a, author: 'x', createdAt: '2024-03-30T23:30:00Z', status: 'pending', compound: 0.5 });
    insertComment(t.store.db, { articleId: a, author: 'y', createdAt: '2024-03-31T22:30:00Z', status: 'pending', compound: -0.5 });
    const res = await get('sentiment-over-time', { from: '2024-03-30T00:00:00+01:00', to: '2024-04-02T00:00:00+02:00', tz: 'Europe/Berlin' });
    expect(res.body.tz).toBe('Europe/Berlin');
    expect(res.body.points.map((p: { t: string; tEnd: string; count: number }) => [p.t, p.tEnd, p.count])).toEqual([
      ['2024-03-30T00:00:00+01:00', '2024-03-31T00:00:00+01:00', 0],
      ['2024-03-31T00:00:00+01:00', '2024-04-01T00:00:00+02:00', 1],
      ['2024-04-01T00:00:00+02:00', '2024-04-02T00:00:00+02:00', 1],
    ]);
    const hours = (p: { t: string; tEnd: string }) => (Date.parse(p.tEnd) - Date.parse(p.t)) / 3_600_000;
    expect(res.body.points.map(hours)).toEqual([24, 23, 24]);
  });

  it('counts flags per category per bucket from the flag bits', async () => {
    const res = await get('flags-over-time', JAN);
    const [d10, d11, d12] = res.body.points;
    expect(d10.counts).toMatchObject({ insult: 1, profanity: 0, spam: 0, threat: 0 });
    expect(d11.counts).toMatchObject({ insult: 1, profanity: 1, spam: 1, threat: 0 });
    expect(d12.counts).toMatchObject({ threat: 1, insult: 0 });
    expect(Object.keys(d10.counts)).toHaveLength(9);
  });

  it('counts decisions by status and source, bucketed on decision time', async () => {
    const res = await get('decisions-over-time', JAN);
    expect(res.body.points.map(({ t: _t, tEnd: _e, ...rest }: Record<string, unknown>) => rest)).toEqual([
      { approved: 1, rejected: 1, escalated: 0, human: 2, rule: 0 },
      { approved: 0, rejected: 1, escalated: 0, human: 0, rule: 1 },
      { approved: 0, rejected: 0, escalated: 1, human: 1, rule: 0 },
    ]);
    const byMod = await get('decisions-over-time', { ...JAN, moderatorId: 'mod-a' });
    expect(byMod.body.points.map((p: { human: number }) => p.human)).toEqual([2, 0, 0]);
  });

  it('compares articles and moderators', async () => {
    const articles = await get('articles', JAN);
    expect(articles.body.articles).toEqual([
      { articleId: seeded.a1, title: 'Bridge <b>plans</b>', count: 3, meanCompound: expect.closeTo(-0.5 / 3, 9), flaggedShare: 2 / 3, rejectedShare: 1 / 3 },
      { articleId: seeded.a2, title: 'Budget', count: 3, meanCompound: expect.closeTo(-0.25, 9), flaggedShare: 2 / 3, rejectedShare: 1 / 3 },
    ]);
    const mods = await get('moderators', { from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' });
    expect(mods.body.moderators).toEqual([
      { moderatorId: 'mod-a', decisions: 2, approved: 1, rejected: 1, escalated: 0, medianSecondsToDecision: 900 },
      { moderatorId: 'mod-b', decisions: 1, approved: 0, rejected: 0, escalated: 1, medianSecondsToDecision: 300 },
    ]);
  });

  it('defaults to the last 30 days and refuses bad zones, ranges and filters', async () => {
    const res = await get('sentiment-over-time', {});
    expect(res.status).toBe(200);
    expect(res.body.points.length).toBeGreaterThanOrEqual(30);
    expect(res.body.points.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(0);
    expect((await get('sentiment-over-time', { tz: 'Mars/Olympus' })).status).toBe(400);
    expect((await get('articles', { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' })).status).toBe(400);
    expect((await get('articles', { flag: 'nonsense' })).status).toBe(400);
    expect((await get('articles', { bogus: '1' })).status).toBe(400);
    const tooMany = await get('sentiment-over-time', { from: '2020-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z', bucket: 'hour' });
    expect(tooMany.status).toBe(400);
  });
});
