import { stripEmojiModifiers } from './lexicon';
import { emojiClusterEnd, isEmojiStart, isLetter, isLower, isUpper, isWhitespace, isWordChar, punctFor } from './char-classes';
import { EMOTICON_START, matchEmoticon, mayOpenEmoticon } from './emoticons';
import { CAPS, CASED, CURLY, ELONGATED, ENDS_IN_NT, HYPHENATED, Token, TokenKind, lowerOf } from './token';
import { WORD_HASH_SEED, wordHashEnd, wordHashStep } from './word-filter';
import { TokenBuffer } from '../token-buffer';

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

export { isWordChar } from './char-classes';

const buffer = new TokenBuffer<Token>();

/**
 * Single-pass tokenizer over UTF-16 code units. Every token keeps the
 * [start, end) offsets of the characters it came from in the ORIGINAL text,
 * so contributions can be highlighted exactly. Unlike the `sentiment`
 * package's tokenizer it keeps emoticons (":)", ":D", "<3"), emoji,
 * clause punctuation and case.
 */
export function tokenize(text: string): TokenizedText {
  buffer.begin();
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
        buffer.push(new Token(TokenKind.Emoticon, text, i, i + len, -1, 0, s, s));
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
      buffer.push(new Token(TokenKind.Word, text, start, i, ascii ? wordHashEnd(hash) : -1, shape, null, null));
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
      buffer.push(new Token(TokenKind.Emoji, text, i, end, -1, 0, s, stripEmojiModifiers(s)));
      i = end;
      continue;
    }
    const p = punctFor(c);
    if (p !== undefined) {
      if (p === '!') exclamations++;
      else if (p === '?') questions++;
      buffer.push(new Token(TokenKind.Punct, text, i, i + 1, -1, 0, text[i] ?? p, p));
    }
    // Other symbols (quotes, brackets, '#', '-') only separate words.
    i++;
  }
  return { tokens: buffer.take(), wordCount, capsWordCount, exclamations, questions };
}
