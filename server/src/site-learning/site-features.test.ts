import { describe, expect, it } from 'vitest';
import { createScorer } from '../scoring/pipeline';
import { computePriority } from '../scoring/priority';
import { ExtraFeatures } from '../learning';
import { lessonOf, siteFeatures } from './site-features';

describe('siteFeatures', () => {
  const scorer = createScorer({ bannedWords: ['gizmo'], suspectWords: [], sentimentOverrides: {} });

  it('gives flags, sentiment and the rule priority; rules reject on offensive or banned-word flags', () => {
    const scores = scorer.score('You are an idiot and this gizmo is garbage');
    const input = siteFeatures(scores);
    expect(input.rulesSaysReject).toBe(true);
    expect(input.extraFeatures.get('flag:insult')).toBeGreaterThan(0);
    expect(input.extraFeatures.get('flag:banned_word')).toBeGreaterThan(0);
    expect(input.extraFeatures.get(`sentiment:${scores.sentiment.label}`)).toBe(1);
    expect(input.extraFeatures.get('rules:priority')).toBe(scores.priority);
    const clean = siteFeatures(scorer.score('Lovely weather for the fair'));
    expect(clean.rulesSaysReject).toBe(false);
    expect(clean.extraFeatures.names.some((k) => k.startsWith('flag:'))).toBe(false);
  });

  it('ignores a stored priority the model blended: the rule priority is recomputed', () => {
    const scores = scorer.score('You are an idiot');
    const blended = { ...scores, priority: 0.123 };
    expect(siteFeatures(blended)).toEqual(siteFeatures(scores));
    expect(siteFeatures(blended).extraFeatures.get('rules:priority')).toBe(computePriority(scores.flags, scores.sentiment).priority);
  });

  it('treats unscored comments as text only', () => {
    expect(siteFeatures(null)).toEqual({ extraFeatures: new ExtraFeatures(), rulesSaysReject: false });
  });
});

describe('lessonOf', () => {
  const base = { id: 7, commentId: 3, undoOf: null, body: 'buy the gizmo', scores: null };
  it('turns a rejection into a rejected example with its reason, an approval into a kept one', () => {
    expect(lessonOf({ ...base, toStatus: 'rejected', reason: 'spam' })).toMatchObject({ text: 'buy the gizmo', rejected: true, reason: 'spam', rulesSaysReject: false });
    expect(lessonOf({ ...base, toStatus: 'rejected', reason: null })).toMatchObject({ rejected: true, reason: 'other' });
    expect(lessonOf({ ...base, toStatus: 'approved', reason: null })).toMatchObject({ rejected: false, reason: null });
  });
});
