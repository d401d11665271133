import type { Settings } from '@sift/shared';

/** The settings form's state: lists and overrides as the text the moderator edits. */
export interface SettingsDraft {
  moderationMode: Settings['moderationMode'];
  holdPriorityThreshold: string;
  autoApproveBelow: string;
  autoRejectBanned: boolean;
  bannedWords: string;
  suspectWords: string;
  sentimentOverrides: string;
}

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    moderationMode: s.moderationMode,
    holdPriorityThreshold: String(s.holdPriorityThreshold),
    autoApproveBelow: String(s.autoApproveBelow),
    autoRejectBanned: s.autoRejectBanned,
    bannedWords: s.bannedWords.join('\n'),
    suspectWords: s.suspectWords.join('\n'),
    sentimentOverrides: Object.entries(s.sentimentOverrides)
      .map(([word, weight]) => `${word}=${weight}`)
      .join('\n'),
  };
}

/** One entry a line; blank lines and duplicates dropped. `*` wildcards are kept as written. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim();
    if (word) seen.add(word);
  }
  return [...seen];
}

export interface ParsedOverrides {
  overrides: Record<string, number>;
  errors: string[];
}

/** `word=weight` lines, weight from -5 to 5. */
export function parseOverrides(text: string): ParsedOverrides {
  const overrides: Record<string, number> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const eq = line.lastIndexOf('=');
    const word = eq > 0 ? line.slice(0, eq).trim() : '';
    const weight = eq > 0 ? Number(line.slice(eq + 1).trim()) : NaN;
    if (!word || !Number.isFinite(weight) || line.slice(eq + 1).trim() === '') {
      errors.push(`Line ${i + 1}: write word=weight, e.g. "sick=2"`);
    } else if (weight < -5 || weight > 5) {
      errors.push(`Line ${i + 1}: the weight must be between -5 and 5`);
    } else {
      overrides[word] = weight;
    }
  });
  return { overrides, errors };
}

export interface DraftResult {
  settings?: Settings;
  errors: string[];
}

function parseShare(text: string, name: string, errors: string[]): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) errors.push(`${name} must be a number from 0 to 1`);
  return value;
}

export function settingsFromDraft(draft: SettingsDraft): DraftResult {
  const errors: string[] = [];
  const hold = parseShare(draft.holdPriorityThreshold, 'Hold threshold', errors);
  const approve = parseShare(draft.autoApproveBelow, 'Auto-approve threshold', errors);
  const bannedWords = parseWordList(draft.bannedWords);
  const suspectWords = parseWordList(draft.suspectWords);
  for (const [name, list] of [['Banned', bannedWords], ['Suspect', suspectWords]] as const) {
    const long = list.find((w) => w.length > 100);
    if (long) errors.push(`${name} words: "${long.slice(0, 20)}…" is longer than 100 characters`);
    if (list.length > 5000) errors.push(`${name} words: at most 5,000`);
  }
  const overrides = parseOverrides(draft.sentimentOverrides);
  errors.push(...overrides.errors);
  if (errors.length > 0) return { errors };
  return {
    errors,
    settings: {
      moderationMode: draft.moderationMode,
      holdPriorityThreshold: hold,
      autoApproveBelow: approve,
      autoRejectBanned: draft.autoRejectBanned,
      bannedWords,
      suspectWords,
      sentimentOverrides: overrides.overrides,
    },
  };
}
