import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectThreat } from './threat';

const threat = (text: string) => detectThreat(normalise(text));

describe('detectThreat', () => {
  it.each([
    'I will kill you', "I'm going to find and hurt you", 'you deserve to be shot', 'Watch your back',
    'I know where you live', 'hope you die', 'he should be hanged', 'k1ll yourself',
  ])('flags "%s" as a high-severity threat', (text) => {
    const flags = threat(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
  });

  it.each([
    'The soldiers were killed in the war', 'This traffic is killing me', 'I will watch the game',
    'He was shot by police, says the report', 'We will beat them at football next week... on the scoreboard',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toEqual([]);
  });

  it('highlights the threatening clause', () => {
    const text = '😡 I will kill you.';
    const span = threat(text)[0]!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('I will kill you');
  });
});
