import { LETTER, SELF, charKind, foldAt, widthAt } from './fold-char';

export { foldChar } from './fold-char';

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
  /** The original has non-ASCII letters; false when its non-ASCII characters are only emoji and symbols. */
  nonAsciiLetters: boolean;
  /** ASCII digits in the original (phone numbers need 9). */
  digits: number;
}

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

// ASCII character classes counted while folding: 1 = capital, 2 = digit.
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 2;



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
  if (i === n) return { original, folded: original.toLowerCase(), origStart: null, origEnd: null, capitals, nonAscii: false, nonAsciiLetters: false, digits };
  // Most non-ASCII comments are ASCII plus emoji or accented letters, which
  // fold to as many code units as they had: then offsets need no map.
  // Characters that fold to themselves (emoji) stay in the run that is
  // lower-cased in one piece; only the others split it.
  let parts: string[] | null = null;
  let from = 0;
  // The last folded character, kept here rather than read back from the text being built.
  let last = i > 0 ? asciiLower(original.charCodeAt(i - 1)) : 32;
  let letters = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      const cls = CLASS[c]!;
      capitals += cls & 1;
      digits += cls >> 1;
      last = asciiLower(c);
      i++;
      continue;
    }
    const width = widthAt(original, i, c);
    capitals += width;
    const kind = charKind(original, i, c, width);
    letters |= kind & LETTER;
    if ((kind & SELF) !== 0) {
      last = original.charCodeAt(i + width - 1);
      i += width;
      continue;
    }
    const out = foldAt(original, i, c, width, last);
    if (out.length !== width) return foldWithOffsets(original);
    (parts ??= []).push(original.slice(from, i).toLowerCase(), out);
    last = out.charCodeAt(width - 1);
    i += width;
    from = i;
  }
  const rest = (from === 0 ? original : original.slice(from)).toLowerCase();
  const folded = parts === null ? rest : (parts.push(rest), parts.join(''));
  return { original, folded, origStart: null, origEnd: null, capitals, nonAscii: true, nonAsciiLetters: letters !== 0, digits };
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
  // Rare texts: their words are checked one by one for look-alikes.
  return { original, folded, origStart: starts.subarray(0, len), origEnd: ends.subarray(0, len), capitals, nonAscii: true, nonAsciiLetters: true, digits };
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
