import { describe, expect, it } from 'vitest';
import { extractFeatures, defaultFeatureOptions, FeatureKind, FeatureVector } from './hashed-features';

describe('extractFeatures', () => {
  const names = (text: string, extra?: Record<string, number>) => {
    const f = extractFeatures(text, extra, defaultFeatureOptions, new FeatureVector());
    return Array.from({ length: f.count }, (_, i) => f.nameOf(i));
  };

  it('lays out words, bias, bigrams, 4-grams named by their word, and extras', () => {
    const f = extractFeatures('You are WRONG', { 'flag:insult': 1 }, defaultFeatureOptions, new FeatureVector());
    expect(Array.from({ length: f.count }, (_, i) => f.nameOf(i))).toEqual([
      // Unigrams: for the reason models only (the reject model starts at the bias).
      'word:you', 'word:are', 'word:wrong',
      'bias',
      'bigram:you are', 'bigram:are wrong',
      // "<you>" and "<are>" give two 4-grams each, "<wrong>" four.
      'word:you', 'word:you', 'word:are', 'word:are',
      'word:wrong', 'word:wrong', 'word:wrong', 'word:wrong',
      'flag:insult',
    ]);
    expect([f.rejectStart, f.reasonEnd, f.charEnd, f.count]).toEqual([3, 6, 14, 15]);
    expect(f.kinds[0]).toBe(FeatureKind.word);
    expect(f.kinds[6]).toBe(FeatureKind.chars);
  });

  it('cuts no n-grams from handles and links, and leaves zero-valued extras out', () => {
    const all = names('@alice https://example.com', { 'flag:insult': 0, 'sentiment:negative': 1 });
    expect(all).toEqual(['word:@user', 'word:url', 'bias', 'bigram:@user url', 'sentiment:negative']);
  });
});
