import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../app';
import { silentLogger } from '../logger';
import { TEST_AUTH, makeStoreTestApp, type TestApp } from '../test/test-app';
import { describeStores, storeKinds } from '../store/store-suite/describe-stores';
import { PgStore } from '../store/postgres/pg-store';
import type { Store } from '../store/store';
import { seedArticle, seedComments } from '../moderation/moderation-fixtures';
import { RESCORE_JOB } from './rescore-job';

/** The store with its rescore reads held at a gate, so a job stays running until `open()`. */
function gated<S extends Store>(store: S) {
  let open!: () => void;
  let entered!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const inJob = new Promise<void>((r) => (entered = r));
  const wrapped = Object.create(store) as S;
  wrapped.commentBodiesAfter = async (afterId, limit) => {
    entered();
    await gate;
    return store.commentBodiesAfter(afterId, limit);
  };
  return { store: wrapped, open, inJob };
}

function appOn(store: Store) {
  return createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH });
}

describeStores('rescore under the job lease', (kind) => {
  let t: TestApp;
  afterEach(() => t.close());

  it('answers 409 job_running while the lease is held elsewhere, and runs once it is free', async () => {
    t = await makeStoreTestApp(kind);
    await seedComments(t.store, await seedArticle(t.store), [{ body: 'one' }, { body: 'two' }]);
    let release!: () => void;
    const held = t.store.runExclusive(RESCORE_JOB, () => new Promise<void>((r) => (release = r)));
    const refused = await request(t.app).post('/api/rescore');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'job_running', details: { elsewhere: true } });
    // The refused start left no trace in this server's progress.
    expect((await request(t.app).get('/api/rescore')).body).toMatchObject({ jobId: null, running: false });
    release();
    await held;
    expect((await request(t.app).post('/api/rescore')).status).toBe(202);
    await t.app.locals.moderation.rescore.whenIdle();
    expect((await request(t.app).get('/api/rescore')).body).toMatchObject({ total: 2, done: 2, running: false, error: null });
  });
});

// Two servers on one PostgreSQL database: two stores (own pools) and two apps.
describe.runIf(storeKinds().includes('postgres'))('rescore across two servers on one PostgreSQL database', () => {
  let cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  async function twoServers() {
    const { openTestPgStore } = await import('../store/postgres/test-database');
    const first = await openTestPgStore();
    const second = await PgStore.open(first.url, { max: 4, migrate: false });
    cleanup.push(first.cleanup, () => second.close());
    await seedComments(first.store, await seedArticle(first.store), [{ body: 'alpha' }, { body: 'beta' }, { body: 'gamma' }]);
    const a = gated(first.store);
    const b = gated(second);
    const appA = appOn(a.store);
    const appB = appOn(b.store);
    cleanup.push(() => appA.locals.moderation.close(), () => appB.locals.moderation.close());
    return { a, b, appA, appB, stores: [first.store, second] as const };
  }

  it('starting a rescore on both at once runs it on exactly one; the lease is free again after completion', async () => {
    const { a, b, appA, appB } = await twoServers();
    const [resA, resB] = await Promise.all([request(appA).post('/api/rescore'), request(appB).post('/api/rescore')]);
    expect([resA.status, resB.status].sort()).toEqual([202, 409]);
    const [winner, loser] = resA.status === 202 ? [appA, appB] : [appB, appA];
    expect((resA.status === 409 ? resA : resB).body.error.code).toBe('job_running');
    // Asking the winner again is refused by its own running job.
    expect((await request(winner).post('/api/rescore')).status).toBe(409);
    a.open();
    b.open();
    await winner.locals.moderation.rescore.whenIdle();
    expect(winner.locals.moderation.rescore.progress()).toMatchObject({ total: 3, done: 3, running: false, error: null });
    expect(loser.locals.moderation.rescore.progress().jobId).toBeNull();
    // Completed: the other server may run it now.
    expect((await request(loser).post('/api/rescore')).status).toBe(202);
    await loser.locals.moderation.rescore.whenIdle();
    expect(loser.locals.moderation.rescore.progress()).toMatchObject({ done: 3, error: null });
  });

  it('frees the lease when the holding server closes its pool mid-job', async () => {
    const { a, b, appA, appB, stores } = await twoServers();
    b.open();
    expect((await request(appA).post('/api/rescore')).status).toBe(202);
    await a.inJob;
    expect((await request(appB).post('/api/rescore')).status).toBe(409);
    // Server A goes down: its pool closes while the job is in a batch.
    const closing = stores[0].close();
    a.open();
    await appA.locals.moderation.rescore.whenIdle();
    await closing;
    expect(appA.locals.moderation.rescore.progress()).toMatchObject({ running: false, error: expect.stringMatching(/stopped after an error/) });
    expect((await request(appB).post('/api/rescore')).status).toBe(202);
    await appB.locals.moderation.rescore.whenIdle();
    expect(appB.locals.moderation.rescore.progress()).toMatchObject({ done: 3, error: null });
  });

  it('frees the lease when the holder loses its connection, and the old holder stops instead of running on', async () => {
    const { a, b, appA, appB, stores } = await twoServers();
    b.open();
    expect((await request(appA).post('/api/rescore')).status).toBe(202);
    await a.inJob;
    // The lock's connection dies (network cut, database failover): the server takes the advisory lock with it.
    const { rows } = await stores[1].pool.query<{ n: number }>(
      `SELECT COUNT(pg_terminate_backend(pid)) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = 1936287349 AND granted`,
    );
    expect(rows[0]?.n).toBe(1);
    let started = await request(appB).post('/api/rescore');
    for (let i = 0; started.status === 409 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 20));
      started = await request(appB).post('/api/rescore');
    }
    expect(started.status).toBe(202);
    await appB.locals.moderation.rescore.whenIdle();
    a.open();
    await appA.locals.moderation.rescore.whenIdle();
    expect(appA.locals.moderation.rescore.progress()).toMatchObject({ running: false, done: 0, error: expect.stringMatching(/stopped after an error/) });
    expect(appB.locals.moderation.rescore.progress()).toMatchObject({ done: 3, error: null });
  });
});
