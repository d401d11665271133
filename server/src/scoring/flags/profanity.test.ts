import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectProfanity } from './profanity';

const flagged = (text: string) => detectProfanity(normalise(text));
const spansOf = (text: string) => flagged(text).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('detectProfanity', () => {
  it.each([
    ['plain', 'what the fuck is this', 'fuck'],
    ['masked', 'what the f*ck', 'f*ck'],
    ['double mask', 'motherf**ker', 'motherf**ker'],
    ['leetspeak', 'this is sh1t', 'sh1t'],
    ['symbols', 'you b!tch', 'b!tch'],
    ['spaced letters', 'total a s s h o l e here', 'a s s h o l e'],
    ['dotted letters', 'p.u.s.s.y', 'p.u.s.s.y'],
    ['Cyrillic homoglyph', 'fuсk off', 'fuсk'],
    ['accents', 'ŝhit', 'ŝhit'],
    ['elongated', 'fuuuuuck', 'fuuuuuck'],
    ['compound', 'absolute bullshit', 'bullshit'],
    ['hashtag', '#FuckThis', '#FuckThis'],
    ['v for u', 'fvck', 'fvck'],
  ])('catches %s', (_name, text, span) => {
    expect(spansOf(text)).toEqual([span]);
  });

  it.each([
    'Scunthorpe United won', 'the class will assess it', 'the cockpit of the plane', 'I love Dickens',
    'my therapist helped', 'a cocktail in Hancock', 'graduated cum laude', 'analysis of the data',
    'he\'ll be here', 'shiitake mushrooms', 'a swanky hotel', 'it cost $100 in 2018',
  ])('does not fire on "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('points spans at the original characters after emoji', () => {
    const text = '😀😀 hello 👋🏽 f*cking hell';
    const flags = flagged(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['f*cking', 'hell']);
  });

  it('rates mild swearing low and strong swearing medium', () => {
    expect(flagged('damn it')[0]!.severity).toBe('low');
    expect(flagged('fuck it')[0]!.severity).toBe('medium');
  });
});
