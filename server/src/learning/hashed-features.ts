// Hashed sparse features of a comment: word unigrams (for the reason models),
// bias, bigrams, character 4-grams inside word boundaries, and caller-supplied
// dense extras such as rule flags (see FeatureVector for the layout).
//
// Fewer features make a cheaper prediction (each is one table read), so the
// set is the smallest that kept accuracy on OLID (mean macro-F1 over one
// chronological and three shuffled 80/20 splits): 4-grams alone score as well
// as 3- to 5-grams with a third of the features; shape features (caps,
// emoji, addressees, "you" × each flag) added nothing measurable; and the
// reject model scores as well without word unigrams (0.771 vs 0.770) when
// bigrams weigh a little more, since a word's 4-grams carry its signal.
import { FeatureKind, FeatureVector, finalise } from './feature-vector';
import { scanTokens } from './normalise-text';

export { FeatureKind, FeatureVector } from './feature-vector';

export interface FeatureOptions {
  /** L2 norm of each group's feature values (tuned on an OLID train split). Words: reason models only. */
  wordScale: number;
  bigramScale: number;
  charScale: number;
  /** Multiplies caller-supplied extras: rule flags are few and strong, so they
   * earn bigger steps than any one n-gram. */
  extraScale: number;
}

// Char 4-grams (of "<word>", so "<idi" and "iot>" mark the ends) carry most
// of the signal on short, misspelt comments (they cover obfuscation and
// inflections), so they get the largest share.
export const defaultFeatureOptions: FeatureOptions = {
  wordScale: 1,
  bigramScale: 0.7,
  charScale: 2.5,
  extraScale: 1,
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

// Extra names come from a small set (rule flags, sentiment buckets): hash
// each once. Bounded, in case a caller sends unbounded names.
const extraHashes = new Map<string, number>();
function extraHash(name: string): number {
  let h = extraHashes.get(name);
  if (h === undefined) {
    h = fnvString(SEED[FeatureKind.extra] ?? 0, name, 0, name.length);
    if (extraHashes.size < 4096) extraHashes.set(name, h);
  }
  return h;
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
  const tokens = scanTokens(text, out.tokens);
  const { codes, starts, ends } = tokens;

  // The loops below hash inline and write the typed arrays directly: a 32-bit
  // hash returned from a call that is not inlined is boxed as a heap number,
  // and this runs once per feature of every comment scored.
  const tokenCount = tokens.count;
  out.reserve(2 * tokenCount + 1);
  const wordHashes = out.tokenHashes(tokenCount);
  const wordSeed = SEED[FeatureKind.word] ?? 0;
  const wordValue = tokenCount > 0 ? options.wordScale / Math.sqrt(tokenCount) : 0;
  let count = out.count;
  for (let t = 0; t < tokenCount; t++) {
    let h = wordSeed;
    for (let i = starts[t] ?? 0, end = ends[t] ?? 0; i < end; i++) h = Math.imul(h ^ (codes[i] ?? 0), FNV_PRIME);
    wordHashes[t] = h;
    out.hashes[count] = finalise(h);
    out.values[count] = wordValue;
    out.kinds[count] = FeatureKind.word;
    out.refs[count++] = t;
  }
  // The reject model starts at the bias, after the words (see FeatureVector).
  out.rejectStart = count;
  out.hashes[count] = finalise(SEED[FeatureKind.bias] ?? 0);
  out.values[count] = 1;
  out.kinds[count] = FeatureKind.bias;
  out.refs[count++] = 0;
  // A bigram's hash combines its words' hashes: no second pass over the letters.
  const bigramSeed = SEED[FeatureKind.bigram] ?? 0;
  const bigramValue = tokenCount > 1 ? options.bigramScale / Math.sqrt(tokenCount - 1) : 0;
  for (let t = 0; t + 1 < tokenCount; t++) {
    const h = Math.imul((wordHashes[t] ?? 0) ^ bigramSeed, 0x9e3779b1) ^ (wordHashes[t + 1] ?? 0);
    out.hashes[count] = finalise(h);
    out.values[count] = bigramValue;
    out.kinds[count] = FeatureKind.bigram;
    out.refs[count++] = t;
  }
  out.count = count;
  out.reasonEnd = count;

  const charStart = count;
  const charSeed = SEED[FeatureKind.chars] ?? 0;
  for (let t = 0; t < tokenCount; t++) {
    const start = starts[t] ?? 0;
    const end = ends[t] ?? 0;
    // "<token>" has a 4-gram from length 2 up; placeholders stand for no spelling.
    if (end - start < 2 || tokens.placeholder[t] === 1) continue;
    out.reserve(end - start - 1);
    const { hashes, kinds, refs } = out;
    // Slide a window of four UTF-16 units over "<token>" without building it;
    // two units pack into 32 bits, so a 4-gram is two numbers, mixed once.
    let c0 = 0x3c;
    let c1 = codes[start] ?? 0;
    let c2 = codes[start + 1] ?? 0;
    for (let i = start + 2; i <= end; i++) {
      const c3 = i === end ? 0x3e : (codes[i] ?? 0);
      hashes[count] = finalise(Math.imul(((c0 << 16) | c1) ^ charSeed, 0x9e3779b1) ^ ((c2 << 16) | c3));
      kinds[count] = FeatureKind.chars;
      refs[count++] = t;
      c0 = c1;
      c1 = c2;
      c2 = c3;
    }
    out.count = count;
  }
  out.charEnd = out.count;
  const charCount = out.count - charStart;
  if (charCount > 0) {
    const charValue = options.charScale / Math.sqrt(charCount);
    out.values.fill(charValue, charStart, out.count);
  }

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
      out.push(extraHash(name), value, FeatureKind.extra, k);
    }
  }
  return out;
}
