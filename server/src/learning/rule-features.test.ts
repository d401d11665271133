import { describe, expect, it } from 'vitest';
import { extractFeatures, defaultFeatureOptions, FeatureVector } from './hashed-features';
import { ruleFeatures } from './rule-features';

describe('ruleFeatures', () => {
  it('turns flags, sentiment and priority into named features', () => {
    const features = ruleFeatures({
      flags: [
        { category: 'insult', severity: 'high', confidence: 0.9 },
        { category: 'insult', severity: 'low', confidence: 0.4 },
      ],
      sentiment: { label: 'negative', compound: -0.8 },
      priority: 0.7,
    });
    expect(features).toEqual({
      'sentiment:negative': 1,
      'sentiment:compound:-2': 1,
      'flag:insult': 0.9,
      'flag:insult:high': 1,
      'flag:insult:low': 1,
      'rules:priority': 0.7,
    });
  });
});

describe('shape and cross features', () => {
  const names = (text: string, extra?: Record<string, number>) => {
    const f = extractFeatures(text, extra, defaultFeatureOptions, new FeatureVector());
    return Array.from({ length: f.count }, (_, i) => f.nameOf(i));
  };

  it('names addressees, shouting, emoji and "you" crossed with rule features', () => {
    const all = names('@USER @USER YOU ARE SO WRONG!! 😡', { 'flag:insult': 1 });
    expect(all).toEqual(expect.arrayContaining(['shape:users=2', 'shape:caps=most', 'shape:emoji', 'shape:exclaim', 'shape:you', 'flag:insult', 'you×flag:insult']));
    expect(all).toContain('chars:wrong');
  });

  it('leaves crosses out when nobody is addressed, and ignores the @USER placeholder as shouting', () => {
    const all = names('@USER that policy is wrong', { 'flag:insult': 1 });
    expect(all).not.toContain('you×flag:insult');
    expect(all.some((n) => n.startsWith('shape:caps'))).toBe(false);
    expect(all).toContain('shape:users=1');
  });
});
