import { describe, expect, it } from 'vitest';
import { Scores } from '@sift/shared';
import { SiteModel } from '../learning';
import { createScorer } from '../scoring/pipeline';
import { LearnedScorer } from './learned-scorer';
import { lessonOf, siteFeatures } from './site-features';

const rules = createScorer();

function trained(minDecisions: number): SiteModel {
  const model = SiteModel.create({ minDecisions, window: 40 });
  for (let i = 0; i < 30; i++) {
    const spam = `the zorblax deal number ${i} is here`;
    const fine = `a thoughtful note about the park, part ${i}`;
    model.learn(lessonOf({ id: 2 * i + 1, commentId: i, toStatus: 'rejected', reason: 'spam', undoOf: null, body: spam, scores: rules.score(spam) }));
    model.learn(lessonOf({ id: 2 * i + 2, commentId: i, toStatus: 'approved', reason: null, undoOf: null, body: fine, scores: rules.score(fine) }));
  }
  return model;
}

describe('LearnedScorer', () => {
  it('adds a prediction but keeps the rule priority while the model is inactive (cold start)', () => {
    const model = trained(1000);
    const scorer = new LearnedScorer(rules, () => model);
    const plain = rules.score('the zorblax deal is back');
    const scored = scorer.score('the zorblax deal is back');
    expect(Scores.parse(scored)).toEqual(scored);
    expect(scored.prediction).toMatchObject({ active: false, likelyReason: 'spam' });
    expect(scored.prediction!.rejectProbability).toBeGreaterThan(0.5);
    expect(scored.priority).toBe(plain.priority);
    expect(scored.priorityReasons).toEqual(plain.priorityReasons);
    expect(scorer.version).toBe(rules.version);
  });

  it('blends the priority once the model is active and explains it', () => {
    const model = trained(10);
    expect(model.isActive()).toBe(true);
    const scored = new LearnedScorer(rules, () => model).score('the zorblax deal is back');
    const plain = rules.score('the zorblax deal is back');
    expect(scored.priority).toBeCloseTo((plain.priority + scored.prediction!.rejectProbability) / 2, 3);
    expect(scored.priority).toBeGreaterThan(plain.priority);
    expect(scored.priorityReasons.at(-1)).toMatch(/site model \(learned from 60 decisions\): \d+% likely rejected/);
  });

  it('predicts from the tokens the rule pipeline made exactly what the model predicts from the text', () => {
    const model = trained(10);
    const scorer = new LearnedScorer(rules, () => model);
    // Whatever scorer it wraps, a LearnedScorer predicts the same: one that
    // hands over its tokens (the pipeline) and one that does not.
    const opaque = new LearnedScorer({ version: rules.version, score: (t) => rules.score(t) }, () => model);
    for (const text of ['the zorblax deal is back', '@alice ZORBLAX d34l!!! 😡', 'Très bien, a thoughtful note', '']) {
      const served = scorer.score(text).prediction;
      expect(served).toEqual(model.predict(text, siteFeatures(rules.score(text)).extraFeatures));
      expect(opaque.score(text).prediction).toEqual(served);
    }
  });

  it('tokenises the text itself when the pipeline made no sentiment tokens (a failed sentiment phase)', () => {
    const model = trained(10);
    const noSentiment = createScorer(undefined, {
      onPhaseError: () => {},
      phases: (defaults) => defaults.map((p) => (p.name === 'sentiment' ? { name: 'sentiment', run: () => { throw new Error('boom'); } } : p)),
    });
    const text = 'the zorblax deal is back';
    const scored = noSentiment.scoreWithTokens(text);
    expect(scored.tokens).toBeNull();
    expect(new LearnedScorer(noSentiment, () => model).score(text).prediction).toEqual(model.predict(text, siteFeatures(scored.scores).extraFeatures));
  });

  it('falls back to the rule scores when the model throws', () => {
    const errors: unknown[] = [];
    const broken = new LearnedScorer(rules, () => { throw new Error('boom'); }, (e) => errors.push(e));
    expect(broken.score('hello there')).toEqual(rules.score('hello there'));
    expect(errors).toHaveLength(1);
  });
});
