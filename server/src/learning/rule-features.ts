// The rule scorer's output as extra features for the site model: each flag
// by its confidence and by its severity, the sentiment label and a bucket of
// its compound score, and the rule priority. The model then learns how much
// this site agrees with each rule, rather than with "some rule fired".
// Structural types, so any Scores-shaped object will do.
import { ExtraFeatures, extraHash } from './extra-features';

export interface RuleOutput {
  flags: readonly { category: string; severity: string; confidence: number }[];
  sentiment: { label: string; compound: number };
  priority: number;
}

// Feature names (and their hashes) are made once and looked up after: every
// scored comment needs a handful, and making them anew was a measurable
// share of the cost of a prediction.
interface Name {
  name: string;
  hash: number;
}
const named = (name: string): Name => ({ name, hash: extraHash(name) });
const COMPOUND_NAMES = [-2, -1, 0, 1, 2].map((b) => named(`sentiment:compound:${b}`));
const PRIORITY = named('rules:priority');
const labelNames = new Map<string, Name>();
const flagNames = new Map<string, { any: Name; bySeverity: Map<string, Name> }>();
/** Bounded: labels, categories and severities are few, whatever a caller sends. */
const MAX_CACHED = 256;

function labelName(label: string): Name {
  let name = labelNames.get(label);
  if (name === undefined) {
    name = named(`sentiment:${label}`);
    if (labelNames.size < MAX_CACHED) labelNames.set(label, name);
  }
  return name;
}

function flagName(category: string, severity: string): { any: Name; severity: Name } {
  let names = flagNames.get(category);
  if (names === undefined) {
    names = { any: named(`flag:${category}`), bySeverity: new Map() };
    if (flagNames.size < MAX_CACHED) flagNames.set(category, names);
  }
  let bySeverity = names.bySeverity.get(severity);
  if (bySeverity === undefined) {
    bySeverity = named(`${names.any.name}:${severity}`);
    if (names.bySeverity.size < MAX_CACHED) names.bySeverity.set(severity, bySeverity);
  }
  return { any: names.any, severity: bySeverity };
}

/** In a fixed order: sentiment label and bucket, each flag's category and severity, priority. */
export function ruleFeatures(scores: RuleOutput): ExtraFeatures {
  const features = new ExtraFeatures();
  const label = labelName(scores.sentiment.label);
  features.set(label.name, 1, label.hash);
  // Fifths of the compound score in [-1, 1]: -2..2 (0 is near-neutral).
  const bucket = COMPOUND_NAMES[Math.round(Math.max(-1, Math.min(1, scores.sentiment.compound)) * 2) + 2] ?? COMPOUND_NAMES[2] as Name;
  features.set(bucket.name, 1, bucket.hash);
  for (const flag of scores.flags) {
    const names = flagName(flag.category, flag.severity);
    // The same category twice (two insults) counts as its surest.
    features.set(names.any.name, flag.confidence, names.any.hash);
    features.set(names.severity.name, 1, names.severity.hash);
  }
  if (scores.priority > 0) features.set(PRIORITY.name, scores.priority, PRIORITY.hash);
  return features;
}
