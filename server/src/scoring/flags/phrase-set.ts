import type { NormalisedText } from '../normalise/tokenise';
import { anchorGroup, tokenAnchors } from './anchor-index';
import { Alternation, type GlobalMatcher } from './alternation';

/**
 * One alternative of a `\b(A1|A2|...)\b` rule and `needs`: word lists every
 * match of it has a whole token from (one list per word slot, spelled as
 * the canonical text has it, glued forms included where the pattern makes a
 * space optional).
 */
export interface Phrase { pattern: string; needs: readonly (readonly string[])[] }

/**
 * A token the regex may match only in part: one with a character other than
 * a-z and 0-9 (after the sign of a #tag or @name), where `\b` can fall inside
 * it ("中shut", "f*ck"). Every other token is one word to the regex, and word
 * lists are only trusted while every token is one.
 */
function mayMatchInside(key: string, from: number): boolean {
  for (let i = from; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return true;
  }
  return false;
}

/** Whether some token of the comment may be matched only in part (see `mayMatchInside`). */
export function someTokenMatchesInPart(text: NormalisedText): boolean {
  for (const t of text.tokens) {
    if (t.plain || t.kind === 'break') continue;
    if (mayMatchInside(t.key, t.kind === 'hashtag' || t.kind === 'mention' ? 1 : 0)) return true;
  }
  return false;
}

/**
 * The alternatives of one `\b(A1|A2|...)\b` rule (flags `gd`), looked for
 * only where they can match: per comment, the alternatives some list of
 * which has no word in it are left out, and most comments are left with
 * none (their anchor word is "people", "back" or "over" with none of the
 * words around it that a phrase needs).
 */
export class PhraseSet {
  private readonly alternation: Alternation;
  /** Every alternative in one regex, as the rule has always been written. */
  readonly combined: RegExp;
  private readonly phraseLists: number[][];
  private readonly listsOfWord = new Map<string, number[]>();
  /** The anchor-index group of every word in the lists. */
  private readonly bit: number;
  // Which lists the comment being scored has a word of: list id -> stamp of
  // the call that saw it, so nothing is cleared or allocated per comment.
  private readonly seenIn: Int32Array;
  private stamp = 0;
  private readonly enabled: number[] = [];

  constructor(phrases: readonly Phrase[]) {
    this.alternation = new Alternation(phrases.map((p) => p.pattern));
    this.combined = this.alternation.combined;
    const listIds = new Map<string, number>();
    this.phraseLists = phrases.map((p) => p.needs.map((words) => {
      const key = [...words].sort().join(' ');
      let id = listIds.get(key);
      if (id === undefined) {
        id = listIds.size;
        listIds.set(key, id);
        for (const w of words) this.listsOfWord.set(w, [...(this.listsOfWord.get(w) ?? []), id]);
      }
      return id;
    }));
    this.seenIn = new Int32Array(listIds.size);
    this.bit = anchorGroup(this.listsOfWord.keys());
  }

  private mark(word: string): void {
    const ids = this.listsOfWord.get(word);
    if (ids !== undefined) for (const id of ids) this.seenIn[id] = this.stamp;
  }

  /**
   * How to look for the phrases in this comment: null when none can match;
   * else the few that can, or, when a token may match in part, all of them.
   */
  matcher(text: NormalisedText): GlobalMatcher | null {
    const tokens = text.tokens;
    if (tokens.length === 0 || someTokenMatchesInPart(text)) return this.combined;
    const anchors = tokenAnchors(text);
    if (++this.stamp === 0x40000000) {
      this.seenIn.fill(0);
      this.stamp = 1;
    }
    for (let i = 0; i < tokens.length; i++) {
      if ((anchors[i]! & this.bit) === 0) continue;
      const t = tokens[i]!;
      this.mark(t.key);
      // As the anchor index does: #tags and @names also count as the word after the sign.
      if (t.kind === 'hashtag' || t.kind === 'mention') this.mark(t.key.slice(1));
    }
    const enabled = this.enabled;
    enabled.length = 0;
    for (let p = 0; p < this.phraseLists.length; p++) {
      const lists = this.phraseLists[p]!;
      let all = true;
      for (let k = 0; k < lists.length && all; k++) all = this.seenIn[lists[k]!] === this.stamp;
      if (all) enabled.push(p);
    }
    return enabled.length === 0 ? null : this.alternation.use(enabled);
  }
}
