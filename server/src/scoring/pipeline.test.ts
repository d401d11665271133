import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Scores } from '@sift/shared';
import { createScorer, SCORER_VERSION } from './pipeline';
import { SENTIMENT_VERSION } from './sentiment';

const offensive = ['profanity', 'insult', 'threat', 'identity_attack'];

describe('createScorer', () => {
  it('returns scores that satisfy the shared schema', () => {
    const scorer = createScorer();
    for (const text of ['I will kill you, you f*cking idiot!!!', 'Lovely piece, thank you 😀', '', 'CHECK OUT MY CHANNEL www.x.com']) {
      const scores = scorer.score(text);
      expect(Scores.safeParse(scores).success).toBe(true);
      expect(scores.scorerVersion).toBe(scorer.version);
    }
  });

  it('puts a threat at the top of the queue with its reasons', () => {
    const scores = createScorer().score('I will kill you');
    expect(scores.flags.map((f) => f.category)).toContain('threat');
    expect(scores.priority).toBeGreaterThanOrEqual(0.75);
    expect(scores.priorityReasons[0]).toMatch(/^threat/);
  });

  it('skips a phase that throws, reports it and keeps the rest', () => {
    const onPhaseError = vi.fn();
    const scorer = createScorer(undefined, {
      onPhaseError,
      phases: (defaults) => [
        ...defaults.slice(0, 2),
        { name: 'broken', run: () => { throw new Error('boom'); } },
        ...defaults.slice(2),
      ],
    });
    const scores = scorer.score('you idiot');
    expect(scores.skippedPhases).toEqual(['broken']);
    expect(onPhaseError).toHaveBeenCalledWith('broken', expect.any(Error));
    expect(scores.flags.map((f) => f.category)).toContain('insult');
    expect(Scores.safeParse(scores).success).toBe(true);
  });

  it('still scores when normalising fails', () => {
    const scorer = createScorer(undefined, {
      onPhaseError: () => {},
      phases: (defaults) => defaults.map((p) => (p.name === 'normalise' ? { name: p.name, run: () => { throw new Error('x'); } } : p)),
    });
    const scores = scorer.score('mail me at a@example.com');
    expect(scores.skippedPhases).toEqual(['normalise']);
    expect(scores.flags.map((f) => f.category)).toEqual(['personal_data']);
  });

  it('applies the site word lists and versions them', () => {
    const plain = createScorer();
    const site = createScorer({ bannedWords: ['idiot*'], suspectWords: ['refund'], sentimentOverrides: {} });
    expect(site.version).not.toBe(plain.version);
    expect(site.version.startsWith(SCORER_VERSION)).toBe(true);
    expect(SCORER_VERSION).toContain(SENTIMENT_VERSION);
    const scores = site.score('IDIOTS want a refund');
    expect(scores.flags.map((f) => f.category)).toEqual(expect.arrayContaining(['banned_word', 'suspect_word']));
    expect(scores.priority).toBeGreaterThanOrEqual(0.75);
  });

  const seedPath = resolve(__dirname, '../../../../shared/data/seed/000_fb74129c95015117.txt');
  it.runIf(existsSync(seedPath))('gives the seed article comments no offensive flags', () => {
    const lines = readFileSync(seedPath, 'utf8').split('\n').map((l) => l.trim());
    const after = lines.slice(lines.indexOf('4 Comments') + 1).filter(Boolean);
    const comments = after.filter((_, i) => i % 2 === 1);
    expect(comments).toHaveLength(4);
    const scorer = createScorer();
    for (const c of comments) {
      expect(scorer.score(c).flags.filter((f) => offensive.includes(f.category))).toEqual([]);
    }
  });
});
