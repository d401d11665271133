import { LEXICON } from './lexicon';
import { BOOSTERS, isNegator } from './modifiers';
import { TokenKind, type Token } from './token';
import { WordFilter, WordTable, wordHash } from './word-filter';

/** Per-call weights (already normalised) that take precedence over the lexicon. */
export interface Overrides {
  words: ReadonlyMap<string, number>;
  /** Multi-word override phrases keyed by their first word. */
  phrases: ReadonlyMap<string, { rest: string[]; phrase: string; weight: number }[]>;
}

export interface Valence {
  weight: number;
  /** The token was stretched ("goooood") and found only once shortened. */
  elongated: boolean;
}

/** "sooooo" -> "soo" (max two in a row); with `single`, -> "so". */
function collapseRuns(word: string, single: boolean): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= (single ? 1 : 2)) out += ch;
  }
  return out;
}

/** The words `baseValence` reads in context, whatever the lexicon says. */
const IN_CONTEXT = ['like', 'well', 'kind', 'pretty'];
const [LIKE, WELL, KIND, PRETTY] = IN_CONTEXT.map(wordHash) as [number, number, number, number];

/** Lexicon words and the words read in context, to skip the Map probe for the many words that are neither. */
const LEXICON_WORDS = new WordFilter([...LEXICON.words.keys(), ...IN_CONTEXT]);
/** The same words' weights, looked up by the tokenizer's hash. */
const LEXICON_TABLE = new WordTable(LEXICON.words);

function find(word: string, overrides: Overrides | undefined): number | undefined {
  return overrides?.words.get(word) ?? LEXICON.words.get(word);
}

/** Lexicon weight of one word, trying overrides, then spelling fallbacks. */
export function lookupWord(token: Token, overrides: Overrides | undefined): Valence | undefined {
  const direct = overrides !== undefined || token.hash < 0 ? find(token.lower, overrides)
    : LEXICON_WORDS.mayHave(token.hash) ? LEXICON_TABLE.getFor(token.hash, token) : undefined;
  if (direct !== undefined) return { weight: direct, elongated: token.elongated };
  if (token.hyphenated) {
    // "over-rated" is spelled "overrated" in the lexicons.
    const joined = find(token.lower.replaceAll('-', ''), overrides);
    if (joined !== undefined) return { weight: joined, elongated: false };
  }
  if (token.elongated) {
    const two = collapseRuns(token.lower, false);
    const weight = find(two, overrides) ?? find(collapseRuns(token.lower, true), overrides);
    if (weight !== undefined) return { weight, elongated: true };
  }
  return undefined;
}

/**
 * False only when `baseValence` is sure to find nothing for this word token:
 * decided from its hash, without making its lower-case string.
 */
export function mayHaveValence(token: Token, overrides: Overrides | undefined): boolean {
  return overrides !== undefined || token.hash < 0 || token.hyphenated || token.elongated || LEXICON_WORDS.mayHave(token.hash);
}

/** Subjects and auxiliaries before which "like" is the verb of liking ("I like", "don't like"). */
const LIKE_SUBJECTS = new Set([
  'i', 'we', 'you', 'they', 'u', 'ya', "i'd", "we'd", "you'd", 'would', 'do', 'did', 'does', 'also', 'to',
  'still', 'actually', 'kinda', 'genuinely', 'people', 'everyone', 'who', 'me',
]);
/** Words after which "well" is the adverb of quality ("works well"), not a filler. */
const NOT_WELL_ADVERB = new Set(['as', 'oh', 'ah']);
/** "pretty much", "pretty sure": degree uses of "pretty" that say nothing about beauty. */
const PRETTY_DEGREE = new Set(['much', 'sure', 'well', 'soon', 'often', 'far', 'close', 'quick', 'quickly', 'fast', 'big', 'long', 'hard', 'high', 'low', 'clear', 'obvious', 'standard', 'normal', 'basic', 'typical', 'similar', 'same', 'certain', 'late', 'early']);

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i - 1];
  return t !== undefined && t.kind === TokenKind.Word ? t : undefined;
}
function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t !== undefined && t.kind === TokenKind.Word ? t : undefined;
}

/**
 * Weight of the word at tokens[i] before modifiers, resolving the few words
 * whose sense depends on their neighbours. Overrides always win.
 */
export function baseValence(tokens: readonly Token[], i: number, overrides: Overrides | undefined): Valence | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const override = overrides?.words.get(token.lower);
  if (override !== undefined) return { weight: override, elongated: false };
  const h = token.hash;
  // Only four words are read in context: their hashes spare every other word the string compares.
  if (h >= 0 && h !== LIKE && h !== WELL && h !== KIND && h !== PRETTY) return lookupWord(token, overrides);
  switch (token.lower) {
    case 'like': {
      const prev = previousWord(tokens, i);
      if (prev === undefined) return undefined;
      const verb = LIKE_SUBJECTS.has(prev.lower) || isNegator(prev.lower) || BOOSTERS.has(prev.lower);
      return verb ? { weight: 2, elongated: false } : undefined;
    }
    case 'well': {
      const prev = previousWord(tokens, i);
      if (prev === undefined || NOT_WELL_ADVERB.has(prev.lower)) return undefined;
      return { weight: 1.5, elongated: false };
    }
    case 'kind':
      return nextWord(tokens, i)?.lower === 'of' ? undefined : { weight: 2, elongated: false };
    case 'pretty': {
      const next = nextWord(tokens, i);
      if (next !== undefined && PRETTY_DEGREE.has(next.lower)) return undefined;
      break;
    }
  }
  return lookupWord(token, overrides);
}
