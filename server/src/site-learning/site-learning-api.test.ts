import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SiteModelStats } from '@sift/shared';
import request from 'supertest';
import { describeStores } from '../store/store-suite/describe-stores';
import { GRIFT, ORDINARY, decide, ingest, learningDatabase, scoreText, type LearningApp, type LearningDatabase } from './learning-test-apps';

const PROBE = 'Is the grift-o-matic any good for the price?';
const CONTROL = 'Is the new library any good for the price?';

describeStores('site learning API', (kind) => {
  let db: LearningDatabase;
  let a: LearningApp;

  beforeEach(async () => {
    db = await learningDatabase(kind);
    a = await db.open();
  });
  afterEach(() => db.drop());

  /** Rejects the grift-o-matic comments as spam and approves the ordinary ones, interleaved. */
  async function teach(app: LearningApp, rounds = 1) {
    for (let r = 0; r < rounds; r++) {
      const grift = await ingest(app.app, GRIFT.map((t) => `${t} (${r})`));
      const ordinary = await ingest(app.app, ORDINARY.map((t) => `${t} (${r})`));
      for (let i = 0; i < grift.length; i++) {
        await decide(app.app, grift[i]!, 'rejected', 'spam');
        await decide(app.app, ordinary[i]!, 'approved');
      }
    }
  }

  it('learns a site-specific term from rejections: POST /api/score and ingest predict it', async () => {
    const before = await scoreText(a.app, PROBE);
    expect(before.prediction).toMatchObject({ active: false, likelyReason: null });
    await teach(a);
    await a.app.locals.siteLearning.sync();

    const after = await scoreText(a.app, PROBE);
    const control = await scoreText(a.app, CONTROL);
    expect(after.prediction!.rejectProbability).toBeGreaterThan(before.prediction!.rejectProbability + 0.1);
    expect(after.prediction!.rejectProbability).toBeGreaterThan(control.prediction!.rejectProbability + 0.1);
    expect(after.prediction!.likelyReason).toBe('spam');
    expect(after.prediction!.features.length).toBeGreaterThan(0);
    // The rules see nothing in either text: only the model tells them apart.
    expect(after.flags).toEqual([]);

    const [probe, plain] = await ingest(a.app, [PROBE, CONTROL]);
    expect(probe!.scores!.prediction!.rejectProbability).toBeCloseTo(after.prediction!.rejectProbability, 10);
    expect(probe!.scores!.prediction!.rejectProbability).toBeGreaterThan(plain!.scores!.prediction!.rejectProbability + 0.1);

    const stats = await request(a.app).get('/api/model');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ decisions: 12, minDecisions: 6 });
    expect(stats.body.watermark).toBeGreaterThan(0);
    expect(typeof stats.body.updatedAt).toBe('string');
    expect(stats.body.agreement).toBeGreaterThanOrEqual(0);
  });

  it('blends the priority once the model is active, and says so', async () => {
    await teach(a, 3);
    await a.app.locals.siteLearning.sync();
    const stats = (await request(a.app).get('/api/model')).body;
    expect(stats.decisions).toBe(36);
    // The rules approve every grift-o-matic comment; the model learned better.
    expect(stats.agreement).toBeGreaterThan(stats.rulesAgreement);
    expect(stats.active).toBe(true);
    const scored = await scoreText(a.app, PROBE);
    expect(scored.prediction!.active).toBe(true);
    const rulePriority = Math.round(((scored.priority * 2) - scored.prediction!.rejectProbability) * 1000) / 1000;
    expect(scored.priority).toBeGreaterThan(rulePriority);
    expect(scored.priorityReasons.at(-1)).toMatch(/^site model \(learned from 36 decisions\)/);
  });

  it('rebuilds deterministically from the log, to the same bytes the online trainer reached', async () => {
    await teach(a);
    // Learn in several small steps, each saved and reloaded, as a live site would.
    for (let i = 0; i < 3; i++) await a.app.locals.siteLearning.sync();
    const online = (await a.store.loadSiteModel())!;
    const first = await request(a.app).post('/api/model/rebuild');
    expect(first.status).toBe(200);
    const rebuilt = (await a.store.loadSiteModel())!;
    await request(a.app).post('/api/model/rebuild');
    const again = (await a.store.loadSiteModel())!;
    expect(rebuilt.blob.equals(online.blob)).toBe(true);
    expect(again.blob.equals(rebuilt.blob)).toBe(true);
    expect(again.revision).toBe(online.revision + 2);
    expect(first.body).toMatchObject({ decisions: 12, watermark: online.watermark });
    const events = await request(a.app).get('/api/audit/events').query({ action: 'model.rebuilt' });
    expect(events.body.items).toHaveLength(2);
  });

  it('survives a restart with identical predictions', async () => {
    await teach(a);
    await a.app.locals.siteLearning.sync();
    const before = await scoreText(a.app, PROBE);
    await a.close();
    const restarted = await db.open();
    expect(await scoreText(restarted.app, PROBE)).toEqual(before);
    expect((await request(restarted.app).get('/api/model')).body.decisions).toBe(12);
  });

  it('applies each decision once when two servers train at the same time, and both predict the same', async () => {
    const b = await db.open();
    await teach(a);
    await Promise.all([a.app.locals.siteLearning.sync(), b.app.locals.siteLearning.sync()]);
    const more = await ingest(b.app, ['grift-o-matic again, buy it', 'Nice article']);
    await decide(b.app, more[0]!, 'rejected', 'spam');
    await decide(b.app, more[1]!, 'approved');
    await Promise.all([a.app.locals.siteLearning.sync(), b.app.locals.siteLearning.sync()]);
    const stored = (await a.store.loadSiteModel())!;
    expect(stored.decisions).toBe(14);
    const fromScratch = await a.app.locals.siteLearning.trainer.rebuild();
    expect(fromScratch.equals(stored.blob)).toBe(true);
    await b.app.locals.siteLearning.trainer.refresh();
    expect(await scoreText(b.app, PROBE)).toEqual(await scoreText(a.app, PROBE));
  });

  it('learns a decision made here at once, without waiting for a poll, and saves it on shutdown', async () => {
    const [c] = await ingest(a.app, ['grift-o-matic for sale']);
    await decide(a.app, c!, 'rejected', 'spam');
    await vi.waitFor(() => expect(a.app.locals.siteLearning.trainer.stats()).toMatchObject({ decisions: 1, unsaved: 1 }));
    expect((await scoreText(a.app, 'grift-o-matic')).prediction?.likelyReason).toBe('spam');
    // One decision is not worth rewriting the model yet; shutting down saves it.
    expect(await a.store.siteModelHead()).toBeNull();
    await a.app.locals.moderation.close();
    expect(await a.store.siteModelHead()).toMatchObject({ decisions: 1, watermark: await a.store.latestDecisionId() });
  });

  it('learns in log order from human approvals and rejections only; an undo teaches the state it restores', async () => {
    const [x, y] = await ingest(a.app, ['first grift-o-matic', 'second comment']);
    const rejected = await decide(a.app, x!, 'rejected', 'spam');
    await decide(a.app, y!, 'escalated');
    const undo = await request(a.app).post(`/api/comments/${x!.id}/undo`).send({ expectedVersion: rejected.comment.version });
    expect(undo.body.comment.status).toBe('pending');
    await a.app.locals.siteLearning.sync();
    // The rejection is a lesson; the escalation and the undo back to pending are not.
    const model = (await request(a.app).get('/api/model')).body;
    expect(model).toMatchObject({ decisions: 1, watermark: rejected.decision.id, unsaved: 0 });
    expect(SiteModelStats.parse(model)).toEqual(model);
    const redo = await request(a.app).post(`/api/comments/${x!.id}/undo`).send({ expectedVersion: undo.body.comment.version });
    expect(redo.body.comment.status).toBe('rejected');
    await a.app.locals.siteLearning.sync();
    expect((await request(a.app).get('/api/model')).body).toMatchObject({ decisions: 2, watermark: redo.body.decision.id });
  });

  it('resets to an empty model that learns only decisions made after the reset', async () => {
    await teach(a);
    await a.app.locals.siteLearning.sync();
    const reset = await request(a.app).post('/api/model/reset');
    expect(reset.status).toBe(200);
    const latest = await a.store.latestDecisionId();
    expect(reset.body).toMatchObject({ decisions: 0, active: false, watermark: latest });
    expect(await a.app.locals.siteLearning.sync()).toBe(0);
    const [c] = await ingest(a.app, ['after the reset']);
    await decide(a.app, c!, 'approved');
    await a.app.locals.siteLearning.sync();
    expect((await request(a.app).get('/api/model')).body.decisions).toBe(1);
  });
});

describeStores('site learning API access', (kind) => {
  let db: LearningDatabase;
  beforeEach(async () => {
    db = await learningDatabase(kind);
  });
  afterEach(() => db.drop());

  it('lets moderators read the model but only admins rebuild or reset it', async () => {
    const { app } = await db.open({ auth: { testActor: { id: 'mo', role: 'moderator' } } });
    expect((await request(app).get('/api/model')).status).toBe(200);
    expect((await request(app).post('/api/model/rebuild')).status).toBe(403);
    expect((await request(app).post('/api/model/reset')).status).toBe(403);
  });
});
