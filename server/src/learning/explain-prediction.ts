// Names the few features that pushed a prediction most. Scores first, names
// last: contributions are gathered as numbers (char n-grams summed per word,
// so "chars:moron" stands for all the fragments of that spelling), the top
// few are picked by |contribution|, and only those are turned into strings.
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
  private candidateRef = new Int32Array(256);
  private candidateValue = new Float64Array(256);
  private charsByToken = new Float64Array(64);
  private charsFeature = new Int32Array(64);
  private bestRef = new Int32Array(16);
  private bestValue = new Float64Array(16);
  private bestKey = new Int32Array(16);

  /**
   * `contributions[k]` is feature k's share of the logit (positive pushes
   * towards reject). The bias is left out: it explains nothing.
   */
  explain(f: FeatureVector, contributions: Float64Array, top: number): ExplainedFeature[] {
    if (top <= 0) return [];
    const n = this.gatherCandidates(f, contributions);
    const distinct = this.mergeSameFeature(f, this.selectLargest(n, top + SPARES));
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

  /** Candidates: each non-char feature, then one per word for its char n-grams. */
  private gatherCandidates(f: FeatureVector, contributions: Float64Array): number {
    const tokenCount = f.tokens.count;
    if (this.charsByToken.length < tokenCount) {
      this.charsByToken = new Float64Array(tokenCount * 2);
      this.charsFeature = new Int32Array(tokenCount * 2);
    }
    if (this.candidateRef.length < f.count + tokenCount) {
      this.candidateRef = new Int32Array((f.count + tokenCount) * 2);
      this.candidateValue = new Float64Array((f.count + tokenCount) * 2);
    }
    const byToken = this.charsByToken;
    const charsFeature = this.charsFeature;
    const refs = this.candidateRef;
    const values = this.candidateValue;
    byToken.fill(0, 0, tokenCount);
    charsFeature.fill(-1, 0, tokenCount);
    let n = 0;
    for (let k = 1; k < f.count; k++) {
      const c = contributions[k] ?? 0;
      if (c === 0) continue;
      if (f.kinds[k] === FeatureKind.chars) {
        const t = f.refs[k] ?? 0;
        byToken[t] = (byToken[t] ?? 0) + c;
        charsFeature[t] = k;
      } else {
        refs[n] = k;
        values[n++] = c;
      }
    }
    for (let t = 0; t < tokenCount; t++) {
      const k = charsFeature[t] ?? -1;
      if (k < 0) continue;
      refs[n] = k;
      values[n++] = byToken[t] ?? 0;
    }
    return n;
  }

  /**
   * Keeps the `size` candidates of largest |value| in bestRef/bestValue,
   * largest first (insertion into a short sorted list; ties keep the earlier
   * feature, so the choice is deterministic). Returns how many were kept.
   */
  private selectLargest(n: number, size: number): number {
    if (this.bestRef.length < size) {
      this.bestRef = new Int32Array(size);
      this.bestValue = new Float64Array(size);
      this.bestKey = new Int32Array(size);
    }
    const bestRef = this.bestRef;
    const bestValue = this.bestValue;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const value = this.candidateValue[i] ?? 0;
      const size_ = Math.abs(value);
      if (kept === size && size_ <= Math.abs(bestValue[kept - 1] ?? 0)) continue;
      let j = kept < size ? kept++ : kept - 1;
      while (j > 0 && Math.abs(bestValue[j - 1] ?? 0) < size_) {
        bestRef[j] = bestRef[j - 1] ?? 0;
        bestValue[j] = bestValue[j - 1] ?? 0;
        j--;
      }
      bestRef[j] = this.candidateRef[i] ?? 0;
      bestValue[j] = value;
    }
    return kept;
  }
}
