// Logistic regression trained online with FTRL-Proximal (McMahan et al.,
// "Ad Click Prediction: a View from the Trenches", 2013): per-coordinate
// learning rates suit sparse text features (rare words get big steps, common
// ones small), and L1 keeps untouched or noisy coordinates at exactly zero.
// State is two Float32Arrays (z, n) over a hashed table; one update touches
// only the comment's own features. The weights are derived (rebuilt from z
// and n on load) and kept where the owner says (see weight-slots.ts); the
// owner reads them (prediction-tables.ts), one number per feature, next to
// the others a prediction needs.
import { toFixedPoint, type WeightSlots } from './weight-slots';

export interface FtrlParams {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
}

// Tuned on a chronological 80/20 split of OLID's training set. Feature values
// are small (each group has norm ≤ 2.5), so L1 must be small too or almost
// every weight stays in the dead zone.
export const defaultFtrlParams: FtrlParams = { alpha: 0.2, beta: 1, l1: 0.01, l2: 0.1 };

/** Logit clamp: keeps exp() finite and probabilities strictly inside (0, 1). */
const MAX_LOGIT = 30;

export function sigmoid(logit: number): number {
  const x = Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, logit));
  return 1 / (1 + Math.exp(-x));
}

export class FtrlTable {
  readonly mask: number;
  readonly z: Float32Array;
  readonly n: Float32Array;
  /** Derived: weight(i) at slot i, kept in step by update(). */
  readonly w: WeightSlots;

  constructor(
    readonly bits: number,
    readonly params: FtrlParams,
    state: { z: Float32Array; n: Float32Array } | undefined,
    slots: WeightSlots,
  ) {
    const size = 2 ** bits;
    this.mask = size - 1;
    this.z = state?.z ?? new Float32Array(size);
    this.n = state?.n ?? new Float32Array(size);
    if (this.z.length !== size || this.n.length !== size) throw new Error('FTRL state does not match table size');
    this.w = slots;
    if (state) for (let i = 0; i < size; i++) this.setWeight(i);
  }

  private setWeight(i: number): void {
    this.w.array[i * this.w.stride + this.w.offset] = toFixedPoint(this.weight(i));
  }

  /** Current weight of bucket i (0 inside the L1 dead zone). */
  weight(i: number): number {
    const z = this.z[i] ?? 0;
    const { l1, l2, alpha, beta } = this.params;
    if (z <= l1 && z >= -l1) return 0;
    const n = this.n[i] ?? 0;
    return -(z - Math.sign(z) * l1) / ((beta + Math.sqrt(n)) / alpha + l2);
  }

  /**
   * One FTRL step on the log-loss of (features, label) given the prediction
   * `p` made with the current weights. Features are visited in order, so the
   * same sequence of updates gives bit-identical state.
   */
  update(hashes: Uint32Array, values: Float64Array, from: number, to: number, p: number, label: 0 | 1): void {
    const gradient = p - label;
    const { alpha } = this.params;
    for (let k = from; k < to; k++) {
      const i = (hashes[k] ?? 0) & this.mask;
      const g = gradient * (values[k] ?? 0);
      const n = this.n[i] ?? 0;
      const sigma = (Math.sqrt(n + g * g) - Math.sqrt(n)) / alpha;
      this.z[i] = (this.z[i] ?? 0) + g - sigma * this.weight(i);
      this.n[i] = n + g * g;
      this.setWeight(i);
    }
  }
}
