import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectSpam } from './spam';
import { hamExamples, spamExamples } from '../spam-fixture';

const spam = (text: string) => detectSpam(normalise(text));

describe('detectSpam', () => {
  it.each([
    'Check out my channel for more!', 'sub4sub', 'FREE robux giveaway, click here', 'visit cheapdeals.xyz now for 50% off',
    'DM me on WhatsApp to earn $500 a day', 'Invest in bitcoin with my trading expert, contact her on telegram',
    'buy buy buy buy buy',
  ])('flags "%s"', (text) => {
    expect(spam(text)).toHaveLength(1);
  });

  it.each([
    'Great article, thanks for sharing', 'Source: https://example.org/report', 'It cost $20 back in 1998',
    'I subscribed to the newspaper years ago', 'My favourite song of the album',
  ])('does not flag "%s"', (text) => {
    expect(spam(text)).toEqual([]);
  });

  it('points spans at the promotional part', () => {
    const text = '🔥🔥 check out my channel';
    const flag = spam(text)[0]!;
    expect(flag.spans.map((s) => text.slice(s.start, s.end))).toEqual(['check out my channel']);
  });

  it('separates the hand-written spam fixture from ham (F1 >= 0.8)', () => {
    const tp = spamExamples.filter((t) => spam(t).length > 0).length;
    const fp = hamExamples.filter((t) => spam(t).length > 0).length;
    const precision = tp / (tp + fp);
    const recall = tp / spamExamples.length;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.8);
  });
});
