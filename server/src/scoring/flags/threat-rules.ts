import type { AnchoredRule, HitInfo } from './anchored-rules';
import { wordsIn } from './anchored-rules';
import { type Phrase, PhraseSet } from './phrase-set';

// Threats of violence, on the canonical text (lower case, apostrophes gone:
// "you'll" is "youll", "won't" is "wont"; sentence breaks are " . ").
// Each rule needs both a violent act and a person on the receiving end, so
// news about violence ("the soldiers were killed") and violent idioms about
// things ("kill the bill", "shoot me an email") do not count.

// Verbs that are violent in any context; "beat", "destroy" and "end" are
// also sport and politics ("we will beat them"), so they are not here.
const VIOLENCE = '(?:kill|murder|shoot|stab|hurt|punch|strangle|choke|slit|behead|hang|lynch|rape|burn|bury|slap|gut|skin|execute|torture)';
const VIOLENCE_PAST = '(?:killed|murdered|shot|stabbed|hurt|beaten|punched|strangled|choked|beheaded|hanged|hung|lynched|raped|burned|burnt|buried|slapped|executed|tortured|gassed|put down|taken out|locked up and tortured)';
const VICTIM = '(?:you|u|ya|him|her|them|your (?:family|kids|wife|husband|mother|mom|children)|yall|you all|every one of you|all of you|his|her)';
/** People a threat can name instead of a pronoun ("shoot the mayor"). */
const PERSON = `(?:${VICTIM}|(?:the|that|this|these|those|our|your|their) (?:\\w+ )?(?:mayor|guy|guys|man|men|woman|women|idiot|idiots|bastard|bastards|author|writer|editor|reporter|reporters|journalist|journalists|councillor|councillors|councilor|councilors|president|governor|senator|senators|judge|judges|cop|cops|officer|officers|politician|politicians|traitor|traitors|bitch|lady|dude|kid|kids|clown|clowns|moron|morons|thug|thugs|person|people|leader|leaders|owner|boss|minister|liberals|conservatives)|whoever(?: \\w+){1,3})`;
/** Someone announcing what they (or "someone") will do. */
const WILL = "(?:i ?ll|i will|im (?:going to|gonna)|i am (?:going to|gonna)|we ?ll|we will|were (?:going to|gonna)|gonna|going to|i (?:want|wanna|would|d|should|could) (?:to )?|let ?s|someone should|somebody should|someone needs to|somebody needs to|ill personally|i swear ill|i swear i will)";
/** First-person intent only ("we'll" is left out: as "well" it is mostly the adverb). */
const WILL_1P = '(?:i ?ll|i will|i shall|i swear i ?(?:ll|will)|im (?:going to|gonna)|i am (?:going to|gonna)|we will|were (?:going to|gonna)|we are (?:going to|gonna)|gonna)';
/** Things that "deserve to die" without it being a threat to anyone. */
const NOT_PERSON = '(?:bill|plan|idea|law|proposal|project|show|series|movie|film|book|thread|article|story|policy|team|side|game|franchise|character|characters|scheme|budget|company|brand|app|product|trend|meme|tweet|post|party|season|song|album|feature|format|rule|tax)';

const high = (confidence: number, reason: string): (() => HitInfo) => () => ({ severity: 'high', confidence, reason });
const medium = (confidence: number, reason: string): (() => HitInfo) => () => ({ severity: 'medium', confidence, reason });

const CALLS_FOR_VIOLENCE: Phrase[] = [
  {
    pattern: `(?:i )?hope (?:you|u|he|she|they|yall|you all|your \\w+) (?:die|dies|drop dead|gets? (?:shot|killed|raped|cancer|hurt|stabbed|beaten|murdered|run over|hit by a (?:bus|car|truck|train))|burns?|rots?|chokes?)`,
    needs: [['hope'], ['die', 'dies', 'drop', 'get', 'gets', 'burn', 'burns', 'rot', 'rots', 'choke', 'chokes']],
  },
  { pattern: '(?:rot|burn) in hell', needs: [['hell'], ['rot', 'burn']] },
  { pattern: 'kill (?:yourself|urself|your self|yourselves)', needs: [['kill']] },
  { pattern: 'kys', needs: [['kys']] },
  // Not "every death to blame guns", "scared to death to start him".
  { pattern: '(?<!\\b(?:every|a|the|his|her|their|its|to|each|any|one|no) )death to \\w+', needs: [['death']] },
  { pattern: '(?:should|needs? to) be (?:shot|hanged|hung|executed|killed|lynched|put down|gassed)', needs: [['shot', 'hanged', 'hung', 'executed', 'killed', 'lynched', 'put', 'gassed']] },
  { pattern: 'put a bullet (?:in|through)', needs: [['bullet']] },
  {
    pattern: '(?:put|send) (?:you|u|him|her|them) (?:in the ground|six feet under|in a body bag|in (?:the )?hospital)',
    needs: [['put', 'send'], ['ground', 'under', 'bag', 'hospital']],
  },
  { pattern: '(?:shoot|hang|kill) (?:them|him|her|em) all', needs: [['shoot', 'hang', 'kill']] },
  { pattern: 'line (?:them|em) up (?:and|against)', needs: [['line']] },
  { pattern: 'string (?:him|her|them) up', needs: [['string']] },
  { pattern: 'beat (?:you|u|him|her|them) (?:up|to death|senseless|to a pulp)', needs: [['beat']] },
  {
    pattern: 'burn (?:down )?(?:your|ur|their|his|her) (?:house|home|place|office|car|shop|business)(?: down)?',
    needs: [['burn'], ['house', 'home', 'place', 'office', 'car', 'shop', 'business']],
  },
];
const CALLS = new PhraseSet(CALLS_FOR_VIOLENCE);

export const THREAT_RULES: AnchoredRule[] = [
  {
    // "I will kill you", "someone should shoot the mayor".
    re: new RegExp(`\\b${WILL} ?(?:\\w+ ){0,2}${VIOLENCE} ${PERSON}\\b`, 'gd'),
    needs: [wordsIn(VIOLENCE)], make: high(0.9, 'threatens violence'),
  },
  {
    // "someone should shoot Smith": after "someone should", a bare word is most likely a name.
    re: /\b(?:someone|somebody) (?:should|needs to|ought to|has to|gotta) (?:just )?(?:shoot|hang|kill|stab|lynch|execute|murder|behead) (?!(?:the|a|an|this|that|it|these|those|off|time|some|my|our|his|her|their|its|me|myself|two|one)\b)\w+/gd,
    needs: [['shoot', 'hang', 'kill', 'stab', 'lynch', 'execute', 'murder', 'behead'], ['someone', 'somebody']],
    make: high(0.8, 'calls for violence'),
  },
  {
    re: new RegExp(`\\b(?:you|u|he|she|they|yall|who|(?:that|this) (?!${NOT_PERSON}s?\\b)\\w+) (?:deserves?|ought|needs?|should|must|oughta)(?: to)?(?: be)? (?:${VIOLENCE_PAST}|die|dead|hang|rot|burn)\\b`, 'gd'),
    needs: [
      ['deserve', 'deserves', 'ought', 'need', 'needs', 'should', 'must', 'oughta'],
      // Not the little words of "put down", "taken out", "locked up and tortured".
      [...wordsIn(VIOLENCE_PAST).filter((w) => !['down', 'out', 'up', 'and'].includes(w)), 'die', 'dead', 'hang', 'rot', 'burn'],
    ],
    make: high(0.85, 'wishes violence on someone'),
  },
  {
    // "people like the mayor deserve to be shot": any subject but a thing.
    re: new RegExp(`(?<!\\b${NOT_PERSON}s? )\\bdeserved? to (?:die|be (?:shot|hanged|hung|killed|beaten|executed|lynched|murdered|stabbed|tortured|raped|burned|burnt|put down|gassed|strung up))\\b`, 'gd'),
    needs: [['deserve', 'deserves', 'deserved'], ['die', 'shot', 'hanged', 'hung', 'killed', 'beaten', 'executed', 'lynched', 'murdered', 'stabbed', 'tortured', 'raped', 'burned', 'burnt', 'put', 'gassed', 'strung']],
    make: high(0.8, 'wishes violence on someone'),
  },
  {
    re: /\b(watch (?:your|ur|yo) back|(?:you|u) (?:are|re|r) (?:dead|so dead|next|going to die|gonna die)|youre (?:so dead|going to die|gonna die)|sleep with the fishes|(?:your|ur) days are numbered|(?:(?:you|u) (?:will|ll|gonna|are going to)|youll) pay for (?:this|it|that))\b/gd,
    needs: [['watch', 'dead', 'next', 'die', 'fishes', 'numbered', 'pay']],
    make: high(0.85, 'veiled threat'),
  },
  {
    re: /\bi know where (?:you|u|ya|yall|they|he|she|your (?:family|kids|wife|husband|mom|mother)) (?:live|lives|sleep|sleeps|work|works)\b(?! out)/gd,
    needs: [['know'], ['live', 'lives', 'sleep', 'sleeps', 'work', 'works']], make: high(0.85, 'veiled threat'),
  },
  {
    // "you'll regret this" is also said of a bad purchase: weaker.
    re: /\b(?:(?:you|u) (?:will|ll|are going to|re going to|gonna)|youll|youre (?:going to|gonna)) (?:live to )?regret (?:this|it|that|the day|ever|crossing|messing)\b/gd,
    needs: [['regret']], make: medium(0.6, 'veiled threat'),
  },
  {
    // "keep pushing and you will get hurt": a warning or a threat; weaker.
    re: /\b(?:(?:you|u|yall) (?:will|are going to|re going to|gonna|re gonna)|youll|youre (?:going to|gonna)) (?:get|be) (?:hurt|killed|shot|stabbed|beaten up)\b/gd,
    needs: [['hurt', 'killed', 'shot', 'stabbed', 'beaten']], make: medium(0.6, 'veiled threat'),
  },
  {
    re: /\bteach (?:\w+ ){1,4}a lesson (?:\w+ ){0,3}(?:wont|will never|never|will not|dont) forget\b/gd,
    needs: [['lesson'], ['forget']], make: medium(0.7, 'veiled threat'),
  },
  {
    // "I will hunt you down", "I'm going to beat the hell out of him".
    re: new RegExp(`\\b${WILL_1P} (?:\\w+ ){0,3}(?:hunt ${VICTIM} down|hunt down ${PERSON}|track ${VICTIM} down|beat the (?:shit|crap|hell|living daylights|\\w+) out of ${PERSON})\\b`, 'gd'),
    needs: [['hunt', 'track', 'beat']], alsoNeeds: [['down', 'out']], make: high(0.85, 'threatens violence'),
  },
  {
    // "I will find you and make you pay": intimidation without a violent verb.
    // Greedy gap so the whole clause is highlighted, not only its first verb.
    re: new RegExp(`\\b${WILL_1P} (?:\\w+ ){0,5}(?:make ${VICTIM} (?:pay|suffer|bleed)(?! (?:more|less|extra|taxes|tax|the|a|an|back|attention|at|in|on|with|for (?:the|your|my|our|dinner|lunch|drinks)))|find ${VICTIM}(?= \\.|$| and)|come (?:for|after) ${VICTIM}(?! (?:at|in|on|tomorrow|tonight|later|soon|when|after|before|with)\\b))`, 'gd'),
    needs: [['pay', 'suffer', 'bleed', 'find', 'come']], make: medium(0.7, 'intimidation'),
  },
  {
    re: CALLS.combined, phrases: CALLS,
    needs: [[
      'hope', 'hell', 'kill', 'kys', 'death', 'shot', 'hanged', 'hung', 'executed', 'killed', 'lynched', 'gassed', 'put',
      'send', 'shoot', 'hang', 'line', 'string', 'beat', 'burn',
    ]],
    make: high(0.85, 'calls for violence'),
  },
];
