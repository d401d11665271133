import { anchorGroup } from './anchor-index';
import { type Phrase, PhraseSet } from './phrase-set';

// Hostile phrases that insult on their own, matched on the canonical text
// (tokens joined by single spaces, so a space is exactly one word gap).
// `needs` says which words each phrase needs, so that only the phrases that
// can match are looked for (see phrase-set.ts).

const JOKES = ['joke', 'disgrace', 'embarrassment'];
const BAD = [
  'bad', 'horrible', 'terrible', 'awful', 'evil', 'disgusting', 'vile', 'sick', 'nasty', 'despicable', 'worthless',
  'pathetic', 'sorry', 'miserable', 'rotten', 'hateful', 'wicked', 'deplorable', 'lousy', 'crappy', 'shitty', 'up',
];
const PEOPLE = ['human', 'humans', 'person', 'persons', 'people', 'individual', 'individuals', 'excuse', 'excuses'];

const PHRASE_LIST: Phrase[] = [
  { pattern: 'shut (?:up|the fuck up|your (?:mouth|trap|face|pie hole))', needs: [['shut']] },
  { pattern: 'stfu', needs: [['stfu']] },
  { pattern: 'gtfo', needs: [['gtfo']] },
  { pattern: 'go to hell', needs: [['hell'], ['go']] },
  { pattern: 'go (?:fuck|screw) (?:yourself|urself|your ?self|off)', needs: [['fuck', 'screw'], ['go']] },
  { pattern: '(?:screw|fuck|damn|f) (?:you|u|off|ya|them|him|her)', needs: [['screw', 'fuck', 'damn', 'f'], ['you', 'u', 'off', 'ya', 'them', 'him', 'her']] },
  { pattern: 'kiss my (?:ass|arse)', needs: [['kiss']] },
  { pattern: 'get lost', needs: [['lost'], ['get']] },
  { pattern: 'get a life', needs: [['life'], ['get']] },
  { pattern: 'get a brain', needs: [['brain'], ['get']] },
  { pattern: 'piss off', needs: [['piss']] },
  { pattern: 'bugger off', needs: [['bugger']] },
  { pattern: 'eat shit', needs: [['shit'], ['eat']] },
  { pattern: 'drop dead', needs: [['dead'], ['drop']] },
  { pattern: '(?:nobody|no one) (?:cares|asked)', needs: [['cares', 'asked'], ['nobody', 'one']] },
  { pattern: 'who asked', needs: [['asked'], ['who']] },
  { pattern: 'piece of (?:shit|crap|garbage|trash|work|filth|dirt|excrement)', needs: [['piece'], ['of']] },
  { pattern: 'waste of (?:space|oxygen|air|skin|life|a human)', needs: [['waste'], ['of']] },
  { pattern: 'scum of the earth', needs: [['scum'], ['earth']] },
  { pattern: 'bottom feeders?', needs: [['bottom']] },
  { pattern: '(?:you|u|he|she|they|it) (?:suck|sucks)', needs: [['suck', 'sucks']] },
  { pattern: 'grow a (?:brain|pair|spine)', needs: [['grow']] },
  { pattern: 'brain ?dead', needs: [['brain', 'braindead']] },
  { pattern: 'low (?:iq|life)', needs: [['low'], ['iq', 'life']] },
  { pattern: '(?:zero|no|room temperature) iq', needs: [['iq']] },
  { pattern: 'smooth brain(?:ed)?', needs: [['smooth']] },
  { pattern: 'mentally (?:ill|retarded|challenged|deficient)', needs: [['mentally']] },
  { pattern: 'full of (?:shit|crap|it)', needs: [['full'], ['shit', 'crap', 'it']] },
  { pattern: 'crawl back (?:under|into)', needs: [['crawl']] },
  { pattern: 'bite me', needs: [['bite']] },
  { pattern: 'suck (?:my|it)', needs: [['suck']] },
  { pattern: 'get fucked', needs: [['fucked'], ['get']] },
  // "you arejoke": with no space after "are", the last word is glued to it.
  { pattern: '(?:you|u) (?:are|r|re)? ?(?:a )?(?:joke|disgrace|embarrassment)', needs: [JOKES.flatMap((w) => [w, `are${w}`, `r${w}`, `re${w}`]), ['you', 'u']] },
  { pattern: 'clown (?:show|car|world)', needs: [['clown']] },
  { pattern: 'dumpster fire', needs: [['dumpster']] },
  { pattern: 'off yourself', needs: [['yourself'], ['off']] },
  { pattern: 'go back to (?:your|the) (?:cave|hole|basement|mom)', needs: [['back'], ['cave', 'hole', 'basement', 'mom']] },
  // Rebukes and dismissals aimed at a person.
  { pattern: 'shame on (?:you|u|ya|yall|him|her|them|these|those|this|that|all|the|every|anyone|anybody|everyone)', needs: [['shame'], ['on']] },
  { pattern: '(?:have|has) no shame', needs: [['shame'], ['no']] },
  { pattern: 'should be ashamed of (?:yourself|yourselves|himself|herself|themselves)', needs: [['ashamed']] },
  { pattern: 'shove it', needs: [['shove']] },
  { pattern: 'up yours', needs: [['yours'], ['up']] },
  { pattern: '(?<=^|\\. |@\\S+ |just |now |please |so |and )go away', needs: [['away'], ['go']] },
  { pattern: 'make[s]? me (?:sick|puke|vomit)', needs: [['sick', 'puke', 'vomit'], ['make', 'makes']] },
  { pattern: 'sick of (?:you|u|ya|yall)', needs: [['sick'], ['of']] },
  { pattern: 'get (?:a clue|a grip|over yourself|over it)', needs: [['clue', 'grip', 'over'], ['get']] },
  { pattern: 'take a hike', needs: [['hike']] },
  { pattern: 'pound sand', needs: [['sand']] },
  { pattern: 'have a seat', needs: [['seat']] },
  { pattern: 'cry ?bab(?:y|ies)', needs: [['cry', 'crybaby', 'crybabies']] },
  // "sucks": vulgar contempt for whoever or whatever it is said of.
  { pattern: 'sucks', needs: [['sucks']] },
  { pattern: '(?:gonna|going to|will|would|does|really|totally|still) suck', needs: [['suck']] },
  // A person described as a bad human being.
  {
    pattern: '(?:bad|horrible|terrible|awful|evil|disgusting|vile|sick|nasty|despicable|worthless|pathetic|sorry|miserable|rotten|hateful|wicked|deplorable|lousy|crappy|shitty|fucked up) (?:human beings?|humans?|persons?|people|individuals?|excuses? for (?:a )?(?:human|man|woman|person|president|leader))',
    needs: [BAD, PEOPLE],
  },
];

export const PHRASE_SET = new PhraseSet(PHRASE_LIST);
/** Every phrase in one regex (flags `gd`), the offending part in group 1. */
export const PHRASES = PHRASE_SET.combined;

// Each hostile phrase contains one of these words.
export const PHRASE_ANCHORS = anchorGroup([
  'shut', 'stfu', 'gtfo', 'hell', 'yourself', 'urself', 'screw', 'fuck', 'damn', 'f', 'ass', 'arse', 'lost', 'life',
  'brain', 'piss', 'bugger', 'shit', 'dead', 'cares', 'asked', 'piece', 'waste', 'scum', 'bottom', 'suck', 'sucks', 'grow',
  'braindead', 'iq', 'brained', 'mentally', 'full', 'crawl', 'bite', 'fucked', 'joke', 'disgrace', 'embarrassment',
  'clown', 'dumpster', 'back', 'shame', 'ashamed', 'shove', 'yours', 'away', 'sick', 'clue', 'grip', 'hike',
  'sand', 'human', 'humans', 'over', 'seat', 'cry', 'crybaby', 'crybabies', 'baby', 'babies', 'person', 'persons', 'people', 'individual', 'individuals', 'excuse', 'excuses',
]);

