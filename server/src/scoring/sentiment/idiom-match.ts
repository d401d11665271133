import { type Idiom, LEXICON } from './lexicon';
import { TokenKind, type Token } from './tokenizer';
import { WordFilter } from './word-filter';
import type { Overrides } from './word-valence';

/** First words of lexicon idioms, to skip the Map probe for most words. */
const IDIOM_FIRSTS = new WordFilter(LEXICON.idioms.keys());

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

export function matchIdiom(tokens: readonly Token[], i: number, overrides: Overrides | undefined): { length: number; weight: number } | undefined {
  const token = tokens[i];
  const first = token?.lower ?? '';
  const fromOverrides = matchIdiomList(tokens, i, overrides?.phrases.get(first));
  if (fromOverrides !== undefined || (token !== undefined && !IDIOM_FIRSTS.mayHave(token.hash))) return fromOverrides;
  return matchIdiomList(tokens, i, LEXICON.idioms.get(first));
}

function matchIdiomList(tokens: readonly Token[], i: number, list: readonly Idiom[] | undefined): { length: number; weight: number } | undefined {
  if (list === undefined) return undefined;
  for (const idiom of list) {
    const length = matchRest(tokens, i, idiom.rest);
    if (length > 0) return { length, weight: idiom.weight };
  }
  return undefined;
}
