import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectInsult } from './insult';

const flagged = (text: string) => detectInsult(normalise(text));
const spansOf = (text: string) => flagged(text).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('insult rules', () => {
  it.each([
    ["you're such a moron", 'moron'],
    ['You are a dotard', 'dotard'],
    ['@USER is a spoiled brat', 'brat'],
    ['what a loser', 'loser'],
    ['typical lamebrain take', 'lamebrain'],
  ])('aims name-calling at a target: "%s"', (text, span) => {
    expect(spansOf(text)).toContain(span);
    expect(flagged(text)[0]!.severity).toBe('medium');
  });

  it.each([
    ['shame on you', 'shame on you'],
    ['you should be ashamed of yourself', 'should be ashamed of yourself'],
    ['shove it', 'shove it'],
    ['up yours', 'up yours'],
    ['just get over it', 'get over it'],
    ['have a seat', 'have a seat'],
    ['cry baby liberals', 'cry baby'],
    ['this show sucks', 'sucks'],
    ['they are bad people', 'bad people'],
    ['a disgusting excuse for a human', 'disgusting excuse for a human'],
    ['stfu', 'stfu'],
    ['gtfo', 'gtfo'],
    ['get lost', 'get lost'],
  ])('flags the hostile phrase in "%s"', (text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it.each([
    'I was ashamed of the result', 'The shame of it all', 'It is up to you', 'Get over here and help',
    'The vacuum suction is strong', 'A bad day at the office', 'Good people came out to help',
    'Please have a look at this', 'The baby cried all night',
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('flags a middle finger, and a clown emoji only in a reply', () => {
    expect(spansOf('here you go 🖕')).toEqual(['🖕']);
    expect(spansOf('@USER 🤡')).toEqual(['🤡']);
    expect(flagged('circus day 🤡')).toEqual([]);
  });

  it('flags insulting compounds whatever their first part', () => {
    expect(spansOf('what a dirtbag')).toEqual(['dirtbag']);
    expect(spansOf('typical conservatards')).toEqual(['conservatards']);
    expect(spansOf('those twatwaffles')).toEqual(['twatwaffles']);
  });
});

describe('"go away"', () => {
  it('is a dismissal when it starts a sentence or follows a mention', () => {
    expect(spansOf('@USER go away')).toEqual(['go away']);
    expect(spansOf('Nobody wants you. Go away!')).toContain('Go away');
  });

  it('is not one in a plain sentence', () => {
    expect(flagged("I'll go away for the weekend")).toEqual([]);
  });
});
