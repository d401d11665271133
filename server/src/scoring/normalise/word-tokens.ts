import { ScannedToken, type Token, type TokenKind } from './token';
import { keyHash, keyHashOf } from './key-hash';
import { digitsAreNumeric, isCensoredShape } from './word-shapes';

// The tokens `scanWords` makes, and the character classes it reads them by.
// Only words with digits, symbols or non-ASCII letters take `makeWord`.

const LEET = new Map<number, string>([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'],
  ['@', 'a'], ['$', 's'], ['!', 'i'], ['+', 't'], ['|', 'l'],
].map(([from, to]) => [from!.charCodeAt(0), to!]));

/** Leetspeak letter for a single character, or the character itself. */
export function unleet(ch: string): string {
  return ch.length === 1 ? LEET.get(ch.charCodeAt(0)) ?? ch : ch;
}

// ASCII token characters: a-z 0-9 @ $ * ! + | # ' (the folded text is lower-case).
const ASCII_TOKEN_CHAR = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyz0123456789@$*!+|#'") ASCII_TOKEN_CHAR[ch.charCodeAt(0)] = 1;
// Characters trimmed off a word's edges: "idiot!!", "'quoted'".
const EDGE_JUNK = new Uint8Array(128);
for (const ch of "!|+*'") EDGE_JUNK[ch.charCodeAt(0)] = 1;
const RIGHT_QUOTE = 0x2019;

const UNICODE_TOKEN_CHAR = /^[\p{L}\p{N}\p{M}’]$/u;
const UNICODE_LETTER = /^\p{L}$/u;
const unicodeClass = new Map<number, number>(); // bit 1: token char, bit 2: letter
function unicodeClassOf(c: number): number {
  let known = unicodeClass.get(c);
  if (known === undefined) {
    const ch = String.fromCharCode(c);
    known = (UNICODE_TOKEN_CHAR.test(ch) ? 1 : 0) | (UNICODE_LETTER.test(ch) ? 2 : 0);
    if (unicodeClass.size < 20_000) unicodeClass.set(c, known);
  }
  return known;
}

export function isTokenChar(c: number): boolean {
  if (c < 128) return ASCII_TOKEN_CHAR[c] === 1;
  // Surrogates: astral letters were already folded to ASCII, so what is
  // left there is emoji and symbols.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (unicodeClassOf(c) & 1) === 1;
}

function isLetter(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (unicodeClassOf(c) & 2) === 2;
}

const isEdgeJunk = (c: number) => (c < 128 ? EDGE_JUNK[c] === 1 : c === RIGHT_QUOTE);

function hasTripleLetter(key: string): boolean {
  for (let i = 2; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2)) return true;
  }
  return false;
}

const ELONGATED = /(.)\1{2,}/g;
const DOUBLED = /(.)\1+/g;

export function makeToken(kind: TokenKind, key: string, start: number, end: number, literal = false): Token {
  const masked = !literal && (key.includes('*') || key.includes('#'));
  const elongated = !literal && hasTripleLetter(key);
  const cut = elongated ? key.replace(ELONGATED, '$1$1') : key;
  const squeezed = elongated ? key.replace(DOUBLED, '$1') : null;
  return new ScannedToken(kind, cut, '', keyHash(cut), squeezed, masked, masked, false, false, start, end);
}

/**
 * A plain a-z word of the folded text: no masks to look for, only elongation
 * (3+ of a letter in a row). `hash` is its key's; the key itself is sliced
 * from `folded` only if some detector reads it.
 */
export function plainToken(folded: string, hash: number, start: number, end: number, elongated: boolean): Token {
  if (elongated) return makeToken('word', folded.slice(start, end), start, end);
  return new ScannedToken('word', null, folded, hash, null, false, false, false, true, start, end);
}

/**
 * A #tag or @name of plain letters, as `makeWord` makes it: its key is all of
 * it as written (sliced only if some detector reads it), hashed sign included.
 */
export function tagToken(folded: string, start: number, end: number): Token {
  const kind = folded.charCodeAt(start) === 64 ? 'mention' : 'hashtag';
  return new ScannedToken(kind, null, folded, keyHashOf(folded, start, end), null, false, false, false, false, start, end);
}

/** A word with digits, symbols or non-ASCII characters. */
export function makeWord(raw: string, start: number, end: number): Token | null {
  const first = raw.charCodeAt(0);
  const second = raw.length > 1 ? raw.charCodeAt(1) : 0;
  if ((first === 64 || first === 35) && (isLetter(second) || (second >= 48 && second <= 57))) {
    let e = raw.length;
    while (e > 1 && isEdgeJunk(raw.charCodeAt(e - 1))) e--;
    return makeToken(first === 64 ? 'mention' : 'hashtag', raw.slice(0, e), start, end, true);
  }
  // "f***", "b*****": a word its writer censored; the stars are the word, not edge junk.
  if (isCensoredShape(raw)) {
    return new ScannedToken('word', raw, '', keyHash(raw), null, true, true, false, false, start, end);
  }
  let a = 0;
  let b = raw.length;
  while (a < b && isEdgeJunk(raw.charCodeAt(a))) a++;
  while (b > a && isEdgeJunk(raw.charCodeAt(b - 1))) b--;
  if (a === b) return null;
  const trimmed = a === 0 && b === raw.length ? raw : raw.slice(a, b);
  const s = start + a;
  const e = start + b;
  let letters = 0;
  let apostrophes = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 39 || c === RIGHT_QUOTE) apostrophes++;
    else if (isLetter(c)) letters++;
  }
  const contraction = apostrophes > 0;
  if (letters === 0) return makeToken('number', trimmed, s, e, true);
  let key = '';
  let changed = 0;
  const decode = letters >= 2 || trimmed.length - apostrophes >= 3;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 39 || c === RIGHT_QUOTE) continue;
    const mapped = decode ? LEET.get(c) : undefined;
    if (mapped !== undefined) { changed++; key += mapped; } else key += trimmed[i];
  }
  const token = makeToken('word', key, s, e);
  // A few swapped characters is a disguise; "kag2020" and "10th" are not.
  token.disguised = token.masked || (changed > 0 && changed <= 3 && letters >= 2 && !digitsAreNumeric(trimmed));
  token.contraction = contraction;
  return token;
}

