// Hashed sparse features of a comment: bias, word unigrams and bigrams,
// character n-grams inside word boundaries, and caller-supplied dense extras.
// Extraction hashes straight from the token strings (no per-feature string is
// built) and remembers where each feature came from, so the few features that
// explain a prediction can be named afterwards without a reverse hash map.
import { normaliseTokens, URL_TOKEN, USER_TOKEN } from './normalise-text';

export const FeatureKind = { bias: 0, word: 1, bigram: 2, chars: 3, extra: 4 } as const;

export interface FeatureOptions {
  /** Smallest and largest character n-gram, counted on "<word>". */
  charMin: number;
  charMax: number;
  /** L2 norm of each group's feature values (tuned on an OLID train split). */
  wordScale: number;
  bigramScale: number;
  charScale: number;
}

// Char n-grams carry most of the signal on short, misspelt comments (they
// cover obfuscation and inflections), so they get the largest share.
export const defaultFeatureOptions: FeatureOptions = {
  charMin: 3,
  charMax: 5,
  wordScale: 1,
  bigramScale: 0.5,
  charScale: 2.5,
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvMix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function fnvString(hash: number, s: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = fnvMix(h, s.charCodeAt(i));
  return h;
}

// One seed per kind so "word:ab" and "chars:ab" land in different buckets.
const SEED = [0, 1, 2, 3, 4].map((k) => fnvMix(FNV_OFFSET, 0x10000 + k));

/** Final avalanche (murmur3 fmix32): FNV's low bits are weak for masking. */
function finalise(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * A reusable buffer of extracted features. `hashes` are full 32-bit hashes;
 * each model masks them to its own table size. Only the first `count`
 * entries are valid; the buffer is overwritten by the next extraction.
 */
export class FeatureVector {
  count = 0;
  /** Entries [0, wordCount) are bias, words and bigrams; the rest chars/extras. */
  wordCount = 0;
  hashes = new Uint32Array(512);
  values = new Float64Array(512);
  kinds = new Uint8Array(512);
  /** Token index (or extra-feature index) the feature came from. */
  refs = new Int32Array(512);
  /** For char n-grams: start * 16 + length within "<token>". */
  spans = new Int32Array(512);
  tokens: string[] = [];
  extraNames: string[] = [];

  reset(): void {
    this.count = 0;
    this.wordCount = 0;
    this.tokens = [];
    this.extraNames = [];
  }

  /** Makes room for `extra` more features (so hot loops can write directly). */
  reserve(extra: number): void {
    while (this.count + extra > this.hashes.length) this.grow();
  }

  push(hash: number, value: number, kind: number, ref: number, span: number): void {
    if (this.count === this.hashes.length) this.grow();
    const i = this.count++;
    this.hashes[i] = finalise(hash);
    this.values[i] = value;
    this.kinds[i] = kind;
    this.refs[i] = ref;
    this.spans[i] = span;
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
    this.spans = copy(this.spans, new Int32Array(size));
  }

  /** Human-readable name of feature i, e.g. "word:idiot", "bigram:shut up". */
  nameOf(i: number): string {
    const kind = this.kinds[i];
    const ref = this.refs[i] ?? 0;
    switch (kind) {
      case FeatureKind.bias:
        return 'bias';
      case FeatureKind.word:
        return `word:${this.tokens[ref]}`;
      case FeatureKind.bigram:
        return `bigram:${this.tokens[ref]} ${this.tokens[ref + 1]}`;
      case FeatureKind.chars: {
        const span = this.spans[i] ?? 0;
        const padded = `<${this.tokens[ref]}>`;
        return `chars:${padded.slice(span >> 4, (span >> 4) + (span & 15))}`;
      }
      default:
        return this.extraNames[ref] ?? 'extra';
    }
  }
}

function isPlaceholder(token: string): boolean {
  return token === USER_TOKEN || token === URL_TOKEN;
}

/**
 * Fill `out` with the features of `text`. Each group (words, bigrams, char
 * n-grams) is scaled to a fixed L2 norm so long comments don't dominate and
 * the many char n-grams don't drown the few word features.
 */
export function extractFeatures(
  text: string,
  extra: Record<string, number> | undefined,
  options: FeatureOptions,
  out: FeatureVector,
): FeatureVector {
  out.reset();
  const tokens = normaliseTokens(text);
  out.tokens = tokens;
  out.push(SEED[FeatureKind.bias] ?? 0, 1, FeatureKind.bias, 0, 0);

  const wordValue = tokens.length > 0 ? options.wordScale / Math.sqrt(tokens.length) : 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    out.push(fnvString(SEED[FeatureKind.word] ?? 0, token, 0, token.length), wordValue, FeatureKind.word, t, 0);
  }
  const bigramValue = tokens.length > 1 ? options.bigramScale / Math.sqrt(tokens.length - 1) : 0;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const a = tokens[t] ?? '';
    const b = tokens[t + 1] ?? '';
    let h = fnvString(SEED[FeatureKind.bigram] ?? 0, a, 0, a.length);
    h = fnvMix(h, 32);
    out.push(fnvString(h, b, 0, b.length), bigramValue, FeatureKind.bigram, t, 0);
  }
  out.wordCount = out.count;

  const charStart = out.count;
  const { charMin, charMax } = options;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (isPlaceholder(token)) continue;
    // Walk "<token>" without building it: position 0 is "<", the last ">".
    const len = token.length + 2;
    out.reserve(len * (charMax - charMin + 1));
    const { hashes, kinds, refs, spans } = out;
    let count = out.count;
    for (let start = 0; start + charMin <= len; start++) {
      let h = SEED[FeatureKind.chars] ?? 0;
      for (let n = 1; n <= charMax && start + n <= len; n++) {
        const p = start + n - 1;
        h = fnvMix(h, p === 0 ? 0x3c : p === len - 1 ? 0x3e : token.charCodeAt(p - 1));
        if (n >= charMin) {
          hashes[count] = finalise(h);
          kinds[count] = FeatureKind.chars;
          refs[count] = t;
          spans[count] = start * 16 + n;
          count++;
        }
      }
    }
    out.count = count;
  }
  const charCount = out.count - charStart;
  if (charCount > 0) {
    const charValue = options.charScale / Math.sqrt(charCount);
    out.values.fill(charValue, charStart, out.count);
  }

  if (extra) {
    const names = Object.keys(extra).sort();
    out.extraNames = names;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] ?? '';
      const value = extra[name] ?? 0;
      if (value === 0 || !Number.isFinite(value)) continue;
      out.push(fnvString(SEED[FeatureKind.extra] ?? 0, name, 0, name.length), value, FeatureKind.extra, k, 0);
    }
  }
  return out;
}
