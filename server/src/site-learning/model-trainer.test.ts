import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeStores } from '../store/store-suite/describe-stores';
import { seedArticle, seedComments } from '../moderation/moderation-fixtures';
import type { Store } from '../store/store';
import { learningDatabase, type LearningDatabase } from './learning-test-apps';
import { ModelTrainer } from './model-trainer';

describeStores('ModelTrainer', (kind) => {
  let db: LearningDatabase;
  let stores: [Store, Store];

  beforeEach(async () => {
    db = await learningDatabase(kind);
    // Two servers on one database; decisions are logged directly, so only these trainers learn.
    stores = [(await db.open()).store, (await db.open()).store];
  });
  afterEach(() => db.drop());

  async function logDecisions(store: Store, n: number, from = 0) {
    const ids = await seedComments(store, await seedArticle(store), Array.from({ length: n }, (_, i) => ({ body: i % 2 ? `fine comment ${from + i}` : `zorblax offer ${from + i}` })));
    for (const [i, commentId] of ids.entries()) {
      const result = await store.applyDecisions([{
        commentId, expectedVersion: 1, toStatus: i % 2 ? 'approved' : 'rejected', reason: i % 2 ? null : 'spam',
        note: null, moderatorId: 'anna', source: 'human', at: Date.UTC(2024, 0, 2) + from + i,
      }]);
      if (!result.ok) throw new Error('decision conflicted');
    }
  }

  /**
   * Counts the saves the stored revision refused. The first save of each
   * server waits for the other's (a barrier), so both have learned the same
   * decisions from the same revision: a real race, every run.
   */
  let arrived = 0;
  let release: () => void = () => {};
  const bothArrived = new Promise<void>((resolve) => (release = resolve));
  function countRefusals(store: Store): { n: number } {
    const counter = { n: 0 };
    const save = store.saveSiteModel.bind(store);
    let first = true;
    store.saveSiteModel = async (m, expected) => {
      if (first) {
        first = false;
        if (++arrived === 2) release();
        await bothArrived;
      }
      const revision = await save(m, expected);
      if (revision === null) counter.n++;
      return revision;
    };
    return counter;
  }

  it('applies each decision exactly once when two servers learn the same decisions at once', async () => {
    const [one, two] = stores.map((s) => new ModelTrainer(s, { model: { minDecisions: 4 }, batch: 7 })) as [ModelTrainer, ModelTrainer];
    const refusals = stores.map(countRefusals);
    await logDecisions(stores[0], 20);
    const learned = await Promise.all([one.sync(), two.sync()]);
    // Between them they learned every decision once; the loser of each race reloaded the winner's model.
    expect(learned[0] + learned[1]).toBe(20);
    expect(refusals[0]!.n + refusals[1]!.n).toBeGreaterThanOrEqual(1);
    const head = await stores[0].siteModelHead();
    expect(head).toMatchObject({ decisions: 20, watermark: await stores[0].latestDecisionId() });

    await logDecisions(stores[1], 6, 100);
    await Promise.all([one.sync(), two.sync()]);
    await Promise.all([one.refresh(), two.refresh()]);
    expect(one.stats()).toEqual(two.stats());
    expect(one.stats().decisions).toBe(26);
    const online = (await stores[0].loadSiteModel())!.blob;
    const rebuilt = await new ModelTrainer(stores[1], { model: { minDecisions: 4 } }).rebuild();
    expect(rebuilt.equals(online)).toBe(true);
    expect(one.current.predict('zorblax offer 7')).toEqual(two.current.predict('zorblax offer 7'));
  });

  it('saves in batches: after saveEvery decisions or saveAfterMs, whichever comes first', async () => {
    let clock = 1_000;
    const trainer = new ModelTrainer(stores[0], { saveEvery: 5, saveAfterMs: 60_000, now: () => clock });
    await logDecisions(stores[0], 3);
    expect(await trainer.sync('when-due')).toBe(0);
    // Learned and predicting, not yet saved.
    expect(trainer.stats()).toMatchObject({ decisions: 3, unsaved: 3 });
    expect(await stores[0].siteModelHead()).toBeNull();

    await logDecisions(stores[0], 2, 10);
    expect(await trainer.sync('when-due')).toBe(5);
    expect(trainer.stats()).toMatchObject({ decisions: 5, unsaved: 0 });
    expect(await stores[0].siteModelHead()).toMatchObject({ decisions: 5 });

    await logDecisions(stores[0], 1, 20);
    expect(await trainer.sync('when-due')).toBe(0);
    clock += 60_000;
    expect(await trainer.sync('when-due')).toBe(1);
    expect(await stores[0].siteModelHead()).toMatchObject({ decisions: 6, watermark: await stores[0].latestDecisionId() });
  });

  it('drops unsaved learning when another server saves first, and ends with the same model', async () => {
    const lazy = new ModelTrainer(stores[0], { saveEvery: 1_000 });
    const eager = new ModelTrainer(stores[1]);
    await logDecisions(stores[0], 4);
    await lazy.sync('when-due');
    expect(lazy.stats().unsaved).toBe(4);
    expect(await eager.sync('now')).toBe(4);
    await logDecisions(stores[0], 2, 10);
    // The stored revision moved: the lazy server reloads it and learns only the two new decisions.
    expect(await lazy.sync('now')).toBe(2);
    await eager.refresh();
    expect(lazy.current.toBuffer().equals(eager.current.toBuffer())).toBe(true);
    expect(lazy.stats()).toMatchObject({ decisions: 6, unsaved: 0 });
  });

  it('rebuilds from the log when the stored bytes cannot be read (another format version)', async () => {
    await logDecisions(stores[0], 4);
    await stores[0].saveSiteModel({ blob: Buffer.from('not a model'), formatVersion: 99, decisions: 4, watermark: 4, updatedAt: 1 }, null);
    const trainer = new ModelTrainer(stores[0]);
    await trainer.refresh();
    expect(trainer.stats().decisions).toBe(4);
    const stored = (await stores[0].loadSiteModel())!;
    expect(stored.formatVersion).not.toBe(99);
    expect(stored.blob.equals(await trainer.rebuild())).toBe(true);
  });

  it('lets other work in while it learns a long stretch of the log, and learns it all the same', async () => {
    await logDecisions(stores[0], 120);
    // One read of the whole log, and a slice of 0 ms: it must yield after every decision.
    const sliced = new ModelTrainer(stores[0], { batch: 1000, sliceMs: 0 });
    let turns = 0;
    let learning = true;
    const tick = () => {
      turns++;
      if (learning) setImmediate(tick);
    };
    setImmediate(tick);
    await sliced.sync();
    learning = false;
    // SQLite answers without I/O: only the trainer's own pauses let the ticks in.
    expect(turns).toBeGreaterThanOrEqual(120);
    const whole = new ModelTrainer(stores[1], { batch: 1000 });
    await whole.rebuild();
    expect(whole.current.toBuffer().equals(sliced.current.toBuffer())).toBe(true);
  });
});
