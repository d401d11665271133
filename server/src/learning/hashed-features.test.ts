import { describe, expect, it } from 'vitest';
import { extractFeatures, defaultFeatureOptions, FeatureKind, FeatureVector } from './hashed-features';
import { modelText } from './model-words';
import { ExtraFeatures } from './extra-features';

describe('extractFeatures', () => {
  const names = (text: string, extra?: Record<string, number>) => {
    const f = extractFeatures(modelText(text), extra && ExtraFeatures.from(extra), defaultFeatureOptions, new FeatureVector());
    return Array.from({ length: f.count }, (_, i) => f.nameOf(i));
  };

  it('lays out words, bias, bigrams, 4-grams named by their word, and extras', () => {
    const f = extractFeatures(modelText('You are WRONG'), ExtraFeatures.from({ 'flag:insult': 1 }), defaultFeatureOptions, new FeatureVector());
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

  it('reads every handle as one word with no 4-grams, leaves links, punctuation and zero-valued extras out', () => {
    const all = names('@alice, see https://example.com! @BOB', { 'flag:insult': 0, 'sentiment:negative': 1 });
    expect(all).toEqual([
      'word:@user', 'word:see', 'word:@user',
      'bias',
      'bigram:@user see', 'bigram:see @user',
      'word:see', 'word:see',
      'sentiment:negative',
    ]);
  });

  it('folds leetspeak only where a letter follows a digit, and elongation to two', () => {
    const hashes = (text: string) => {
      const f = extractFeatures(modelText(text), undefined, defaultFeatureOptions, new FeatureVector());
      return Array.from(f.hashes.subarray(0, f.count));
    };
    expect(hashes('1d10t')).toEqual(hashes('idiot'));
    expect(hashes('sooooo stuuupid')).toEqual(hashes('soo stuupid'));
    expect(hashes('covid19')).not.toEqual(hashes('covidi9'));
    expect(hashes('soo')).not.toEqual(hashes('so'));
  });

  it('folds case, and reads words with other letters, emoticons and emoji from their lower-case form', () => {
    const all = names('Très BIEN :D 😡');
    expect(all.slice(0, 4)).toEqual(['word:très', 'word:bien', 'word::D', 'word:😡']);
    expect(names('TRÈS bien')).toEqual(names('très BIEN'));
  });
});
