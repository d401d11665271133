import { describe, expect, it } from 'vitest';
import { LEXICON } from './lexicon';
import { Token, TokenKind } from './token';
import { tokenize } from './tokenizer';
import { WordFilter, WordTable, wordHash } from './word-filter';

describe('word filter and table', () => {
  it('hashes a word the same way the tokenizer does, and gives -1 for non-ASCII words', () => {
    const tokens = tokenize("Don't LOVE this so-so café").tokens;
    expect(tokens.map((t) => t.hash)).toEqual(["don't", 'love', 'this', 'so-so'].map(wordHash).concat(-1));
    expect(wordHash('café')).toBe(-1);
  });

  it('never turns down a word it holds, and always lets unknown hashes through', () => {
    const words = [...LEXICON.words.keys()];
    const filter = new WordFilter(words);
    for (const w of words) if (wordHash(w) >= 0) expect(filter.mayHave(wordHash(w))).toBe(true);
    expect(filter.mayHave(-1)).toBe(true);
  });

  it('turns down most words it does not hold', () => {
    const filter = new WordFilter(['good', 'bad']);
    const others = ['the', 'you', 'is', 'and', 'of', 'to', 'this', 'that', 'it', 'was'];
    expect(others.filter((w) => filter.mayHave(wordHash(w))).length).toBeLessThan(3);
  });

  it('looks up the same values as the lexicon Map, for a token read in place whatever its case', () => {
    const table = new WordTable(LEXICON.words);
    const word = (text: string, lower = text) => new Token(TokenKind.Word, text, 0, text.length, wordHash(lower), 0, null, null);
    for (const [w, v] of LEXICON.words) if (wordHash(w) >= 0) expect(table.getFor(wordHash(w), word(w))).toBe(v);
    expect(table.getFor(wordHash('notalexiconword'), word('notalexiconword'))).toBeUndefined();
    expect(LEXICON.words.get('good')).toBeGreaterThan(0);
    expect(table.getFor(wordHash('good'), word('GOOD', 'good'))).toBe(LEXICON.words.get('good'));
  });
});
