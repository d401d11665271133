import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoData } from './demo-data';
import { loadDemoData } from './load-demo';
import { makeTestApp } from '../test/test-app';
import { silentLogger } from '../logger';

describe('demo data', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');

  it('is deterministic and spreads a few thousand comments over 30 days with replies', () => {
    const a = buildDemoData(now);
    const b = buildDemoData(now);
    expect(a).toEqual(b);
    expect(a.articles.length).toBeGreaterThanOrEqual(6);
    expect(a.comments).toHaveLength(3000);
    const times = a.comments.map((c) => Date.parse(c.createdAt ?? ''));
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    expect(now - Math.min(...times)).toBeGreaterThan(25 * 86_400_000);
    expect(now - Math.min(...times)).toBeLessThanOrEqual(30 * 86_400_000);
    const replies = a.comments.filter((c) => c.parentExternalId);
    expect(replies.length).toBeGreaterThan(200);
    const bodies = a.comments.map((c) => c.body).join('\n');
    expect(bodies).toMatch(/https?:\/\/|www\./);
    expect(bodies).toMatch(/[A-Z ]{20,}/);
    expect(new Set(a.comments.map((c) => c.articleExternalId)).size).toBe(a.articles.length);
  });

  describe('loadDemoData', () => {
    let t: ReturnType<typeof makeTestApp>;
    afterEach(() => t.close());

    it('fills an empty database once and leaves a non-empty one alone', async () => {
      t = makeTestApp();
      const deps = { store: t.store, ingest: t.app.locals.ingest, logger: silentLogger };
      expect(await loadDemoData(deps, now)).toBe(true);
      expect(await t.store.countComments()).toBe(3000);
      expect(await loadDemoData(deps, now)).toBe(false);
      expect(await t.store.countComments()).toBe(3000);
    });
  });
});
