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
}

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7F]*$/;
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

export function foldText(original: string): FoldedText {
  if (ASCII_ONLY.test(original)) {
    return { original, folded: original.toLowerCase(), origStart: null, origEnd: null };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const out = cp < 0x80 ? original[i]!.toLowerCase() : foldChar(original.slice(i, i + len));
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + len);
    }
    parts.push(out);
    i += len;
  }
  return {
    original,
    folded: parts.join(''),
    origStart: Int32Array.from(starts),
    origEnd: Int32Array.from(ends),
  };
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
