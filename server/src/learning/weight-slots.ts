// Where a model keeps the derived number of each bucket that predictions
// read (FTRL's weight, NB's log ratio): bucket i at `array[i * stride +
// offset]`. Tables read together by every prediction share one array,
// interleaved, so a feature costs one cache miss rather than one per table;
// the tables are megabytes and a comment's features land all over them.
//
// The numbers are stored as 16-bit fixed point, in steps of 1/1024 up to
// ±32: half the bytes of float32, so twice as much of the tables stays in the
// CPU's caches. Trained weights and log ratios stay well inside that range
// (on all of OLID's training set: |w| ≤ 1.1, |log ratio| ≤ 4.4) and a step is
// far below what moves a prediction. The learning state itself (z, n, counts)
// stays float32; only what predictions read is rounded, the same way on every
// server, so predictions are still deterministic.

export const WEIGHT_STEP = 1 / 1024;
const LIMIT = 32767;

export interface WeightSlots {
  array: Int16Array;
  stride: number;
  offset: number;
}

/** The fixed-point value of x, saturating at the ends of the range. */
export function toFixedPoint(x: number): number {
  const q = Math.round(x / WEIGHT_STEP);
  return q > LIMIT ? LIMIT : q < -LIMIT ? -LIMIT : q;
}
