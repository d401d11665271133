import { keyHash, keyHashOf } from './key-hash';

export type TokenKind = 'word' | 'mention' | 'hashtag' | 'number' | 'break';

export interface Token {
  kind: TokenKind;
  /** Lower-case, leetspeak decoded ("sh1t" → "shit"), runs of 3+ letters cut to 2. */
  readonly key: string;
  /** `keyHash(key)` (see key-hash.ts): equal keys have equal hashes. */
  hash: number;
  /** Key with every doubled letter cut to one, only for elongated words ("fuuuuck" → "fuck"). */
  squeezed: string | null;
  /** Contains `*` or `#` standing in for letters ("f*ck"). */
  masked: boolean;
  /** Spelled with digits, symbols or non-ASCII look-alikes ("sh1t", "fuсk", "f*ck"). */
  disguised: boolean;
  /** Had an apostrophe ("he'll"), which the key drops. */
  contraction: boolean;
  /** The key is the word exactly as the folded text has it, and only letters a-z. */
  plain: boolean;
  /** Offsets into the folded text. */
  start: number;
  end: number;
  /** `keyHash(key, from)`, without making the key if it is not made yet. */
  keyHashFrom(from: number): number;
}

/**
 * The one class of every token (so property reads see one shape). A plain
 * word's key is its folded text, sliced only when first read: most keys are
 * never read (the anchor index and the spam check go by `hash`), so most of
 * those strings are never made.
 */
export class ScannedToken implements Token {
  constructor(
    public kind: TokenKind,
    /** The key, or null for a plain word's until it is read. */
    private keyText: string | null,
    /** The folded text, where a plain word's key is read from. */
    private readonly folded: string,
    public hash: number,
    public squeezed: string | null,
    public masked: boolean,
    public disguised: boolean,
    public contraction: boolean,
    public plain: boolean,
    public start: number,
    public end: number,
  ) {}

  get key(): string {
    return (this.keyText ??= this.folded.slice(this.start, this.end));
  }

  keyHashFrom(from: number): number {
    return this.keyText !== null ? keyHash(this.keyText, from) : keyHashOf(this.folded, this.start + from, this.end);
  }
}
