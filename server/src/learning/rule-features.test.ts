import { describe, expect, it } from 'vitest';
import { ruleFeatures } from './rule-features';
import { extraHash } from './extra-features';

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
    expect(features.toRecord()).toEqual({
      'sentiment:negative': 1,
      'sentiment:compound:-2': 1,
      'flag:insult': 0.9,
      'flag:insult:high': 1,
      'flag:insult:low': 1,
      'rules:priority': 0.7,
    });
    // In a fixed order, each with the hash extraction uses.
    expect(features.names).toEqual(['sentiment:negative', 'sentiment:compound:-2', 'flag:insult', 'flag:insult:high', 'flag:insult:low', 'rules:priority']);
    expect(features.hashes).toEqual(features.names.map(extraHash));
  });
});
