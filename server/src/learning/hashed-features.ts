// Hashed sparse features of a comment: bias, word unigrams and bigrams,
// character n-grams inside word boundaries, shape features (see
// text-shape-features.ts), caller-supplied dense extras such as rule flags,
// and "you" crossed with each extra.
import { FeatureKind, FeatureVector, finalise } from './feature-vector';
import { normaliseTokens, URL_TOKEN, USER_TOKEN } from './normalise-text';
import { crossHash, pushShapeFeatures } from './text-shape-features';

export { FeatureKind, FeatureVector } from './feature-vector';

export interface FeatureOptions {
  /** Smallest and largest character n-gram, counted on "<word>". */
  charMin: number;
  charMax: number;
  /** L2 norm of each group's feature values (tuned on an OLID train split). */
  wordScale: number;
  bigramScale: number;
  charScale: number;
  /** Value of each shape feature; 0 turns them off. */
  shapeScale: number;
  /** Multiplies caller-supplied extras: rule flags are few and strong, so they
   * earn bigger steps than any one n-gram. */
  extraScale: number;
  /** Value of "you" × each extra feature, relative to the extra's; 0 turns them off. */
  crossScale: number;
}

// Char n-grams carry most of the signal on short, misspelt comments (they
// cover obfuscation and inflections), so they get the largest share.
export const defaultFeatureOptions: FeatureOptions = {
  charMin: 3,
  charMax: 5,
  wordScale: 1,
  bigramScale: 0.5,
  charScale: 2.5,
  shapeScale: 0.5,
  extraScale: 1,
  crossScale: 0.5,
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
  out.push(SEED[FeatureKind.bias] ?? 0, 1, FeatureKind.bias, 0);

  const wordValue = tokens.length > 0 ? options.wordScale / Math.sqrt(tokens.length) : 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    out.push(fnvString(SEED[FeatureKind.word] ?? 0, token, 0, token.length), wordValue, FeatureKind.word, t);
  }
  const bigramValue = tokens.length > 1 ? options.bigramScale / Math.sqrt(tokens.length - 1) : 0;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const a = tokens[t] ?? '';
    const b = tokens[t + 1] ?? '';
    let h = fnvString(SEED[FeatureKind.bigram] ?? 0, a, 0, a.length);
    h = fnvMix(h, 32);
    out.push(fnvString(h, b, 0, b.length), bigramValue, FeatureKind.bigram, t);
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
    const { hashes, kinds, refs } = out;
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

  const you = pushShapeFeatures(text, out, options.shapeScale);

  if (extra) {
    const names = Object.keys(extra);
    // Sorted so the features' order (and so the float sums) never depends on
    // the caller's key order; one or two keys need no sort.
    if (names.length > 1) names.sort();
    out.extraNames = names;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] ?? '';
      const value = (extra[name] ?? 0) * options.extraScale;
      if (value === 0 || !Number.isFinite(value)) continue;
      out.push(fnvString(SEED[FeatureKind.extra] ?? 0, name, 0, name.length), value, FeatureKind.extra, k);
      if (you && options.crossScale !== 0) out.push(crossHash(name), value * options.crossScale, FeatureKind.cross, k);
    }
  }
  return out;
}
