import { type Idiom, LEXICON } from './lexicon';
import { TokenKind, type Token } from './tokenizer';
import type { Overrides } from './word-valence';

/** Returns how many tokens (from i) spell `rest` after the first word, or 0. */
function matchRest(tokens: readonly Token[], i: number, rest: readonly string[]): number {
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (t === undefined || t.kind !== TokenKind.Word || t.lower !== rest[k]) return 0;
  }
  return rest.length + 1;
}

export function matchIdiom(tokens: readonly Token[], i: number, overrides: Overrides | undefined): { length: number; weight: number } | undefined {
  const first = tokens[i]?.lower ?? '';
  return matchIdiomList(tokens, i, overrides?.phrases.get(first)) ?? matchIdiomList(tokens, i, LEXICON.idioms.get(first));
}

function matchIdiomList(tokens: readonly Token[], i: number, list: readonly Idiom[] | undefined): { length: number; weight: number } | undefined {
  if (list === undefined) return undefined;
  for (const idiom of list) {
    const length = matchRest(tokens, i, idiom.rest);
    if (length > 0) return { length, weight: idiom.weight };
  }
  return undefined;
}
