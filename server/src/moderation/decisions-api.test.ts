import { afterEach, beforeEach, expect, it } from 'vitest';
import request from 'supertest';
import { makeStoreTestApp, type TestApp } from '../test/test-app';
import { describeStores } from '../store/store-suite/describe-stores';
import { execRaw } from '../store/store-suite/exec-raw';
import { seedArticle, seedComments } from './moderation-fixtures';

describeStores('decisions API', (kind) => {
  let t: TestApp;
  let ids: number[];

  beforeEach(async () => {
    t = await makeStoreTestApp(kind, { auth: { testActor: { id: 'anna', role: 'admin' } } });
    const articleId = await seedArticle(t.store);
    ids = await seedComments(t.store, articleId, [{ author: 'x' }, { author: 'x' }, { author: 'y' }, { author: 'y' }]);
  });
  afterEach(() => t.close());

  const decide = (id: number, body: object) => request(t.app).post(`/api/comments/${id}/decision`).send(body);

  it('records a decision, bumps the version and logs who decided when', async () => {
    const id = ids[0] as number;
    const res = await decide(id, { status: 'rejected', reason: 'abusive', note: 'name-calling', expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body.comment).toMatchObject({ id, status: 'rejected', version: 2 });
    expect(res.body.decision).toMatchObject({ commentId: id, fromStatus: 'pending', toStatus: 'rejected', reason: 'abusive', note: 'name-calling', moderatorId: 'anna', source: 'human', undoOf: null });
    const history = await request(t.app).get(`/api/comments/${id}/history`);
    expect(history.body.items).toHaveLength(1);
    const queue = await request(t.app).get('/api/queue').query({ view: 'rejected' });
    expect(queue.body.items[0].authorHistory).toEqual({ comments: 2, rejected: 1, approved: 0 });
  });

  it('validates input: a rejection needs a reason; unknown comments are 404', async () => {
    const noReason = await decide(ids[0] as number, { status: 'rejected', expectedVersion: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].path).toEqual(['reason']);
    expect((await decide(ids[0] as number, { status: 'pending', expectedVersion: 1 })).status).toBe(400);
    const missing = await decide(99999, { status: 'approved', expectedVersion: 1 });
    expect(missing.status).toBe(404);
    expect((await request(t.app).get('/api/comments/99999/history')).status).toBe(404);
  });

  it('lets exactly one of two concurrent decisions on the same version win; the loser gets 409 with the winner', async () => {
    const id = ids[1] as number;
    const [a, b] = await Promise.all([
      decide(id, { status: 'approved', expectedVersion: 1 }),
      decide(id, { status: 'rejected', reason: 'spam', expectedVersion: 1 }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('version_conflict');
    expect(loser.body.error.details.current).toMatchObject({ id, version: 2, status: winner.body.comment.status });
    expect(loser.body.error.details.lastDecision.id).toBe(winner.body.decision.id);
    expect((await request(t.app).get(`/api/comments/${id}/history`)).body.items).toHaveLength(1);
  });

  it('applies bulk decisions all or nothing, listing every stale comment', async () => {
    await decide(ids[2] as number, { status: 'approved', expectedVersion: 1 });
    const stale = await request(t.app)
      .post('/api/decisions/bulk')
      .send({ status: 'rejected', reason: 'spam', items: ids.map((commentId) => ({ commentId, expectedVersion: 1 })).concat([{ commentId: 424242, expectedVersion: 1 }]) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.conflicts).toEqual([
      expect.objectContaining({ commentId: ids[2], current: expect.objectContaining({ version: 2, status: 'approved' }) }),
      { commentId: 424242, current: null },
    ]);
    for (const id of [ids[0], ids[1], ids[3]]) {
      expect((await request(t.app).get(`/api/comments/${id}`)).body).toMatchObject({ status: 'pending', version: 1 });
    }
    const ok = await request(t.app)
      .post('/api/decisions/bulk')
      .send({ status: 'escalated', note: 'legal', items: [ids[0], ids[1]].map((commentId) => ({ commentId, expectedVersion: 1 })) });
    expect(ok.status).toBe(200);
    expect(ok.body.decided.map((d: { comment: { status: string } }) => d.comment.status)).toEqual(['escalated', 'escalated']);
    const dup = await request(t.app).post('/api/decisions/bulk').send({ status: 'approved', items: [{ commentId: ids[3], expectedVersion: 1 }, { commentId: ids[3], expectedVersion: 1 }] });
    expect(dup.status).toBe(400);
    const tooMany = await request(t.app).post('/api/decisions/bulk').send({ status: 'approved', items: Array.from({ length: 501 }, (_, i) => ({ commentId: i + 1, expectedVersion: 1 })) });
    expect(tooMany.status).toBe(400);
  });

  it('undo reverts the latest human decision by appending one; a second undo reverts the undo', async () => {
    const id = ids[0] as number;
    await decide(id, { status: 'rejected', reason: 'hate', expectedVersion: 1 });
    const approved = await decide(id, { status: 'approved', expectedVersion: 2 });
    const undo = await request(t.app).post(`/api/comments/${id}/undo`).send({ expectedVersion: 3 });
    expect(undo.status).toBe(200);
    expect(undo.body.comment).toMatchObject({ status: 'rejected', version: 4 });
    expect(undo.body.decision).toMatchObject({ fromStatus: 'approved', toStatus: 'rejected', reason: 'hate', undoOf: approved.body.decision.id });
    const redo = await request(t.app).post(`/api/comments/${id}/undo`).send({ expectedVersion: 4 });
    expect(redo.body.comment).toMatchObject({ status: 'approved', version: 5 });
    expect(redo.body.decision.undoOf).toBe(undo.body.decision.id);
    const stale = await request(t.app).post(`/api/comments/${id}/undo`).send({ expectedVersion: 4 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const history = (await request(t.app).get(`/api/comments/${id}/history`)).body.items;
    expect(history.map((d: { toStatus: string }) => d.toStatus)).toEqual(['rejected', 'approved', 'rejected', 'approved']);
    const nothing = await request(t.app).post(`/api/comments/${ids[1]}/undo`).send({ expectedVersion: 1 });
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.code).toBe('nothing_to_undo');
    expect((await request(t.app).post('/api/comments/99999/undo').send({ expectedVersion: 1 })).status).toBe(404);
  });

  it('pages through the audit log newest first with filters, and refuses bad cursors', async () => {
    let version = 1;
    for (let i = 0; i < 7; i++) {
      await decide(ids[0] as number, { status: i % 2 ? 'approved' : 'escalated', expectedVersion: version++ });
    }
    await decide(ids[1] as number, { status: 'approved', expectedVersion: 1 });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(t.app).get('/api/audit').query({ limit: 3, commentId: ids[0], ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((d: { id: number }) => d.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const approvedOnly = await request(t.app).get('/api/audit').query({ toStatus: 'approved', moderatorId: 'anna', source: 'human' });
    expect(approvedOnly.body.items).toHaveLength(4);
    const none = await request(t.app).get('/api/audit').query({ from: '2999-01-01T00:00:00Z' });
    expect(none.body.items).toEqual([]);
    expect((await request(t.app).get('/api/audit').query({ cursor: 'zzz' })).body.error.code).toBe('invalid_cursor');
  });

  it('never changes or deletes a logged decision', async () => {
    await decide(ids[0] as number, { status: 'approved', expectedVersion: 1 });
    await expect(execRaw(t.store, "UPDATE decisions SET to_status = 'rejected'")).rejects.toThrow(/append-only/);
    await expect(execRaw(t.store, 'DELETE FROM decisions')).rejects.toThrow(/append-only/);
  });
});
