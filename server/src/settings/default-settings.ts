import type { Settings } from '@sift/shared';
import type { ScoringSettings } from '../scoring/types';

export const defaultSettings: Settings = Object.freeze({
  moderationMode: 'pre',
  holdPriorityThreshold: 0.8,
  autoApproveBelow: 0.2,
  autoRejectBanned: true,
  bannedWords: [],
  suspectWords: [],
  sentimentOverrides: {},
}) as Settings;

/** The part of the settings the scorer takes (word lists and sentiment overrides). */
export function scoringSettingsOf(s: Settings): ScoringSettings {
  return { bannedWords: s.bannedWords, suspectWords: s.suspectWords, sentimentOverrides: s.sentimentOverrides };
}
