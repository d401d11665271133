import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { makeTestApp } from '../test/test-app';
import { seedArticle } from '../moderation/moderation-fixtures';

interface Frame {
  id: number | null;
  data: { type: string; commentId?: number; toStatus?: string };
}

/** Reads SSE frames from a live response; `next` waits (bounded) for the next frame matching a test. */
function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const frames: Frame[] = [];
  let buffer = '';
  let comments = 0;
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (raw.startsWith(':')) comments++;
        const id = /^id: (\d+)$/m.exec(raw)?.[1];
        const data = /^data: (.*)$/m.exec(raw)?.[1];
        if (data) frames.push({ id: id ? Number(id) : null, data: JSON.parse(data) });
      }
    }
  })();
  return {
    frames,
    get comments() {
      return comments;
    },
    async waitFor(pred: (frames: Frame[]) => boolean, ms = 5000): Promise<void> {
      const until = Date.now() + ms;
      while (!pred(frames)) {
        if (Date.now() > until) throw new Error(`timed out; got ${JSON.stringify(frames)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async cancel() {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

describe('live events (SSE)', () => {
  let t: ReturnType<typeof makeTestApp>;
  let server: Server;
  let base: string;
  let articleId: number;

  beforeEach(async () => {
    t = makeTestApp();
    articleId = await seedArticle(t.store);
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await t.app.locals.moderation.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await t.close();
  });

  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
  const addComment = (body: string) => post('/api/comments', { articleId, author: { name: 'a' }, body }) as Promise<{ id: number }>;
  const logged = (frames: Frame[]) => frames.filter((f) => f.id !== null);

  it('streams new comments live, and a client resuming with Last-Event-ID gets exactly what it missed', async () => {
    const first = await fetch(`${base}/api/events`, { signal: AbortSignal.timeout(15_000) });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(first.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(first.headers.get('x-accel-buffering')).toBe('no');
    const live = sseReader(first);
    await new Promise((r) => setTimeout(r, 50));
    const c1 = await addComment('first');
    await live.waitFor((f) => logged(f).length >= 1 && f.some((x) => x.data.type === 'counts.changed'));
    expect(logged(live.frames)).toEqual([{ id: expect.any(Number), data: { type: 'comment.created', commentId: c1.id, articleId, status: 'pending', priority: 0 } }]);
    const lastId = logged(live.frames)[0]!.id as number;
    await live.cancel();

    // While disconnected: two comments and a decision.
    const c2 = await addComment('second');
    const c3 = await addComment('third');
    await post(`/api/comments/${c2.id}/decision`, { status: 'approved', expectedVersion: 1 });

    const again = await fetch(`${base}/api/events`, { headers: { 'Last-Event-ID': String(lastId) }, signal: AbortSignal.timeout(15_000) });
    const resumed = sseReader(again);
    await resumed.waitFor((f) => logged(f).length >= 3);
    // Two more poll intervals: nothing else (no repeats) may arrive.
    await new Promise((r) => setTimeout(r, 600));
    expect(logged(resumed.frames).map((f) => [f.data.type, f.data.commentId])).toEqual([
      ['comment.created', c2.id],
      ['comment.created', c3.id],
      ['comment.decided', c2.id],
    ]);
    const ids = logged(resumed.frames).map((f) => f.id as number);
    expect(ids[0]).toBeGreaterThan(lastId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(logged(resumed.frames)[2]!.data).toMatchObject({ toStatus: 'approved', fromStatus: 'pending', version: 2, source: 'human', moderatorId: 'test-admin' });

    // The query-string form resumes the same way.
    const viaQuery = sseReader(await fetch(`${base}/api/events?lastEventId=${ids[1]}`, { signal: AbortSignal.timeout(15_000) }));
    await viaQuery.waitFor((f) => logged(f).length >= 1);
    expect(logged(viaQuery.frames)[0]!.id).toBe(ids[2]);
    await viaQuery.cancel();
    await resumed.cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(t.app.locals.moderation.hub.clientCount).toBe(0);
  });

  it('ends open streams when the hub closes (server shutdown)', async () => {
    const res = await fetch(`${base}/api/events`, { signal: AbortSignal.timeout(15_000) });
    const reader = res.body!.getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 50));
    expect(t.app.locals.moderation.hub.clientCount).toBe(1);
    t.app.locals.moderation.hub.close();
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
    }
    expect(t.app.locals.moderation.hub.clientCount).toBe(0);
  });
});
