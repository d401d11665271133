import { describe, expect, it } from 'vitest';
import type { Flag } from '@sift/shared';
import { computePriority, rulePriority } from './priority';

const flag = (category: Flag['category'], severity: Flag['severity'], confidence = 0.9): Flag =>
  ({ category, severity, confidence, spans: [], reason: '' });
const neutral = { compound: 0 };

describe('computePriority', () => {
  it('orders high-severity flags, then other flags, then strong negativity, then the rest', () => {
    const threat = computePriority([flag('threat', 'high')], neutral).priority;
    const insult = computePriority([flag('insult', 'medium')], neutral).priority;
    const shouting = computePriority([flag('shouting', 'low', 0.6)], neutral).priority;
    const negative = computePriority([], { compound: -0.9 }).priority;
    const mild = computePriority([], { compound: -0.2 }).priority;
    const positive = computePriority([], { compound: 0.8 }).priority;
    expect(threat).toBeGreaterThanOrEqual(0.75);
    expect(threat).toBeGreaterThan(insult);
    expect(insult).toBeGreaterThan(shouting);
    expect(shouting).toBeGreaterThan(negative);
    expect(negative).toBeGreaterThan(mild);
    expect(mild).toBeGreaterThan(positive);
    for (const p of [threat, insult, shouting, negative, mild, positive]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('ranks more and surer flags higher within a band', () => {
    const one = computePriority([flag('insult', 'medium', 0.6)], neutral).priority;
    const two = computePriority([flag('insult', 'medium', 0.6), flag('profanity', 'medium', 0.9)], neutral).priority;
    expect(two).toBeGreaterThan(one);
  });

  it('gives the same number without its reasons (rulePriority)', () => {
    const cases: [Parameters<typeof computePriority>[0], number][] = [
      [[], 0.8], [[], -0.2], [[], -0.9], [[], Number.NaN],
      [[flag('shouting', 'low', 0.6)], 0.1],
      [[flag('insult', 'medium', 0.6), flag('profanity', 'medium', 0.9)], -0.7],
      [[flag('threat', 'high'), flag('insult', 'medium', 0.3), flag('threat', 'high', 0.55)], -0.95],
    ];
    for (const [flags, compound] of cases) expect(rulePriority(flags, { compound })).toBe(computePriority(flags, { compound }).priority);
  });

  it('explains itself', () => {
    const { priorityReasons } = computePriority([flag('threat', 'high')], { compound: -0.8 });
    expect(priorityReasons[0]).toBe('threat (high, 90%)');
    expect(priorityReasons).toContain('strongly negative (-0.80)');
  });
});
