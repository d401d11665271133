import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Scores } from '@sift/shared';
import { makeTestApp } from '../test/test-app';
import { createScorer } from './pipeline';

describe('POST /api/score', () => {
  let t: ReturnType<typeof makeTestApp>;
  beforeEach(() => {
    t = makeTestApp({ scorer: createScorer() });
  });
  afterEach(() => t.close());

  it('scores a text with evidence and stores nothing', async () => {
    const text = 'You are a complete idiot and this is not good at all';
    const res = await request(t.app).post('/api/score').send({ text });
    expect(res.status).toBe(200);
    const scores = Scores.parse(res.body);
    const insult = scores.flags.find((f) => f.category === 'insult');
    expect(insult).toBeDefined();
    const span = insult?.spans[0];
    expect(span && text.slice(span.start, span.end).toLowerCase()).toContain('idiot');
    expect(scores.sentiment.label).toBe('negative');
    expect(scores.priority).toBeGreaterThan(0.5);
    expect(await t.store.countComments()).toBe(0);
  });

  it('answers 400 without text', async () => {
    const res = await request(t.app).post('/api/score').send({ text: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
