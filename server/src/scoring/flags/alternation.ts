/** What `collectHits` needs of a regex with the `g` flag: `lastIndex` and `exec`. */
export interface GlobalMatcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * The matches of `\b(A1|A2|...)\b` (flags `gd`), found with one small regex
 * per alternative, `\b(Ak)\b`, run only for the alternatives the caller says
 * can match. A regex engine tries every alternative of a long alternation at
 * every position of the text; each small regex looks only for its own words.
 *
 * The combined regex's next match is at the leftmost position where any
 * alternative matches, and there the first alternative (in list order) that
 * matches wins: so this takes, from `lastIndex`, each enabled alternative's
 * leftmost match, keeps the leftmost, and on a tie the earliest in the list.
 * Each small regex matches Ak with the same backtracking order and the same
 * group 1 as the combined one, so matches, indices and order are identical.
 */
export class Alternation implements GlobalMatcher {
  /** The combined regex, for when every alternative may match. */
  readonly combined: RegExp;
  private readonly parts: RegExp[];
  private enabled: readonly number[] = [];
  lastIndex = 0;

  constructor(readonly alternatives: readonly string[]) {
    this.combined = new RegExp(`\\b(${alternatives.join('|')})\\b`, 'gd');
    this.parts = alternatives.map((a) => new RegExp(`\\b(${a})\\b`, 'gd'));
  }

  /** Which alternatives (indices, ascending) the next matching may use. */
  use(enabled: readonly number[]): this {
    this.enabled = enabled;
    this.lastIndex = 0;
    return this;
  }

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const k of this.enabled) {
      const re = this.parts[k]!;
      re.lastIndex = this.lastIndex;
      const m = re.exec(text);
      // Strictly left of the best so far: on a tie the earlier alternative stays.
      if (m !== null && (best === null || m.index < best.index)) best = m;
    }
    this.lastIndex = best === null ? 0 : best.index + best[0].length;
    return best;
  }
}
