export type TokenKind = 'word' | 'mention' | 'hashtag' | 'number' | 'break';

export interface Token {
  kind: TokenKind;
  /** Lower-case, leetspeak decoded ("sh1t" → "shit"), runs of 3+ letters cut to 2. */
  key: string;
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
}
