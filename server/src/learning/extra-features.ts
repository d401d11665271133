// Named dense features besides a comment's words: the rule scorer's flags,
// sentiment and priority (rule-features.ts), or any a caller has. Parallel
// arrays in a fixed order, each name with its hash: every scored comment
// carries a few, and a plain object with computed keys, sorted and hashed
// again for every prediction, cost as much as a tenth of one.
import { FeatureKind, fnvString, SEED } from './feature-vector';

// Names come from a small set (rule flags, sentiment buckets): hash each
// once. Bounded, in case a caller sends unbounded names.
const hashes = new Map<string, number>();

export function extraHash(name: string): number {
  let h = hashes.get(name);
  if (h === undefined) {
    h = fnvString(SEED[FeatureKind.extra] ?? 0, name);
    if (hashes.size < 4096) hashes.set(name, h);
  }
  return h;
}

export class ExtraFeatures {
  readonly names: string[] = [];
  readonly values: number[] = [];
  readonly hashes: number[] = [];

  /**
   * From a plain object, in key order: the features' order (and so the
   * float sums of a prediction) never depends on how the object was built.
   */
  static from(record: Readonly<Record<string, number>>): ExtraFeatures {
    const features = new ExtraFeatures();
    for (const name of Object.keys(record).sort()) features.set(name, record[name] ?? 0);
    return features;
  }

  /** Sets a feature; a name set twice keeps the larger value. `hash` saves a lookup when the caller knows it. */
  set(name: string, value: number, hash = extraHash(name)): void {
    const at = this.names.indexOf(name);
    if (at >= 0) {
      this.values[at] = Math.max(this.values[at] ?? 0, value);
      return;
    }
    this.names.push(name);
    this.values.push(value);
    this.hashes.push(hash);
  }

  get(name: string): number | undefined {
    const at = this.names.indexOf(name);
    return at >= 0 ? this.values[at] : undefined;
  }

  /** As a plain object (tests, logs). */
  toRecord(): Record<string, number> {
    return Object.fromEntries(this.names.map((name, k) => [name, this.values[k] ?? 0]));
  }
}
