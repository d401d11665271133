// Text normalisation for the per-site model. Moderated comments hide words
// behind leetspeak ("1d10t"), elongation ("stuuuupid") and case, and carry
// noise that identifies nobody's standard (user handles, links). Folding those
// lets a handful of decisions generalise to the next spelling of the same word.
//
// Written as a single scan over char codes rather than regexes: tokenising is
// most of the cost of a prediction, and predictions must stay cheap.

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

function isAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isWordChar(text: string, i: number, c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
function isWhitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** Slow path for a token that needs leet folding, apostrophe removal or de-elongation. */
function foldToken(raw: string, leet: boolean): string {
  let out = '';
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c === APOSTROPHE || c === RIGHT_QUOTE) continue;
    const mapped = leet ? (LEET[c] ?? ch) : ch;
    // "soooo" and "sooo" both become "soo": keeps the difference from "so".
    if (mapped !== '' && out.length >= 2 && out.endsWith(mapped + mapped)) continue;
    out += mapped;
  }
  return out;
}

/** Lower-cased, folded tokens of a comment, in order. Deterministic and pure. */
export function normaliseTokens(text: string): string[] {
  const s = text.toLowerCase();
  const tokens: string[] = [];
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
      tokens.push(URL_TOKEN);
      while (i < len && !isWhitespace(s.charCodeAt(i))) i++;
      continue;
    }
    if (c === AT && i + 1 < len && isWordChar(s, i + 1, s.charCodeAt(i + 1))) {
      tokens.push(USER_TOKEN);
      i++;
      while (i < len && (isWordChar(s, i, s.charCodeAt(i)) || s.charCodeAt(i) === 0x5f)) i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) < 0xdc00 ? 2 : 1;
      continue;
    }
    const wordStart = isWordChar(s, i, c) || ((c === DOLLAR || c === AT) && i + 1 < len && isWordChar(s, i + 1, s.charCodeAt(i + 1)));
    if (!wordStart) {
      const cp = s.codePointAt(i) ?? c;
      const width = cp > 0xffff ? 2 : 1;
      if (cp >= 0x80 && PICTOGRAPHIC.test(String.fromCodePoint(cp))) tokens.push(s.slice(i, i + width));
      i += width;
      continue;
    }
    const start = i;
    let hasLetter = false;
    let hasLeet = false;
    let hasDigit = false;
    let letterAfterDigit = false;
    let needsFold = false;
    let run = 0;
    let prev = -1;
    while (i < len) {
      const d = s.charCodeAt(i);
      const width = d >= 0xd800 && d < 0xdc00 ? 2 : 1;
      if (isAsciiLetter(d)) {
        hasLetter = true;
        letterAfterDigit ||= hasDigit;
      } else if (isAsciiDigit(d)) hasDigit = true;
      else if (d === AT || d === DOLLAR || d === STAR) hasLeet = true;
      else if (d === APOSTROPHE || d === RIGHT_QUOTE) needsFold = true;
      else if (d >= 0x80 && isWordChar(s, i, d)) hasLetter = true;
      else break;
      run = d === prev ? run + 1 : 1;
      if (run === 3) needsFold = true;
      prev = d;
      i += width;
    }
    // Trailing apostrophes/stars belong to the punctuation, not the word.
    let end = i;
    while (end > start + 1) {
      const d = s.charCodeAt(end - 1);
      if (d !== APOSTROPHE && d !== RIGHT_QUOTE && d !== STAR) break;
      end--;
    }
    const raw = s.slice(start, end);
    // Digits are leet only with a letter after them ("1d10t"), so "trump2020"
    // and "covid19" keep their numbers; "$", "@" and "*" always fold ("a$$").
    const leet = hasLetter && (hasLeet || letterAfterDigit);
    const token = leet || needsFold ? foldToken(raw, leet) : raw;
    if (token !== '') tokens.push(token);
  }
  return tokens;
}
