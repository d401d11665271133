/**
 * The few global constants of the analyser. They were tuned as a handful of
 * numbers on a tweet dev set and are kept deliberately coarse so the scorer
 * generalises to reviews and editorials; word weights are never tuned here.
 *
 * Internal weights use the AFINN scale (-5..5), the same scale as per-site
 * overrides; VADER's -4..4 ratings are rescaled by VADER_TO_AFINN.
 */
export const VADER_TO_AFINN = 5 / 4;

/** How much a VADER rating counts against the AFINN one for words in both lists (0..1). */
export const VADER_SHARE = 0.7;
/** AFINN's integer ratings run hotter than VADER's averaged ones; words only AFINN rates are scaled by this. */
export const AFINN_ONLY_SCALE = 0.8;

/** Multiplier for a positive word inside a negation scope ("not good"; VADER uses -0.74). */
export const NEGATION_SCALAR = -0.74;
/**
 * Multiplier for a negative word inside a negation scope. Negating a negative
 * mostly weakens it rather than flipping it ("not terrible" is not "good",
 * "no more stolen elections" is still a complaint).
 */
export const NEGATED_NEGATIVE_SCALAR = -0.2;
/** How many words after a negator it still reaches (it also stops at , . ; : ! ? and "but"). */
export const NEGATION_SCOPE_WORDS = 4;

/** Intensifier / dampener step, added in the direction of the word's sign (VADER's 0.293 rescaled). */
export const BOOSTER_STEP = 0.293 * VADER_TO_AFINN;
/** A modifier two words back counts a little less than the adjacent one. */
export const BOOSTER_DISTANCE_DECAY = 0.95;

/** Added to a shouted (ALL-CAPS) word when the rest of the text is not shouted (VADER's 0.733 rescaled). */
export const CAPS_STEP = 0.733 * VADER_TO_AFINN;
/** Added to an elongated sentiment word ("goooood"). */
export const ELONGATION_STEP = 0.5;

/** Per exclamation mark (at most 4) added to the magnitude of a non-zero score (VADER: 0.292 on its scale). */
export const EXCLAMATION_STEP = 0.5 * VADER_TO_AFINN;
export const EXCLAMATION_MAX = 4;
/** Sentiment words inside a question are hedged ("is it any good?"). */
export const QUESTION_SCALE = 0.6;
/** Repeated question marks add a little emphasis too ("really??"). */
export const QUESTION_STEP = 0.18 * VADER_TO_AFINN;

/** Contrast: the part that loses ("good but slow": "good") and the part that wins. */
export const CONTRAST_WEAK = 0.5;
export const CONTRAST_STRONG = 1.25;

/** compound = score / sqrt(score^2 + NORMALIZE_ALPHA); VADER's 15 rescaled to the AFINN scale. */
export const NORMALIZE_ALPHA = 15 * VADER_TO_AFINN * VADER_TO_AFINN;

/** |compound| below this is labelled neutral. */
export const NEUTRAL_BAND = 0.05;
