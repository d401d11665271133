import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { hasAnchor } from './anchors';
import { collectHits, flagFromCanonicalHits, type CanonicalHit } from './make-flag';
import { alsoDescriptive, alwaysInsulting, insultFillers, insultTargets, nameCalling } from './insult-words';

// Rules run on the canonical text (lower-case, leetspeak undone, tokens
// joined by single spaces, sentence breaks as " . "), so `\b` is a word edge
// and a space is exactly one word gap.
const alt = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

const INSULT = `(?:${alt(nameCalling)})(?:s|es)?`;
const FILLER = `(?:${alt(insultFillers)})`;
const TARGET = `(?:${alt(insultTargets)}|@\\S+)`;

/** "you are a total idiot", "@USER is a liar", "what a clown", "liberals are pathetic". */
const TARGETED = new RegExp(`(?<![\\w@])${TARGET}(?: ${FILLER}){0,4} (${INSULT})(?![\\w*])`, 'gd');
/** "X is a liar": a subject and a copula also make a target, for words about people. */
const PERSON_WORDS = `(?:liar|hypocrite|traitor|fraud|crook|criminal|clown|joke|disgrace|coward|bigot|racist|fascist|puppet|thug|loser|idiot|moron|embarrassment|failure|terrorist|pig|snake|rat|monster|psycho|lunatic|nutjob|shill|hack|creep|pervert)s?`;
const SUBJECT_IS = new RegExp(`\\b(?:is|are|was|r|were|hes|shes|theyre|youre) (?:${FILLER} ){0,3}(${PERSON_WORDS})\\b`, 'gd');
/** "idiot like you", "clowns like them". */
const INSULT_LIKE_YOU = new RegExp(`\\b(${INSULT}) like (?:you|u|him|her|them|yourself)\\b`, 'gd');

// Hostile phrases that insult on their own.
const PHRASES = new RegExp(
  `\\b(${[
    'shut (?:up|the fuck up|your (?:mouth|trap|face|pie hole))', 'stfu', 'gtfo', 'go to hell', 'go (?:fuck|screw) (?:yourself|urself|your ?self|off)',
    '(?:screw|fuck|damn|f) (?:you|u|off|ya|them|him|her)', 'kiss my (?:ass|arse)', 'get lost', 'get a life', 'get a brain',
    'piss off', 'bugger off', 'eat shit', 'drop dead', '(?:nobody|no one) (?:cares|asked)', 'who asked',
    'piece of (?:shit|crap|garbage|trash|work|filth|dirt|excrement)', 'waste of (?:space|oxygen|air|skin|life|a human)',
    'scum of the earth', 'bottom feeders?', '(?:you|u|he|she|they|it) (?:suck|sucks)', 'grow a (?:brain|pair|spine)',
    'brain ?dead', 'low (?:iq|life)', '(?:zero|no|room temperature) iq', 'smooth brain(?:ed)?', 'mentally (?:ill|retarded|challenged|deficient)',
    'full of (?:shit|crap|it)', 'crawl back (?:under|into)', 'bite me', 'suck (?:my|it)', 'get fucked',
    '(?:you|u) (?:are|r|re)? ?(?:a )?(?:joke|disgrace|embarrassment)', 'clown (?:show|car|world)', 'dumpster fire',
    'off yourself', 'go back to (?:your|the) (?:cave|hole|basement|mom)',
  ].join('|')})\\b`,
  'gd',
);

/** Words that also describe things, counted only in a comment addressed to someone. */
const DESCRIPTIVE = new RegExp(`(?<![\\w@#])(${alt([...alsoDescriptive])})(?![\\w*])`, 'gd');
const ADDRESSEE = new Set(['you', 'u', 'your', 'ur', 'youre', 'yourself', 'yall', 'ya']);

function isAddressed(text: NormalisedText): boolean {
  for (const t of text.tokens) if (t.kind === 'mention' || ADDRESSEE.has(t.key)) return true;
  return false;
}

const UNTARGETED = new RegExp(
  `(?<![\\w@#])(${alt(nameCalling.filter((w) => !alsoDescriptive.has(w)))})(?![\\w*])`,
  'gd',
);
/** Blends on "retard" ("libtard", "conservatards") are name-calling whatever the prefix. */
const TARD_BLEND = /(?<![\w@])(\w{2,}tards?)(?!\w)/gd;

const INSULT_WORDS = new Set<string>([
  ...nameCalling, ...nameCalling.map((w) => `${w}s`), ...nameCalling.map((w) => `${w}es`),
]);
// Each hostile phrase contains one of these words.
const PHRASE_ANCHORS = new Set<string>([
  'shut', 'stfu', 'gtfo', 'hell', 'yourself', 'urself', 'screw', 'fuck', 'damn', 'f', 'ass', 'arse', 'lost', 'life',
  'brain', 'piss', 'bugger', 'shit', 'dead', 'cares', 'asked', 'piece', 'waste', 'scum', 'bottom', 'suck', 'sucks', 'grow',
  'braindead', 'iq', 'brained', 'mentally', 'full', 'crawl', 'bite', 'fucked', 'joke', 'disgrace', 'embarrassment',
  'clown', 'dumpster', 'back',
]);

export function detectInsult(text: NormalisedText): Flag[] {
  const hasInsultWord = hasAnchor(text, INSULT_WORDS, 'tard');
  const hasPhraseWord = hasAnchor(text, PHRASE_ANCHORS);
  if (!hasInsultWord && !hasPhraseWord) return [];
  const c = text.canonical;
  if (!hasInsultWord) {
    return flagFromCanonicalHits('insult', text,
      collectHits(PHRASES, c, () => ({ severity: 'medium', confidence: 0.85, reason: 'hostile phrase' })));
  }
  const hits: CanonicalHit[] = [
    ...collectHits(TARGETED, c, () => ({ severity: 'medium', confidence: 0.9, reason: 'insult aimed at a person' })),
    ...collectHits(SUBJECT_IS, c, () => ({ severity: 'medium', confidence: 0.8, reason: 'calls someone names' })),
    ...collectHits(INSULT_LIKE_YOU, c, () => ({ severity: 'medium', confidence: 0.9, reason: 'insult aimed at a person' })),
    ...collectHits(PHRASES, c, () => ({ severity: 'medium', confidence: 0.85, reason: 'hostile phrase' })),
    ...collectHits(UNTARGETED, c, (m) => (alwaysInsulting.has(m[1]!)
      ? { severity: 'medium', confidence: 0.75, reason: 'insulting word' }
      : { severity: 'low', confidence: 0.55, reason: 'insulting word' })),
    // In a reply, a put-down like "pathetic" or "clown" is most likely aimed at the person replied to.
    ...(isAddressed(text)
      ? collectHits(DESCRIPTIVE, c, () => ({ severity: 'low', confidence: 0.45, reason: 'put-down in a reply' }))
      : []),
    ...collectHits(TARD_BLEND, c, (m) => (m[1]!.startsWith('retarda') ? null : { severity: 'medium', confidence: 0.8, reason: 'insulting word' })),
  ];
  return flagFromCanonicalHits('insult', text, hits);
}
