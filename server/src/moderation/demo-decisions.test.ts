import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { makeTestApp } from '../test/test-app';
import { silentLogger } from '../logger';
import { createScorer } from '../scoring/pipeline';
import { loadDemoData } from '../demo/load-demo';
import { DEMO_DECIDED_AFTER_MS, DEMO_MODERATORS } from './demo-decisions';

describe('demo decisions', () => {
  let t: ReturnType<typeof makeTestApp>;
  afterEach(() => t.close());

  it('decides older demo comments as three moderators would, after each comment arrived', async () => {
    t = makeTestApp({ scorer: createScorer() });
    const now = Date.now();
    const { moderation, ingest } = t.app.locals;
    await loadDemoData({ store: t.store, ingest, logger: silentLogger, decisions: moderation.decisions }, now);
    const human = await t.store.listDecisions({ source: 'human', limit: 10_000 });
    expect(human.length).toBeGreaterThan(1000);
    expect(new Set(human.map((d) => d.moderatorId))).toEqual(new Set(DEMO_MODERATORS));
    const by = (s: string) => human.filter((d) => d.toStatus === s).length;
    expect(by('approved')).toBeGreaterThan(human.length / 2);
    expect(by('rejected')).toBeGreaterThan(50);
    expect(by('escalated')).toBeGreaterThan(0);
    const reasons = new Set(human.filter((d) => d.toStatus === 'rejected').map((d) => d.reason));
    expect(reasons).toContain('abusive');
    expect(reasons).toContain('spam');
    expect(human.filter((d) => d.toStatus === 'rejected').every((d) => d.reason !== null)).toBe(true);
    for (const d of human.slice(0, 200)) {
      const c = await t.store.getComment(d.commentId);
      expect(Date.parse(d.at)).toBeGreaterThan(Date.parse(c!.createdAt));
      expect(Date.parse(d.at)).toBeLessThan(now);
      expect(Date.parse(c!.createdAt)).toBeLessThanOrEqual(now - DEMO_DECIDED_AFTER_MS);
    }
    // Recent comments are left for the queue.
    const pending = await request(t.app).get('/api/queue').query({ limit: 5, sort: 'newest' });
    expect(pending.body.items.length).toBe(5);
  });
});
