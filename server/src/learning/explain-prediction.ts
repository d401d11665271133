// Names the few features that pushed a prediction most. Scores first, names
// last: contributions are read as numbers (char n-grams summed per word, so
// "chars:moron" stands for all the fragments of that spelling), the top few
// are kept by |contribution| in one pass, and only those become strings.
// Every prediction is explained, so this runs once per scored comment: it
// works in reused typed arrays and builds no Map, closure or spread.
import { FeatureKind, type FeatureVector } from './feature-vector';

export interface ExplainedFeature {
  feature: string;
  weight: number;
}

/** Spare candidates beyond `top`, for names that merge (the same word twice). */
const SPARES = 4;

/**
 * Binary magnitude class of a contribution: 0 for |value| ≥ 128, then one
 * class per halving (clz of |value| · 2^24), ZERO_CLASS for 0. A smaller
 * class always means a larger |value|.
 */
const ZERO_CLASS = 32;
function magnitudeClass(value: number): number {
  return Math.clz32(Math.min(Math.abs(value) * 2 ** 24, 2 ** 31 - 1));
}

/** Reusable scratch space, so explaining allocates only what it returns. */
export class Explainer {
  private bestRef = new Int32Array(16);
  private bestValue = new Float64Array(16);
  private bestAbs = new Float64Array(16);
  private bestKey = new Int32Array(16);
  /** How many of best* hold candidates. */
  private kept = 0;
  /** Candidates per magnitude class (scratch). */
  private readonly classes = new Int32Array(ZERO_CLASS + 1);

  /**
   * `contributions[k]` is feature k's share of the logit (positive pushes
   * towards reject); it is scratch, and left changed. The bias is left out:
   * it explains nothing.
   */
  explain(f: FeatureVector, contributions: Float64Array, top: number): ExplainedFeature[] {
    if (top <= 0) return [];
    this.keepLargest(f, contributions, top + SPARES);
    const distinct = this.mergeSameFeature(f, this.kept);
    // Merging may have reordered the few left: insertion sort, stable.
    const refs = this.bestRef;
    const weights = this.bestValue;
    for (let i = 1; i < distinct; i++) {
      const ref = refs[i] ?? 0;
      const weight = weights[i] ?? 0;
      let j = i;
      while (j > 0 && Math.abs(weights[j - 1] ?? 0) < Math.abs(weight)) {
        refs[j] = refs[j - 1] ?? 0;
        weights[j] = weights[j - 1] ?? 0;
        j--;
      }
      refs[j] = ref;
      weights[j] = weight;
    }
    const out: ExplainedFeature[] = [];
    for (let i = 0; i < Math.min(top, distinct); i++) out.push({ feature: f.nameOf(refs[i] ?? 0), weight: weights[i] ?? 0 });
    return out;
  }

  /**
   * Keeps the `size` candidates of largest |value| in bestRef/bestValue,
   * largest first. Candidates: each bigram and extra feature, and one per
   * token for its char n-grams (which extraction writes next to each other:
   * a run's sum goes in place of its last one, and the others are zeroed, so
   * one plain loop then reads every candidate). Ties keep the earlier
   * feature, so the choice is deterministic; a zero explains nothing.
   */
  private keepLargest(f: FeatureVector, contributions: Float64Array, size: number): void {
    if (this.bestRef.length < size) {
      this.bestRef = new Int32Array(size);
      this.bestValue = new Float64Array(size);
      this.bestAbs = new Float64Array(size);
      this.bestKey = new Int32Array(size);
    }
    const tokenOf = f.refs;
    for (let k = f.reasonEnd; k < f.charEnd; ) {
      const token = tokenOf[k];
      let sum = 0;
      for (; k < f.charEnd && tokenOf[k] === token; k++) {
        sum += contributions[k] ?? 0;
        contributions[k] = 0;
      }
      contributions[k - 1] = sum;
    }
    // After the bias: bigrams, chars, extras. Most candidates are far from
    // the top few: a histogram of their binary magnitudes finds the smallest
    // magnitude class that can still make the list, and only candidates of
    // that class or above are sorted in (the result is the same as sorting in
    // every candidate, at half the cost).
    const from = f.rejectStart + 1;
    const classes = this.classes;
    classes.fill(0);
    for (let k = from; k < f.count; k++) {
      const c = magnitudeClass(contributions[k] ?? 0);
      classes[c] = (classes[c] ?? 0) + 1;
    }
    let smallestKept = 0;
    for (let inList = 0; smallestKept < ZERO_CLASS && (inList += classes[smallestKept] ?? 0) < size; ) smallestKept++;
    const { bestRef, bestValue, bestAbs } = this;
    let kept = 0;
    // What a candidate must beat once the list is full.
    let floor = 0;
    for (let k = from; k < f.count; k++) {
      const value = contributions[k] ?? 0;
      const abs = Math.abs(value);
      if (abs <= floor || magnitudeClass(value) > smallestKept) continue;
      let j = kept < size ? kept++ : kept - 1;
      while (j > 0 && (bestAbs[j - 1] ?? 0) < abs) {
        bestRef[j] = bestRef[j - 1] ?? 0;
        bestValue[j] = bestValue[j - 1] ?? 0;
        bestAbs[j] = bestAbs[j - 1] ?? 0;
        j--;
      }
      bestRef[j] = k;
      bestValue[j] = value;
      bestAbs[j] = abs;
      if (kept === size) floor = bestAbs[size - 1] ?? 0;
    }
    this.kept = kept;
  }

  /**
   * The same word twice, or a word's chars in two places, are one feature to
   * a reader: merged by a numeric key (the feature's hash; for char n-grams,
   * their word's), so only the features returned get a name. Compacts the
   * first `kept` entries of bestRef/bestValue; returns how many are left.
   */
  private mergeSameFeature(f: FeatureVector, kept: number): number {
    const keys = this.bestKey;
    const refs = this.bestRef;
    const weights = this.bestValue;
    let distinct = 0;
    for (let i = 0; i < kept; i++) {
      const k = refs[i] ?? 0;
      const key = f.kinds[k] === FeatureKind.chars ? ~(f.hashes[f.wordFeatureOf(f.refs[k] ?? 0)] ?? 0) : (f.hashes[k] ?? 0) | 0;
      let j = 0;
      while (j < distinct && keys[j] !== key) j++;
      if (j < distinct) {
        weights[j] = (weights[j] ?? 0) + (weights[i] ?? 0);
        continue;
      }
      keys[j] = key;
      refs[j] = k;
      weights[j] = weights[i] ?? 0;
      distinct++;
    }
    return distinct;
  }
}
