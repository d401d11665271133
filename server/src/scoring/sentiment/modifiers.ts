import type { Token } from './token';
import { WordFilter, WordTable, pairHash, wordHash } from './word-filter';

/**
 * Hand-curated function words that change the weight of sentiment words
 * around them. Keys are lower-case; apostrophes are normalised to ' by the
 * tokenizer, and apostrophe-less spellings ("dont") are listed too.
 */

/** Words that open a negation scope ("not very good", "never really liked"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without',
  'cannot', 'nope', 'nah', 'hardly', 'barely', 'scarcely', 'rarely', 'seldom', 'lack', 'lacks', 'lacking',
  'aint', 'arent', 'cant', 'couldnt', 'didnt', 'doesnt', 'dont', 'hadnt', 'hasnt', 'havent', 'isnt',
  'mightnt', 'mustnt', 'neednt', 'shant', 'shouldnt', 'wasnt', 'werent', 'wont', 'wouldnt', 'idk',
]);

/**
 * Negators that are also mildly negative on their own ("No.", "no electricity"):
 * they count with this weight when their scope negates nothing.
 */
export const SELF_WEIGHTED_NEGATORS: ReadonlyMap<string, number> = new Map([
  ['no', -1.5], ['nope', -1.25], ['nah', -1.25], ['lack', -1.5], ['lacks', -1.5], ['lacking', -1.5],
]);

/** Interjections and laughter are not negated ("NOT THE LATTER LOL") and end a negation scope. */
export const INTERJECTIONS: ReadonlySet<string> = new Set([
  'lol', 'lolz', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'heh', 'yay', 'wow', 'omg', 'ugh', 'argh', 'yikes',
  'woohoo', 'woot', 'meh', 'sigh', 'ha', 'xd', 'smh', 'wtf', 'fml', 'damn', 'thanks', 'please', 'sorry',
]);

/**
 * "I have never slept so well", "I've rarely seen such courtesy": a frequency
 * negator followed by a degree word praises rather than negates.
 */
export const FREQUENCY_NEGATORS: ReadonlySet<string> = new Set(['never', 'rarely', 'seldom']);
export const SUPERLATIVE_DEGREE: ReadonlySet<string> = new Set(['so', 'such', 'more']);

/** True for a negator, including any "...n't" contraction. */
export function isNegator(lower: string): boolean {
  if (NEGATORS.has(lower)) return true;
  const n = lower.length;
  // "don't", "isn't", "won't", ... without a per-word list.
  return n > 3 && lower.charCodeAt(n - 1) === 116 /* t */ && lower.charCodeAt(n - 2) === 39 /* ' */ && lower.charCodeAt(n - 3) === 110 /* n */;
}

/**
 * Degree adverbs: +1 intensifies, -1 dampens (one BOOSTER_STEP each way).
 * Several are also sentiment words on their own ("super", "pretty"): they
 * only act as modifiers when a sentiment word follows.
 */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...[
    'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing',
    'enormously', 'entirely', 'especially', 'exceptionally', 'extremely', 'extraordinarily', 'fabulously',
    'flipping', 'flippin', 'fricking', 'frickin', 'frigging', 'friggin', 'fully', 'fucking', 'freaking',
    'freakin', 'greatly', 'hella', 'highly', 'hugely', 'incredibly', 'insanely', 'intensely', 'majorly',
    'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'soo', 'sooo',
    'substantially', 'super', 'thoroughly', 'totally', 'tremendously', 'truly', 'uber', 'unbelievably',
    'unusually', 'utterly', 'very', 'wildly', 'seriously', 'damn', 'too', 'real', 'mighty', 'ridiculously',
    'crazy', 'mad', 'wicked', 'bloody', 'terribly', 'horribly', 'exceedingly', 'immensely', 'supremely',
    'downright', 'outright', 'even', 'such',
  ].map((w) => [w, 1] as const),
  ...[
    'almost', 'kinda', 'kindof', 'less', 'little', 'marginally', 'occasionally', 'partly', 'partially',
    'slightly', 'somewhat', 'sorta', 'sortof', 'mildly', 'moderately', 'fairly', 'rather', 'relatively',
    'reasonably', 'pretty', 'quasi', 'nearly',
  ].map((w) => [w, -1] as const),
]);

/** Two-word degree modifiers, matched as a pair ("kind of", "sort of", "a bit"). */
export const BOOSTER_PAIRS: ReadonlyMap<string, number> = new Map([
  ['kind of', -1], ['sort of', -1], ['a bit', -1], ['a little', -1], ['a tad', -1], ['to some', -1],
  ['way too', 1], ['a lot', 1],
]);

/** First words of BOOSTER_PAIRS, so most words skip building the pair key. */
export const BOOSTER_PAIR_FIRSTS: ReadonlySet<string> = new Set([...BOOSTER_PAIRS.keys()].map((k) => k.split(' ')[0]!));

/** Coordinating contrast: what follows outweighs what precedes, within the sentence. */
export const CONTRAST_NEXT: ReadonlySet<string> = new Set(['but']);
/** Sentence adverbs of contrast: opening a sentence, they outweigh everything said before them. */
export const CONTRAST_DISCOURSE: ReadonlySet<string> = new Set([
  'however', 'nevertheless', 'nonetheless', 'still', 'anyway', 'anyways', 'regardless',
]);
/** Subordinating concession: the clause they open weighs less than the main clause. */
export const CONCESSIVE: ReadonlySet<string> = new Set(['although', 'though', 'despite', 'whereas', 'albeit']);

/**
 * Every word in the sets above that the scorer asks about for each word, so
 * the common words that are none of them skip all those lookups at once.
 */
export const MODIFIER_WORDS = new WordFilter([
  ...NEGATORS, ...BOOSTERS.keys(), ...BOOSTER_PAIR_FIRSTS, ...CONTRAST_NEXT, ...CONTRAST_DISCOURSE, ...CONCESSIVE,
]);

/** `modifierKinds` bits: which of the sets above a word is in. */
export const CONTRAST = 1;
export const CONCESSION = 2;
export const DISCOURSE = 4;
export const PAIR_FIRST = 8;
export const NEGATOR = 16;
export const INTENSIFIER = 32;
export const DAMPENER = 64;

function kindsOf(word: string): number {
  const direction = BOOSTERS.get(word);
  return (CONTRAST_NEXT.has(word) ? CONTRAST : 0) | (CONCESSIVE.has(word) ? CONCESSION : 0) |
    (CONTRAST_DISCOURSE.has(word) ? DISCOURSE : 0) | (BOOSTER_PAIR_FIRSTS.has(word) ? PAIR_FIRST : 0) |
    (NEGATORS.has(word) ? NEGATOR : 0) | (direction === 1 ? INTENSIFIER : direction === -1 ? DAMPENER : 0);
}

/** The same sets as one table, probed with the tokenizer's hash: one lookup answers them all. */
const KINDS = new WordTable([...new Set([
  ...NEGATORS, ...BOOSTERS.keys(), ...BOOSTER_PAIR_FIRSTS, ...CONTRAST_NEXT, ...CONTRAST_DISCOURSE, ...CONCESSIVE,
])].map((w) => [w, kindsOf(w)] as const));

/** Which of the modifier sets a word token is in (0 for most words, known from the filter alone). */
export function modifierKinds(token: Token): number {
  if (!MODIFIER_WORDS.mayHave(token.hash)) return 0;
  return token.hash < 0 ? kindsOf(token.lower) : KINDS.getFor(token.hash, token) ?? 0;
}

/** Booster direction from `modifierKinds`: 1, -1, or undefined when the word is no booster. */
export function boosterDirection(kinds: number): number | undefined {
  return (kinds & INTENSIFIER) !== 0 ? 1 : (kinds & DAMPENER) !== 0 ? -1 : undefined;
}

/** Hashes of the two-word modifiers, to skip building the pair's key for "a day", "to go". */
const BOOSTER_PAIR_HASHES = new Set([...BOOSTER_PAIRS.keys()].map((k) => {
  const [a, b] = k.split(' ') as [string, string];
  return pairHash(wordHash(a), wordHash(b));
}));

/** The two-word modifier `first next` ("kind of", "a bit"), if it is one; `first` is a PAIR_FIRST word. */
export function boosterPair(first: Token, next: Token): number | undefined {
  if (first.hash >= 0 && next.hash >= 0 && !BOOSTER_PAIR_HASHES.has(pairHash(first.hash, next.hash))) return undefined;
  return BOOSTER_PAIRS.get(`${first.lower} ${next.lower}`);
}

/** `isNegator` for a word token, given its `modifierKinds`. */
export function isNegatorWord(token: Token, kinds: number): boolean {
  return (kinds & NEGATOR) !== 0 || token.endsInNt;
}
