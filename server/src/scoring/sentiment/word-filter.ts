import type { Token } from './token';

/**
 * A small Bloom filter over lower-case ASCII words. Most words in a comment
 * ("the", "you", "is") are in no lexicon; asking this filter (16 KB for the
 * lexicon, far less for short word lists) first avoids a probe of the large
 * lexicon Map, whose buckets and key strings are rarely in cache when the
 * whole scoring pipeline runs. A "no" is certain; a "maybe" still goes to
 * the Map, so results never change.
 */
const MIN_BITS = 1 << 10;
const MAX_BITS = 1 << 17;
/** Bits per entry: about one false "maybe" in fifty. */
const BITS_PER_ENTRY = 16;

/**
 * The tokenizer applies these steps while it reads a word. Per character
 * only a rotate and an xor, a short dependency chain in that loop; one
 * multiply per word mixes the bits.
 */
export const WORD_HASH_SEED = 0;
export function wordHashStep(h: number, code: number): number {
  return ((h << 7) | (h >>> 25)) ^ code;
}
/** The finished hash, cut to 30 bits: a small integer, stored unboxed in a token. */
export function wordHashEnd(h: number): number {
  const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 13)) & 0x3fffffff;
}

/** One hash for two words in a row, from their hashes. */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x2c1b3c6d) ^ second) & 0x3fffffff;
}

/** Hash of an all-ASCII word as the tokenizer computes it; -1 when it has other characters. */
export function wordHash(word: string): number {
  let h = WORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    h = wordHashStep(h, c);
  }
  return wordHashEnd(h);
}

export class WordFilter {
  private readonly bits: Uint32Array;
  /** Which 32-bit word of `bits` a hash's two bits are in. */
  private readonly wordMask: number;
  /** `hashes`: more entries given by hash (30 bits, as `wordHash` gives). */
  constructor(words: Iterable<string>, hashes: Iterable<number> = []) {
    const entries = [...hashes];
    for (const word of words) {
      const h = wordHash(word);
      if (h >= 0) entries.push(h);
    }
    let size = MIN_BITS;
    while (size < entries.length * BITS_PER_ENTRY && size < MAX_BITS) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.wordMask = (size >>> 5) - 1;
    for (const h of entries) this.bits[h & this.wordMask]! |= bitsOf(h);
  }
  /** False only when no word with this hash was added; -1 (unknown) always may. */
  mayHave(h: number): boolean {
    if (h < 0) return true;
    const pair = bitsOf(h);
    return (this.bits[h & this.wordMask]! & pair) === pair;
  }
}

// Both bits of a hash in one 32-bit word (chosen by the hash's low bits, at
// most 12 of them), at positions from bits 20-24 and 25-29: a test reads one
// cache line, where two bits anywhere would often miss the cache twice.
function bitsOf(h: number): number {
  return (1 << ((h >>> 20) & 31)) | (1 << ((h >>> 25) & 31));
}

/**
 * Open-addressing table from all-ASCII words to numbers, probed with the
 * tokenizer's hash: no string hashing by the engine and a compact layout,
 * for the lexicon words that pass the filter. Words with other characters
 * are not in it (their tokens have hash -1 and use the Map).
 *
 * The words' characters are kept side by side in one byte array, and a
 * token is compared with them in place: a probe reads its slot, then one
 * run of bytes, where a string compare would read the words array, the
 * word's string (both rarely in cache while a whole comment is scored) and
 * a lower-case copy of the token made for the purpose.
 */
export class WordTable {
  /** Per slot: hash, entry + 1, and the word's offset and length in `chars`, in one cache line. */
  private readonly slots: Int32Array;
  private readonly chars: Uint8Array;
  private readonly values: number[] = [];
  private readonly mask: number;
  constructor(entries: Iterable<readonly [string, number]>) {
    const ascii: [string, number, number][] = [];
    let length = 0;
    for (const [word, value] of entries) {
      const h = wordHash(word);
      if (h < 0) continue;
      ascii.push([word, value, h]);
      length += word.length;
    }
    let size = 16;
    while (size < ascii.length * 2) size *= 2;
    this.slots = new Int32Array(size * 4);
    this.chars = new Uint8Array(length);
    this.mask = size - 1;
    let at = 0;
    for (const [word, value, h] of ascii) {
      this.values.push(value);
      let slot = h & this.mask;
      while (this.slots[4 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[4 * slot] = h;
      this.slots[4 * slot + 1] = this.values.length;
      this.slots[4 * slot + 2] = at;
      this.slots[4 * slot + 3] = word.length;
      for (let k = 0; k < word.length; k++) this.chars[at++] = word.charCodeAt(k);
    }
  }
  /** The value of a word token's `lower`, whose hash is h (>= 0), compared in place: `lower` is not made. */
  getFor(h: number, token: Token): number | undefined {
    let slot = h & this.mask;
    for (let entry = this.slots[4 * slot + 1]!; entry !== 0; entry = this.slots[4 * slot + 1]!) {
      if (this.slots[4 * slot] === h && token.lowerIsAt(this.chars, this.slots[4 * slot + 2]!, this.slots[4 * slot + 3]!)) return this.values[entry - 1];
      slot = (slot + 1) & this.mask;
    }
    return undefined;
  }
}
