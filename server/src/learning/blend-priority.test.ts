import { describe, expect, it } from 'vitest';
import { blendPriority } from './blend-priority';

describe('blendPriority', () => {
  it('returns the rule priority unchanged while the model is inactive', () => {
    expect(blendPriority(0.37, 0.99, false)).toBe(0.37);
  });
  it('averages rule priority and reject probability once active', () => {
    expect(blendPriority(0.2, 0.8, true)).toBeCloseTo(0.5);
    expect(blendPriority(1, 0, true)).toBe(0.5);
  });
  it('clamps out-of-range and NaN inputs into [0, 1]', () => {
    expect(blendPriority(2, 2, true)).toBe(1);
    expect(blendPriority(Number.NaN, -1, true)).toBe(0);
  });
});
