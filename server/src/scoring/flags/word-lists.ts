import type { Flag, Severity } from '@sift/shared';
import { foldText } from '../normalise/fold-text';
import type { NormalisedText } from '../normalise/tokenise';
import { collectHits, flagFromCanonicalHits } from './make-flag';

/**
 * A site's banned or suspect words compiled into one regex over the canonical
 * text, so matching is case-insensitive, whole-word, and sees through the
 * same disguises as profanity (leetspeak, homoglyphs, spaced letters,
 * elongation). Compile once per scorer; `match` is then one regex pass.
 */
export interface CompiledWordList {
  readonly size: number;
  match(text: NormalisedText): Flag[];
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** One entry ("idiot*", "go  home") as a regex source over canonical tokens. */
export function entryPattern(entry: string): string | null {
  const parts = foldText(entry.trim()).folded
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean);
  if (parts.length === 0 || parts.every((p) => /^\*+$/.test(p))) return null;
  return parts
    .map((p) => p.split('*').map((s) => s.replace(REGEX_SPECIAL, '\\$&')).join('[^ ]*'))
    .join(' ');
}

export function compileWordList(
  entries: readonly string[],
  category: 'banned_word' | 'suspect_word',
): CompiledWordList {
  const patterns = [...new Set(entries.map(entryPattern).filter((p): p is string => p !== null))];
  if (patterns.length === 0) return { size: 0, match: () => [] };
  // Longest first, so "go home now" wins over "go home" at the same place.
  patterns.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![^ ])(?:${patterns.join('|')})(?![^ ])`, 'gd');
  const severity: Severity = category === 'banned_word' ? 'high' : 'low';
  const reason = category === 'banned_word' ? 'word on the banned list' : 'word on the watch list';
  return {
    size: patterns.length,
    match(text) {
      const hits = collectHits(re, text.canonical, () => ({ severity, confidence: 0.95, reason }));
      return flagFromCanonicalHits(category, text, hits);
    },
  };
}
