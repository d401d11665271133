import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectThreat } from './threat';

const threat = (text: string) => detectThreat(normalise(text));
const spansOf = (text: string) => threat(text)[0]!.spans.map((s) => text.slice(s.start, s.end));

describe('detectThreat', () => {
  it.each([
    'I will kill you', "I'm going to find and hurt you", 'you deserve to be shot', 'Watch your back',
    'I know where you live', 'hope you die', 'he should be hanged', 'k1ll yourself',
    // Threats of violence in the first, second and third person.
    "I'm gonna shoot you", 'I will stab him', 'gonna kill the mayor', 'I will beat you up',
    "I'm going to beat the hell out of him", 'I will hunt you down',
    'Someone should shoot the mayor', 'they should hang him', 'somebody should kill Smith',
    'She deserves to die', 'The councillors deserve to be hanged', 'That man deserves to be beaten',
    'I hope you get hurt', 'hope you get cancer', 'I know where they live', 'put a bullet in his head',
    "we'll burn down your house", 'burn their house down', 'People like the mayor deserve to be shot for the bridge.',
  ])('flags "%s" as a high-severity threat', (text) => {
    const flags = threat(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
  });

  it.each([
    ['I will find you and make you pay for this article.', 'I will find you and make you pay'],
    ["You'll regret this", "You'll regret this"],
    ['Keep pushing and you will get hurt', 'you will get hurt'],
    ['I will come for you', 'I will come for you'],
    ["I'll teach you a lesson you won't forget", "teach you a lesson you won't forget"],
  ])('flags the weaker threat "%s" with medium severity and lower confidence', (text, span) => {
    const flags = threat(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('medium');
    expect(flags[0]!.confidence).toBeLessThan(0.8);
    expect(spansOf(text)).toEqual([span]);
  });

  it('flags veiled threats in a comment from the demo data, each clause highlighted', () => {
    const text = 'Someone should teach whoever decided this a lesson they won’t forget. I know where they live.';
    const flags = threat(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('high');
    expect(spansOf(text)).toEqual(['teach whoever decided this a lesson they won’t forget', 'I know where they live']);
  });

  it('keeps both clauses of "you will get hurt. Watch your back."', () => {
    const text = 'Keep pushing the bridge and you will get hurt. Watch your back.';
    expect(threat(text)[0]!.severity).toBe('high');
    expect(spansOf(text)).toEqual(['you will get hurt', 'Watch your back']);
  });

  it('points at "deserve to be shot" and rates it high', () => {
    const text = 'People like the mayor deserve to be shot for the bridge.';
    expect(spansOf(text)).toEqual(['deserve to be shot']);
    expect(threat(text)[0]!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    'The soldiers were killed in the war', 'This traffic is killing me', 'I will watch the game',
    'He was shot by police, says the report', 'We will beat them at football next week... on the scoreboard',
    'The shot was deserved', 'I will find the report', 'Kill the bill', 'This joke killed me', 'Shoot me an email',
    'The team got killed last night', 'We should kill this plan', 'I will find you a link', "I'll come for you at 8",
    'This bill deserves to die', 'You will not regret it', 'We will make them pay at the polls',
    'This will make you pay more tax', 'Every death to blame guns', 'I hope you get well soon',
    'Burning down the house is a great song', 'I know where you work out, nice gym',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toEqual([]);
  });

  it('highlights the threatening clause', () => {
    const text = '😡 I will kill you.';
    const span = threat(text)[0]!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('I will kill you');
  });
});
