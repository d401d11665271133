import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { compileWordList } from './word-lists';

describe('compileWordList', () => {
  const banned = compileWordList(['idiot*', 'go home', 'Trump'], 'banned_word');
  const spansOf = (text: string) => banned.match(normalise(text)).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

  it('matches whole words, wildcards and phrases case-insensitively', () => {
    expect(spansOf('What IDIOTS. Go  home!')).toEqual(['IDIOTS', 'Go  home']);
    expect(spansOf('trump said')).toEqual(['trump']);
  });

  it('sees through disguises like profanity does', () => {
    expect(spansOf('you 1d10t')).toEqual(['1d10t']);
    expect(spansOf('😀 i d i o t')).toEqual(['i d i o t']);
    expect(spansOf('TRUMP')).toEqual(['TRUMP']);
  });

  it('respects word boundaries', () => {
    expect(spansOf('trumpet and homeless')).toEqual([]);
  });

  it('reports banned words as high severity and suspect words as low', () => {
    expect(banned.match(normalise('idiot'))[0]!.severity).toBe('high');
    const suspect = compileWordList(['idiot'], 'suspect_word');
    expect(suspect.match(normalise('idiot'))[0]).toMatchObject({ category: 'suspect_word', severity: 'low' });
  });

  it('ignores empty and wildcard-only entries', () => {
    expect(compileWordList(['', '  ', '*'], 'banned_word').size).toBe(0);
  });
});
