import { homoglyphs, invisible } from './homoglyphs';

// Folding of single characters, each looked up once and remembered.

const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** Folds one code point; '' drops it (combining marks, zero-width joiners). */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (invisible.has(ch)) out = '';
  else {
    const lower = ch.toLowerCase();
    const glyph = homoglyphs[lower];
    if (glyph !== undefined) out = glyph;
    else {
      const stripped = lower.normalize('NFKD').replace(MARKS, '');
      // NFKD turns 𝐟𝐮𝐜𝐤, ｆｕｃｋ and ℱ into plain letters; a second pass catches
      // homoglyphs that only appear after decomposition.
      out = [...stripped].map((c) => homoglyphs[c.toLowerCase()] ?? c.toLowerCase()).join('');
    }
  }
  if (foldCache.size < 10_000) foldCache.set(ch, out);
  return out;
}

// Folded form of each code point seen, keyed by number so the hot loop
// neither slices nor hashes a string.
const foldByCodePoint = new Map<number, string>();
function foldCodePoint(cp: number, ch: string): string {
  const out = foldChar(ch);
  if (foldByCodePoint.size < 10_000) foldByCodePoint.set(cp, out);
  return out;
}

export const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Folded form of the code point at `i` of `width` code units. Characters
 * that fold to nothing (zero-width joiners, combining marks, emoji variation
 * selectors) are dropped only inside a word, where they split it ("fu\u200Bck");
 * elsewhere ("❤️", "👨‍👩") they become a space, which keeps the folded text
 * as long as the original and so needs no offset map.
 */
export function foldAt(original: string, i: number, c: number, width: number, prev: number): string {
  const next = width === 2 ? original.charCodeAt(i + 1) : 0;
  const cp = width === 2 ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c;
  const out = foldByCodePoint.get(cp) ?? foldCodePoint(cp, original.slice(i, i + width));
  if (out !== '' || isWordCode(prev)) return out;
  return width === 2 ? '  ' : ' ';
}

/**
 * `charKind` bits. SELF: the code point folds to itself and is its own lower
 * case (emoji, most symbols), so a run of text with only these and ASCII
 * folds to its lower case, made in one call (lower-casing depends on context
 * only for the letters it changes, and these it does not change). LETTER: a
 * letter (\p{L}), which may be a look-alike hiding in a word.
 */
export const SELF = 1;
export const LETTER = 2;
const LETTER_RE = /^\p{L}$/u;
const kindByCodePoint = new Map<number, number>();

/** SELF and LETTER bits of the (non-ASCII) code point at `i` of `width` code units. */
export function charKind(original: string, i: number, c: number, width: number): number {
  const cp = width === 2 ? (c - 0xd800) * 0x400 + (original.charCodeAt(i + 1) - 0xdc00) + 0x10000 : c;
  let kind = kindByCodePoint.get(cp);
  if (kind === undefined) {
    const ch = original.slice(i, i + width);
    kind = (foldChar(ch) === ch && ch.toLowerCase() === ch ? SELF : 0) | (LETTER_RE.test(ch) ? LETTER : 0);
    if (kindByCodePoint.size < 10_000) kindByCodePoint.set(cp, kind);
  }
  return kind;
}

export const widthAt = (original: string, i: number, c: number) => {
  const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};
