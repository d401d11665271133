// English builds insults by compounding a crude or belittling first part with
// a head noun for a person ("shithead", "dirtbag", "assclown", "dumbfuck"),
// and new ones keep appearing, so the rule is the word pattern, not a list:
// a word made of a known first part and a known head, plus blends on
// "retard" ("libtard", "conservatards").
const FIRST = [
  'dumb', 'shit', 'dick', 'butt', 'ass', 'arse', 'scum', 'dirt', 'sleaze', 'douche', 'fat', 'meat', 'bone', 'block',
  'knuckle', 'numb', 'dim', 'nit', 'twat', 'cum', 'jerk', 'cock', 'piss', 'turd', 'crap', 'dip', 'dork', 'puke', 'slime',
  'weasel', 'pea', 'bird', 'fuck', 'fuk', 'douch', 'skank', 'cuck',
];
const HEAD = [
  'head', 'bag', 'ass', 'wad', 'face', 'wit', 'hole', 'stain', 'bucket', 'brain', 'nut', 'clown', 'hat', 'wipe', 'muncher',
  'sucker', 'licker', 'weasel', 'ball', 'sack', 'stick', 'fuck', 'shit', 'goblin', 'trumpet', 'mouth', 'waffle', 'monkey',
  'rag', 'bird', 'tard', 'nugget',
];
/** Ordinary words the pattern would otherwise take for insults. */
const ORDINARY = new Set([
  'peanut', 'meatball', 'pinball', 'birdbath', 'fatback', 'dipstick', 'mustard', 'custard', 'leotard', 'dastard',
  'bustard', 'costard', 'petard', 'buttstick', 'birdhead',
]);

const firstParts = new Set(FIRST);
// Heads by their last three letters: one Map lookup per word finds the few
// heads it can end with.
const endingCode = (w: string, end: number) =>
  (w.charCodeAt(end - 3) << 16) | (w.charCodeAt(end - 2) << 8) | w.charCodeAt(end - 1);
const headsByEnding = new Map<number, string[]>();
for (const head of new Set(HEAD)) {
  const ending = endingCode(head, head.length);
  headsByEnding.set(ending, [...(headsByEnding.get(ending) ?? []), head]);
}

// Last two letters of every head, as a quick test before the Map.
const pairCode = (w: string, end: number) => (w.charCodeAt(end - 2) & 31) * 32 + (w.charCodeAt(end - 1) & 31);
const headEndings = new Uint8Array(32 * 32);
for (const head of HEAD) headEndings[pairCode(head, head.length)] = 1;

/** Whether a word is an insulting compound ("shitheads", "dumbfuck", "libtard"). */
export function isInsultingCompound(word: string): boolean {
  if (word.length < 5) return false;
  const plural = word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115;
  if (headEndings[pairCode(word, plural ? word.length - 1 : word.length)] === 0) return false;
  const candidates = headsByEnding.get(endingCode(word, plural ? word.length - 1 : word.length));
  if (!candidates) return false;
  const singular = plural ? word.slice(0, -1) : word;
  // The exceptions are looked up last: most words fit no pattern at all.
  if (singular.length > 6 && singular.endsWith('tard')) return !ORDINARY.has(singular) && !singular.startsWith('retard');
  for (const head of candidates) {
    if (singular.length < head.length + 2 || !singular.endsWith(head)) continue;
    if (firstParts.has(singular.slice(0, singular.length - head.length))) return !ORDINARY.has(singular);
  }
  return false;
}
