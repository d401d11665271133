import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { anchorGroup, anchorMask, tokenAnchors } from './anchor-index';
import { collectHitsNear, flagFromCanonicalHits, type CanonicalHit } from './make-flag';

// Threats of violence, on the canonical text (see insult.ts). Each rule needs
// both a violent act and a person on the receiving end, so news about
// violence ("the soldiers were killed") does not count.
// Verbs that are violent in any context; "beat", "destroy" and "end" are
// also sport and politics ("we will beat them"), so they are not here.
const VIOLENCE = '(?:kill|murder|shoot|stab|hurt|punch|strangle|choke|slit|behead|hang|lynch|rape|burn|bury|slap|gut|skin|execute|torture)';
const VIOLENCE_PAST = '(?:killed|murdered|shot|stabbed|hurt|beaten|punched|strangled|choked|beheaded|hanged|hung|lynched|raped|burned|burnt|buried|slapped|executed|tortured|gassed|put down|taken out|locked up and tortured)';
const VICTIM = '(?:you|u|ya|him|her|them|your (?:family|kids|wife|husband|mother|mom|children)|yall|you all|every one of you|all of you|his|her)';
const WILL = "(?:i ?ll|i will|im (?:going to|gonna)|i am (?:going to|gonna)|we ?ll|we will|were (?:going to|gonna)|gonna|going to|i (?:want|wanna|would|d|should|could) (?:to )?|let ?s|someone should|somebody should|someone needs to|somebody needs to|ill personally|i swear ill|i swear i will)";

const wordsIn = (alternation: string) => alternation.replace(/[()?:]/g, '').split('|').flatMap((w) => w.split(' '));

// Each rule runs only when the comment has its anchor words: `all` lists
// groups that must all be present (one word of each).
const RULES: { re: RegExp; reason: string; confidence: number; all: number[] }[] = [
  {
    re: new RegExp(`\\b${WILL} ?(?:\\w+ ){0,2}${VIOLENCE} ${VICTIM}\\b`, 'gd'), reason: 'threatens violence', confidence: 0.9,
    all: [anchorGroup(wordsIn(VIOLENCE))],
  },
  {
    re: new RegExp(`\\b(?:you|u|he|she|they|yall|who|that \\w+|this \\w+) (?:deserves?|ought|needs?|should|must|oughta)(?: to)?(?: be)? (?:${VIOLENCE_PAST}|die|dead|hang|rot|burn)\\b`, 'gd'),
    reason: 'wishes violence on someone', confidence: 0.85,
    all: [
      anchorGroup(['deserve', 'deserves', 'ought', 'need', 'needs', 'should', 'must', 'oughta']),
      // Not the little words of "put down", "taken out", "locked up and tortured".
      anchorGroup([...wordsIn(VIOLENCE_PAST).filter((w) => !['down', 'out', 'up', 'and'].includes(w)), 'die', 'dead', 'hang', 'rot', 'burn']),
    ],
  },
  {
    re: /\b(watch (?:your|ur|yo) back|i know where (?:you|u) live|(?:you|u) (?:are|re|r) (?:dead|so dead|next|going to die|gonna die)|sleep with the fishes|(?:your|ur) days are numbered|(?:you|u) (?:will|ll|gonna|are going to) (?:regret|pay for) (?:this|it|that))\b/gd,
    reason: 'veiled threat', confidence: 0.85,
    all: [anchorGroup(['watch', 'live', 'dead', 'next', 'die', 'fishes', 'numbered', 'regret', 'pay'])],
  },
  {
    re: /\b((?:i )?hope (?:you|u|he|she|they|yall) (?:die|dies|get (?:shot|killed|raped|cancer)|gets (?:shot|killed|raped|cancer)|burn|burns|rot|rots|choke|chokes)|(?:rot|burn) in hell|kill (?:yourself|urself|your self|yourselves)|kys|death to \w+|(?:should|needs? to) be (?:shot|hanged|hung|executed|killed|lynched|put down|gassed)|put a bullet (?:in|through)|(?:shoot|hang|kill) (?:them|him|her|em) all|line (?:them|em) up (?:and|against)|string (?:him|her|them) up|beat (?:you|u|him|her|them) (?:up|to death|senseless|to a pulp))\b/gd,
    reason: 'calls for violence', confidence: 0.85,
    all: [anchorGroup([
      'die', 'dies', 'shot', 'killed', 'raped', 'cancer', 'burn', 'burns', 'rot', 'rots', 'choke', 'chokes', 'hell', 'kill',
      'kys', 'death', 'hanged', 'hung', 'executed', 'lynched', 'gassed', 'put', 'shoot', 'hang', 'line', 'string', 'beat',
    ])],
  },
];

export function detectThreat(text: NormalisedText): Flag[] {
  const mask = anchorMask(text);
  if (mask === 0) return [];
  const anchors = tokenAnchors(text);
  const hits: CanonicalHit[] = [];
  for (const r of RULES) {
    if (!r.all.every((bit) => (mask & bit) !== 0)) continue;
    // Near the first group's words: every match contains one.
    hits.push(...collectHitsNear(r.re, text, anchors, r.all[0]!, () => ({ severity: 'high', confidence: r.confidence, reason: r.reason })));
  }
  // The whole clause is the threat: highlight it, not just the verb.
  return flagFromCanonicalHits('threat', text, hits);
}
