import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { toOriginalSpan } from '../normalise/fold-text';

// Shouting: most letters are capitals and there are enough of them that it is
// not an acronym ("NATO", "USA"). @mentions, #hashtags, links and the "URL"
// placeholder are left out: platforms write those in capitals ("@USER").
const MIN_LETTERS = 12;
const MIN_UPPER_SHARE = 0.7;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Skips a word that is a mention, hashtag, link or "URL"; returns where to continue. */
function skipMarkup(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
  const atWordStart = prev === 32 || prev === 10 || prev === 9 || prev === 13 || (prev > 127 && /\s/.test(text[i - 1]!));
  if (!atWordStart) return i;
  const isMarkup = c === 64 /* @ */ || c === 35 /* # */ || text.startsWith('http', i) || text.startsWith('www.', i)
    || (text.startsWith('URL', i) && (i + 3 >= text.length || !/\w/.test(text[i + 3]!)));
  if (!isMarkup) return i;
  let j = i;
  while (j < text.length && !/\s/.test(text[j]!)) j++;
  return j;
}

/**
 * Cheap upper bound on the capitals the full count can find: ASCII capitals
 * and any non-ASCII character, outside words that start with @ or #.
 */
function mayShout(s: string): boolean {
  let candidates = 0;
  let markup = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) markup = false;
    else if ((c === 64 || c === 35) && (i === 0 || s.charCodeAt(i - 1) <= 32)) markup = true;
    else if (!markup && ((c >= 65 && c <= 90) || c >= 128) && ++candidates >= MIN_LETTERS) return true;
  }
  return false;
}

/** Capitals inside @names, #tags and "URL" placeholders, which never count: "@USER" has four. */
function markupCapitals(text: NormalisedText): number {
  let n = 0;
  for (const t of text.tokens) {
    if (t.kind !== 'mention' && t.kind !== 'hashtag' && t.key !== 'url') continue;
    const span = toOriginalSpan(text, t.start, t.end);
    // Only at the start of a word, as the full count skips them.
    const before = span.start > 0 ? text.original.charCodeAt(span.start - 1) : 32;
    if (!(before === 32 || before === 10 || before === 9 || before === 13)) continue;
    for (let i = span.start; i < span.end; i++) {
      const c = text.original.charCodeAt(i);
      if (c >= 65 && c <= 90) n++;
    }
  }
  return n;
}

export function detectShouting(text: NormalisedText): Flag[] {
  const s = text.original;
  // "@USER" and "URL" placeholders hold capitals that never count; most
  // comments have too few capitals to be shouting and stop here.
  // Cheapest tests first: most comments have too few capitals to count at all.
  if (text.capitals < MIN_LETTERS || !mayShout(s) || text.capitals - markupCapitals(text) < MIN_LETTERS) return [];
  let upper = 0;
  let lower = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 64 || c === 35 || c === 104 || c === 119 || c === 85) {
      const next = skipMarkup(s, i);
      if (next !== i) { i = next - 1; continue; }
    }
    let up: boolean;
    if (c >= 65 && c <= 90) up = true;
    else if ((c >= 97 && c <= 122) || c < 128) up = false;
    else up = isUpper(s[i]!);
    if (up) {
      upper++;
      if (first < 0) first = i;
      last = i;
    } else if ((c >= 97 && c <= 122) || (c >= 128 && isLower(s[i]!))) lower++;
  }
  const letters = upper + lower;
  if (upper < MIN_LETTERS || upper / letters < MIN_UPPER_SHARE) return [];
  const share = upper / letters;
  return [{
    category: 'shouting',
    severity: 'low',
    confidence: Math.round(Math.min(0.95, 0.5 + (share - MIN_UPPER_SHARE) * 1.5) * 100) / 100,
    spans: [{ start: first, end: last + 1 }],
    reason: `${Math.round(share * 100)}% of letters are capitals`,
  }];
}
