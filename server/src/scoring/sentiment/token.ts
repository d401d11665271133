// One token of the sentiment tokenizer (see tokenizer.ts).

/** What a token is. */
export const enum TokenKind {
  Word = 0,
  Emoticon = 1,
  Emoji = 2,
  /** Clause or sentence punctuation: , ; : . ! ? and dashes (text normalised). */
  Punct = 3,
}

/**
 * One token. A word's `text` and `lower` are sliced from the comment only
 * when asked for: most words are in no lexicon or list, which the scorer
 * learns from `hash` alone, so their strings are never made.
 */
export class Token {
  private textCache: string | null;
  private lowerCache: string | null;
  constructor(
    readonly kind: TokenKind,
    /** The whole comment the token is in. */
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** `wordHash(lower)` when `lower` is all ASCII, else -1 (see word-filter.ts). */
    readonly hash: number,
    /** Bits: CAPS, ELONGATED, HYPHENATED, ENDS_IN_NT, and how `lower` differs from `text` (CASED, CURLY). */
    private readonly shape: number,
    text: string | null,
    lower: string | null,
  ) {
    this.textCache = text;
    this.lowerCache = lower;
  }

  /** Word with letters all upper-case ("GREAT"). */
  get caps(): boolean {
    return (this.shape & CAPS) !== 0;
  }

  /** Word with a letter repeated 3+ times ("sooo"). */
  get elongated(): boolean {
    return (this.shape & ELONGATED) !== 0;
  }

  /** Word with a hyphen ("so-so"). */
  get hyphenated(): boolean {
    return (this.shape & HYPHENATED) !== 0;
  }

  /** Word that ends in "n't" whatever its case, longer than "n't" itself ("don't"). */
  get endsInNt(): boolean {
    return (this.shape & ENDS_IN_NT) !== 0;
  }

  /** The original characters. */
  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  /** Lower-case with curly apostrophes as '; emoji without modifiers; punctuation normalised. */
  get lower(): string {
    return (this.lowerCache ??= lowerOf(this.text, this.shape));
  }

  /**
   * Whether `lower` is the ASCII word at chars[from, from + length), for a
   * word token with a hash (ASCII but for curly apostrophes), read in place.
   */
  lowerIsAt(chars: Uint8Array, from: number, length: number): boolean {
    if (this.end - this.start !== length) return false;
    for (let k = 0; k < length; k++) {
      let c = this.source.charCodeAt(this.start + k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      if (c !== chars[from + k]) return false;
    }
    return true;
  }
}

/** `Token.shape` bits. CASED: lower-casing changes the word; CURLY: it has a curly apostrophe. */
export const CASED = 1;
export const CURLY = 2;
export const CAPS = 4;
export const ELONGATED = 8;
export const HYPHENATED = 16;
export const ENDS_IN_NT = 32;

/** A word's `lower` from its characters and `shape`. */
export function lowerOf(word: string, shape: number): string {
  // Most words are already lower-case: no copy then.
  const lower = (shape & CASED) !== 0 ? word.toLowerCase() : word;
  return (shape & CURLY) !== 0 ? lower.replaceAll('\u2019', "'") : lower;
}
