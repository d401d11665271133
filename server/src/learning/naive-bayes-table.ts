// Online multinomial naive Bayes over the same hashed features as the FTRL
// model. It learns from counts alone, so a handful of decisions already move
// it (FTRL needs many small steps); the two are blended in log-odds space by
// log-odds-blend.ts. Feature values act as fractional counts.
//
// logit = log-prior + Σ v·(log(pos[i]+s) − log(neg[i]+s)) − (Σ v)·log((P+sV)/(N+sV))
// where P, N are the classes' total masses and V the table size. The per-
// bucket log ratio is cached in `ratio` slots (kept in step by update()), so
// a prediction reads one number per feature, like FTRL's; the sum itself is
// taken in prediction-tables.ts, in one pass with FTRL's.
import { toFixedPoint, type WeightSlots } from './weight-slots';

export interface NaiveBayesState {
  pos: Float32Array;
  neg: Float32Array;
  /** [positive docs, negative docs, positive mass, negative mass]. */
  totals: number[];
}

export class NaiveBayesTable {
  readonly mask: number;
  readonly pos: Float32Array;
  readonly neg: Float32Array;
  readonly ratio: WeightSlots;
  readonly totals: number[];

  constructor(
    readonly bits: number,
    readonly smoothing: number,
    state: NaiveBayesState | undefined,
    slots: WeightSlots,
  ) {
    const size = 2 ** bits;
    this.mask = size - 1;
    this.pos = state?.pos ?? new Float32Array(size);
    this.neg = state?.neg ?? new Float32Array(size);
    if (this.pos.length !== size || this.neg.length !== size) throw new Error('naive Bayes state does not match table size');
    this.totals = state?.totals.slice() ?? [0, 0, 0, 0];
    this.ratio = slots;
    if (state) for (let i = 0; i < size; i++) this.setRatio(i);
  }

  private setRatio(i: number): void {
    const ratio = Math.log((this.pos[i] ?? 0) + this.smoothing) - Math.log((this.neg[i] ?? 0) + this.smoothing);
    this.ratio.array[i * this.ratio.stride + this.ratio.offset] = toFixedPoint(ratio);
  }

  /** Log-odds of the class priors alone. */
  priorTerm(): number {
    const [posDocs = 0, negDocs = 0] = this.totals;
    return Math.log((posDocs + 1) / (negDocs + 1));
  }

  /** Log-odds per unit of feature mass that comes from the classes' sizes alone. */
  massTerm(): number {
    const sv = this.smoothing * (this.mask + 1);
    return Math.log((this.totals[2] ?? 0) + sv) - Math.log((this.totals[3] ?? 0) + sv);
  }

  update(hashes: Uint32Array, values: Float64Array, from: number, to: number, label: 0 | 1): void {
    const counts = label === 1 ? this.pos : this.neg;
    let mass = 0;
    for (let k = from; k < to; k++) {
      const i = (hashes[k] ?? 0) & this.mask;
      const v = Math.abs(values[k] ?? 0);
      counts[i] = (counts[i] ?? 0) + v;
      this.setRatio(i);
      mass += v;
    }
    const t = this.totals;
    t[1 - label] = (t[1 - label] ?? 0) + 1;
    t[3 - label] = (t[3 - label] ?? 0) + mass;
  }
}
