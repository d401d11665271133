import { LEXICON } from './lexicon';
import { isWhitespace, isWordChar } from './char-classes';

// Emoticons for the sentiment tokenizer (see tokenizer.ts): cheap tests on
// the first two characters rule most candidates out before any is sliced.

/** ASCII characters that can open an emoticon, for a cheap first test. */
export const EMOTICON_START = new Uint8Array(128);
for (const code of LEXICON.emoticonStarts) if (code < 128) EMOTICON_START[code] = 1;

/**
 * Per ASCII pair, bit n: some emoticon of length n opens with it (as listed,
 * or once lower-cased). No bit: no emoticon opens so, and "@USER" or "(the"
 * is turned down without slicing candidates.
 */
const EMOTICON_LENGTHS = new Int32Array(128 * 128);
for (const key of LEXICON.emoticons.keys()) {
  const a = key.charCodeAt(0);
  const b = key.charCodeAt(1);
  // Longer ones than a bit can say are looked for at every length.
  if (a < 128 && b < 128) EMOTICON_LENGTHS[a * 128 + b]! |= key.length < 31 ? 1 << key.length : -1;
}
function emoticonLengths(first: number, second: number): number {
  return EMOTICON_LENGTHS[first * 128 + second]! | EMOTICON_LENGTHS[asciiLower(first) * 128 + asciiLower(second)]!;
}
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** False only when no emoticon (nor its lower-cased spelling) can start with these two ASCII characters. */
export function mayOpenEmoticon(first: number, second: number): boolean {
  if (!(second < 128)) return true; // non-ASCII or end of text: leave it to the full test
  return emoticonLengths(first, second) !== 0;
}

/** The longest known emoticon starting at i that ends at a boundary, or 0. */
export function matchEmoticon(text: string, i: number, atWordStart: boolean): number {
  const first = text.charCodeAt(i);
  // Letter-led emoticons ("xD", "D:") only stand alone, never inside a word.
  if (isWordChar(first) && (!atWordStart || isWordChar(text.charCodeAt(i + 1)))) return 0;
  if (first >= 128 ? !LEXICON.emoticonStarts.has(first) : EMOTICON_START[first] !== 1) return 0;
  const second = text.charCodeAt(i + 1);
  // The lengths of the emoticons that open with these two ASCII characters
  // (none: turned down here); -1, every length, for other characters.
  const pair = first < 128 && second < 128 ? emoticonLengths(first, second) : -1;
  if (pair === 0) return 0;
  // Emoticons never contain whitespace: only look as far as the next space.
  let max = 0;
  let ascii = true;
  const limit = Math.min(LEXICON.emoticonMaxLength, text.length - i);
  while (max < limit) {
    const c = text.charCodeAt(i + max);
    if (isWhitespace(c)) break;
    if (c >= 128) ascii = false;
    max++;
  }
  // Only the lengths of emoticons that open with these two characters ("..."
  // is tried at no length); every length when some character is not ASCII,
  // whose lower case may be longer.
  const lengths = ascii ? pair : -1;
  for (let len = max; len >= 2; len--) {
    if ((lengths & (1 << len)) === 0) continue;
    const after = text.charCodeAt(i + len);
    // The emoticon must end the token: ":Design" is not ":D".
    if (i + len < text.length && isWordChar(after) && isWordChar(text.charCodeAt(i + len - 1))) continue;
    const candidate = text.slice(i, i + len);
    if (LEXICON.emoticons.has(candidate) || LEXICON.emoticons.has(candidate.toLowerCase())) return len;
  }
  return 0;
}
