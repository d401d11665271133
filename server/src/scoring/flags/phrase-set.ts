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
  private readonly listsOfWord = new Map<string, number[]>();
  /** The phrases (ascending) that need each list, and how many lists each phrase needs. */
  private readonly phrasesOfList: number[][] = [];
  private readonly listsNeeded: Int32Array;
  /** Phrases that need no list at all: always enabled. */
  private readonly listless: number[] = [];
  /** The anchor-index group of every word in the lists. */
  private readonly bit: number;
  // Which lists the comment being scored has a word of: list id -> stamp of
  // the call that saw it, so nothing is cleared or allocated per comment.
  private readonly seenIn: Int32Array;
  // How many of its lists each phrase has seen in this comment, valid where
  // `countedIn` holds this call's stamp: a phrase is enabled when the count
  // reaches its lists, so the work goes by the words marked, not by all phrases.
  private readonly listsSeen: Int32Array;
  private readonly countedIn: Int32Array;
  private stamp = 0;
  private readonly enabled: number[] = [];

  constructor(phrases: readonly Phrase[]) {
    this.alternation = new Alternation(phrases.map((p) => p.pattern));
    this.combined = this.alternation.combined;
    const listIds = new Map<string, number>();
    const phraseLists = phrases.map((p) => p.needs.map((words) => {
      const key = [...words].sort().join(' ');
      let id = listIds.get(key);
      if (id === undefined) {
        id = listIds.size;
        listIds.set(key, id);
        for (const w of words) this.listsOfWord.set(w, [...(this.listsOfWord.get(w) ?? []), id]);
      }
      return id;
    }));
    this.listsNeeded = new Int32Array(phrases.length);
    phraseLists.forEach((lists, p) => {
      const distinct = new Set(lists);
      this.listsNeeded[p] = distinct.size;
      if (distinct.size === 0) this.listless.push(p);
      for (const id of distinct) (this.phrasesOfList[id] ??= []).push(p);
    });
    this.seenIn = new Int32Array(listIds.size);
    this.listsSeen = new Int32Array(phrases.length);
    this.countedIn = new Int32Array(phrases.length);
    this.bit = anchorGroup(this.listsOfWord.keys());
  }

  /** Marks the lists `word` is in as seen; enables each phrase whose last missing list that was. */
  private mark(word: string): void {
    const ids = this.listsOfWord.get(word);
    if (ids === undefined) return;
    const stamp = this.stamp;
    for (const id of ids) {
      if (this.seenIn[id] === stamp) continue;
      this.seenIn[id] = stamp;
      for (const p of this.phrasesOfList[id]!) {
        if (this.countedIn[p] !== stamp) {
          this.countedIn[p] = stamp;
          this.listsSeen[p] = 0;
        }
        if (++this.listsSeen[p]! === this.listsNeeded[p]) this.enabled.push(p);
      }
    }
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
      this.countedIn.fill(0);
      this.stamp = 1;
    }
    const enabled = this.enabled;
    enabled.length = 0;
    for (const p of this.listless) enabled.push(p);
    for (let i = 0; i < tokens.length; i++) {
      if ((anchors[i]! & this.bit) === 0) continue;
      const t = tokens[i]!;
      this.mark(t.key);
      // As the anchor index does: #tags and @names also count as the word after the sign.
      if (t.kind === 'hashtag' || t.kind === 'mention') this.mark(t.key.slice(1));
    }
    if (enabled.length === 0) return null;
    // The alternation takes them in list order.
    if (enabled.length > 1) enabled.sort((a, b) => a - b);
    return this.alternation.use(enabled);
  }
}
