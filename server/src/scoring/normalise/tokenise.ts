import { foldText, originalEnd, originalStart, toOriginalSpan, type FoldedText } from './fold-text';
import { ROOT_SEEN, ROOT_WATCH, SINGLE_RUN, breakToken, isSingle, makeToken, scanWords, unleet } from './scan-words';
import type { Token } from './token';
import { TokenBuffer } from '../token-buffer';

export type { Token, TokenKind } from './token';

/**
 * The comment as the detectors see it: folded text, tokens, and `canonical`,
 * the token keys joined by single spaces (sentence breaks as "."), so phrase
 * rules are plain regexes that already ignore leetspeak, spacing and case.
 */
export interface NormalisedText extends FoldedText {
  tokens: Token[];
  /** Some word's key is not its text as written (leetspeak, elongation, spacing, apostrophes). */
  decoded: boolean;
  canonical: string;
  /** Offset in `canonical` where each token starts. */
  canonStarts: readonly number[];
  /** Which detectors' anchor words occur (see flags/anchor-index.ts); -1 until computed. */
  anchorMask: number;
  /** Anchor groups of each token, filled in with `anchorMask`. */
  tokenAnchors: number[] | null;
  /** `folded` has a profanity root (see flags/profanity-words.ts), as found while scanning. */
  rootInFolded: boolean;
}

// Spaced-out letters ("a s s h o l e", "f.u.c.k") are joined when the gaps
// between single characters are this short and hold no line break.
function isSpacedGap(folded: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    // space tab . - _ , * ~ / \
    if (!(c === 32 || c === 9 || c === 46 || c === 45 || c === 95 || c === 44 || c === 42 || c === 126 || c === 47 || c === 92)) return false;
  }
  return true;
}

function joinSpacedLetters(folded: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (
      j < tokens.length && isSingle(tokens[j]!) &&
      (j === i || isSpacedGap(folded, tokens[j - 1]!.end, tokens[j]!.start))
    ) j++;
    if (j - i >= 3) {
      let key = '';
      for (let k = i; k < j; k++) key += unleet(tokens[k]!.key);
      const joined = makeToken('word', key, tokens[i]!.start, tokens[j - 1]!.end);
      joined.disguised = true; // spacing letters out is a disguise
      out.push(joined);
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

function hasSentenceBreak(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    // . ? ! ; and newline
    if (c === 46 || c === 63 || c === 33 || c === 59 || c === 10) return true;
  }
  return false;
}

const buffer = new TokenBuffer<Token>();

export function tokenise(folded: string): Token[] {
  return scan(folded).tokens;
}

function scan(folded: string): { tokens: Token[]; rootSeen: boolean } {
  // One pass does it all, unless single letters in a row may spell a word.
  const found = scanWords(folded, buffer, true);
  const scanned = buffer.take();
  const rootSeen = (found & ROOT_SEEN) !== 0;
  if ((found & SINGLE_RUN) === 0) return { tokens: scanned, rootSeen };
  scanWords(folded, buffer, false);
  const raw = joinSpacedLetters(folded, buffer.take());
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const t of raw) {
    if (prevEnd >= 0 && hasSentenceBreak(folded, prevEnd, t.start)) tokens.push(breakToken(prevEnd));
    tokens.push(t);
    prevEnd = t.end;
  }
  return { tokens, rootSeen };
}

const NON_ASCII_LETTER = /(?![a-zA-Z])\p{L}/u;

/** Whether the original characters behind a (never empty) word token include a non-ASCII letter. */
function writtenWithLookAlikes(folded: FoldedText, t: Token): boolean {
  const from = originalStart(folded, t.start);
  const to = originalEnd(folded, t.end);
  const original = folded.original;
  for (let i = from; i < to; i++) {
    if (original.charCodeAt(i) >= 128) return NON_ASCII_LETTER.test(original.slice(from, to));
  }
  return false;
}

/**
 * The normalised comment. `canonical` and `canonStarts` are built on first
 * use: only phrase rules need them, and most comments have no anchor word
 * for any phrase rule.
 */
class Normalised implements NormalisedText {
  anchorMask = -1;
  tokenAnchors: number[] | null = null;
  private canonicalText: string | null = null;
  private starts: number[] | null = null;

  constructor(
    readonly original: string,
    readonly folded: string,
    readonly origStart: Int32Array | null,
    readonly origEnd: Int32Array | null,
    readonly tokens: Token[],
    readonly decoded: boolean,
    readonly capitals: number,
    readonly nonAscii: boolean,
    readonly nonAsciiLetters: boolean,
    readonly digits: number,
    readonly rootInFolded: boolean,
  ) {}

  get canonical(): string {
    if (this.canonicalText === null) this.buildCanonical();
    return this.canonicalText!;
  }

  get canonStarts(): readonly number[] {
    if (this.starts === null) this.buildCanonical();
    return this.starts!;
  }

  private buildCanonical(): void {
    // Plain arrays: small typed arrays cost more to allocate than they save.
    // One join copies every key once; adding them one by one builds a chain
    // of string pieces the regexes then have to flatten.
    const n = this.tokens.length;
    const starts: number[] = new Array<number>(n);
    const keys: string[] = new Array<string>(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const key = this.tokens[i]!.key;
      starts[i] = at;
      keys[i] = key;
      at += key.length + 1;
    }
    this.canonicalText = keys.join(' ');
    this.starts = starts;
  }
}

/** A comment with no tokens, for when normalising failed: detectors on the original text still work. */
export function unnormalised(original: string): NormalisedText {
  const folded = original.toLowerCase();
  return new Normalised(original, folded, null, null, [], false, original.length, true, true, original.length, ROOT_WATCH.test(folded));
}

export function normalise(original: string): NormalisedText {
  const folded = foldText(original);
  const { tokens, rootSeen } = scan(folded.folded);
  let decoded = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    // A token whose letters were folded from non-ASCII look-alikes is disguised too
    // (only possible when the comment has non-ASCII letters at all, not only emoji).
    if (folded.nonAsciiLetters && !t.disguised) t.disguised = writtenWithLookAlikes(folded, t);
    // A plain word's key is its text as written (and is not read here, so not made).
    if (t.disguised || (!t.plain && (t.squeezed !== null || t.key.length !== t.end - t.start))) decoded = true;
  }
  return new Normalised(original, folded.folded, folded.origStart, folded.origEnd, tokens, decoded, folded.capitals, folded.nonAscii, folded.nonAsciiLetters, folded.digits, rootSeen);
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
