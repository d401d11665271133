// Names the few features that pushed a prediction most. Scores first, names
// last: contributions are read as numbers (char n-grams summed per word, so
// "word:moron" stands for all the fragments of that spelling), the top few
// are kept by |contribution|, and only those become strings. Every
// prediction is explained, so this runs once per scored comment: one pass
// gathers the candidates, a second sorts in only those that can make the
// list, in reused typed arrays, with no Map, closure or spread.
import { FeatureKind, type FeatureVector } from './feature-vector';

export interface ExplainedFeature {
  feature: string;
  weight: number;
}

/** Spare candidates beyond `top`, for names that merge (the same word twice). */
const SPARES = 4;

/**
 * Binary magnitude class of a contribution: 0 for |value| ≥ 128, then one
 * class per halving (clz of |value| · 2^24), ZERO_CLASS below 2^-24. A
 * smaller class always means a larger |value|.
 */
const ZERO_CLASS = 32;
function magnitudeClass(value: number): number {
  return Math.clz32(Math.min(Math.abs(value) * 2 ** 24, 2 ** 31 - 1));
}

/** Reusable scratch space, so explaining allocates only what it returns. */
export class Explainer {
  private candidateRef = new Int32Array(256);
  private candidateValue = new Float64Array(256);
  private candidates = 0;
  /** Candidates per magnitude class. */
  private readonly classes = new Int32Array(ZERO_CLASS + 1);
  private bestRef = new Int32Array(16);
  private bestValue = new Float64Array(16);
  private bestAbs = new Float64Array(16);
  private bestKey = new Int32Array(16);

  /**
   * Feature k's share of the logit (positive pushes towards reject) is
   * a·ftrl[k] + b·bayes[k]: the two models' contributions, blended. The
   * bias is left out: it explains nothing.
   */
  explain(f: FeatureVector, ftrl: Float64Array, bayes: Float64Array, a: number, b: number, top: number): ExplainedFeature[] {
    if (top <= 0) return [];
    this.gather(f, ftrl, bayes, a, b);
    const distinct = this.mergeSameFeature(f, this.keepLargest(top + SPARES));
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
   * Candidates, in feature order: each bigram (after the bias), one per
   * token for its char n-grams (which extraction writes next to each other,
   * so a run of them is one candidate, named by its last feature), then each
   * extra. Zeros explain nothing and are left out.
   */
  private gather(f: FeatureVector, ftrl: Float64Array, bayes: Float64Array, a: number, b: number): void {
    if (this.candidateRef.length < f.count) {
      this.candidateRef = new Int32Array(f.count * 2);
      this.candidateValue = new Float64Array(f.count * 2);
    }
    this.candidates = 0;
    this.classes.fill(0);
    for (let k = f.rejectStart + 1; k < f.reasonEnd; k++) this.add(k, a * (ftrl[k] ?? 0) + b * (bayes[k] ?? 0));
    const tokenOf = f.refs;
    for (let k = f.reasonEnd; k < f.charEnd; ) {
      const token = tokenOf[k];
      let sum = 0;
      for (; k < f.charEnd && tokenOf[k] === token; k++) sum += a * (ftrl[k] ?? 0) + b * (bayes[k] ?? 0);
      this.add(k - 1, sum);
    }
    for (let k = f.charEnd; k < f.count; k++) this.add(k, a * (ftrl[k] ?? 0) + b * (bayes[k] ?? 0));
  }

  private add(ref: number, value: number): void {
    if (value === 0) return;
    const n = this.candidates++;
    this.candidateRef[n] = ref;
    this.candidateValue[n] = value;
    const c = magnitudeClass(value);
    this.classes[c] = (this.classes[c] ?? 0) + 1;
  }

  /**
   * Keeps the `size` candidates of largest |value| in bestRef/bestValue,
   * largest first; ties keep the earlier feature, so the choice is
   * deterministic. Only candidates of the magnitude classes that can make
   * the list are sorted in: the same result as sorting in every candidate,
   * for less work. Returns how many were kept.
   */
  private keepLargest(size: number): number {
    if (this.bestRef.length < size) {
      this.bestRef = new Int32Array(size);
      this.bestValue = new Float64Array(size);
      this.bestAbs = new Float64Array(size);
      this.bestKey = new Int32Array(size);
    }
    const { bestRef, bestValue, bestAbs, candidateRef, candidateValue, classes } = this;
    let smallestKept = 0;
    for (let inList = 0; smallestKept < ZERO_CLASS && (inList += classes[smallestKept] ?? 0) < size; ) smallestKept++;
    let kept = 0;
    // What a candidate must beat once the list is full.
    let floor = 0;
    for (let i = 0; i < this.candidates; i++) {
      const value = candidateValue[i] ?? 0;
      const abs = Math.abs(value);
      if (abs <= floor || magnitudeClass(value) > smallestKept) continue;
      let j = kept < size ? kept++ : kept - 1;
      while (j > 0 && (bestAbs[j - 1] ?? 0) < abs) {
        bestRef[j] = bestRef[j - 1] ?? 0;
        bestValue[j] = bestValue[j - 1] ?? 0;
        bestAbs[j] = bestAbs[j - 1] ?? 0;
        j--;
      }
      bestRef[j] = candidateRef[i] ?? 0;
      bestValue[j] = value;
      bestAbs[j] = abs;
      if (kept === size) floor = bestAbs[size - 1] ?? 0;
    }
    return kept;
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
