import type { AnchoredRule, HitInfo } from './anchored-rules';
import { wordsOf } from './anchor-index';
import { ambiguousSlurs, criminalising, dehumanising, dehumanisingNouns, protectedGroups, slurs } from './identity-terms';

// Attacks on a protected group, on the canonical text (see threat-rules.ts).
// Mentioning a group is never enough: a rule needs the group together with
// what is said of it (vermin, criminals, "send them back", "should not be
// allowed"), so "immigrants contribute to the economy" and "refugees need
// housing" pass.

const alt = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
/** Longest phrases first, so "jewish people" wins over "jewish". */
export const GROUP = `(?:${alt(protectedGroups)})`;
const DEHUMANISING_NOUN = `(?:${alt(dehumanisingNouns)})`;
const CRIMINALISING = `(?:${alt(criminalising)})`;
/** Words that name a group, for anchors ("the" and "people" are everywhere). */
const GROUP_WORDS = wordsOf(protectedGroups).filter((w) => !['the', 'people'].includes(w));
/** The word every dehumanising or criminalising phrase ends with ("less than human": "human"). */
const LABEL_WORDS = [...dehumanisingNouns, ...criminalising].map((p) => p.split(' ').pop()!);

const EXPULSION_VERBS = ['send', 'sent', 'ship', 'shipped', 'deport', 'deported', 'kick', 'kicked', 'boot', 'booted'];
const CRIMINAL_END = new RegExp(`${CRIMINALISING}$`);

/**
 * `alsoNeeds` lists (see anchored-rules.ts): words besides the group that
 * each rule needs, so that a group word alone ("women", "white") does not
 * send the comment through every group regex.
 */
const DEHUMANISING_LAST = [...new Set(dehumanising.map((p) => p.split(' ').pop()!))];
const VERMIN_WORDS = [
  'infestation', 'plague', 'swarm', 'horde', 'hordes', 'invasion', 'vermin', 'scum', 'filth', 'parasites', 'cockroaches',
  'rats', 'subhumans', 'savages', 'invaders', 'leeches', 'maggots',
];
const HOSTILITY_WORDS = [
  'kill', 'gas', 'deport', 'exterminate', 'eradicate', 'wipe', 'rid', 'ban', 'hang', 'shoot', 'nuke', 'burn',
  'should', 'must', 'need', 'deserve', 'genocide', 'supremacy', 'pride', 'death',
];
const EXCLUSION_WORDS = [
  'allowed', 'vote', 'work', 'drive', 'teach', 'lead', 'hold', 'run', 'rights', 'say', 'jobs', 'belong', 'place', 'business', 'right',
];

const hit = (severity: HitInfo['severity'], confidence: number, reason: string) => (): HitInfo => ({ severity, confidence, reason });

export const IDENTITY_RULES: AnchoredRule[] = [
  {
    re: new RegExp(`(?<![\\w@])#?(${alt(slurs)})(?!\\w)`, 'gd'),
    needs: [wordsOf(slurs)],
    make: (m) => ({ severity: 'high', confidence: ambiguousSlurs.has(m[1]!) ? 0.55 : 0.9, reason: 'slur' }),
  },
  {
    // "muslims are animals", "all immigrants are criminals", "women are inferior".
    re: new RegExp(
      `\\b(?:all |most |these |those |the |fucking |damn |filthy |dirty )*${GROUP} (?:are|r|is|were|just|all|nothing but|are all|are just|are nothing but|are like)(?: (?:a|an|the|all|just|such|so|fucking|total|bunch of))* (?:${alt(dehumanising)})\\b`,
      'gd',
    ),
    needs: [GROUP_WORDS], alsoNeeds: [DEHUMANISING_LAST], make: hit('high', 0.85, 'dehumanising generalisation about a group'),
  },
  {
    // "an infestation of migrants", "muslim invaders", "refugee parasites".
    re: new RegExp(`\\b(?:(?:an? )?(?:infestation|plague|swarm|hordes?|invasion) of (?:\\w+ )?${GROUP}|${GROUP} (?:vermin|scum|filth|parasites|cockroaches|rats|subhumans|savages|infestation|plague|invasion|invaders|leeches|maggots))\\b`, 'gd'),
    needs: [GROUP_WORDS], alsoNeeds: [VERMIN_WORDS], make: hit('high', 0.85, 'dehumanising generalisation about a group'),
  },
  {
    // "kill all muslims", "deport the mexicans", "gas the jews".
    re: new RegExp(
      `\\b(?:(?:kill|gas|deport|exterminate|eradicate|wipe out|get rid of|ban|hang|shoot|nuke|burn) (?:all |the |these |those |every )*${GROUP}|${GROUP} (?:should|must|need to|deserve to) (?:die|be killed|be gassed|be exterminated|be wiped out|burn|hang|be shot|go back)|(?:white|black|jewish|muslim|gay) (?:genocide|supremacy is|pride is disgusting)|death to (?:all )?${GROUP})\\b`,
      'gd',
    ),
    needs: [[...GROUP_WORDS, 'genocide', 'supremacy', 'pride', 'death']], alsoNeeds: [HOSTILITY_WORDS],
    make: hit('high', 0.85, 'hostility or violence against a group'),
  },
  {
    // "send them back", "sent back where they came from", "go back to your country"; not "send the form back".
    re: new RegExp(`\\b(?:(?:${alt(EXPULSION_VERBS)}) (?:them|em|them all|all of them|${GROUP}|(?:these|those|the|all the|all these|all those) (?:people|${GROUP}))(?: all)? back|(?:(?:send|sent|ship|shipped|go|get|got|goes|went|kicked) (?:\\w+ ){0,2})?back (?:to )?where (?:they|you|u|he|she|ya|yall|their \\w+|your \\w+) (?:came|come) from|go back to (?:your|ur|their) (?:own )?(?:country|countries|desert|jungle|cave|shithole))\\b`, 'gd'),
    needs: [['back'], [...EXPULSION_VERBS, 'came', 'come', 'country', 'countries', 'desert', 'jungle', 'cave', 'shithole']], make: hit('high', 0.8, 'tells a group to leave'),
  },
  {
    // "women should not be allowed to vote", "immigrants don't belong here".
    re: new RegExp(`\\b${GROUP} (?:(?:(?:should|must|shall) (?:not|never)|shouldnt|cant|cannot) be allowed|(?:(?:should|must) (?:not|never)|shouldnt) (?:vote|work|drive|teach|lead|hold office|run for office|have (?:rights|a say|the vote|jobs))|(?:dont|do not|doesnt|does not|will never) belong (?:here|in \\w+)|belong in the kitchen|(?:have|has) no (?:place|business|right) (?:in|here|being|to))\\b`, 'gd'),
    needs: [GROUP_WORDS], alsoNeeds: [EXCLUSION_WORDS], make: hit('medium', 0.75, 'excludes a group'),
  },
  {
    // "those people are all criminals": a coded group, so weaker unless a group is named nearby (see below).
    re: new RegExp(`\\b(?:all )?(?:these|those) people (?:are|r|re|were)(?: (?:all|just|nothing but|a bunch of|bunch of|such))* (?:${DEHUMANISING_NOUN}|${CRIMINALISING})\\b`, 'gd'),
    needs: [LABEL_WORDS, ['people']], make: hit('medium', 0.6, 'sweeping generalisation about people'),
  },
];

/**
 * "They are vermin", "these animals": a pronoun made into vermin or criminals,
 * an attack on a group only when a group is named near it (checked by the
 * detector), since "the rats in my shed, they are vermin" is not one.
 */
export const PRONOUN_RULES: AnchoredRule[] = [
  {
    re: new RegExp(`\\b(?:they|theyre|them|these|those|all of them)(?: people| ones)?(?: (?:are|r|re|were))?(?: (?:all|just|nothing but|such|a|an|bunch of|total|fucking|literally|basically|like|filthy|dirty))* (?:${DEHUMANISING_NOUN}|${CRIMINALISING})\\b`, 'gd'),
    needs: [LABEL_WORDS, GROUP_WORDS],
    // Calling them criminals is a weaker sign than calling them vermin: "they" may be a few people.
    make: (m) => (CRIMINAL_END.test(m[0])
      ? { severity: 'medium', confidence: 0.7, reason: 'sweeping criminalisation of a group' }
      : { severity: 'high', confidence: 0.8, reason: 'dehumanising talk about a group' }),
  },
];
