import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectIdentityAttack } from './identity-attack';

const attack = (text: string) => detectIdentityAttack(normalise(text));
const spansOf = (text: string) => attack(text)[0]!.spans.map((s) => text.slice(s.start, s.end));

describe('detectIdentityAttack', () => {
  it.each([
    ['muslims are animals', 'muslims are animals'],
    ['All immigrants are criminals', 'All immigrants are criminals'],
    ['deport the mexicans', 'deport the mexicans'],
    ['go back to your country', 'go back to your country'],
    ['some f@ggot said', 'f@ggot'],
    // Dehumanising a group.
    ['Refugees are parasites', 'Refugees are parasites'],
    ['Migrants are cockroaches', 'Migrants are cockroaches'],
    ['an infestation of migrants', 'an infestation of migrants'],
    ['Gay people are subhuman', 'Gay people are subhuman'],
    ['trans people are a plague', 'trans people are a plague'],
    ['Immigrants are filth', 'Immigrants are filth'],
    ['This is what happens when you let immigrants run the city. They are vermin.', 'They are vermin'],
    // Sweeping criminalisation and expulsion.
    ['all muslims are terrorists', 'all muslims are terrorists'],
    ['Mexicans are all rapists', 'Mexicans are all rapists'],
    ['Go back to where you came from', 'Go back to where you came from'],
    ['send them all back', 'send them all back'],
    ['Deport the refugees', 'Deport the refugees'],
  ])('flags "%s" with high severity', (text, span) => {
    const flags = attack(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
    expect(spansOf(text)).toEqual([span]);
  });

  it.each([
    ['Women should not be allowed anywhere near decisions like the tax plan.', 'Women should not be allowed'],
    ['Immigrants should not be allowed to vote', 'Immigrants should not be allowed'],
    ["Trans people shouldn't be allowed to teach", "Trans people shouldn't be allowed"],
    ["Muslims don't belong here", "Muslims don't belong here"],
    ['disabled people have no place in the workforce', 'disabled people have no place in'],
  ])('flags the exclusion "%s" with medium severity', (text, span) => {
    const flags = attack(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('medium');
    expect(flags[0]!.confidence).toBeLessThan(0.85);
    expect(spansOf(text)).toEqual([span]);
  });

  it('flags "those people are all criminals ... sent back where they came from" at both places', () => {
    const text = 'Typical. Those people are all criminals and should be sent back where they came from.';
    const flags = attack(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
    expect(spansOf(text)).toEqual(['Those people are all criminals', 'sent back where they came from']);
  });

  it('rates "those people are criminals" on its own lower than a named group', () => {
    const coded = attack('Those people are criminals')[0]!;
    const named = attack('Those immigrants are criminals')[0]!;
    expect(coded.severity).toBe('medium');
    expect(coded.confidence).toBeLessThan(named.confidence);
  });

  it('rates "they are criminals" near a group lower than "they are vermin"', () => {
    const criminals = attack('Refugees again. They are criminals.')[0]!;
    const vermin = attack('Refugees again. They are vermin.')[0]!;
    expect(criminals.severity).toBe('medium');
    expect(vermin.severity).toBe('high');
  });

  it.each([
    'Muslims celebrate Eid this week', 'Immigrants founded many companies', 'Women are leading the polls',
    'Jewish people in the city marked the holiday', 'I am going back to work',
    'Immigrants contribute to the economy', 'Women in tech conference', 'Refugees need housing',
    'The animals at the zoo', 'Send the form back', 'The rats in my shed, they are vermin',
    'Refugees are treated like animals', 'Refugees are not criminals, they need help',
    'Put it back where it came from', 'Women belong in STEM', 'Immigrants should be allowed to vote',
    'The black plague killed millions', 'Men are welcome at the meeting',
  ])('does not flag "%s"', (text) => {
    expect(attack(text)).toEqual([]);
  });
});
