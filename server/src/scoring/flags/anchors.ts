import type { NormalisedText } from '../normalise/tokenise';

/**
 * Cheap gate before a detector's regexes: every rule of the detector needs at
 * least one of its anchor words, so a comment with none of them (most
 * comments) skips the regexes. One Set lookup per token.
 */
export function hasAnchor(text: NormalisedText, anchors: ReadonlySet<string>, suffix?: string): boolean {
  for (const t of text.tokens) {
    if (anchors.has(t.key)) return true;
    if (t.kind === 'hashtag' && anchors.has(t.key.slice(1))) return true;
    if (suffix !== undefined && t.key.endsWith(suffix)) return true;
    if (suffix !== undefined && t.key.endsWith(`${suffix}s`)) return true;
  }
  return false;
}

/** Words of a list (phrases split into words), for anchor sets. */
export function wordsOf(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(' '));
}
