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

/** Reusable scratch space, so explaining allocates only what it returns. */
export class Explainer {
  private bestRef = new Int32Array(16);
  private bestValue = new Float64Array(16);
  private bestAbs = new Float64Array(16);
  private bestKey = new Int32Array(16);
  /** How many of best* hold candidates, how many they may hold, and what a candidate must beat once full. */
  private kept = 0;
  private size = 0;
  private floor = -1;

  /**
   * `contributions[k]` is feature k's share of the logit (positive pushes
   * towards reject). The bias is left out: it explains nothing.
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
   * token for its char n-grams (which extraction writes next to each other,
   * so a run of them is one candidate, named by its last feature).
   */
  private keepLargest(f: FeatureVector, contributions: Float64Array, size: number): void {
    if (this.bestRef.length < size) {
      this.bestRef = new Int32Array(size);
      this.bestValue = new Float64Array(size);
      this.bestAbs = new Float64Array(size);
      this.bestKey = new Int32Array(size);
    }
    this.kept = 0;
    this.size = size;
    this.floor = -1;
    // Bigrams (after the bias), then the chars, then the extras: the reject model's features.
    for (let k = f.rejectStart + 1; k < f.reasonEnd; k++) this.consider(k, contributions[k] ?? 0);
    const tokenOf = f.refs;
    for (let k = f.reasonEnd; k < f.charEnd; ) {
      const token = tokenOf[k];
      let sum = 0;
      let last = k;
      for (; k < f.charEnd && tokenOf[k] === token; k++) {
        sum += contributions[k] ?? 0;
        last = k;
      }
      this.consider(last, sum);
    }
    for (let k = f.charEnd; k < f.count; k++) this.consider(k, contributions[k] ?? 0);
  }

  /**
   * Inserts one candidate into the short sorted list if it is among the
   * largest so far. Ties keep the earlier feature, so the choice is
   * deterministic; a zero explains nothing and is never kept.
   */
  private consider(ref: number, value: number): void {
    const abs = Math.abs(value);
    if (abs <= this.floor || abs === 0) return;
    const { bestRef, bestValue, bestAbs, size } = this;
    let j = this.kept < size ? this.kept++ : this.kept - 1;
    while (j > 0 && (bestAbs[j - 1] ?? 0) < abs) {
      bestRef[j] = bestRef[j - 1] ?? 0;
      bestValue[j] = bestValue[j - 1] ?? 0;
      bestAbs[j] = bestAbs[j - 1] ?? 0;
      j--;
    }
    bestRef[j] = ref;
    bestValue[j] = value;
    bestAbs[j] = abs;
    if (this.kept === size) this.floor = bestAbs[size - 1] ?? 0;
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
