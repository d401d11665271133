// The rule scorer's output as extra features for the site model: each flag
// by its confidence and by its severity, the sentiment label and a bucket of
// its compound score, and the rule priority. The model then learns how much
// this site agrees with each rule, rather than with "some rule fired".
// Structural types, so any Scores-shaped object will do.

export interface RuleOutput {
  flags: readonly { category: string; severity: string; confidence: number }[];
  sentiment: { label: string; compound: number };
  priority: number;
}

export function ruleFeatures(scores: RuleOutput): Record<string, number> {
  const features: Record<string, number> = { [`sentiment:${scores.sentiment.label}`]: 1 };
  // Fifths of the compound score in [-1, 1]: -2..2 (0 is near-neutral).
  features[`sentiment:compound:${Math.round(scores.sentiment.compound * 2)}`] = 1;
  for (const flag of scores.flags) {
    const key = `flag:${flag.category}`;
    features[key] = Math.max(features[key] ?? 0, flag.confidence);
    features[`${key}:${flag.severity}`] = 1;
  }
  if (scores.priority > 0) features['rules:priority'] = scores.priority;
  return features;
}
