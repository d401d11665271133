// Text normalisation for the per-site model. Moderated comments hide words
// behind leetspeak ("1d10t"), elongation ("stuuuupid") and case, and carry
// noise that identifies nobody's standard (user handles, links). Folding those
// lets a handful of decisions generalise to the next spelling of the same word.
//
// Written as a single scan over char codes rather than regexes, writing the
// tokens' code units into a TokenBuffer: tokenising is a large share of the
// cost of a prediction, and predictions must stay cheap.
import { TokenBuffer } from './token-buffer';

/** Placeholder tokens, so "@USER" in OLID and a real "@alice" look the same. */
export const USER_TOKEN = '@user';
export const URL_TOKEN = 'url';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AT = 0x40;
const DOLLAR = 0x24;
const STAR = 0x2a;

// Folded only inside tokens that also contain a letter, so "2020" stays.
const LEET: Record<number, string> = {
  0x30: 'o', // 0
  0x31: 'i', // 1
  0x33: 'e', // 3
  0x34: 'a', // 4
  0x35: 's', // 5
  0x37: 't', // 7
  [AT]: 'a',
  [DOLLAR]: 's',
  [STAR]: '',
};

// What each ASCII character is to the scanner, one table lookup per
// character instead of a chain of range tests (the text is lower-cased, so
// no upper-case letter is left).
const LETTER = 1;
const DIGIT = 2;
/** "@", "$" and "*": leet inside a word. */
const LEET_MARK = 4;
const QUOTE = 8;
const SPACE = 16;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = LETTER;
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = DIGIT;
for (const c of [AT, DOLLAR, STAR]) ASCII_CLASS[c] = LEET_MARK;
ASCII_CLASS[APOSTROPHE] = QUOTE;
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) ASCII_CLASS[c] = SPACE;

function isWordChar(text: string, i: number, c: number): boolean {
  if (c < 0x80) {
    const cls = ASCII_CLASS[c];
    return cls === LETTER || cls === DIGIT;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
function isWhitespace(c: number): boolean {
  if (c < 0x80) return ASCII_CLASS[c] === SPACE;
  return c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/**
 * Slow path for a token that needs leet folding, apostrophe removal or
 * de-elongation: writes s[start, end) folded into `out`, by code point.
 */
function foldToken(s: string, start: number, end: number, leet: boolean, out: TokenBuffer): void {
  // The last two code points written, for de-elongation.
  let last = -1;
  let beforeLast = -1;
  for (let i = start; i < end; ) {
    const cp = s.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (cp === APOSTROPHE || cp === RIGHT_QUOTE) continue;
    const folded = leet && cp < 0x80 ? LEET[cp] : undefined;
    if (folded === '') continue;
    const mapped = folded === undefined ? cp : folded.charCodeAt(0);
    // "soooo" and "sooo" both become "soo": keeps the difference from "so".
    if (mapped === last && mapped === beforeLast) continue;
    if (mapped > 0xffff) out.pushString(String.fromCodePoint(mapped));
    else out.push(mapped);
    beforeLast = last;
    last = mapped;
  }
}

/** Lower-cased, folded tokens of a comment, in order. Deterministic and pure. */
export function normaliseTokens(text: string): string[] {
  const tokens = scanTokens(text, new TokenBuffer());
  return Array.from({ length: tokens.count }, (_, t) => tokens.text(t));
}

/** normaliseTokens into a reusable buffer (reset first). */
export function scanTokens(text: string, tokens: TokenBuffer): TokenBuffer {
  const s = text.toLowerCase();
  tokens.reset(s);
  const len = s.length;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    // Links and user handles become placeholders (at a token start only).
    if ((c === 0x68 && (s.startsWith('http://', i) || s.startsWith('https://', i))) || (c === 0x77 && s.startsWith('www.', i))) {
      tokens.begin(true);
      tokens.pushString(URL_TOKEN);
      tokens.end();
      while (i < len && !isWhitespace(s.charCodeAt(i))) i++;
      continue;
    }
    if (c === AT && i + 1 < len && isWordChar(s, i + 1, s.charCodeAt(i + 1))) {
      tokens.begin(true);
      tokens.pushString(USER_TOKEN);
      tokens.end();
      i++;
      while (i < len && (isWordChar(s, i, s.charCodeAt(i)) || s.charCodeAt(i) === 0x5f)) i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) < 0xdc00 ? 2 : 1;
      continue;
    }
    const wordStart = isWordChar(s, i, c) || ((c === DOLLAR || c === AT) && i + 1 < len && isWordChar(s, i + 1, s.charCodeAt(i + 1)));
    if (!wordStart) {
      const cp = s.codePointAt(i) ?? c;
      const width = cp > 0xffff ? 2 : 1;
      if (cp >= 0x80 && PICTOGRAPHIC.test(String.fromCodePoint(cp))) {
        tokens.begin();
        for (let j = i; j < i + width; j++) tokens.push(s.charCodeAt(j));
        tokens.end();
      }
      i += width;
      continue;
    }
    const start = i;
    // Classes seen so far in the word; letterAfterDigit: a letter came after a digit.
    let seen = 0;
    let letterAfterDigit = false;
    let needsFold = false;
    let run = 0;
    let prev = -1;
    while (i < len) {
      const d = s.charCodeAt(i);
      let width = 1;
      if (d < 0x80) {
        const cls = ASCII_CLASS[d] ?? 0;
        if (cls === 0 || cls === SPACE) break;
        if (cls === LETTER) letterAfterDigit ||= (seen & DIGIT) !== 0;
        seen |= cls;
      } else if (d === RIGHT_QUOTE) seen |= QUOTE;
      else if (isWordChar(s, i, d)) {
        seen |= LETTER;
        if (d >= 0xd800 && d < 0xdc00) width = 2;
      } else break;
      if (d === prev) {
        if (++run === 3) needsFold = true;
      } else run = 1;
      prev = d;
      i += width;
    }
    const hasLetter = (seen & LETTER) !== 0;
    const hasLeet = (seen & LEET_MARK) !== 0;
    if ((seen & QUOTE) !== 0) needsFold = true;
    // Trailing apostrophes/stars belong to the punctuation, not the word.
    let end = i;
    while (end > start + 1) {
      const d = s.charCodeAt(end - 1);
      if (d !== APOSTROPHE && d !== RIGHT_QUOTE && d !== STAR) break;
      end--;
    }
    // Digits are leet only with a letter after them ("1d10t"), so "trump2020"
    // and "covid19" keep their numbers; "$", "@" and "*" always fold ("a$$").
    const leet = hasLetter && (hasLeet || letterAfterDigit);
    if (leet || needsFold) {
      tokens.begin();
      foldToken(s, start, end, leet, tokens);
    } else {
      tokens.begin(false, start);
      tokens.pushRange(s, start, end);
    }
    tokens.end();
  }
  return tokens;
}
