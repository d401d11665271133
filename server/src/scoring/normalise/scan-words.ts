import { type Token, ScannedToken } from './token';
import type { TokenBuffer } from '../token-buffer';
import { keyHash, keyHashEnd, keyHashStep } from './key-hash';
import { LetterWatch } from './letter-watch';
import { isTokenChar, makeWord, plainToken, tagToken } from './word-tokens';
import { profaneRootsAnywhere, profaneRootsAtStart } from '../flags/profanity-words';

export { isCensoredShape } from './word-shapes';
export { isTokenChar, makeToken, unleet } from './word-tokens';

// The hot path of scoring: a hand-written scan over char codes that turns the
// folded text into tokens without regexes for ordinary words. Only words with
// digits, symbols or non-ASCII letters take the slower `makeWord` path.
// . ? ! ; and newline end a sentence.
const isBreakChar = (c: number) => c === 46 || c === 63 || c === 33 || c === 59 || c === 10;

function hasBreakChar(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreakChar(folded.charCodeAt(i))) return true;
  return false;
}

const BREAK_HASH = keyHash('.');

export function breakToken(at: number): Token {
  return new ScannedToken('break', '.', '', BREAK_HASH, null, false, false, false, false, at, at);
}

/**
 * The profanity roots, looked for while scanning: the detector then knows
 * whether the folded text has one without a regex pass over the comment.
 */
export const ROOT_WATCH = new LetterWatch(profaneRootsAnywhere, profaneRootsAtStart);

/** `scanWords` result bits: three single characters in a row; a profanity root in the text. */
export const SINGLE_RUN = 1;
export const ROOT_SEEN = 2;

/** Single characters that may be a spaced-out word ("a s s"). */
export const isSingle = (t: Token) => t.end - t.start === 1 && t.kind !== 'mention';

/**
 * Tokens of the folded text, in order, in one pass. With `withBreaks`, a
 * "break" token goes between two tokens wherever sentence punctuation
 * separates them. Returns SINGLE_RUN when three single characters came in a
 * row, in which case the caller joins spaced-out letters first and rescans,
 * and ROOT_SEEN when the text has a profanity root (see ROOT_WATCH).
 */
export function scanWords(folded: string, out: TokenBuffer<Token>, withBreaks: boolean): number {
  out.begin();
  const n = folded.length;
  const watch = ROOT_WATCH.table;
  let watching = LetterWatch.FREE;
  let pendingBreak = false;
  let singles = 0;
  let singleRun = false;
  let prevEnd = -1;
  for (let i = 0; i < n; ) {
    const c0 = folded.charCodeAt(i);
    if (!(c0 >= 97 && c0 <= 122) && !isTokenChar(c0)) {
      if (isBreakChar(c0)) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    // Tokens start after characters that are neither letters nor digits.
    if (watching !== LetterWatch.FOUND) watching = LetterWatch.FREE;
    // The sign of a #tag or @name is left out of `plain` and of the hash, so
    // that one of plain letters ("@user", most of them) skips `makeWord`.
    const sign = c0 === 64 || c0 === 35;
    if (sign) i++;
    let plain = true;
    let prev = 0;
    let run = 0;
    let elongated = false;
    // The key's hash as it is read (a plain word's key is the word as written).
    let hash = 0;
    for (; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        hash = keyHashStep(hash, c);
        run = c === prev ? run + 1 : 1;
        if (run === 3) elongated = true;
        prev = c;
        watching = watch[watching * 32 + (c & 31)]!;
        continue;
      }
      if (!isTokenChar(c)) break;
      plain = false;
      watching = LetterWatch.afterOther(watching, c);
    }
    const t = !plain || (sign && i - start < 2) ? makeWord(folded.slice(start, i), start, i)
      : sign ? tagToken(folded, start, i) : plainToken(folded, keyHashEnd(hash), start, i, elongated);
    if (!t) {
      // All trimmed away ("!!!"): its characters still separate sentences.
      if (hasBreakChar(folded, start, i)) pendingBreak = true;
      continue;
    }
    if (t.start > start && hasBreakChar(folded, start, t.start)) pendingBreak = true;
    if (withBreaks && pendingBreak && prevEnd >= 0) out.push(breakToken(prevEnd));
    pendingBreak = t.end < i && hasBreakChar(folded, t.end, i);
    out.push(t);
    prevEnd = t.end;
    singles = isSingle(t) ? singles + 1 : 0;
    if (singles >= 3) singleRun = true;
  }
  return (singleRun ? SINGLE_RUN : 0) | (watching === LetterWatch.FOUND ? ROOT_SEEN : 0);
}
