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

// First parts by length: a word's start is compared in place, not sliced off and hashed.
const firstPartsOfLength: string[][] = [];
for (const first of new Set(FIRST)) (firstPartsOfLength[first.length] ??= []).push(first);

// Heads by their last three letters (five bits of each): one typed-array read
// turns down most words and finds the few heads a word can end with. Letters
// that share bits only cost an `endsWith` that says no.
const endingCode = (w: string, end: number) =>
  ((w.charCodeAt(end - 3) & 31) << 10) | ((w.charCodeAt(end - 2) & 31) << 5) | (w.charCodeAt(end - 1) & 31);
const headLists: string[][] = [[]];
const headsByEnding = new Uint8Array(1 << 15);
for (const head of new Set(HEAD)) {
  const ending = endingCode(head, head.length);
  if (headsByEnding[ending] === 0) headsByEnding[ending] = headLists.push([]) - 1;
  headLists[headsByEnding[ending]!]!.push(head);
}

/** Whether `word` starts with a first part exactly `length` letters long. */
function startsWithFirstPart(word: string, length: number): boolean {
  const firsts = firstPartsOfLength[length];
  if (firsts === undefined) return false;
  for (const first of firsts) if (word.startsWith(first)) return true;
  return false;
}

/** Where the singular of `s.slice(start, end)` ends ("shitheads" → before the "s"). */
function singularEnd(s: string, end: number): number {
  return s.charCodeAt(end - 1) === 115 && s.charCodeAt(end - 2) !== 115 ? end - 1 : end;
}

/** False when `s.slice(start, end)` is surely no insulting compound (most words), read in place. */
export function mayBeInsultingCompound(s: string, start: number, end: number): boolean {
  return end - start >= 5 && headsByEnding[endingCode(s, singularEnd(s, end))] !== 0;
}

/** Whether a word is an insulting compound ("shitheads", "dumbfuck", "libtard"). */
export function isInsultingCompound(word: string): boolean {
  if (word.length < 5) return false;
  // `end`: where the singular ends; it is sliced off only for the exceptions.
  const end = singularEnd(word, word.length);
  const list = headsByEnding[endingCode(word, end)]!;
  if (list === 0) return false;
  // The exceptions are looked up last: most words fit no pattern at all.
  if (end > 6 && word.endsWith('tard', end)) return !ORDINARY.has(word.slice(0, end)) && !word.startsWith('retard');
  for (const head of headLists[list]!) {
    if (end < head.length + 2 || !word.endsWith(head, end)) continue;
    if (startsWithFirstPart(word, end - head.length)) return !ORDINARY.has(word.slice(0, end));
  }
  return false;
}
