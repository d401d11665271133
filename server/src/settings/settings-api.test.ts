import { afterEach, expect, it } from 'vitest';
import request from 'supertest';
import { makeStoreTestApp, type TestApp } from '../test/test-app';
import { describeStores } from '../store/store-suite/describe-stores';
import { createScorer } from '../scoring/pipeline';
import { seedArticle, seedComments } from '../moderation/moderation-fixtures';
import { defaultSettings } from './default-settings';

describeStores('settings API, rules on ingest and rescore', (kind) => {
  let t: TestApp;
  afterEach(() => t.close());

  const put = (settings: object, expectedVersion: number) => request(t.app).put('/api/settings').send({ settings, expectedVersion });

  it('starts from the defaults, saves versions with an audit event, and refuses a stale version with 409', async () => {
    t = await makeStoreTestApp(kind);
    const first = await request(t.app).get('/api/settings');
    expect(first.body).toEqual({ settings: defaultSettings, version: 0, updatedAt: null, updatedBy: null });
    const next = { ...defaultSettings, moderationMode: 'post', bannedWords: ['zorgon'] };
    const saved = await put(next, 0);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ settings: next, version: 1, updatedBy: 'test-admin' });
    const stale = await put({ ...defaultSettings, holdPriorityThreshold: 0.5 }, 0);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', details: { current: { version: 1 } } });
    expect((await put({ ...next, holdPriorityThreshold: 0.5 }, 1)).body.version).toBe(2);
    const events = await request(t.app).get('/api/audit/events').query({ action: 'settings.updated', limit: 1 });
    expect(events.body.items[0]).toMatchObject({ actor: 'test-admin', action: 'settings.updated', details: { version: 2, changed: ['holdPriorityThreshold'] } });
    expect(events.body.nextCursor).not.toBeNull();
    const older = await request(t.app).get('/api/audit/events').query({ cursor: events.body.nextCursor });
    expect(older.body.items[0].details).toMatchObject({ version: 1, moderationMode: { from: 'pre', to: 'post' }, bannedWords: { added: ['zorgon'], removed: [] } });
  });

  it('validates settings with field paths', async () => {
    t = await makeStoreTestApp(kind);
    const bad = await put({ ...defaultSettings, holdPriorityThreshold: 2 }, 0);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toEqual(['settings', 'holdPriorityThreshold']);
    expect((await put({ ...defaultSettings, bannedWords: [''] }, 0)).status).toBe(400);
    expect((await put({ ...defaultSettings, extra: 1 }, 0)).status).toBe(400);
    expect((await request(t.app).put('/api/settings').send({ settings: defaultSettings })).status).toBe(400);
  });

  it('auto-rejects banned words (logged as a rule), holds high priority, and auto-approves in post-moderation', async () => {
    t = await makeStoreTestApp(kind, { scorer: createScorer() });
    const articleId = await seedArticle(t.store);
    const ingest = (body: string) => request(t.app).post('/api/comments').send({ articleId, author: { name: 'a' }, body });
    // The word list is new: ingest must use a scorer built from the saved settings.
    expect((await ingest('zorgon is here')).body.status).toBe('pending');
    await put({ ...defaultSettings, moderationMode: 'post', bannedWords: ['zorgon'] }, 0);
    const banned = await ingest('what a zorgon');
    expect(banned.body.status).toBe('rejected');
    const history = await request(t.app).get(`/api/comments/${banned.body.id}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ source: 'rule', fromStatus: null, toStatus: 'rejected', moderatorId: null })]);
    const calm = await ingest('The new bridge opens on Monday.');
    expect(calm.body.status).toBe('approved');
    expect((await request(t.app).get(`/api/comments/${calm.body.id}/history`)).body.items[0]).toMatchObject({ source: 'rule', toStatus: 'approved' });

    await put({ ...defaultSettings, holdPriorityThreshold: 0 }, 1);
    const held = await ingest('Another calm remark about the bridge.');
    expect(held.body.status).toBe('pending');
    expect((await request(t.app).get(`/api/comments/${held.body.id}/history`)).body.items[0]).toMatchObject({ source: 'rule', toStatus: 'pending', note: expect.stringMatching(/^held/) });
    const ruleAudit = await request(t.app).get('/api/audit').query({ source: 'rule' });
    expect(ruleAudit.body.items).toHaveLength(3);
  });

  it('previews what proposed settings would do to pending comments, without changing anything', async () => {
    t = await makeStoreTestApp(kind, { scorer: createScorer() });
    const articleId = await seedArticle(t.store);
    await seedComments(t.store, articleId, [
      { body: 'zorgon everywhere', priority: 0.9 },
      { body: 'I love this zorgon', priority: 0.5 },
      { body: 'The bridge opens on Monday.', priority: 0.1 },
      { body: 'Thanks for the report.', priority: 0.1 },
      { body: 'already decided zorgon', status: 'approved' },
    ]);
    const res = await request(t.app)
      .post('/api/settings/preview')
      .send({ settings: { ...defaultSettings, moderationMode: 'post', bannedWords: ['zorgon'] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pendingConsidered: 4, pendingTotal: 4, capped: false, wouldReject: 2, wouldHold: 0, wouldApprove: 2 });
    expect(res.body.examples.filter((e: { outcome: string }) => e.outcome === 'reject').map((e: { body: string }) => e.body).sort()).toEqual(['I love this zorgon', 'zorgon everywhere']);
    expect((await request(t.app).get('/api/settings')).body.version).toBe(0);
    expect((await request(t.app).get('/api/queue/counts')).body.byView.pending).toBe(4);
  });

  it('rescores every comment in the background, one job at a time, keeping statuses', async () => {
    t = await makeStoreTestApp(kind, { scorer: createScorer() });
    const articleId = await seedArticle(t.store);
    const ids = await seedComments(t.store, articleId, [{ body: 'zorgon again', status: 'approved' }, { body: 'fine words' }]);
    await put({ ...defaultSettings, bannedWords: ['zorgon'] }, 0);
    const started = await request(t.app).post('/api/rescore');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ running: true, jobId: expect.any(String) });
    const job = t.app.locals.moderation.rescore;
    await job.whenIdle();
    // A second start while one runs is refused (both started at once here: a tiny job may end between two requests).
    const [first, second] = await Promise.allSettled([job.start(), job.start()]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { status: 409, code: 'job_running' } });
    await job.whenIdle();
    expect((await request(t.app).get('/api/rescore')).body).toMatchObject({ total: 2, done: 2, running: false, error: null });
    const rescored = await request(t.app).get(`/api/comments/${ids[0]}`);
    expect(rescored.body.status).toBe('approved');
    expect(rescored.body.scores.flags.map((f: { category: string }) => f.category)).toContain('banned_word');
    expect((await request(t.app).get('/api/queue/counts').query({ view: 'all' })).body.byFlag.banned_word).toBe(1);
  });
});
