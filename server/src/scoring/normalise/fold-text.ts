import { homoglyphs, invisible } from './homoglyphs';

/**
 * The comment lower-cased with look-alike letters, accents and invisible
 * characters folded to plain ASCII where possible, plus a map back to the
 * original so any match can be reported as a span of the text as written.
 */
export interface FoldedText {
  original: string;
  folded: string;
  /** Original start offset of each folded code unit; null when identical (ASCII). */
  origStart: Int32Array | null;
  /** Original end offset (exclusive) of each folded code unit; null when identical. */
  origEnd: Int32Array | null;
  /** ASCII capitals plus non-ASCII code units in the original: a bound on its capital letters. */
  capitals: number;
  /** The original has non-ASCII characters (then look-alike letters may hide in words). */
  nonAscii: boolean;
  /** ASCII digits in the original (phone numbers need 9). */
  digits: number;
}

// ASCII character classes counted while folding: 1 = capital, 2 = digit.
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 2;

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

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Folded form of the code point at `i` of `width` code units. Characters
 * that fold to nothing (zero-width joiners, combining marks, emoji variation
 * selectors) are dropped only inside a word, where they split it ("fu\u200Bck");
 * elsewhere ("❤️", "👨‍👩") they become a space, which keeps the folded text
 * as long as the original and so needs no offset map.
 */
function foldAt(original: string, i: number, c: number, width: number, prev: number): string {
  const next = width === 2 ? original.charCodeAt(i + 1) : 0;
  const cp = width === 2 ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c;
  const out = foldByCodePoint.get(cp) ?? foldCodePoint(cp, original.slice(i, i + width));
  if (out !== '' || isWordCode(prev)) return out;
  return width === 2 ? '  ' : ' ';
}

const widthAt = (original: string, i: number, c: number) => {
  const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

export function foldText(original: string): FoldedText {
  const n = original.length;
  let i = 0;
  let capitals = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c >= 128) break;
    const cls = CLASS[c]!;
    capitals += cls & 1;
    digits += cls >> 1;
  }
  if (i === n) return { original, folded: original.toLowerCase(), origStart: null, origEnd: null, capitals, nonAscii: false, digits };
  // Most non-ASCII comments are ASCII plus emoji or accented letters, which
  // fold to as many code units as they had: then offsets need no map.
  let folded = original.slice(0, i).toLowerCase();
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      let j = i;
      for (; j < n; j++) {
        const cj = original.charCodeAt(j);
        if (cj >= 128) break;
        const cls = CLASS[cj]!;
        capitals += cls & 1;
        digits += cls >> 1;
      }
      folded += original.slice(i, j).toLowerCase();
      i = j;
      continue;
    }
    const width = widthAt(original, i, c);
    const out = foldAt(original, i, c, width, folded.length > 0 ? folded.charCodeAt(folded.length - 1) : 32);
    if (out.length !== width) return foldWithOffsets(original);
    folded += out;
    capitals += width;
    i += width;
  }
  return { original, folded, origStart: null, origEnd: null, capitals, nonAscii: true, digits };
}

/** Folding that changes lengths ("ß" → "ss", "𝐟" → "f", "fu\u200Bck"), with offset maps. */
function foldWithOffsets(original: string): FoldedText {
  const n = original.length;
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let folded = '';
  let capitals = 0;
  let digits = 0;
  let len = 0;
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    let out: string;
    let width: number;
    if (c < 128) {
      let j = i;
      for (; j < n; j++) {
        const cj = original.charCodeAt(j);
        if (cj >= 128) break;
        const cls = CLASS[cj]!;
        capitals += cls & 1;
        digits += cls >> 1;
      }
      out = original.slice(i, j).toLowerCase();
      width = j - i;
    } else {
      width = widthAt(original, i, c);
      out = foldAt(original, i, c, width, len > 0 ? folded.charCodeAt(len - 1) : 32);
      capitals += width;
    }
    if (len + out.length > starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array((len + out.length) * 2); b.set(a); return b; };
      starts = grow(starts);
      ends = grow(ends);
    }
    if (c < 128) {
      for (let k = 0; k < width; k++) { starts[len + k] = i + k; ends[len + k] = i + k + 1; }
    } else {
      for (let k = 0; k < out.length; k++) { starts[len + k] = i; ends[len + k] = i + width; }
    }
    len += out.length;
    folded += out;
    i += width;
  }
  return { original, folded, origStart: starts.subarray(0, len), origEnd: ends.subarray(0, len), capitals, nonAscii: true, digits };
}

/** Maps a folded range [start, end) to the original text's UTF-16 offsets. */
export function toOriginalSpan(text: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!text.origStart || !text.origEnd) return { start, end };
  if (end <= start) {
    const at = start < text.origStart.length ? text.origStart[start]! : text.original.length;
    return { start: at, end: at };
  }
  return { start: text.origStart[start]!, end: text.origEnd[end - 1]! };
}

/** `toOriginalSpan(text, start, end).start` for a non-empty range, without making the span. */
export function originalStart(text: FoldedText, start: number): number {
  return text.origStart ? text.origStart[start]! : start;
}

/** `toOriginalSpan(text, start, end).end` for a non-empty range, without making the span. */
export function originalEnd(text: FoldedText, end: number): number {
  return text.origEnd ? text.origEnd[end - 1]! : end;
}
