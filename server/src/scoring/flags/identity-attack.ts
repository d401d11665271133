import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { compileRules } from './anchored-rules';
import { flagFromCanonicalHits, type CanonicalHit } from './make-flag';
import { GROUP, IDENTITY_RULES, PRONOUN_RULES } from './identity-rules';

const RULES = compileRules(IDENTITY_RULES);
const PRONOUN = compileRules(PRONOUN_RULES);
const NAMED_GROUP = new RegExp(`\\b${GROUP}\\b`);
/** How far (canonical characters) before and after "they are vermin" a group's name is looked for. */
const GROUP_BEFORE = 200;
const GROUP_AFTER = 80;

/** A group named near the hit: who "they" in "they are vermin" most likely are. */
function groupNear(text: NormalisedText, hit: CanonicalHit): boolean {
  return NAMED_GROUP.test(text.canonical.slice(Math.max(0, hit.start - GROUP_BEFORE), hit.end + GROUP_AFTER));
}

export function detectIdentityAttack(text: NormalisedText): Flag[] {
  const hits = RULES.run(text);
  for (const h of PRONOUN.run(text)) if (groupNear(text, h)) hits.push(h);
  return flagFromCanonicalHits('identity_attack', text, hits);
}
