/**
 * Turns what a moderator types into a safe full-text query: every word is
 * quoted (so FTS operators and punctuation in the input mean nothing), all
 * words must match, and the last word matches as a prefix ("brid" finds
 * "bridge") so search works while typing. Returns null when nothing is left.
 */
export function toFtsTerms(input: string): string[] | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_']+/u)
    .map((w) => w.replace(/'/g, ''))
    .filter(Boolean)
    .slice(0, 16);
  return words.length ? words : null;
}

export function sqliteFtsQuery(input: string): string | null {
  const words = toFtsTerms(input);
  if (!words) return null;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
