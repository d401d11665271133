import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { anchorGroup, anchorMask, anchorTest, tokenAnchors } from './anchor-index';

describe('anchor index', () => {
  const fruit = anchorGroup(['apple', 'pear']);
  const long = anchorTest((t) => t.key.length >= 12);

  it('sets a group bit when one of its words occurs, per comment and per token', () => {
    const text = normalise('An APPLE a day');
    expect(anchorMask(text) & fruit).toBe(fruit);
    expect(tokenAnchors(text).map((m) => (m & fruit) !== 0)).toEqual([false, true, false, false]);
    expect(anchorMask(normalise('a banana')) & fruit).toBe(0);
  });

  it('looks inside hashtags and mentions, and runs token tests', () => {
    expect(anchorMask(normalise('#pear season')) & fruit).toBe(fruit);
    expect(anchorMask(normalise('@apple hi')) & fruit).toBe(fruit);
    expect(anchorMask(normalise('extraordinarily')) & long).toBe(long);
    expect(anchorMask(normalise('short')) & long).toBe(0);
  });
});
