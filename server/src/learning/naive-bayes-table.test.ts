import { describe, expect, it } from 'vitest';
import { LogOddsBlend } from './log-odds-blend';
import { NaiveBayesTable, type NaiveBayesState } from './naive-bayes-table';
import { FeatureScores } from './prediction-tables';

const features = (...ids: number[]) => ({ hashes: Uint32Array.from(ids), values: Float64Array.from(ids.map(() => 1)) });

/** A table with its log ratios where predictions read them, and its log-odds of some features. */
function naiveBayes(state?: NaiveBayesState) {
  const scores = new FeatureScores(8);
  const nb = new NaiveBayesTable(8, 0.1, state, scores.bayesSlots);
  const logit = (x: ReturnType<typeof features>) => scores.logits(x.hashes, x.values, 0, x.hashes.length, nb.massTerm(), nb.priorTerm()).bayes;
  return { nb, scores, logit };
}

describe('NaiveBayesTable', () => {
  it('is moved by a single decision and keeps unseen features neutral', () => {
    const { nb, scores, logit } = naiveBayes();
    const bad = features(1, 2);
    const good = features(3, 4);
    nb.update(bad.hashes, bad.values, 0, 2, 1);
    nb.update(good.hashes, good.values, 0, 2, 0);
    expect(logit(bad)).toBeGreaterThan(2);
    expect(logit(good)).toBeLessThan(-2);
    expect(logit(features(9))).toBeCloseTo(0, 10);
    expect(scores.bayesContributions[0]).toBeCloseTo(0, 10);
  });

  it('rebuilds identical log ratios from its saved counts', () => {
    const { nb, scores, logit } = naiveBayes();
    const x = features(5, 6, 7);
    nb.update(x.hashes, x.values, 0, 3, 1);
    const copy = naiveBayes({ pos: nb.pos, neg: nb.neg, totals: nb.totals });
    expect(copy.scores.array).toEqual(scores.array);
    expect(copy.logit(x)).toBe(logit(x));
  });
});

describe('LogOddsBlend', () => {
  it('learns to trust the input that predicts the label', () => {
    const blend = new LogOddsBlend(0.05, [1, 0.3, 0]);
    for (let i = 0; i < 400; i++) {
      const label = i % 2 === 0 ? 1 : 0;
      const informative = label === 1 ? 2 : -2;
      const noise = i % 4 < 2 ? 3 : -3; // uncorrelated with the label
      const p = 1 / (1 + Math.exp(-blend.logit(noise, informative)));
      blend.update(noise, informative, p, label);
    }
    const [ftrl = 0, bayes = 0] = blend.weights;
    expect(bayes).toBeGreaterThan(0.5);
    expect(Math.abs(ftrl)).toBeLessThan(bayes);
  });
});
