// A comment's normalised tokens as UTF-16 code units in one typed array, with
// each token's range: hashing reads numbers from memory instead of calling
// charCodeAt on a slice of a string per character (several times cheaper,
// and this runs for every comment scored). Strings are made only for the few
// tokens a prediction's explanation names.

export class TokenBuffer {
  /** Number of tokens. */
  count = 0;
  codes = new Uint16Array(1024);
  /** Code units used in `codes`. */
  length = 0;
  starts = new Int32Array(128);
  ends = new Int32Array(128);
  /** 1 for the link and handle placeholders: they stand for no spelling. */
  placeholder = new Uint8Array(128);
  /** Where a token copied verbatim from `source` starts there; -1 for others. */
  private sourceStarts = new Int32Array(128);
  private source = '';

  /** Starts over for a new comment whose (lower-cased) text is `source`. */
  reset(source = ''): void {
    this.count = 0;
    this.length = 0;
    this.source = source;
  }

  /**
   * Starts a token; push its code units, then call end(). `sourceStart`:
   * where it starts in the source if its units are copied from there as they are.
   */
  begin(placeholder = false, sourceStart = -1): void {
    if (this.count === this.starts.length) this.growTokens();
    this.starts[this.count] = this.length;
    this.placeholder[this.count] = placeholder ? 1 : 0;
    this.sourceStarts[this.count] = sourceStart;
  }

  push(code: number): void {
    if (this.length === this.codes.length) {
      const codes = new Uint16Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.codes[this.length++] = code;
  }

  /**
   * Appends s[start, end) as it is: one capacity check, then a plain loop
   * (most tokens of most comments are copied this way).
   */
  pushRange(s: string, start: number, end: number): void {
    let length = this.length;
    if (length + end - start > this.codes.length) {
      const codes = new Uint16Array(Math.max(this.codes.length * 2, length + end - start));
      codes.set(this.codes);
      this.codes = codes;
    }
    const codes = this.codes;
    for (let j = start; j < end; j++) codes[length++] = s.charCodeAt(j);
    this.length = length;
  }

  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }

  /** Ends the token begun last; an empty one is dropped. */
  end(): void {
    if (this.length > (this.starts[this.count] ?? 0)) {
      this.ends[this.count] = this.length;
      this.count++;
    }
  }

  /** Token t as a string (for names, not for hot loops). */
  text(t: number): string {
    const start = this.starts[t] ?? 0;
    const end = this.ends[t] ?? 0;
    const from = this.sourceStarts[t] ?? -1;
    if (from >= 0) return this.source.slice(from, from + end - start);
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(this.codes[i] ?? 0);
    return text;
  }

  private growTokens(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const placeholder = new Uint8Array(size);
    const sourceStarts = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    placeholder.set(this.placeholder);
    sourceStarts.set(this.sourceStarts);
    this.starts = starts;
    this.ends = ends;
    this.placeholder = placeholder;
    this.sourceStarts = sourceStarts;
  }
}
