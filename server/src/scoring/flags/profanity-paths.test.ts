import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { circumventionFinds, detectProfanity, wordListHits } from './profanity';

// Two paths find swearing: word-list lookups on the normalised tokens (fast,
// every comment) and obscenity's matcher (slow, only on disguised words).
// They must agree, so it does not matter which one a comment takes.
const fastPath = (text: string) => wordListHits(normalise(text)).length > 0;
const circumventionPath = (text: string) => circumventionFinds(text);

describe('profanity fast path and circumvention path', () => {
  it.each(['f*ck', 'sh1t', 'a s s h o l e', 'f.u.c.k', 'fuсk' /* Cyrillic с */, 'ѕhіt' /* Cyrillic ѕ, і */])(
    'both find "%s"', (text) => {
      expect(fastPath(text)).toBe(true);
      expect(circumventionPath(text)).toBe(true);
      expect(detectProfanity(normalise(text))).toHaveLength(1);
    },
  );

  it.each(['Scunthorpe', 'class', 'assess', 'cockpit', 'Dickens', 'therapist'])('neither flags "%s" in a comment', (word) => {
    const text = `I read about ${word} today`;
    expect(fastPath(text)).toBe(false);
    // The slow path only ever sees disguised words; these are plain.
    expect(normalise(text).tokens.some((t) => t.disguised)).toBe(false);
    expect(detectProfanity(normalise(text))).toEqual([]);
  });

  it('flags words their writer censored, not stars alone', () => {
    const text = 'that f***ing guy and his b*****';
    expect(detectProfanity(normalise('you are a f***')).map((f) => f.category)).toEqual(['profanity']);
    expect(detectProfanity(normalise(text))[0]!.spans.map((s) => text.slice(s.start, s.end))).toContain('b*****');
    expect(detectProfanity(normalise('rated *** out of *****'))).toEqual([]);
  });
});
