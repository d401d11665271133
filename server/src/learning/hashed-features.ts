// Hashed sparse features of a comment's words (see model-words.ts): word
// unigrams (for the reason models), bias, bigrams, character 4-grams inside
// word boundaries, and caller-supplied dense extras such as rule flags (see
// FeatureVector for the layout).
//
// Fewer features make a cheaper prediction (each is one table read), so the
// set is the smallest that kept accuracy on OLID (mean macro-F1 over one
// chronological and three shuffled 80/20 splits): 4-grams alone score as well
// as 3- to 5-grams with a third of the features; shape features (caps,
// emoji, addressees, "you" × each flag) added nothing measurable; and the
// reject model scores as well without word unigrams (0.771 vs 0.770) when
// bigrams weigh a little more, since a word's 4-grams carry its signal.
import type { Token } from '../scoring/sentiment/token';
import { FeatureKind, FeatureVector, finalise, FNV_PRIME, SEED } from './feature-vector';
import type { ExtraFeatures } from './extra-features';
import { HANDLE, isModelWord, nextHandle, type ModelText } from './model-words';

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

const WORD_SEED = SEED[FeatureKind.word] ?? 0;
const CHAR_SEED = SEED[FeatureKind.chars] ?? 0;
/** A word that is a handle, not a token (see FeatureVector.wordToken). */
export const HANDLE_TOKEN = -1;
const HANDLE_HASH = (() => {
  let h = WORD_SEED;
  for (let i = 0; i < HANDLE.length; i++) h = Math.imul(h ^ HANDLE.charCodeAt(i), FNV_PRIME);
  return h;
})();

/** How cutWord reads a word's units. */
const enum Read {
  /** ASCII, upper case folded; gives up on other units or on leetspeak. */
  ascii,
  /** As ascii, and digits that stand for letters folded ("1d10t" → "idiot"). */
  leet,
  /** As they are (the token's `lower`: non-ASCII words, emoji). */
  asIs,
}
const NOT_ASCII = -1;
const IS_LEET = -2;

/** What a digit stands for inside a word: 0 → o, 1 → i, 3 → e, 4 → a, 5 → s, 7 → t. */
const LEET_DIGIT = Array.from('oi2ea5t789', (c) => c.charCodeAt(0));

/**
 * Word t's hash (into wordHashes) and the 4-grams of "<word>" (at `count`,
 * for word t) in one pass over s[from, to). The spelling is folded on the
 * way, as the rules fold theirs: case, elongation ("soooo" reads "soo") and,
 * once a letter follows a digit, leetspeak ("1d10t"; "covid19" keeps its
 * digits). Returns the new count, or NOT_ASCII / IS_LEET for the caller to
 * read the word again another way.
 */
function cutWord(s: string, from: number, to: number, read: Read, t: number, count: number, out: FeatureVector, wordHashes: Int32Array): number {
  const { hashes, kinds, refs } = out;
  let h = WORD_SEED;
  // Slide a window of four UTF-16 units over "<word>" without building it;
  // two units pack into 32 bits, so a 4-gram is two numbers, mixed once.
  let c0 = 0x3c;
  let c1 = -1;
  let c2 = -1;
  let k = count;
  let units = 0;
  let sawDigit = false;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (read !== Read.asIs) {
      if (c >= 0x80) return NOT_ASCII;
      if (c >= 0x41 && c <= 0x5a) c += 32;
      else if (c >= 0x30 && c <= 0x39) {
        sawDigit = true;
        if (read === Read.leet) c = LEET_DIGIT[c - 0x30] ?? c;
      } else if (sawDigit && read === Read.ascii && c >= 0x61 && c <= 0x7a) return IS_LEET;
    }
    // A third unit in a row like the two before adds nothing.
    if (c === c2 && c === c1 && units >= 2) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
    if (units === 0) c1 = c;
    else if (units === 1) c2 = c;
    else {
      hashes[k] = finalise(Math.imul(((c0 << 16) | c1) ^ CHAR_SEED, 0x9e3779b1) ^ ((c2 << 16) | c));
      kinds[k] = FeatureKind.chars;
      refs[k++] = t;
      c0 = c1;
      c1 = c2;
      c2 = c;
    }
    units++;
  }
  if (units >= 2) {
    hashes[k] = finalise(Math.imul(((c0 << 16) | c1) ^ CHAR_SEED, 0x9e3779b1) ^ ((c2 << 16) | 0x3e));
    kinds[k] = FeatureKind.chars;
    refs[k++] = t;
  }
  wordHashes[t] = h;
  return k;
}

/**
 * Fill `out` with the features of a comment's words (see model-words.ts).
 * Each group (words, bigrams, char n-grams) is scaled to a fixed L2 norm so
 * long comments don't dominate and the many char n-grams don't drown the few
 * word features.
 */
export function extractFeatures(
  words: ModelText,
  extra: ExtraFeatures | undefined,
  options: FeatureOptions,
  out: FeatureVector,
): FeatureVector {
  const tokens = words.tokens;
  out.reset(words);
  let wordCount = 0;
  let units = 0;
  // Handles go where they stand among the tokens.
  let handle = nextHandle(words.text, 0);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    for (; handle >= 0 && handle < token.start; handle = nextHandle(words.text, handle + 1)) out.setWordToken(wordCount++, HANDLE_TOKEN);
    if (!isModelWord(token)) continue;
    out.setWordToken(wordCount++, i);
    units += token.end - token.start;
  }
  for (; handle >= 0; handle = nextHandle(words.text, handle + 1)) out.setWordToken(wordCount++, HANDLE_TOKEN);
  // Room for every feature at once: a word of n units has at most n - 1
  // 4-grams. (A `lower` longer than its word, as "İ" makes, reserves more.)
  out.ensureCapacity(2 * wordCount + units + 1);
  const wordHashes = out.tokenHashes(wordCount);

  // The layout (see FeatureVector): words, bias, bigrams, then char n-grams,
  // which are cut in the same pass over a word's letters as its hash.
  const charStart = 2 * wordCount + (wordCount > 0 ? 0 : 1);
  let count = charStart;
  for (let t = 0; t < wordCount; t++) {
    const ref = out.wordToken(t);
    // A handle stands for no spelling: a word, no 4-grams.
    if (ref === HANDLE_TOKEN) {
      wordHashes[t] = HANDLE_HASH;
      continue;
    }
    const token = tokens[ref] as Token;
    // Lower-case ASCII straight from the comment; anything else from the token's `lower`.
    let cut = cutWord(words.text, token.start, token.end, Read.ascii, t, count, out, wordHashes);
    if (cut === IS_LEET) cut = cutWord(words.text, token.start, token.end, Read.leet, t, count, out, wordHashes);
    else if (cut === NOT_ASCII) {
      const lower = token.lower;
      out.ensureCapacity(count + lower.length);
      cut = cutWord(lower, 0, lower.length, Read.asIs, t, count, out, wordHashes);
    }
    count = cut;
  }
  const { hashes, values, kinds, refs } = out;
  out.count = count;
  out.charEnd = count;
  const charCount = count - charStart;
  if (charCount > 0) values.fill(options.charScale / Math.sqrt(charCount), charStart, count);

  const wordValue = wordCount > 0 ? options.wordScale / Math.sqrt(wordCount) : 0;
  for (let t = 0; t < wordCount; t++) {
    hashes[t] = finalise(wordHashes[t] ?? 0);
    values[t] = wordValue;
    kinds[t] = FeatureKind.word;
    refs[t] = t;
  }
  // The reject model starts at the bias, after the words.
  let at = wordCount;
  out.rejectStart = at;
  hashes[at] = finalise(SEED[FeatureKind.bias] ?? 0);
  values[at] = 1;
  kinds[at] = FeatureKind.bias;
  refs[at++] = 0;
  // A bigram's hash combines its words' hashes: no second pass over the letters.
  const bigramSeed = SEED[FeatureKind.bigram] ?? 0;
  const bigramValue = wordCount > 1 ? options.bigramScale / Math.sqrt(wordCount - 1) : 0;
  for (let t = 0; t + 1 < wordCount; t++) {
    hashes[at] = finalise(Math.imul((wordHashes[t] ?? 0) ^ bigramSeed, 0x9e3779b1) ^ (wordHashes[t + 1] ?? 0));
    values[at] = bigramValue;
    kinds[at] = FeatureKind.bigram;
    refs[at++] = t;
  }
  out.reasonEnd = at;

  if (extra) {
    out.extraNames = extra.names;
    for (let k = 0; k < extra.names.length; k++) {
      const value = (extra.values[k] ?? 0) * options.extraScale;
      if (value === 0 || !Number.isFinite(value)) continue;
      out.push(extra.hashes[k] ?? 0, value, FeatureKind.extra, k);
    }
  }
  return out;
}
