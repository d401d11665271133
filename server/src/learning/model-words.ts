// The words the site model reads: the sentiment tokenizer's tokens, which
// the rule pipeline makes anyway for every comment it scores, so a scored
// comment is not tokenised a second time for its prediction. Words keep
// their case-folded spelling (hashing also folds elongation and leetspeak:
// see hashed-features.ts); emoticons and emoji are words too; links are left
// out, as the tokenizer leaves them, and every @handle is one word. Measured
// on OLID (macro-F1, one chronological and three shuffled 80/20 splits),
// these words score as the model's own tokeniser did: 0.781 and 0.770 mean,
// against 0.781 and 0.771.
import { SCORER_VERSION } from '../scoring/pipeline';
import { isWordChar, tokenize } from '../scoring/sentiment/tokenizer';
import { TokenKind, type Token } from '../scoring/sentiment/token';

/**
 * Which tokens a model learned from: the rule scorer's version, bumped
 * whenever scoring returns anything else for the same text, so also when
 * the tokenizer changes. A stored model from other tokens is rebuilt.
 */
export const WORDS_VERSION = SCORER_VERSION;

/** A comment and its sentiment tokens (those the scorer made, or made here). */
export interface ModelText {
  text: string;
  tokens: readonly Token[];
}

/** The model's words of a raw comment, tokenised as the sentiment phase does. */
export function modelText(text: string): ModelText {
  return { text, tokens: tokenize(text).tokens };
}

/** Which tokens are words to the model: all but clause punctuation. */
export function isModelWord(token: Token): boolean {
  return token.kind !== TokenKind.Punct;
}

/**
 * @handles are words to the model, all one word: whom a comment addresses
 * says something of its tone ("@USER you ..."), but no name does. The
 * tokenizer skips them (they name people, not feelings), so the model finds
 * them itself: an "@" before a letter or digit.
 */
export const HANDLE = '@user';

/** Offset of the first handle's "@" at or after `from`, or -1. */
export function nextHandle(text: string, from: number): number {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    // The tokenizer's own rule for a mention: "@" before a word character.
    if (isWordChar(text.charCodeAt(at + 1))) return at;
  }
  return -1;
}
