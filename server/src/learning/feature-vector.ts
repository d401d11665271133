import { HANDLE, type ModelText } from './model-words';

// A reusable buffer of one comment's hashed features. Extraction hashes
// straight from the token strings (no per-feature string is built) and
// remembers where each feature came from, so the few features that explain a
// prediction can be named afterwards without a reverse hash map.

export const FeatureKind = { bias: 0, word: 1, bigram: 2, chars: 3, extra: 4 } as const;

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

function fnvMix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** FNV-1a of s from `seed`. */
export function fnvString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvMix(h, s.charCodeAt(i));
  return h;
}

/** One seed per kind, so "word:ab" and "chars:ab" land in different buckets. */
export const SEED = [0, 1, 2, 3, 4].map((k) => fnvMix(FNV_OFFSET, 0x10000 + k));

/** Final avalanche (murmur3 fmix32): FNV's low bits are weak for masking. */
export function finalise(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * `hashes` are full 32-bit hashes; each model masks them to its own table
 * size. Only the first `count` entries are valid; the buffer is overwritten
 * by the next extraction.
 */
export class FeatureVector {
  count = 0;
  /**
   * The layout: [0, rejectStart) word unigrams, one per token; then the
   * bias, bigrams up to reasonEnd; char n-grams up to charEnd, grouped by
   * token; extras up to count. The reason models read [0, reasonEnd), the
   * reject model [rejectStart, count): to it, a word is its char n-grams
   * (which carry the unigram's signal, and its misspellings too).
   */
  rejectStart = 0;
  reasonEnd = 0;
  charEnd = 0;
  hashes = new Uint32Array(512);
  values = new Float64Array(512);
  kinds = new Uint8Array(512);
  /** Token index (chars, words) or extra-feature index the feature came from. */
  refs = new Int32Array(512);
  /** The comment and its tokens, as extraction read them. */
  words: ModelText = { text: '', tokens: [] };
  /** Index in `words.tokens` of each word (extraction skips punctuation tokens); -1 for a handle. */
  private wordTokens = new Int32Array(128);
  extraNames: string[] = [];
  private wordHashes = new Int32Array(128);

  reset(words: ModelText = { text: '', tokens: [] }): void {
    this.count = 0;
    this.rejectStart = 0;
    this.reasonEnd = 0;
    this.charEnd = 0;
    this.words = words;
    this.extraNames = [];
  }

  /** Index of token t's word feature: the words come first, one per token. */
  wordFeatureOf(t: number): number {
    return t;
  }

  /** Scratch for one hash per token (raw, before finalise), sized for `count`. */
  tokenHashes(count: number): Int32Array {
    if (this.wordHashes.length < count) this.wordHashes = new Int32Array(count * 2);
    return this.wordHashes;
  }

  setWordToken(t: number, token: number): void {
    if (t >= this.wordTokens.length) {
      const grown = new Int32Array(Math.max(2 * this.wordTokens.length, t + 1));
      grown.set(this.wordTokens);
      this.wordTokens = grown;
    }
    this.wordTokens[t] = token;
  }

  wordToken(t: number): number {
    return this.wordTokens[t] ?? 0;
  }

  /** Word t, case-folded, for a feature's name (a negative token index is a handle). */
  private wordText(t: number): string {
    const token = this.wordToken(t);
    return token < 0 ? HANDLE : (this.words.tokens[token]?.lower ?? '');
  }

  /** Makes room for `size` features in all (so hot loops can write directly). */
  ensureCapacity(size: number): void {
    while (size > this.hashes.length) this.grow();
  }

  /** Makes room for `extra` more features (so hot loops can write directly). */
  reserve(extra: number): void {
    while (this.count + extra > this.hashes.length) this.grow();
  }

  push(hash: number, value: number, kind: number, ref: number): void {
    if (this.count === this.hashes.length) this.grow();
    const i = this.count++;
    this.hashes[i] = finalise(hash);
    this.values[i] = value;
    this.kinds[i] = kind;
    this.refs[i] = ref;
  }

  private grow(): void {
    const size = this.hashes.length * 2;
    const copy = <T extends Uint32Array | Float64Array | Uint8Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.hashes = copy(this.hashes, new Uint32Array(size));
    this.values = copy(this.values, new Float64Array(size));
    this.kinds = copy(this.kinds, new Uint8Array(size));
    this.refs = copy(this.refs, new Int32Array(size));
  }

  /**
   * Human-readable name of feature i, e.g. "word:idiot", "bigram:shut up",
   * "flag:insult". Char n-grams are named by the word they were cut from
   * ("word:moron"): explanations sum them per word, since the reject model
   * reads a word as its spelling, and "moron" says more than a dozen
   * fragments of it.
   */
  nameOf(i: number): string {
    const kind = this.kinds[i];
    const ref = this.refs[i] ?? 0;
    switch (kind) {
      case FeatureKind.bias:
        return 'bias';
      case FeatureKind.word:
        return `word:${this.wordText(ref)}`;
      case FeatureKind.bigram:
        return `bigram:${this.wordText(ref)} ${this.wordText(ref + 1)}`;
      case FeatureKind.chars:
        return `word:${this.wordText(ref)}`;
      default:
        return this.extraNames[ref] ?? 'extra';
    }
  }
}
