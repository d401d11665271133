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

// Feature names are built once and looked up after: every scored comment
// needs a handful, and building them anew was a measurable share of the
// cost of a prediction.
const COMPOUND_NAMES = [-2, -1, 0, 1, 2].map((b) => `sentiment:compound:${b}`);
const labelNames = new Map<string, string>();
const flagNames = new Map<string, { any: string; bySeverity: Map<string, string> }>();
/** Bounded: labels, categories and severities are few, whatever a caller sends. */
const MAX_CACHED = 256;

function labelName(label: string): string {
  let name = labelNames.get(label);
  if (name === undefined) {
    name = `sentiment:${label}`;
    if (labelNames.size < MAX_CACHED) labelNames.set(label, name);
  }
  return name;
}

function flagName(category: string, severity: string): { any: string; severity: string } {
  let names = flagNames.get(category);
  if (names === undefined) {
    names = { any: `flag:${category}`, bySeverity: new Map() };
    if (flagNames.size < MAX_CACHED) flagNames.set(category, names);
  }
  let bySeverity = names.bySeverity.get(severity);
  if (bySeverity === undefined) {
    bySeverity = `${names.any}:${severity}`;
    if (names.bySeverity.size < MAX_CACHED) names.bySeverity.set(severity, bySeverity);
  }
  return { any: names.any, severity: bySeverity };
}

export function ruleFeatures(scores: RuleOutput): Record<string, number> {
  const features: Record<string, number> = { [labelName(scores.sentiment.label)]: 1 };
  // Fifths of the compound score in [-1, 1]: -2..2 (0 is near-neutral).
  const bucket = Math.round(Math.max(-1, Math.min(1, scores.sentiment.compound)) * 2);
  features[COMPOUND_NAMES[bucket + 2] ?? 'sentiment:compound:0'] = 1;
  for (const flag of scores.flags) {
    const names = flagName(flag.category, flag.severity);
    features[names.any] = Math.max(features[names.any] ?? 0, flag.confidence);
    features[names.severity] = 1;
  }
  if (scores.priority > 0) features['rules:priority'] = scores.priority;
  return features;
}
