// Sparse bytes for hashed tables that are mostly zero: a site's model touches
// a few hundred thousand of its buckets at most. Arrays that share one index
// set (FTRL's z and n; NB's two counts) are written together:
//   varint count | count varint index gaps | for each array: count float32 LE
// Values are the in-memory float32s, so a round trip is bit-exact.

/** Encodes same-length arrays at the buckets where any of them is non-zero (or -0). */
export function encodeSparse(arrays: readonly Float32Array[]): Buffer {
  const first = arrays[0];
  if (!first) return Buffer.alloc(0);
  // Plain loops over typed arrays: this runs over millions of buckets on
  // every save, and a closure per bucket made it several times slower.
  const size = first.length;
  const indexes = new Uint32Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < arrays.length; j++) {
      const v = (arrays[j] as Float32Array)[i] ?? 0;
      if (v !== 0 || 1 / v < 0) {
        indexes[n++] = i;
        break;
      }
    }
  }
  const head = new Uint8Array(5 * (n + 1));
  let at = writeVarint(head, 0, n);
  let previous = -1;
  for (let k = 0; k < n; k++) {
    const i = indexes[k] ?? 0;
    at = writeVarint(head, at, i - previous - 1);
    previous = i;
  }
  const values = new Float32Array(n * arrays.length);
  for (let j = 0; j < arrays.length; j++) {
    const a = arrays[j] as Float32Array;
    for (let k = 0; k < n; k++) values[j * n + k] = a[indexes[k] ?? 0] ?? 0;
  }
  return Buffer.concat([Buffer.from(head.buffer, 0, at), Buffer.from(values.buffer, values.byteOffset, values.byteLength)]);
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  let v = value >>> 0;
  let i = at;
  while (v >= 0x80) {
    out[i++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[i++] = v;
  return i;
}

export class SparseReader {
  constructor(
    private readonly bytes: Buffer,
    public offset = 0,
  ) {}

  private varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new Error('site model payload is truncated or corrupt');
      const b = this.bytes[this.offset++] ?? 0;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }

  /** Reads `count` arrays of `size` written by one encodeSparse call. */
  read(count: number, size: number): Float32Array[] {
    const n = this.varint();
    const indexes = new Uint32Array(n);
    let previous = -1;
    for (let k = 0; k < n; k++) {
      previous += this.varint() + 1;
      if (previous >= size) throw new Error('site model payload is truncated or corrupt');
      indexes[k] = previous;
    }
    const byteLength = n * count * 4;
    if (this.offset + byteLength > this.bytes.length) throw new Error('site model payload is truncated or corrupt');
    // Copy into a fresh, aligned buffer: the stored bytes may be pooled or unaligned.
    const values = new Float32Array(n * count);
    new Uint8Array(values.buffer).set(this.bytes.subarray(this.offset, this.offset + byteLength));
    this.offset += byteLength;
    return Array.from({ length: count }, (_, j) => {
      const a = new Float32Array(size);
      for (let k = 0; k < n; k++) a[indexes[k] ?? 0] = values[j * n + k] ?? 0;
      return a;
    });
  }

  rest(length: number): Uint8Array {
    if (this.offset + length !== this.bytes.length) throw new Error('site model payload is truncated or corrupt');
    return new Uint8Array(this.bytes.subarray(this.offset, this.offset + length));
  }
}
