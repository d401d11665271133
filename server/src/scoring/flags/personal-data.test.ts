import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectPersonalData } from './personal-data';

const spansOf = (text: string) => detectPersonalData(normalise(text)).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('detectPersonalData', () => {
  it.each([
    ['mail me at jane.doe@example.com', 'jane.doe@example.com'],
    ['call +44 20 7946 0958 tonight', '+44 20 7946 0958'],
    ['his number is (555) 123-4567', '(555) 123-4567'],
    ['😀 ring 0612345678', '0612345678'],
    ['@USER write me at a@b.com', 'a@b.com'],
  ])('flags "%s"', (text, span) => {
    expect(spansOf(text)).toEqual([span]);
  });

  it.each([
    'From 1990-2020 prices rose', 'It sold for $1,250,000 last year', 'In 1999 2005 2010 and 2015',
    'the score was 3-2', '@USER thanks', 'Population 1.4 billion',
  ])('does not flag "%s"', (text) => {
    expect(spansOf(text)).toEqual([]);
  });
});
