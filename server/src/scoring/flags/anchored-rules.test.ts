import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { compileRules, wordsIn } from './anchored-rules';

describe('compileRules', () => {
  const rules = compileRules([
    { re: /\bred (apple|pear)\b/gd, needs: [['apple', 'pear'], ['red']], make: () => ({ severity: 'low', confidence: 0.5, reason: 'red fruit' }) },
    { re: /\bgreen \w+\b/gd, needs: [['green']], make: () => ({ severity: 'high', confidence: 0.9, reason: 'green' }) },
  ]);

  it('runs a rule when the comment has a word of each of its lists, with group 1 as the span', () => {
    const text = normalise('A RED apple');
    const hits = rules.run(text);
    expect(hits.map((h) => [text.canonical.slice(h.start, h.end), h.reason])).toEqual([['apple', 'red fruit']]);
  });

  it('skips a rule when one of its lists has no word in the comment', () => {
    expect(rules.run(normalise('an apple a day'))).toEqual([]);
    expect(rules.run(normalise('nothing here'))).toEqual([]);
  });

  it('finds matches near anchors far into a long comment, and #tags count as their word', () => {
    const filler = Array.from({ length: 40 }, () => 'word').join(' ');
    const text = normalise(`${filler} green light ${filler} #red pear`);
    expect(rules.run(text).map((h) => h.reason).sort()).toEqual(['green', 'red fruit']);
    expect(rules.run(normalise('#green light')).map((h) => h.reason)).toEqual(['green']);
  });

  it('lists the words of a regex alternation', () => {
    expect(wordsIn('(?:kill|put down)')).toEqual(['kill', 'put', 'down']);
  });
});
