import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { originalEnd, originalStart } from '../normalise/fold-text';
import { keyHash } from '../normalise/key-hash';

// Shouting: most letters are capitals and there are enough of them that it is
// not an acronym ("NATO", "USA"). @mentions, #hashtags, links and the "URL"
// placeholder are left out: platforms write those in capitals ("@USER").
const MIN_LETTERS = 12;
const MIN_UPPER_SHARE = 0.7;

// Case of non-ASCII code units, looked up once each: asking the engine
// ("É" !== "É".toLowerCase()) makes two strings per character.
const UPPER = 1;
const LOWER = 2;
const caseOfCode = new Map<number, number>();
function caseOf(c: number): number {
  let known = caseOfCode.get(c);
  if (known === undefined) {
    const ch = String.fromCharCode(c);
    known = (ch !== ch.toLowerCase() ? UPPER : 0) | (ch !== ch.toUpperCase() ? LOWER : 0);
    if (caseOfCode.size < 20_000) caseOfCode.set(c, known);
  }
  return known;
}

/** What `\s` matches, for one UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What `\w` matches (ASCII letters, digits and _), for one UTF-16 code unit. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Skips a word that is a mention, hashtag, link or "URL"; returns where to continue. */
function skipMarkup(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
  const atWordStart = prev === 32 || prev === 10 || prev === 9 || prev === 13 || (prev > 127 && isSpace(prev));
  if (!atWordStart) return i;
  const isMarkup = c === 64 /* @ */ || c === 35 /* # */ || text.startsWith('http', i) || text.startsWith('www.', i)
    || (text.startsWith('URL', i) && (i + 3 >= text.length || !isWordCode(text.charCodeAt(i + 3))));
  if (!isMarkup) return i;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
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

const URL_HASH = keyHash('url');

/** Capitals inside @names, #tags and "URL" placeholders, which never count: "@USER" has four. */
function markupCapitals(text: NormalisedText): number {
  let n = 0;
  for (const t of text.tokens) {
    // The key's hash rules out most words without reading the key.
    if (t.kind !== 'mention' && t.kind !== 'hashtag' && !(t.hash === URL_HASH && t.key === 'url')) continue;
    // These tokens are never empty.
    const start = originalStart(text, t.start);
    const end = originalEnd(text, t.end);
    // Only at the start of a word, as the full count skips them.
    const before = start > 0 ? text.original.charCodeAt(start - 1) : 32;
    if (!(before === 32 || before === 10 || before === 9 || before === 13)) continue;
    for (let i = start; i < end; i++) {
      const c = text.original.charCodeAt(i);
      if (c >= 65 && c <= 90) n++;
    }
  }
  return n;
}

export function detectShouting(text: NormalisedText): Flag[] {
  const s = text.original;
  // Cheapest tests first: most comments have too few capitals to count at
  // all, and most of the rest only have "@USER" and "URL" placeholders,
  // whose capitals never count (known from a few tokens, not every character).
  if (text.capitals < MIN_LETTERS || text.capitals - markupCapitals(text) < MIN_LETTERS || !mayShout(s)) return [];
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
    const kind = c < 128 ? ((c >= 65 && c <= 90) ? UPPER : (c >= 97 && c <= 122) ? LOWER : 0) : caseOf(c);
    if ((kind & UPPER) !== 0) {
      upper++;
      if (first < 0) first = i;
      last = i;
    } else if ((kind & LOWER) !== 0) {
      lower++;
      // Stop once even all capitals from here on (`most`) could not make 70%
      // (in integers, with a margin no rounding of the share can cross).
      const most = upper + s.length - i - 1;
      if (3 * most + 1 < 7 * lower) return [];
    }
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
