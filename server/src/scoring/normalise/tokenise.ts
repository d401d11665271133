import { foldText, toOriginalSpan, type FoldedText } from './fold-text';

export type TokenKind = 'word' | 'mention' | 'hashtag' | 'number' | 'break';

export interface Token {
  kind: TokenKind;
  /** Lower-case, leetspeak decoded ("sh1t" → "shit"), runs of 3+ letters cut to 2. */
  key: string;
  /** Key with every doubled letter cut to one, only for elongated words ("fuuuuck" → "fuck"). */
  squeezed: string | null;
  /** Contains `*` or `#` standing in for letters ("f*ck"). */
  masked: boolean;
  /** Spelled with digits, symbols or non-ASCII look-alikes ("sh1t", "fuсk", "f*ck"). */
  disguised: boolean;
  /** Had an apostrophe ("he'll"), which the key drops. */
  contraction: boolean;
  /** Offsets into the folded text. */
  start: number;
  end: number;
}

/**
 * The comment as the detectors see it: folded text, tokens, and `canonical`,
 * the token keys joined by single spaces (sentence breaks as "."), so phrase
 * rules are plain regexes that already ignore leetspeak, spacing and case.
 */
export interface NormalisedText extends FoldedText {
  tokens: Token[];
  canonical: string;
  /** Offset in `canonical` where each token starts. */
  canonStarts: Int32Array;
}

const LETTER = /\p{L}/u;
const PLAIN_WORD = /^[a-z]+$/;
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
  '@': 'a', $: 's', '!': 'i', '+': 't', '|': 'l',
};
const EDGE_JUNK = /^[!|+*'’]+|[!|+*'’]+$/g;
const APOSTROPHES = /['’]/g;
const ELONGATED = /(.)\1{2,}/g;
const DOUBLED = /(.)\1+/g;
// Spaced-out letters ("a s s h o l e", "f.u.c.k") are joined when the gaps
// between single characters are this short and hold no line break.
const SPACED_GAP = /^[ \t.\-_,*~/\\]{1,2}$/;

function makeWord(raw: string, start: number, end: number): Token | null {
  if (PLAIN_WORD.test(raw)) return finish('word', raw, start, end);
  const first = raw[0]!;
  if ((first === '@' || first === '#') && raw.length > 1 && /[\p{L}\p{N}_]/u.test(raw[1]!)) {
    return finish(first === '@' ? 'mention' : 'hashtag', raw.replace(EDGE_JUNK, ''), start, end, true);
  }
  const trimmed = raw.replace(EDGE_JUNK, '');
  if (trimmed === '') return null;
  const offset = raw.indexOf(trimmed);
  const s = start + offset;
  const e = s + trimmed.length;
  let letters = 0;
  for (const ch of trimmed) if (LETTER.test(ch)) letters++;
  if (letters === 0) return finish('number', trimmed, s, e, true);
  const contraction = trimmed.includes("'") || trimmed.includes('’');
  let key = contraction ? trimmed.replace(APOSTROPHES, '') : trimmed;
  let changed = 0;
  if (letters >= 2 || key.length >= 3) {
    let out = '';
    for (const ch of key) {
      const mapped = LEET[ch];
      if (mapped !== undefined) changed++;
      out += mapped ?? ch;
    }
    key = out;
  }
  const token = finish('word', key, s, e);
  // A few swapped characters is a disguise; "kag2020" is not.
  token.disguised = token.masked || (changed > 0 && changed <= 3 && letters >= 2);
  token.contraction = contraction;
  return token;
}

function hasTripleLetter(key: string): boolean {
  for (let i = 2; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2)) return true;
  }
  return false;
}

function finish(kind: TokenKind, key: string, start: number, end: number, literal = false): Token {
  const masked = !literal && (key.includes('*') || key.includes('#'));
  const elongated = !literal && hasTripleLetter(key);
  const cut = elongated ? key.replace(ELONGATED, '$1$1') : key;
  const squeezed = elongated ? key.replace(DOUBLED, '$1') : null;
  return { kind, key: cut, squeezed, masked, disguised: masked, contraction: false, start, end };
}

function hasSentenceBreak(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    // . ? ! ; and newline
    if (c === 46 || c === 63 || c === 33 || c === 59 || c === 10) return true;
  }
  return false;
}

function joinSpacedLetters(folded: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (
      j < tokens.length &&
      tokens[j]!.end - tokens[j]!.start === 1 &&
      tokens[j]!.kind !== 'mention' &&
      (j === i || SPACED_GAP.test(folded.slice(tokens[j - 1]!.end, tokens[j]!.start)))
    ) j++;
    if (j - i >= 3) {
      const key = tokens.slice(i, j).map((t) => LEET[t.key] ?? t.key).join('');
      out.push(finish('word', key, tokens[i]!.start, tokens[j - 1]!.end));
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

// ASCII token characters: a-z 0-9 @ $ * ! + | # ' (the folded text is lower-case).
const ASCII_TOKEN_CHAR = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyz0123456789@$*!+|#'") ASCII_TOKEN_CHAR[ch.charCodeAt(0)] = 1;

const UNICODE_TOKEN_CHAR = /^[\p{L}\p{N}\p{M}’]$/u;
const unicodeTokenChar = new Map<number, boolean>();
function isTokenChar(c: number): boolean {
  if (c < 128) return ASCII_TOKEN_CHAR[c] === 1;
  // Surrogates: astral letters were already folded to ASCII, so what is
  // left there is emoji and symbols.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = unicodeTokenChar.get(c);
  if (known === undefined) {
    known = UNICODE_TOKEN_CHAR.test(String.fromCharCode(c));
    unicodeTokenChar.set(c, known);
  }
  return known;
}

/** Raw tokens: a hand-written scan, the hot path of scoring. */
function scan(folded: string, raw: Token[]): void {
  const n = folded.length;
  for (let i = 0; i < n; ) {
    if (!isTokenChar(folded.charCodeAt(i))) { i++; continue; }
    const start = i;
    let plain = true;
    for (; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      if (!isTokenChar(c)) break;
      plain = false;
    }
    const word = folded.slice(start, i);
    const t = plain ? finish('word', word, start, i) : makeWord(word, start, i);
    if (t) raw.push(t);
  }
}

export function tokenise(folded: string): Token[] {
  const raw: Token[] = [];
  scan(folded, raw);
  const joined = joinSpacedLetters(folded, raw);
  const tokens: Token[] = [];
  for (let i = 0; i < joined.length; i++) {
    const t = joined[i]!;
    if (i > 0) {
      const prevEnd = joined[i - 1]!.end;
      if (hasSentenceBreak(folded, prevEnd, t.start)) {
        tokens.push({
          kind: 'break', key: '.', squeezed: null, masked: false, disguised: false, contraction: false,
          start: prevEnd, end: prevEnd,
        });
      }
    }
    tokens.push(t);
  }
  return tokens;
}

const NON_ASCII_LETTER = /(?![a-zA-Z])\p{L}/u;

export function normalise(original: string): NormalisedText {
  const folded = foldText(original);
  const tokens = tokenise(folded.folded);
  // A token whose letters were folded from non-ASCII look-alikes is disguised too.
  if (folded.origStart && folded.origEnd) {
    for (const t of tokens) {
      if (t.disguised || t.kind !== 'word') continue;
      const written = original.slice(folded.origStart[t.start], folded.origEnd[t.end - 1]);
      t.disguised = NON_ASCII_LETTER.test(written);
    }
  }
  const canonStarts = new Int32Array(tokens.length);
  let pos = 0;
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    canonStarts[i] = pos;
    keys.push(tokens[i]!.key);
    pos += tokens[i]!.key.length + 1;
  }
  return { ...folded, tokens, canonical: keys.join(' '), canonStarts };
}

/** Index of the token that contains canonical offset `at` (binary search). */
export function tokenIndexAt(text: NormalisedText, at: number): number {
  let lo = 0;
  let hi = text.canonStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.canonStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Original-text span of tokens [first, last]. */
export function tokensSpan(text: NormalisedText, first: number, last: number): { start: number; end: number } {
  const a = text.tokens[first];
  const b = text.tokens[last];
  if (!a || !b) return { start: 0, end: 0 };
  return toOriginalSpan(text, a.start, b.end);
}

/** Original-text span of a canonical range [start, end). */
export function canonicalSpan(text: NormalisedText, start: number, end: number): { start: number; end: number } {
  const first = tokenIndexAt(text, start);
  const last = tokenIndexAt(text, Math.max(start, end - 1));
  return tokensSpan(text, first, last);
}
