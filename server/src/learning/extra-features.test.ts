import { describe, expect, it } from 'vitest';
import { ExtraFeatures, extraHash } from './extra-features';

describe('ExtraFeatures', () => {
  it('keeps the larger value of a name set twice, in first-set order', () => {
    const f = new ExtraFeatures();
    f.set('flag:insult', 0.4);
    f.set('sentiment:negative', 1);
    f.set('flag:insult', 0.9);
    f.set('flag:insult', 0.2);
    expect(f.names).toEqual(['flag:insult', 'sentiment:negative']);
    expect(f.get('flag:insult')).toBe(0.9);
    expect(f.get('flag:threat')).toBeUndefined();
    expect(f.hashes).toEqual([extraHash('flag:insult'), extraHash('sentiment:negative')]);
  });

  it('takes a plain object in key order, whatever order it was built in', () => {
    const a = ExtraFeatures.from({ b: 2, a: 1 });
    const b = ExtraFeatures.from({ a: 1, b: 2 });
    expect(a).toEqual(b);
    expect(a.names).toEqual(['a', 'b']);
    expect(a.toRecord()).toEqual({ a: 1, b: 2 });
  });
});
