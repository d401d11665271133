import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeStores } from '../store/store-suite/describe-stores';
import { seedArticle, seedComments } from '../moderation/moderation-fixtures';
import { learningDatabase, type LearningApp, type LearningDatabase } from './learning-test-apps';
import { runModelCommand } from './model-command';

describeStores('npm run model', (kind) => {
  let db: LearningDatabase;
  let server: LearningApp;
  const lines: string[] = [];
  const run = (...args: string[]) => runModelCommand(args, { store: server.store, actor: 'cli:test', print: (l) => lines.push(l) });

  beforeEach(async () => {
    db = await learningDatabase(kind);
    server = await db.open();
    lines.length = 0;
    const ids = await seedComments(server.store, await seedArticle(server.store), [{ body: 'buy the gizmo now' }, { body: 'nice bridge' }, { body: 'gizmo deals' }]);
    await server.app.locals.moderation.decisions.applyInternal(
      ids.map((commentId, i) => ({
        commentId, expectedVersion: 1, toStatus: i === 1 ? 'approved' : 'rejected', reason: i === 1 ? null : 'spam',
        note: null, moderatorId: 'anna', source: 'human' as const, at: Date.UTC(2024, 0, 2, 0, i),
      })),
    );
  });
  afterEach(() => db.drop());

  it('rebuilds, reports and resets the stored model; a server picks the change up', async () => {
    expect(await run('rebuild')).toBe(0);
    expect(lines[0]).toBe('rebuilt the site model from the decision log');
    expect(lines[1]).toMatch(/^decisions learned: 3 \(watermark: decision #\d+\)$/);
    const stored = await server.store.siteModelHead();
    expect(stored).toMatchObject({ decisions: 3, revision: 1 });
    expect((await server.app.locals.siteLearning.stats()).decisions).toBe(3);

    lines.length = 0;
    expect(await run('stats')).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^active: no \(needs at least \d+ decisions and to beat the rules\)$/);

    expect(await run('reset')).toBe(0);
    expect(await server.store.siteModelHead()).toMatchObject({ decisions: 0, watermark: await server.store.latestDecisionId() });
    const actions = (await server.store.listAuditEvents({ limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(['model.reset', 'model.rebuilt']);
  });

  it('refuses unknown commands with the usage', async () => {
    expect(await run('retrain')).toBe(2);
    expect(await run()).toBe(2);
    expect(lines).toEqual(['usage: npm run model -- rebuild | reset | stats', 'usage: npm run model -- rebuild | reset | stats']);
  });
});
