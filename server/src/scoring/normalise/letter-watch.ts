/**
 * Whether any of a few letter sequences occurs in a text, decided by an
 * automaton that takes one table step per letter a-z: the scanner steps it
 * while it reads the folded text anyway, where a regex would make one more
 * pass over every comment. The profanity detector's roots are watched so.
 *
 * A sequence lies within one run of letters a-z. `anywhere` sequences count
 * anywhere in a run; `atRunStart` ones only where a run starts, and not
 * right after a digit: the regex `(?<![a-z0-9])word`.
 */
export class LetterWatch {
  /** At the start of a run of letters, not after a digit. */
  static readonly FREE = 0;
  /** After a digit, or within a run with nothing matched so far. */
  static readonly AFTER_DIGIT = 1;
  /** Some sequence was found; stays so. */
  static readonly FOUND = 2;
  /** Next state: `table[state * 32 + (letter & 31)]`. */
  readonly table: Uint8Array;

  constructor(anywhere: readonly string[], atRunStart: readonly string[]) {
    // A state is the set of partial matches (sequence, letters matched) and
    // whether a run starts there; built from the two start states onwards.
    const words = [...anywhere, ...atRunStart];
    const keys = ['start', '', 'found'];
    const partials: number[][][] = [[], [], []];
    const rows: number[][] = [];
    for (let state = 0; state < keys.length; state++) {
      const row: number[] = [];
      for (let letter = 1; letter <= 26; letter++) {
        const c = 96 + letter;
        if (state === LetterWatch.FOUND) { row[letter] = state; continue; }
        const next: number[][] = [];
        let found = false;
        const extend = (word: number, matched: number) => {
          if (words[word]!.charCodeAt(matched) !== c) return;
          if (matched + 1 === words[word]!.length) found = true;
          else next.push([word, matched + 1]);
        };
        for (const [word, matched] of partials[state]!) extend(word!, matched!);
        for (let w = 0; w < words.length; w++) if (w < anywhere.length || state === LetterWatch.FREE) extend(w, 0);
        if (found) { row[letter] = LetterWatch.FOUND; continue; }
        next.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
        const key = next.map(([w, m]) => `${w}:${m}`).join(' ');
        let to = keys.indexOf(key, 1);
        if (to < 0 || to === LetterWatch.FOUND) {
          to = keys.push(key) - 1;
          partials.push(next);
        }
        row[letter] = to;
      }
      rows.push(row);
    }
    if (keys.length > 255) throw new Error('too many letter sequences to watch');
    this.table = new Uint8Array(keys.length * 32);
    rows.forEach((row, state) => row.forEach((to, letter) => { this.table[state * 32 + letter] = to; }));
  }

  /** The state after a character that is not a letter a-z (unless one was found already). */
  static afterOther(state: number, c: number): number {
    return state === LetterWatch.FOUND ? state : c >= 48 && c <= 57 ? LetterWatch.AFTER_DIGIT : LetterWatch.FREE;
  }

  /** Whether `s` has a watched sequence, for a text the scanner did not read. */
  test(s: string): boolean {
    return this.testIn(s, 0, s.length);
  }

  /** `test(s.slice(from, to))` without the slice. */
  testIn(s: string, from: number, to: number): boolean {
    let state = LetterWatch.FREE;
    for (let i = from; i < to && state !== LetterWatch.FOUND; i++) {
      const c = s.charCodeAt(i);
      state = c >= 97 && c <= 122 ? this.table[state * 32 + (c & 31)]! : LetterWatch.afterOther(state, c);
    }
    return state === LetterWatch.FOUND;
  }
}
