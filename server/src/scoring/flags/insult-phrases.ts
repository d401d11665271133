import { anchorGroup } from './anchor-index';

// Hostile phrases that insult on their own, matched on the canonical text
// (tokens joined by single spaces, so a space is exactly one word gap).
const PHRASE_LIST = [
  'shut (?:up|the fuck up|your (?:mouth|trap|face|pie hole))', 'stfu', 'gtfo', 'go to hell', 'go (?:fuck|screw) (?:yourself|urself|your ?self|off)',
  '(?:screw|fuck|damn|f) (?:you|u|off|ya|them|him|her)', 'kiss my (?:ass|arse)', 'get lost', 'get a life', 'get a brain',
  'piss off', 'bugger off', 'eat shit', 'drop dead', '(?:nobody|no one) (?:cares|asked)', 'who asked',
  'piece of (?:shit|crap|garbage|trash|work|filth|dirt|excrement)', 'waste of (?:space|oxygen|air|skin|life|a human)',
  'scum of the earth', 'bottom feeders?', '(?:you|u|he|she|they|it) (?:suck|sucks)', 'grow a (?:brain|pair|spine)',
  'brain ?dead', 'low (?:iq|life)', '(?:zero|no|room temperature) iq', 'smooth brain(?:ed)?', 'mentally (?:ill|retarded|challenged|deficient)',
  'full of (?:shit|crap|it)', 'crawl back (?:under|into)', 'bite me', 'suck (?:my|it)', 'get fucked',
  '(?:you|u) (?:are|r|re)? ?(?:a )?(?:joke|disgrace|embarrassment)', 'clown (?:show|car|world)', 'dumpster fire',
  'off yourself', 'go back to (?:your|the) (?:cave|hole|basement|mom)',
  // Rebukes and dismissals aimed at a person.
  'shame on (?:you|u|ya|yall|him|her|them|these|those|this|that|all|the|every|anyone|anybody|everyone)',
  '(?:have|has) no shame', 'should be ashamed of (?:yourself|yourselves|himself|herself|themselves)',
  'shove it', 'up yours', '(?<=^|\\. |@\\S+ |just |now |please |so |and )go away', 'make[s]? me (?:sick|puke|vomit)', 'sick of (?:you|u|ya|yall)',
  'get (?:a clue|a grip|over yourself|over it)', 'take a hike', 'pound sand', 'have a seat', 'cry ?bab(?:y|ies)',
  // "sucks": vulgar contempt for whoever or whatever it is said of.
  'sucks', '(?:gonna|going to|will|would|does|really|totally|still) suck',
  // A person described as a bad human being.
  '(?:bad|horrible|terrible|awful|evil|disgusting|vile|sick|nasty|despicable|worthless|pathetic|sorry|miserable|rotten|hateful|wicked|deplorable|lousy|crappy|shitty|fucked up) (?:human beings?|humans?|persons?|people|individuals?|excuses? for (?:a )?(?:human|man|woman|person|president|leader))',
];

export const PHRASES = new RegExp(`\\b(${PHRASE_LIST.join('|')})\\b`, 'gd');

// Each hostile phrase contains one of these words.
export const PHRASE_ANCHORS = anchorGroup([
  'shut', 'stfu', 'gtfo', 'hell', 'yourself', 'urself', 'screw', 'fuck', 'damn', 'f', 'ass', 'arse', 'lost', 'life',
  'brain', 'piss', 'bugger', 'shit', 'dead', 'cares', 'asked', 'piece', 'waste', 'scum', 'bottom', 'suck', 'sucks', 'grow',
  'braindead', 'iq', 'brained', 'mentally', 'full', 'crawl', 'bite', 'fucked', 'joke', 'disgrace', 'embarrassment',
  'clown', 'dumpster', 'back', 'shame', 'ashamed', 'shove', 'yours', 'away', 'sick', 'clue', 'grip', 'hike',
  'sand', 'human', 'humans', 'over', 'seat', 'cry', 'crybaby', 'crybabies', 'baby', 'babies', 'person', 'persons', 'people', 'individual', 'individuals', 'excuse', 'excuses',
]);
