import { SentimentResult } from '@sift/shared';
import { describe, expect, it } from 'vitest';
import { analyzeSentiment, SENTIMENT_VERSION } from './index';

function weightOf(text: string, word: string, options?: { overrides?: Record<string, number> }): number {
  const found = analyzeSentiment(text, options).contributions.find((c) => c.text.toLowerCase() === word.toLowerCase());
  if (found === undefined) throw new Error(`no contribution for '${word}' in '${text}'`);
  return found.weight;
}
function noteOf(text: string, word: string): string {
  return analyzeSentiment(text).contributions.find((c) => c.text.toLowerCase() === word.toLowerCase())?.note ?? '';
}

describe('analyzeSentiment: shape', () => {
  it('returns a valid SentimentResult with compound in [-1, 1]', () => {
    for (const text of ['', 'ok', 'love love love love love love!!!!!', 'hate hate hate hate hate hate!!!!', '😍😍😍😍😍😍😍😍']) {
      const result = analyzeSentiment(text);
      expect(SentimentResult.safeParse(result).success).toBe(true);
      expect(result.compound).toBeGreaterThanOrEqual(-1);
      expect(result.compound).toBeLessThanOrEqual(1);
    }
    expect(analyzeSentiment('love love love love love love!!!!!').compound).toBeGreaterThan(0.9);
    expect(analyzeSentiment('hate hate hate hate hate hate!!!!').compound).toBeLessThan(-0.9);
  });

  it('labels neutral text neutral and exposes a version', () => {
    expect(analyzeSentiment('The meeting is on Tuesday at 10:30.').label).toBe('neutral');
    expect(analyzeSentiment('').contributions).toEqual([]);
    expect(SENTIMENT_VERSION).toMatch(/^sift-sentiment-/);
  });
});

describe('negation scope', () => {
  it('negates the word right after the negator', () => {
    expect(analyzeSentiment('This is good').label).toBe('positive');
    expect(analyzeSentiment('This is not nice').label).toBe('negative');
    expect(noteOf('This is not nice', 'nice')).toContain("negated by 'not'");
  });

  it('reaches past modifiers and other words ("not very good", "never really liked")', () => {
    expect(weightOf('not very good', 'good')).toBeLessThan(0);
    expect(weightOf('I never really liked it', 'liked')).toBeLessThan(0);
    expect(noteOf('I never really liked it', 'liked')).toContain("negated by 'never'");
    expect(weightOf("I don't think it was good", 'good')).toBeLessThan(0);
  });

  it('stops at clause punctuation and at "but"', () => {
    expect(weightOf('Not today, this is great', 'great')).toBeGreaterThan(0);
    expect(weightOf("It isn't cheap but it is great", 'great')).toBeGreaterThan(0);
  });

  it('softens rather than flips a negated negative, and reads "never so" as praise', () => {
    const notTerrible = weightOf('not terrible', 'terrible');
    expect(Math.abs(notTerrible)).toBeLessThan(Math.abs(weightOf('terrible', 'terrible')));
    expect(weightOf('I have never slept so well', 'well')).toBeGreaterThan(0);
  });

  it('does not negate laughter or emoticons', () => {
    expect(weightOf("I'M NOT THE LATTER LOL", 'LOL')).toBeGreaterThan(0);
    expect(weightOf("doesn't matter :)", ':)')).toBeGreaterThan(0);
  });
});

describe('intensifiers and dampeners', () => {
  it('scales the following word up or down', () => {
    const plain = weightOf('good', 'good');
    expect(weightOf('extremely good', 'good')).toBeGreaterThan(plain);
    expect(weightOf('slightly good', 'good')).toBeLessThan(plain);
    expect(weightOf('very bad', 'bad')).toBeLessThan(weightOf('bad', 'bad'));
    expect(weightOf('kind of bad', 'bad')).toBeGreaterThan(weightOf('bad', 'bad'));
    expect(noteOf('extremely good', 'good')).toContain("intensified by 'extremely'");
    expect(noteOf('slightly good', 'good')).toContain("dampened by 'slightly'");
  });

  it('treats a booster that is also a sentiment word by its position', () => {
    expect(noteOf('super happy', 'happy')).toContain("intensified by 'super'");
    expect(weightOf('that was super', 'super')).toBeGreaterThan(0);
  });
});

describe('contrast', () => {
  it('weighs the clause after "but" more', () => {
    const result = analyzeSentiment('The food was good but the service was terrible');
    expect(result.label).toBe('negative');
    expect(noteOf('The food was good but the service was terrible', 'terrible')).toContain("after 'but'");
    expect(analyzeSentiment('The service was terrible but the food was good').label).toBe('positive');
  });

  it('weakens an "although" clause and a text before a sentence-opening "However"', () => {
    expect(analyzeSentiment('Although the food was good, the service was terrible.').label).toBe('negative');
    expect(analyzeSentiment('The service was terrible, although the food was good.').label).toBe('negative');
    expect(analyzeSentiment('The screen is great. However, the battery is awful.').label).toBe('negative');
    expect(noteOf('Although the food was good, the service was terrible.', 'good')).toContain("conceded by 'although'");
  });
});

describe('emphasis', () => {
  it('boosts an ALL-CAPS word unless the whole text shouts', () => {
    expect(weightOf('This is GREAT', 'GREAT')).toBeGreaterThan(weightOf('This is great', 'great'));
    expect(noteOf('This is GREAT', 'GREAT')).toContain('capitals');
    expect(weightOf('THIS IS GREAT', 'GREAT')).toBeCloseTo(weightOf('this is great', 'great'));
  });

  it('makes exclamation marks add intensity', () => {
    expect(analyzeSentiment('great!!!').compound).toBeGreaterThan(analyzeSentiment('great').compound);
    expect(analyzeSentiment('awful!!!').compound).toBeLessThan(analyzeSentiment('awful').compound);
  });

  it('reads elongated words and counts the stretch as emphasis', () => {
    const result = analyzeSentiment('sooo goooood');
    expect(result.label).toBe('positive');
    expect(weightOf('sooo goooood', 'goooood')).toBeGreaterThan(weightOf('so good', 'good'));
    expect(analyzeSentiment('baaaaad').label).toBe('negative');
  });
});

describe('emoticons, emoji, slang and idioms', () => {
  it.each([
    [':)', 'positive'], [':(', 'negative'], [':D', 'positive'], ['<3', 'positive'], [':-(', 'negative'], ['xD', 'positive'],
  ] as const)('scores the emoticon %s', (emoticon, label) => {
    const result = analyzeSentiment(`see you tomorrow ${emoticon}`);
    expect(result.label).toBe(label);
    expect(result.contributions.map((c) => c.text)).toContain(emoticon);
  });

  it('does not see emoticons inside words, times or URLs', () => {
    expect(analyzeSentiment('Design:Done at 10:30').contributions).toEqual([]);
    expect(analyzeSentiment('see https://example.com/:/path').contributions).toEqual([]);
  });

  it('scores emoji, with skin tones and variation selectors', () => {
    expect(analyzeSentiment('new phone 😍').label).toBe('positive');
    expect(analyzeSentiment('new phone 😡').label).toBe('negative');
    expect(analyzeSentiment('ok 👍🏽').contributions.map((c) => c.text)).toContain('👍🏽');
    expect(analyzeSentiment('thanks ❤️').contributions.map((c) => c.text)).toContain('❤️');
  });

  it('knows slang and idioms', () => {
    expect(analyzeSentiment('fml').label).toBe('negative');
    expect(analyzeSentiment('smh').label).toBe('negative');
    expect(analyzeSentiment("I can't wait for the sequel").label).toBe('positive');
    expect(analyzeSentiment('what a waste of time').label).toBe('negative');
    expect(analyzeSentiment('no problem at all').label).toBe('positive');
    expect(analyzeSentiment('the hotel was not bad').label).toBe('positive');
  });

  it('only reads "like" as liking after a subject', () => {
    expect(analyzeSentiment('it looks like rain').contributions).toEqual([]);
    expect(analyzeSentiment('I like it').label).toBe('positive');
    expect(analyzeSentiment("I don't like it").label).toBe('negative');
  });
});
