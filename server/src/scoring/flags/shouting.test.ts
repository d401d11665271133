import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectShouting } from './shouting';

const shouting = (text: string) => detectShouting(normalise(text));

describe('detectShouting', () => {
  it('flags a comment written mostly in capitals', () => {
    const text = '👉 THIS IS A COMPLETE DISGRACE!!!';
    const flag = shouting(text)[0]!;
    expect(flag.category).toBe('shouting');
    expect(text.slice(flag.spans[0]!.start, flag.spans[0]!.end)).toBe('THIS IS A COMPLETE DISGRACE');
  });

  it.each([
    'NATO and the USA met today', 'short OK', '@USER @USER @USER @USER I agree URL', 'Normal sentence With Some Caps',
  ])('does not flag "%s"', (text) => {
    expect(shouting(text)).toEqual([]);
  });
});

describe('detectShouting markup gate', () => {
  it('does not count capitals of @mentions, #tags and URL placeholders', () => {
    expect(detectShouting(normalise('@USER @USER @USER @USER I agree URL'))).toEqual([]);
    expect(detectShouting(normalise('@USER THIS IS REALLY OUTRAGEOUS NEWS'))).toHaveLength(1);
  });

  it('counts a mention that does not start a word', () => {
    expect(detectShouting(normalise('(@ABCDEFGH) SO ANGRY NOW'))).toHaveLength(1);
  });
});
