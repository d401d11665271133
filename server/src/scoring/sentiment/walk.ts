import { SELF_WEIGHTED_NEGATORS } from './modifiers';
import type { Item } from './scorer';
import type { Token } from './token';
import { type Overrides, type Valence, baseValence } from './word-valence';

/** Mutable state of one walk, shared by the helpers below (kept out of closures for speed). */
export interface Walk {
  tokens: readonly Token[];
  overrides: Overrides | undefined;
  items: Item[];
  negationLeft: number;
  negator: { token: Token; index: number; sentence: number; negatedSomething: boolean } | undefined;
  /**
   * The last base valence looked up at an even and at an odd token index
   * (undefined = none), so that a word a booster peeked at is not looked up
   * again: only the current word and the next are ever asked for, and their
   * indexes differ in parity. -1: nothing cached yet.
   */
  evenAt: number;
  even: Valence | undefined;
  oddAt: number;
  odd: Valence | undefined;
}

/** Ends the negation scope; a negator that negated nothing may count on its own ("No."). */
export function closeNegation(w: Walk): void {
  const negator = w.negator;
  if (negator !== undefined && !negator.negatedSomething) {
    const own = SELF_WEIGHTED_NEGATORS.get(negator.token.lower);
    const t = negator.token;
    if (own !== undefined) w.items.push({ weight: own, start: t.start, end: t.end, token: negator.index, sentence: negator.sentence, notes: [] });
  }
  w.negator = undefined;
  w.negationLeft = 0;
}

/** Base valence of the token at `k`, looked up at most once while it is the current or the next word. */
export function valenceAt(w: Walk, k: number): Valence | undefined {
  if ((k & 1) === 0) {
    if (w.evenAt !== k) {
      w.even = baseValence(w.tokens, k, w.overrides);
      w.evenAt = k;
    }
    return w.even;
  }
  if (w.oddAt !== k) {
    w.odd = baseValence(w.tokens, k, w.overrides);
    w.oddAt = k;
  }
  return w.odd;
}
