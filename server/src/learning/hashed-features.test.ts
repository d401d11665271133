import { describe, expect, it } from 'vitest';
import { extractFeatures, defaultFeatureOptions, FeatureVector } from './hashed-features';

describe('extractFeatures', () => {
  const names = (text: string, extra?: Record<string, number>) => {
    const f = extractFeatures(text, extra, defaultFeatureOptions, new FeatureVector());
    return Array.from({ length: f.count }, (_, i) => f.nameOf(i));
  };

  it('names words, bigrams, 4-grams by their word, and extras', () => {
    expect(names('You are WRONG', { 'flag:insult': 1 })).toEqual([
      'bias',
      'word:you', 'word:are', 'word:wrong',
      'bigram:you are', 'bigram:are wrong',
      // "<you>" and "<are>" give two 4-grams each, "<wrong>" four.
      'chars:you', 'chars:you', 'chars:are', 'chars:are',
      'chars:wrong', 'chars:wrong', 'chars:wrong', 'chars:wrong',
      'flag:insult',
    ]);
  });

  it('cuts no n-grams from handles and links, and leaves zero-valued extras out', () => {
    const all = names('@alice https://example.com', { 'flag:insult': 0, 'sentiment:negative': 1 });
    expect(all).toEqual(['bias', 'word:@user', 'word:url', 'bigram:@user url', 'sentiment:negative']);
  });
});
