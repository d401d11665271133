/**
 * A small Bloom filter over lower-case ASCII words. Most words in a comment
 * ("the", "you", "is") are in no lexicon; asking this 16 KB filter first
 * avoids a probe of the large lexicon Map, whose buckets and key strings
 * are rarely in cache when the whole scoring pipeline runs. A "no" is
 * certain; a "maybe" still goes to the Map, so results never change.
 */
const BITS = 1 << 17;
const MASK = BITS - 1;

/** FNV-1a step; the tokenizer applies the same steps while it reads a word. */
export const WORD_HASH_SEED = 0x811c9dc5;
export function wordHashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Hash of an all-ASCII word as the tokenizer computes it; -1 when it has other characters. */
export function wordHash(word: string): number {
  let h = WORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    h = wordHashStep(h, c);
  }
  return h >>> 0;
}

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = wordHash(word);
      if (h >= 0) this.add(h);
    }
  }
  private add(h: number): void {
    const a = h & MASK;
    const b = (h >>> 15) & MASK;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }
  /** False only when no word with this hash was added; -1 (unknown) always may. */
  mayHave(h: number): boolean {
    if (h < 0) return true;
    const a = h & MASK;
    const b = (h >>> 15) & MASK;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * Open-addressing table from all-ASCII words to numbers, probed with the
 * tokenizer's hash: no string hashing by the engine and a compact layout,
 * for the lexicon words that pass the filter. Words with other characters
 * are not in it (their tokens have hash -1 and use the Map).
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  private readonly mask: number;
  constructor(entries: Iterable<readonly [string, number]>) {
    const ascii: [string, number, number][] = [];
    for (const [word, value] of entries) {
      const h = wordHash(word);
      if (h >= 0) ascii.push([word, value, h]);
    }
    let size = 16;
    while (size < ascii.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [word, value, h] of ascii) {
      this.hashes.push(h);
      this.words.push(word);
      this.values.push(value);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
    }
  }
  /** The value of `word`, whose `wordHash` is h (>= 0). */
  get(h: number, word: string): number | undefined {
    let slot = h & this.mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === h && this.words[entry - 1] === word) return this.values[entry - 1];
      slot = (slot + 1) & this.mask;
    }
    return undefined;
  }
}
