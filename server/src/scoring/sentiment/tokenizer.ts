import { LEXICON, stripEmojiModifiers } from './lexicon';
import { WORD_HASH_SEED, wordHashStep } from './word-filter';

/**
 * Single-pass tokenizer over UTF-16 code units. Every token keeps the
 * [start, end) offsets of the characters it came from in the ORIGINAL text,
 * so contributions can be highlighted exactly. Unlike the `sentiment`
 * package's tokenizer it keeps emoticons (":)", ":D", "<3"), emoji,
 * clause punctuation and case.
 */
export const enum TokenKind {
  Word = 0,
  Emoticon = 1,
  Emoji = 2,
  /** Clause or sentence punctuation: , ; : . ! ? and dashes (text normalised). */
  Punct = 3,
}

export interface Token {
  kind: TokenKind;
  /** The original characters. */
  text: string;
  /** Lower-case with curly apostrophes as '; emoji without modifiers; punctuation normalised. */
  lower: string;
  start: number;
  end: number;
  /** Word with letters all upper-case ("GREAT"). */
  caps: boolean;
  /** Word with a letter repeated 3+ times ("sooo"). */
  elongated: boolean;
  /** `wordHash(lower)` for all-ASCII words, else -1 (see word-filter.ts). */
  hash: number;
}

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
/** ASCII letters plus Latin letters with diacritics (é, ï, ß...). */
function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
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
  const limit = Math.min(LEXICON.emoticonMaxLength, text.length - i);
  while (max < limit && !isWhitespace(text.charCodeAt(i + max))) max++;
  for (let len = max; len >= 2; len--) {
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

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
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
    const prevIsWord = i > 0 && isWordChar(text.charCodeAt(i - 1));
    // Emoticons first: they are made of the same characters as punctuation.
    // (Two word characters in a row never open one: skip the call for most words.)
    if ((!prevIsWord || c === 58 || c === 59 || c === 61 || c === 60) && !(isWordChar(c) && isWordChar(text.charCodeAt(i + 1)))) {
      const len = matchEmoticon(text, i, i === 0 || isWhitespace(text.charCodeAt(i - 1)));
      if (len > 0) {
        const s = text.slice(i, i + len);
        tokens.push({ kind: TokenKind.Emoticon, text: s, lower: s, start: i, end: i + len, caps: false, elongated: false, hash: -1 });
        i += len;
        continue;
      }
    }
    if (isWordChar(c)) {
      const start = i;
      let upper = 0;
      let lowerCount = 0;
      let run = 0;
      let elongated = false;
      let prev = -1;
      let hasCurly = false;
      let hash = WORD_HASH_SEED;
      let ascii = true;
      while (i < n) {
        let d = text.charCodeAt(i);
        // Lower-case ASCII letters first: most characters of most words.
        if (isLower(d)) lowerCount++;
        else if (isUpper(d)) {
          upper++;
          d += 32;
        } else if (d === APOSTROPHE || d === RIGHT_QUOTE) {
          // Keep apostrophes inside words ("don't"), drop quotes around them.
          if (!isLetter(text.charCodeAt(i + 1))) break;
          if (d === RIGHT_QUOTE) {
            hasCurly = true;
            ascii = false;
          }
        } else if (d === HYPHEN) {
          // Hyphenated compounds stay one word ("so-so", "mock-ups", "car-free").
          if (!isLetter(text.charCodeAt(i + 1))) break;
        } else if (!isWordChar(d)) break;
        else if (d >= 128) ascii = false;
        hash = wordHashStep(hash, d);
        run = d === prev ? run + 1 : 1;
        if (run >= 3 && isLetter(d)) elongated = true;
        prev = d;
        i++;
      }
      const word = text.slice(start, i);
      // Most words are already lower-case: skip the copy then.
      let lower = upper > 0 || lowerCount + upper < i - start ? word.toLowerCase() : word;
      if (hasCurly) lower = lower.replaceAll('\u2019', "'");
      // URLs carry no sentiment and are full of emoticon look-alikes (":/").
      if ((lower === 'http' || lower === 'https') && text.charCodeAt(i) === 58) {
        while (i < n && !isWhitespace(text.charCodeAt(i))) i++;
        continue;
      }
      const caps = upper > 0 && lowerCount === 0;
      if (upper + lowerCount > 0) {
        wordCount++;
        if (caps && upper > 1) capsWordCount++;
      }
      tokens.push({ kind: TokenKind.Word, text: word, lower, start, end: i, caps: caps && upper > 1, elongated, hash: ascii ? hash >>> 0 : -1 });
      continue;
    }
    if (c === 64 /* @ */ && isWordChar(text.charCodeAt(i + 1))) {
      // @mentions name people, not feelings.
      i++;
      while (i < n && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      continue;
    }
    if (c === 38 /* & */ && isLetter(text.charCodeAt(i + 1))) {
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
      tokens.push({ kind: TokenKind.Emoji, text: s, lower: stripEmojiModifiers(s), start: i, end, caps: false, elongated: false, hash: -1 });
      i = end;
      continue;
    }
    const p = punctFor(c);
    if (p !== undefined) {
      if (p === '!') exclamations++;
      else if (p === '?') questions++;
      tokens.push({ kind: TokenKind.Punct, text: text[i] ?? p, lower: p, start: i, end: i + 1, caps: false, elongated: false, hash: -1 });
    }
    // Other symbols (quotes, brackets, '#', '-') only separate words.
    i++;
  }
  return { tokens, wordCount, capsWordCount, exclamations, questions };
}
