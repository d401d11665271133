import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectInsult } from './insult';

const spansOf = (text: string) => detectInsult(normalise(text)).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('detectInsult', () => {
  it.each([
    ['you idiot', 'idiot'],
    ['@USER is a moron', 'moron'],
    ['what a clown', 'clown'],
    ['You are a total 1d10t', '1d10t'],
    ['liberals are pathetic', 'pathetic'],
    ['she is a liar', 'liar'],
    ['just shut up already', 'shut up'],
    ['go to hell', 'go to hell'],
    ['clowns like you ruin everything', 'clowns'],
    ['typical libtard nonsense', 'libtard'],
  ])('flags "%s"', (text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it.each([
    'What a beautiful day', 'The rules are ugly but fair', 'The storm was the worst in years',
    'Kim is glorifying war', 'I disagree with you on taxes', 'That dog is sick, take it to a vet',
  ])('does not flag "%s"', (text) => {
    expect(detectInsult(normalise(text))).toEqual([]);
  });

  it('is more confident when the insult is aimed at someone', () => {
    const aimed = detectInsult(normalise('you are an idiot'))[0]!;
    const loose = detectInsult(normalise('idiot'))[0]!;
    expect(aimed.confidence).toBeGreaterThan(loose.confidence);
  });
});
