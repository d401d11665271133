/**
 * Hash of a token's key, computed once by the scanner (it reads every
 * character anyway) and used by the anchor index and the spam detector, so
 * later phases neither re-read the key nor compare strings to rule words out.
 * Per character only a rotate and an xor, a short dependency chain; one
 * multiply per word mixes the bits. Cut to 30 bits, a small integer.
 */
export function keyHashStep(h: number, code: number): number {
  return ((h << 7) | (h >>> 25)) ^ code;
}

export function keyHashEnd(h: number): number {
  const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 13)) & 0x3fffffff;
}

/** Hash of `key` from offset `from` (1 skips the sign of a #tag or @name). */
export function keyHash(key: string, from = 0): number {
  return keyHashOf(key, from, key.length);
}

/** `keyHash(text.slice(start, end))`, read in place. */
export function keyHashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = keyHashStep(h, text.charCodeAt(i));
  return keyHashEnd(h);
}
