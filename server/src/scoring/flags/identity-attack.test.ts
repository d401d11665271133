import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectIdentityAttack } from './identity-attack';

const attack = (text: string) => detectIdentityAttack(normalise(text));

describe('detectIdentityAttack', () => {
  it.each([
    ['muslims are animals', 'muslims are animals'],
    ['All immigrants are criminals', 'All immigrants are criminals'],
    ['deport the mexicans', 'deport the mexicans'],
    ['go back to your country', 'go back to your country'],
    ['some f@ggot said', 'f@ggot'],
  ])('flags "%s"', (text, span) => {
    const flags = attack(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
    expect(flags[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual([span]);
  });

  it.each([
    'Muslims celebrate Eid this week', 'Immigrants founded many companies', 'Women are leading the polls',
    'Jewish people in the city marked the holiday', 'I am going back to work',
  ])('does not flag "%s"', (text) => {
    expect(attack(text)).toEqual([]);
  });
});
