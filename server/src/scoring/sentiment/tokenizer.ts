import { LEXICON, stripEmojiModifiers } from './lexicon';
import { CAPS, CASED, CURLY, ELONGATED, ENDS_IN_NT, HYPHENATED, Token, TokenKind, lowerOf } from './token';
import { WORD_HASH_SEED, wordHashEnd, wordHashStep } from './word-filter';

export interface TokenizedText {
  tokens: Token[];
  /** Words with at least one letter, and how many of them are ALL-CAPS. */
  wordCount: number;
  capsWordCount: number;
  exclamations: number;
  questions: number;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
// ASCII letters (1) and digits (2), one table lookup instead of range tests
// for the character tests made at every character.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isLower(c) || isUpper(c) ? 1 : isDigit(c) ? 2 : 0;
/** Latin letters with diacritics (é, ï, ß...); false past the end of the text (NaN). */
function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}
/** ASCII letters plus Latin letters with diacritics (é, ï, ß...). */
function isLetter(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : isLatinLetter(c);
}
export function isWordChar(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] !== 0 : isLatinLetter(c);
}
/** Pictographs: astral-plane symbols (surrogate pairs) and the BMP dingbat/symbol blocks. */
function isEmojiStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x2764;
}

function punctFor(c: number): string | undefined {
  switch (c) {
    case 33: return '!';
    case 63: return '?';
    case 46: case 0x2026: return '.';
    case 44: case 0x2013: case 0x2014: return ',';
    case 59: return ';';
    case 58: return ':';
    default: return undefined;
  }
}

/** ASCII characters that can open an emoticon, for a cheap first test. */
const EMOTICON_START = new Uint8Array(128);
for (const code of LEXICON.emoticonStarts) if (code < 128) EMOTICON_START[code] = 1;

/**
 * ASCII pairs that open an emoticon (as listed, or once lower-cased), so that
 * "@USER" or "(the" is turned down without slicing candidates.
 */
const EMOTICON_PAIR = new Uint8Array(128 * 128);
for (const key of LEXICON.emoticons.keys()) {
  const a = key.charCodeAt(0);
  const b = key.charCodeAt(1);
  if (a < 128 && b < 128) EMOTICON_PAIR[a * 128 + b] = 1;
}
/** Bit n: some emoticon of length n opens with this ASCII pair (as listed, or once lower-cased). */
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
function mayOpenEmoticon(first: number, second: number): boolean {
  if (!(second < 128)) return true; // non-ASCII or end of text: leave it to the full test
  return EMOTICON_PAIR[first * 128 + second] === 1 || EMOTICON_PAIR[asciiLower(first) * 128 + asciiLower(second)] === 1;
}

/** The longest known emoticon starting at i that ends at a boundary, or 0. */
function matchEmoticon(text: string, i: number, atWordStart: boolean): number {
  const first = text.charCodeAt(i);
  // Letter-led emoticons ("xD", "D:") only stand alone, never inside a word.
  if (isWordChar(first) && (!atWordStart || isWordChar(text.charCodeAt(i + 1)))) return 0;
  if (first >= 128 ? !LEXICON.emoticonStarts.has(first) : EMOTICON_START[first] !== 1) return 0;
  if (first < 128 && !mayOpenEmoticon(first, text.charCodeAt(i + 1))) return 0;
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
  const lengths = ascii ? emoticonLengths(first, text.charCodeAt(i + 1)) : -1;
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

function emojiClusterEnd(text: string, i: number): number {
  let j = i + (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1);
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0f || c === 0xfe0e) j += 1;
    else if (c === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2; // skin tone
    else if (c === 0x200d && j + 1 < text.length) j += text.charCodeAt(j + 1) >= 0xd800 && text.charCodeAt(j + 1) <= 0xdbff ? 3 : 2; // ZWJ
    else return j;
  }
}

// Tokens are collected here and copied out at the end, into an array of
// their exact number: growing a new array push by push allocates (and
// copies) it two or three times over. Tokenizing is synchronous, so one
// buffer serves every call; it holds the last comment's tokens until the next.
const scratch: Token[] = [];

/**
 * Single-pass tokenizer over UTF-16 code units. Every token keeps the
 * [start, end) offsets of the characters it came from in the ORIGINAL text,
 * so contributions can be highlighted exactly. Unlike the `sentiment`
 * package's tokenizer it keeps emoticons (":)", ":D", "<3"), emoji,
 * clause punctuation and case.
 */
export function tokenize(text: string): TokenizedText {
  const tokens = scratch;
  let count = 0;
  const n = text.length;
  let wordCount = 0;
  let capsWordCount = 0;
  let exclamations = 0;
  let questions = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    const wordChar = isWordChar(c);
    // The character after, a space past the end (as NaN, it would make these reads floating-point).
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    // Emoticons first: they are made of the same characters as punctuation.
    // (Two word characters in a row never open one: most words skip the
    // test, and the look back at the character before.)
    if (!(wordChar && isWordChar(next)) && (c === 58 || c === 59 || c === 61 || c === 60 || i === 0 || !isWordChar(text.charCodeAt(i - 1))) &&
      // The first tests of `matchEmoticon`, here so that "@USER", "." or "," costs no call.
      (c >= 128 || (EMOTICON_START[c] === 1 && mayOpenEmoticon(c, next)))) {
      const len = matchEmoticon(text, i, i === 0 || isWhitespace(text.charCodeAt(i - 1)));
      if (len > 0) {
        const s = text.slice(i, i + len);
        tokens[count++] = new Token(TokenKind.Emoticon, text, i, i + len, -1, 0, s, s);
        i += len;
        continue;
      }
    }
    if (wordChar) {
      const start = i;
      let upper = 0;
      let lowerCount = 0;
      let run = 0;
      let elongated = false;
      let prev = -1;
      let hasCurly = false;
      let hash = WORD_HASH_SEED;
      let ascii = true;
      let hyphenated = false;
      while (i < n) {
        let d = text.charCodeAt(i);
        // Lower-case ASCII letters (most characters of most words) take a
        // short path of their own: a letter needs no more tests.
        if (isLower(d)) {
          lowerCount++;
          hash = wordHashStep(hash, d);
          run = d === prev ? run + 1 : 1;
          if (run >= 3) elongated = true;
          prev = d;
          i++;
          continue;
        } else if (d === 32) {
          break; // the usual end of a word, ruled out before the tests below
        } else if (isUpper(d)) {
          upper++;
          d += 32;
        } else if (d === APOSTROPHE || d === RIGHT_QUOTE) {
          // Keep apostrophes inside words ("don't"), drop quotes around them.
          if (!isLetter(text.charCodeAt(i + 1))) break;
          if (d === RIGHT_QUOTE) {
            // `lower` has a plain apostrophe there, and so does the hash.
            hasCurly = true;
            d = APOSTROPHE;
          }
        } else if (d === HYPHEN) {
          // Hyphenated compounds stay one word ("so-so", "mock-ups", "car-free").
          if (!isLetter(text.charCodeAt(i + 1))) break;
          hyphenated = true;
        } else if (!isWordChar(d)) break;
        else if (d >= 128) ascii = false;
        hash = wordHashStep(hash, d);
        run = d === prev ? run + 1 : 1;
        if (run >= 3 && isLetter(d)) elongated = true;
        prev = d;
        i++;
      }
      const length = i - start;
      let shape = (upper > 0 || lowerCount + upper < length ? CASED : 0) | (hasCurly ? CURLY : 0);
      // URLs carry no sentiment and are full of emoticon look-alikes (":/").
      // (The length first: each read of the text costs more than a compare.)
      if ((length === 4 || length === 5) && text.charCodeAt(i) === 58) {
        const lower = lowerOf(text.slice(start, i), shape);
        if (lower === 'http' || lower === 'https') {
          while (i < n && !isWhitespace(text.charCodeAt(i))) i++;
          continue;
        }
      }
      const caps = upper > 0 && lowerCount === 0;
      if (upper + lowerCount > 0) {
        wordCount++;
        if (caps && upper > 1) capsWordCount++;
      }
      if (caps && upper > 1) shape |= CAPS;
      if (elongated) shape |= ELONGATED;
      if (hyphenated) shape |= HYPHENATED;
      // `prev` is the last character, lower-cased: most words are ruled out without reading the text again.
      if (length > 3 && prev === 116 /* t */) {
        const quote = text.charCodeAt(i - 2);
        if ((quote === APOSTROPHE || quote === RIGHT_QUOTE) && (text.charCodeAt(i - 3) | 32) === 110 /* n */) shape |= ENDS_IN_NT;
      }
      tokens[count++] = new Token(TokenKind.Word, text, start, i, ascii ? wordHashEnd(hash) : -1, shape, null, null);
      continue;
    }
    if (c === 64 /* @ */ && isWordChar(next)) {
      // @mentions name people, not feelings.
      i++;
      while (i < n && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      continue;
    }
    if (c === 38 /* & */ && isLetter(next)) {
      // HTML entities such as &amp; (&lt;3 was already matched as an emoticon).
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j)) && j - i < 8) j++;
      if (text.charCodeAt(j) === 59) {
        i = j + 1;
        continue;
      }
    }
    if (isEmojiStart(c)) {
      const end = emojiClusterEnd(text, i);
      const s = text.slice(i, end);
      tokens[count++] = new Token(TokenKind.Emoji, text, i, end, -1, 0, s, stripEmojiModifiers(s));
      i = end;
      continue;
    }
    const p = punctFor(c);
    if (p !== undefined) {
      if (p === '!') exclamations++;
      else if (p === '?') questions++;
      tokens[count++] = new Token(TokenKind.Punct, text, i, i + 1, -1, 0, text[i] ?? p, p);
    }
    // Other symbols (quotes, brackets, '#', '-') only separate words.
    i++;
  }
  return { tokens: tokens.slice(0, count), wordCount, capsWordCount, exclamations, questions };
}
