import { describe, expect, it } from 'vitest';
import { Explainer } from './explain-prediction';
import { ExtraFeatures } from './extra-features';
import { defaultFeatureOptions, extractFeatures, FeatureKind, FeatureVector } from './hashed-features';
import { modelText } from './model-words';

/**
 * What an explanation is, written the slow, obvious way: every candidate
 * (bigram, extra, one per word for its 4-grams), the `size` largest by
 * |value| (earlier first on ties), merged by name, largest first.
 */
function reference(f: FeatureVector, c: Float64Array, top: number, size: number): { feature: string; weight: number }[] {
  const candidates: { k: number; value: number }[] = [];
  for (let k = f.rejectStart + 1; k < f.count; k++) {
    if (f.kinds[k] !== FeatureKind.chars) candidates.push({ k, value: c[k] ?? 0 });
    else if (k + 1 === f.charEnd || f.refs[k + 1] !== f.refs[k]) {
      let sum = 0;
      for (let j = k; j >= f.reasonEnd && f.refs[j] === f.refs[k]; j--) sum += c[j] ?? 0;
      candidates.push({ k, value: sum });
    }
  }
  const kept = candidates.filter((x) => x.value !== 0).sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, size);
  const merged: { feature: string; weight: number }[] = [];
  for (const { k, value } of kept) {
    const name = f.nameOf(k);
    const same = merged.find((m) => m.feature === name);
    if (same) same.weight += value;
    else merged.push({ feature: name, weight: value });
  }
  return merged.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, top);
}

describe('Explainer', () => {
  it('picks what sorting every candidate picks', () => {
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const texts = [
      'You are WRONG and you know it, you idiot',
      '@alice the zorblax deal is back!!! zorblax zorblax',
      'a thoughtful note about the park, part 7 😡 :D',
      'x',
      '',
    ];
    const explainer = new Explainer();
    for (let round = 0; round < 200; round++) {
      const text = texts[round % texts.length] ?? '';
      const f = extractFeatures(modelText(text), ExtraFeatures.from({ 'flag:insult': 0.9, 'sentiment:negative': 1 }), defaultFeatureOptions, new FeatureVector());
      const c = new Float64Array(f.count);
      // Wide magnitudes, zeros, and ties (a few values drawn from a short list).
      for (let k = 0; k < f.count; k++) c[k] = random() < 0.15 ? 0 : random() < 0.2 ? [0.5, -0.5, 1e-9][k % 3] ?? 0 : (random() - 0.5) * 2 ** Math.floor(random() * 20 - 12);
      const expected = reference(f, c, 8, 12);
      // Split into two models' shares, blended back by the explainer.
      const half = c.map((x) => x / 2);
      const got = explainer.explain(f, half, Float64Array.from(c), 1, 0.5, 8);
      expect(got.map((x) => x.feature)).toEqual(expected.map((x) => x.feature));
      got.forEach((x, i) => expect(x.weight).toBeCloseTo(expected[i]?.weight ?? Number.NaN, 12));
    }
  });
});
