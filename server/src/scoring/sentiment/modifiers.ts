import { WordFilter } from './word-filter';

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

/** `isNegator` for a token whose `mayBeModifier` came from MODIFIER_WORDS. */
export function isNegatorWord(lower: string, mayBeModifier: boolean): boolean {
  if (mayBeModifier && NEGATORS.has(lower)) return true;
  const n = lower.length;
  return n > 3 && lower.charCodeAt(n - 1) === 116 /* t */ && lower.charCodeAt(n - 2) === 39 /* ' */ && lower.charCodeAt(n - 3) === 110 /* n */;
}
