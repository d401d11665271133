import { describe, expect, it } from 'vitest';
import { draftFromSettings, parseOverrides, parseWordList, settingsFromDraft } from './settings-draft';

const settings = {
  moderationMode: 'pre' as const,
  holdPriorityThreshold: 0.6,
  autoApproveBelow: 0.2,
  autoRejectBanned: true,
  bannedWords: ['idiot*', 'scum'],
  suspectWords: [],
  sentimentOverrides: { sick: 2, meh: -0.5 },
};

describe('settings draft', () => {
  it('round-trips settings through the form text', () => {
    const draft = draftFromSettings(settings);
    expect(draft.bannedWords).toBe('idiot*\nscum');
    expect(draft.sentimentOverrides).toBe('sick=2\nmeh=-0.5');
    expect(settingsFromDraft(draft)).toEqual({ errors: [], settings });
  });

  it('reads one word a line, trimmed, without blanks or duplicates', () => {
    expect(parseWordList(' spam \r\n\nspam\nfree money*\n')).toEqual(['spam', 'free money*']);
  });

  it('explains bad override lines', () => {
    const parsed = parseOverrides('good=3\nbroken\nwild=9\nnum=abc\n=2');
    expect(parsed.overrides).toEqual({ good: 3 });
    expect(parsed.errors).toEqual([
      'Line 2: write word=weight, e.g. "sick=2"',
      'Line 3: the weight must be between -5 and 5',
      'Line 4: write word=weight, e.g. "sick=2"',
      'Line 5: write word=weight, e.g. "sick=2"',
    ]);
  });

  it('refuses thresholds outside 0..1', () => {
    const result = settingsFromDraft({ ...draftFromSettings(settings), holdPriorityThreshold: '1.5', autoApproveBelow: '' });
    expect(result.settings).toBeUndefined();
    expect(result.errors).toHaveLength(2);
  });
});
