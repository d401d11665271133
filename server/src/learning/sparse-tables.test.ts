import { describe, expect, it } from 'vitest';
import { encodeSparse, SparseReader } from './sparse-tables';

describe('sparse tables', () => {
  it('round-trips arrays bit-exactly, writing only non-zero buckets', () => {
    const z = new Float32Array(1 << 12);
    const n = new Float32Array(1 << 12);
    z[3] = -0.125;
    n[3] = 1e-7;
    n[4000] = 12345.678;
    z[4095] = Math.fround(Math.PI);
    const bytes = encodeSparse([z, n]);
    expect(bytes.length).toBeLessThan(40); // 3 buckets × 2 floats + indexes
    const [z2, n2] = new SparseReader(bytes).read(2, 1 << 12);
    expect(z2).toEqual(z);
    expect(n2).toEqual(n);
  });

  it('handles empty tables and reports a truncated payload', () => {
    const empty = encodeSparse([new Float32Array(64)]);
    expect(new SparseReader(empty).read(1, 64)[0]).toEqual(new Float32Array(64));
    const a = new Float32Array(64);
    a[10] = 1;
    const bytes = encodeSparse([a]);
    expect(() => new SparseReader(bytes.subarray(0, bytes.length - 1)).read(1, 64)).toThrow(/truncated/);
    expect(() => new SparseReader(bytes).read(1, 8)).toThrow(/corrupt/);
  });
});
