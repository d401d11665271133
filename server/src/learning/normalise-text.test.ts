import { describe, expect, it } from 'vitest';
import { normaliseTokens } from './normalise-text';

describe('normaliseTokens', () => {
  it('lower-cases and replaces handles and links with placeholders', () => {
    expect(normaliseTokens('@USER Go home @bob_99 see https://x.com/a?b=1 and www.foo.org URL')).toEqual([
      '@user', 'go', 'home', '@user', 'see', 'url', 'and', 'url', 'url',
    ]);
  });
  it('folds leetspeak, masked letters and elongation', () => {
    expect(normaliseTokens('You 1d10t, stuuuupid a$$ f*ck sooooo')).toEqual(['you', 'idiot', 'stuupid', 'ass', 'fck', 'soo']);
  });
  it('keeps numbers that are not leetspeak', () => {
    expect(normaliseTokens('#Trump2020 in 2020 covid19')).toEqual(['trump2020', 'in', '2020', 'covid19']);
  });
  it('drops apostrophes, keeps non-Latin words and emoji', () => {
    expect(normaliseTokens("it's très méchant 😡!")).toEqual(['its', 'très', 'méchant', '😡']);
  });
});
