import { profaneWords } from '@2toad/profanity/dist/data';

// The base list is @2toad/profanity's English list. Moderating news comments
// needs a few changes, decided word by word rather than from any data set:
// - clinical or everyday words that are not swearing here (anatomy, "sex",
//   "pawn", "balls", "lust", "nazi" which is political vocabulary);
// - slurs, which belong to identity_attack and are reported there;
// - "retard", an insult, reported by the insult detector.
const notProfanity = new Set([
  'anal', 'anus', 'balls', 'breasts', 'bum', 'butt', 'butts', 'clitoris', 'cox', 'dink', 'dinks', 'ejaculate',
  'ejaculated', 'ejaculates', 'ejaculating', 'ejaculation', 'flange', 'hoar', 'hore', 'horny', 'horniest', 'labia',
  'lust', 'lusting', 'masochist', 'muff', 'nazi', 'nob', 'orgasm', 'orgasms', 'pawn', 'penis', 'rectum', 'sadist',
  'screwing', 'scrotum', 'semen', 'sex', 'poop', 'kondum', 'kondums', 'cipa', 'boner',
  'retard', 'homo', 'jap', 'coon', 'chink', 'dyke', 'fag', 'fags', 'faggot', 'fagot', 'fagots', 'faggs', 'faggitt',
  'fagging', 'nigga', 'niggas', 'niggaz', 'niggah', 'nigger', 'niggers', 'nigg3r', 'nigg4h', 'n1gga', 'n1gger',
  'shemale', 'gaylord',
]);

// Common swearing the base list lacks (mostly internet abbreviations).
const extraProfanity = [
  'wtf', 'stfu', 'fvck', 'fck', 'fcking', 'phucking', 'gtfo', 'fml', 'lmfao', 'af', 'effing', 'frigging', 'friggin', 'motherfucking', 'mf', 'mfer', 'fucktard',
  'dipshit', 'shitty', 'shitshow', 'shithole', 'bullcrap', 'jackass', 'dumbass', 'smartass', 'badass', 'asses', 'arsehole',
  'bollocks', 'wanker', 'wankers', 'twat', 'twats', 'tits', 'titties', 'dickhead', 'dicks', 'pussies', 'bitchy', 'hell',
  'goddam', 'goddamn', 'sob', 'piss', 'pissed', 'crappy', 'craps', 'douche', 'skank', 'whore', 'whores', 'slut', 'sluts',
  // Spellings and abbreviations that stand for the words above.
  'fkn', 'fkin', 'fking', 'fuckin', 'fukin', 'effin', 'mofo', 'biatch', 'beyotch', 'phuck', 'phuk', 'fuq',
];

// Words that are profane but mild: reported with low severity.
export const mildProfanity = new Set([
  'damn', 'crap', 'crappy', 'craps', 'bloody', 'hell', 'bugger', 'arse', 'piss', 'pissed', 'pisses', 'pissing', 'feck',
  'goddam', 'goddamn', 'god-dam', 'goddamned', 'af', 'wtf', 'fml', 'lmfao', 'effing', 'frigging', 'friggin', 'badass',
  'bollocks', 'bullcrap', 'tits', 'boob', 'boobs', 'effin',
]);

// "af" and "mf" are too ambiguous as plain tokens; only counted when not
// part of ordinary words (tokens are whole words, so that is already true).
const english: readonly string[] = (profaneWords as Map<string, readonly string[]>).get('en') ?? [];

/** Single-word profanities, lower-case, keyed exactly as tokens are. */
export const profanitySet: ReadonlySet<string> = new Set(
  [...english, ...extraProfanity]
    .filter((w) => !notProfanity.has(w) && !w.includes(' ') && /^[a-z]+$/.test(w)),
);

/** Same words with doubled letters cut to one, to match elongated tokens. */
export const squeezedProfanitySet: ReadonlySet<string> = new Set(
  [...profanitySet].map((w) => w.replace(/(.)\1+/g, '$1')),
);

/** Words bucketed by length and first letter, for masked tokens like "f**k". */
export const profanityByShape = new Map<string, string[]>();
for (const w of profanitySet) {
  const shape = `${w[0]}${w.length}`;
  const bucket = profanityByShape.get(shape);
  if (bucket) bucket.push(w);
  else profanityByShape.set(shape, [w]);
}
// A masked word fits several entries ("f*ck": feck, fuck); prefer the strong one.
for (const bucket of profanityByShape.values()) {
  bucket.sort((a, b) => Number(mildProfanity.has(a)) - Number(mildProfanity.has(b)));
}

// Roots that make a compound profane wherever they appear ("#FuckTrump",
// "clusterfuck", "bullshitters"). Only roots no innocent English word contains.
export const profaneRootsAnywhere: readonly string[] = ['fuck', 'fuk', 'motherf', 'shit', 'cocksuck', 'asshole', 'dickhead', 'bitch'];
// "cunt" and "wank" only at the start of a word: Scunthorpe, swanky.
export const profaneRootsAtStart: readonly string[] = ['cunt', 'wank'];
/** Whether a word has a root. */
export const profaneRoots = new RegExp([...profaneRootsAnywhere, ...profaneRootsAtStart.map((w) => `^${w}`)].join('|'));
// Innocent words the roots would otherwise catch.
export const rootExceptions = new Set(['shiitake', 'shitake', 'mishit', 'mishits']);
