// What the site model sees of a comment besides its text, and what a human
// decision teaches it. The trainer, the scorer decorator and the learning
// eval (scripts/eval/learning-eval.ts) all go through these functions, so the
// model is trained on exactly the features it predicts from.
import type { Flag, SentimentResult } from '@sift/shared';
import { ExtraFeatures, ruleFeatures, type LearningExample } from '../learning';
import { rulePriority } from '../scoring/priority';
import type { TrainingDecision } from './site-model-store';

/** Flags that mean "the rules would reject this": the baseline the model must beat. */
export const REJECTING_FLAGS: ReadonlySet<string> = new Set(['profanity', 'insult', 'threat', 'identity_attack', 'banned_word']);

/** The rule scorer's output the model uses: flags and sentiment (priority is derived from them). */
export interface RuleScores {
  flags: readonly Flag[];
  sentiment: Pick<SentimentResult, 'label' | 'compound'>;
}

export interface ModelInput {
  extraFeatures: ExtraFeatures;
  rulesSaysReject: boolean;
}

const NO_RULES: ModelInput = Object.freeze({ extraFeatures: new ExtraFeatures(), rulesSaysReject: false });

/**
 * Rule features (`flag:<category>` with confidence and severity, sentiment
 * label and compound bucket, rule priority) for a comment's scores. The rule
 * priority is recomputed from the flags and sentiment rather than read from
 * `scores.priority`: once the model is active the stored priority is the
 * blended one, and the model must not learn from its own output.
 */
export function siteFeatures(scores: RuleScores | null): ModelInput {
  if (!scores) return NO_RULES;
  const priority = rulePriority(scores.flags, scores.sentiment);
  return {
    extraFeatures: ruleFeatures({ flags: scores.flags, sentiment: scores.sentiment, priority }),
    rulesSaysReject: scores.flags.some((f) => REJECTING_FLAGS.has(f.category)),
  };
}

/**
 * One human decision as a lesson. Only decisions that set a comment approved
 * or rejected are lessons (escalations and rule decisions are not; the store
 * leaves them out). An undo is a decision like any other and teaches the
 * state it restores: undoing a rejection that restores "approved" teaches
 * "approved", one that restores "pending" teaches nothing. Lessons are never
 * taken back: the model learns the log as it happened, in order, so the
 * online model and a rebuild from the log are the same.
 */
export function lessonOf(decision: TrainingDecision): LearningExample {
  const input = siteFeatures(decision.scores);
  const rejected = decision.toStatus === 'rejected';
  return {
    text: decision.body,
    extraFeatures: input.extraFeatures,
    rulesSaysReject: input.rulesSaysReject,
    rejected,
    reason: rejected ? (decision.reason ?? 'other') : null,
  };
}
