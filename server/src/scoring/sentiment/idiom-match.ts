import { type Idiom, LEXICON } from './lexicon';
import { TokenKind, type Token } from './token';
import { WordFilter, pairHash, wordHash } from './word-filter';
import type { Overrides } from './word-valence';

/** First words of lexicon idioms, to skip the Map probe for most words. */
const IDIOM_FIRSTS = new WordFilter(LEXICON.idioms.keys());

/**
 * First two words of lexicon idioms (all-ASCII ones): many idioms start with
 * a common word ("the", "to", "a", "in"), and the word after it rules most out.
 */
const IDIOM_PAIRS = new WordFilter([], [...LEXICON.idioms].flatMap(([first, idioms]) => idioms.flatMap((idiom) => {
  const a = wordHash(first);
  const b = wordHash(idiom.rest[0]!);
  return a >= 0 && b >= 0 ? [pairHash(a, b)] : [];
})));

/** False when no lexicon idiom can start at tokens[i] (every idiom has a second word). */
function mayStartLexiconIdiom(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!IDIOM_FIRSTS.mayHave(token.hash)) return false;
  if (token.hash < 0) return true;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== TokenKind.Word) return false;
  return next.hash < 0 || IDIOM_PAIRS.mayHave(pairHash(token.hash, next.hash));
}

/** Returns how many tokens (from i) spell `rest` after the first word, or 0. */
function matchRest(tokens: readonly Token[], i: number, rest: readonly string[]): number {
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (t === undefined || t.kind !== TokenKind.Word || t.lower !== rest[k]) return 0;
  }
  return rest.length + 1;
}

/** False when no lexicon idiom starts with this word. */
export function mayStartIdiom(token: Token): boolean {
  return IDIOM_FIRSTS.mayHave(token.hash);
}

/** False when no idiom (overrides included) can start at tokens[i]. */
export function mayMatchIdiom(tokens: readonly Token[], i: number, overrides: Overrides | undefined): boolean {
  return overrides !== undefined || mayStartLexiconIdiom(tokens, i);
}

export function matchIdiom(tokens: readonly Token[], i: number, overrides: Overrides | undefined): { length: number; weight: number } | undefined {
  const token = tokens[i];
  if (overrides !== undefined) {
    const fromOverrides = matchIdiomList(tokens, i, overrides.phrases.get(token?.lower ?? ''));
    if (fromOverrides !== undefined) return fromOverrides;
  }
  // Most words start no idiom: the filters say so before their string is made.
  if (token === undefined || !mayStartLexiconIdiom(tokens, i)) return undefined;
  return matchIdiomList(tokens, i, LEXICON.idioms.get(token.lower));
}

function matchIdiomList(tokens: readonly Token[], i: number, list: readonly Idiom[] | undefined): { length: number; weight: number } | undefined {
  if (list === undefined) return undefined;
  for (const idiom of list) {
    const length = matchRest(tokens, i, idiom.rest);
    if (length > 0) return { length, weight: idiom.weight };
  }
  return undefined;
}
