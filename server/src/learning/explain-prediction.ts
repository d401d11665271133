// Names the few features that pushed a prediction most. Scores first, names
// last: contributions are gathered as numbers (char n-grams summed per word,
// so "chars:moron" stands for all the fragments of that spelling), the top
// few are picked by |contribution|, and only those are turned into strings.
import { FeatureKind, type FeatureVector } from './feature-vector';

export interface ExplainedFeature {
  feature: string;
  weight: number;
}

/** Reusable scratch space, so explaining allocates only the names it returns. */
export class Explainer {
  private candidateRef = new Int32Array(256);
  private candidateValue = new Float64Array(256);
  private charsByToken = new Float64Array(64);
  private charsFeature = new Int32Array(64);

  /**
   * `contributions[k]` is feature k's share of the logit (positive pushes
   * towards reject). The bias is left out: it explains nothing.
   */
  explain(f: FeatureVector, contributions: Float64Array, top: number): ExplainedFeature[] {
    if (top <= 0) return [];
    const tokenCount = f.tokens.length;
    if (this.charsByToken.length < tokenCount) {
      this.charsByToken = new Float64Array(tokenCount * 2);
      this.charsFeature = new Int32Array(tokenCount * 2);
    }
    const byToken = this.charsByToken;
    byToken.fill(0, 0, tokenCount);
    this.charsFeature.fill(-1, 0, tokenCount);

    // Candidates: each non-char feature, then one per word for its char n-grams.
    let n = 0;
    for (let k = 1; k < f.count; k++) {
      const c = contributions[k] ?? 0;
      if (c === 0) continue;
      if (f.kinds[k] === FeatureKind.chars) {
        const t = f.refs[k] ?? 0;
        byToken[t] = (byToken[t] ?? 0) + c;
        this.charsFeature[t] = k;
      } else n = this.addCandidate(n, k, c);
    }
    for (let t = 0; t < tokenCount; t++) {
      const k = this.charsFeature[t] ?? -1;
      if (k >= 0) n = this.addCandidate(n, k, byToken[t] ?? 0);
    }

    // Partial selection of the top few (n is a few dozen), then name them.
    // A few spares beyond `top`, for names that merge (the same word twice).
    const keep = Math.min(n, top + 4);
    const refs = this.candidateRef;
    const values = this.candidateValue;
    for (let i = 0; i < keep; i++) {
      let best = i;
      let bestSize = Math.abs(values[i] ?? 0);
      for (let j = i + 1; j < n; j++) {
        const size = Math.abs(values[j] ?? 0);
        if (size > bestSize) {
          best = j;
          bestSize = size;
        }
      }
      const r = refs[i] ?? 0;
      const v = values[i] ?? 0;
      refs[i] = refs[best] ?? 0;
      values[i] = values[best] ?? 0;
      refs[best] = r;
      values[best] = v;
    }
    // The same word twice, or a word's chars in two places, share one name.
    const byName = new Map<string, number>();
    for (let i = 0; i < keep; i++) {
      const name = f.nameOf(refs[i] ?? 0);
      byName.set(name, (byName.get(name) ?? 0) + (values[i] ?? 0));
    }
    return [...byName]
      .map(([feature, weight]) => ({ feature, weight }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1))
      .slice(0, top);
  }

  private addCandidate(n: number, k: number, c: number): number {
    if (n === this.candidateRef.length) {
      const refs = new Int32Array(n * 2);
      const values = new Float64Array(n * 2);
      refs.set(this.candidateRef);
      values.set(this.candidateValue);
      this.candidateRef = refs;
      this.candidateValue = values;
    }
    this.candidateRef[n] = k;
    this.candidateValue[n] = c;
    return n + 1;
  }
}
