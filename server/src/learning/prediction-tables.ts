// The numbers a prediction reads, laid out for the CPU's caches (see
// weight-slots.ts): the FTRL weight and the NB log ratio of a bucket side by
// side, and the seven reason models' weights of a bucket side by side.
import type { FeatureVector } from './feature-vector';
import { WEIGHT_STEP, type WeightSlots } from './weight-slots';

/** FTRL weight and NB log ratio of each bucket of the reject model, interleaved. */
export class FeatureScores {
  readonly array: Int16Array;
  readonly mask: number;
  readonly ftrlSlots: WeightSlots;
  readonly bayesSlots: WeightSlots;
  /** Each feature's share of the last `logits` call, per model (scratch, reused). */
  ftrlContributions = new Float64Array(512);
  bayesContributions = new Float64Array(512);

  constructor(bits: number) {
    const size = 2 ** bits;
    this.mask = size - 1;
    this.array = new Int16Array(2 * size);
    this.ftrlSlots = { array: this.array, stride: 2, offset: 0 };
    this.bayesSlots = { array: this.array, stride: 2, offset: 1 };
  }

  /**
   * Both models' log-odds of features [from, count), in one pass: FTRL's
   * Σ w·v, and NB's prior + Σ |v|·(log ratio − massTerm) (see
   * naive-bayes-table.ts). Feature k's share lands in the contributions at k.
   */
  logits(hashes: Uint32Array, values: Float64Array, from: number, count: number, massTerm: number, prior: number): { ftrl: number; bayes: number } {
    if (this.ftrlContributions.length < count) {
      this.ftrlContributions = new Float64Array(hashes.length);
      this.bayesContributions = new Float64Array(hashes.length);
    }
    const { array, mask } = this;
    const fc = this.ftrlContributions;
    const bc = this.bayesContributions;
    let ftrl = 0;
    let bayes = prior;
    for (let k = from; k < count; k++) {
      const slot = ((hashes[k] ?? 0) & mask) * 2;
      const v = values[k] ?? 0;
      const c = (array[slot] ?? 0) * WEIGHT_STEP * v;
      const b = Math.abs(v) * ((array[slot + 1] ?? 0) * WEIGHT_STEP - massTerm);
      fc[k] = c;
      bc[k] = b;
      ftrl += c;
      bayes += b;
    }
    return { ftrl, bayes };
  }
}

/** Each reason model's weight of a bucket, side by side. */
export class ReasonScores {
  readonly array: Int16Array;
  readonly mask: number;
  private readonly sums: Float64Array;

  constructor(bits: number, private readonly reasons: number) {
    const size = 2 ** bits;
    this.mask = size - 1;
    this.array = new Int16Array(reasons * size);
    this.sums = new Float64Array(reasons);
  }

  slots(reason: number): WeightSlots {
    return { array: this.array, stride: this.reasons, offset: reason };
  }

  /**
   * The log-odds of the `used` reason models over the word features (words,
   * bias, bigrams), at their indexes of a scratch array (reused; other
   * entries are stale).
   */
  logits(f: FeatureVector, used: readonly number[]): Float64Array {
    const { array, mask, reasons, sums } = this;
    for (const r of used) {
      let sum = 0;
      for (let k = 0; k < f.reasonEnd; k++) sum += (array[((f.hashes[k] ?? 0) & mask) * reasons + r] ?? 0) * WEIGHT_STEP * (f.values[k] ?? 0);
      sums[r] = sum;
    }
    return sums;
  }
}
