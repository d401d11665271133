import type { Flag } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { compileRules } from './anchored-rules';
import { flagFromCanonicalHits } from './make-flag';
import { THREAT_RULES } from './threat-rules';

// One anchor-index group for every threat rule: most comments have none of
// their words and skip the detector after one bit test.
const RULES = compileRules(THREAT_RULES);

export function detectThreat(text: NormalisedText): Flag[] {
  // The whole clause is the threat: highlight it, not just the verb.
  return flagFromCanonicalHits('threat', text, RULES.run(text));
}
