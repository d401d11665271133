import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { anchorGroup, anchorMask, tokenAnchors, wordsOf } from './anchor-index';
import { collectHitsNear, flagFromCanonicalHits, type CanonicalHit } from './make-flag';
import { ambiguousSlurs, dehumanising, protectedGroups, slurs } from './identity-terms';

const alt = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
const GROUP = `(?:${alt(protectedGroups)})`;

const SLUR = new RegExp(`(?<![\\w@])#?(${alt(slurs)})(?!\\w)`, 'gd');
/** "muslims are animals", "all immigrants are criminals", "women are inferior". */
const GENERALISATION = new RegExp(
  `\\b(?:all |most |these |those |the |fucking |damn |filthy |dirty )*${GROUP} (?:are|r|is|were|just|all|nothing but|are all|are just|are nothing but|are like)(?: (?:a|an|the|all|just|such|so|fucking|total|bunch of))* (?:${alt(dehumanising)})\\b`,
  'gd',
);
/** "kill all muslims", "deport the mexicans", "gas the jews", "go back to your country". */
const EXCLUSION = new RegExp(
  `\\b(?:(?:kill|gas|deport|exterminate|eradicate|wipe out|get rid of|ban|hang|shoot|nuke|burn) (?:all |the |these |those |every )*${GROUP}|${GROUP} (?:should|must|need to|deserve to) (?:die|be killed|be gassed|be exterminated|be wiped out|burn|hang|be shot|go back)|go back to (?:your|ur) (?:own )?(?:country|countries|desert|jungle|cave|shithole)|(?:white|black|jewish|muslim|gay) (?:genocide|supremacy is|pride is disgusting)|death to (?:all )?${GROUP})\\b`,
  'gd',
);

// Every rule needs a slur, a group's name, or "go back" / "genocide" / ...
const ANCHORS = anchorGroup([
  ...wordsOf(slurs), ...wordsOf(protectedGroups).filter((w) => !['the', 'people'].includes(w)),
  'back', 'genocide', 'supremacy', 'pride', 'death',
]);

export function detectIdentityAttack(text: NormalisedText): Flag[] {
  if (!(anchorMask(text) & ANCHORS)) return [];
  const anchors = tokenAnchors(text);
  const near = (re: RegExp, make: Parameters<typeof collectHitsNear>[4]) => collectHitsNear(re, text, anchors, ANCHORS, make);
  const hits: CanonicalHit[] = [
    ...near(SLUR, (m) => ({
      severity: 'high',
      confidence: ambiguousSlurs.has(m[1]!) ? 0.55 : 0.9,
      reason: 'slur',
    })),
    ...near(GENERALISATION, () => ({ severity: 'high', confidence: 0.85, reason: 'dehumanising generalisation about a group' })),
    ...near(EXCLUSION, () => ({ severity: 'high', confidence: 0.85, reason: 'hostility or violence against a group' })),
  ];
  return flagFromCanonicalHits('identity_attack', text, hits);
}
