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
