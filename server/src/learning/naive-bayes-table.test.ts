import { describe, expect, it } from 'vitest';
import { LogOddsBlend } from './log-odds-blend';
import { NaiveBayesTable } from './naive-bayes-table';

const features = (...ids: number[]) => ({ hashes: Uint32Array.from(ids), values: Float64Array.from(ids.map(() => 1)) });

describe('NaiveBayesTable', () => {
  it('is moved by a single decision and keeps unseen features neutral', () => {
    const nb = new NaiveBayesTable(8, 0.1);
    const bad = features(1, 2);
    const good = features(3, 4);
    nb.update(bad.hashes, bad.values, 0, 2, 1);
    nb.update(good.hashes, good.values, 0, 2, 0);
    expect(nb.logit(bad.hashes, bad.values, 0, 2)).toBeGreaterThan(2);
    expect(nb.logit(good.hashes, good.values, 0, 2)).toBeLessThan(-2);
    const unseen = features(9);
    const contributions = new Float64Array(1);
    expect(nb.logit(unseen.hashes, unseen.values, 0, 1, contributions)).toBeCloseTo(0, 10);
    expect(contributions[0]).toBeCloseTo(0, 10);
  });

  it('rebuilds identical log ratios from its saved counts', () => {
    const nb = new NaiveBayesTable(8, 0.1);
    const x = features(5, 6, 7);
    nb.update(x.hashes, x.values, 0, 3, 1);
    const copy = new NaiveBayesTable(8, 0.1, { pos: nb.pos, neg: nb.neg, totals: nb.totals });
    expect(copy.ratio).toEqual(nb.ratio);
    expect(copy.logit(x.hashes, x.values, 0, 3)).toBe(nb.logit(x.hashes, x.values, 0, 3));
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
