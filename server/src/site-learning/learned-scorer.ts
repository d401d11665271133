import type { Prediction, Scores } from '@sift/shared';
import { blendPriority, type ModelText, type SiteModel } from '../learning';
import { sharesTokens, type Scorer } from '../scoring/types';
import { siteFeatures } from './site-features';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The rule scores plus the site model's prediction, and the priority the queue uses.
 *
 * How the two are blended (README, "How Sift learns"):
 * - Every comment gets `prediction` (reject probability, likely reason, the
 *   features that pushed it), whether or not the model is trusted yet.
 * - Cold start: until the model has learned `minDecisions` human decisions
 *   AND agrees with the moderators more often than the rules alone do over
 *   its recent window, it is inactive and the priority is the rules' alone.
 * - Once active, priority = (rule priority + reject probability) / 2
 *   (`blendPriority`), and `priorityReasons` says so. If it later stops
 *   beating the rules it falls back to inactive by itself.
 * The model's features come from the rule scores (flags, sentiment) through
 * `siteFeatures`, the same function the trainer uses on stored scores.
 */
export function withPrediction(text: string, scores: Scores, model: SiteModel, words?: ModelText): Scores {
  const input = siteFeatures(scores);
  const prediction = model.predict(text, input.extraFeatures, words);
  if (!prediction.active) return scoresWith(scores, prediction, scores.priority, scores.priorityReasons);
  const rulePriority = scores.priority;
  const priority = round3(blendPriority(rulePriority, prediction.rejectProbability, true));
  const learned = model.decisionCount;
  return scoresWith(scores, prediction, priority, [
    ...scores.priorityReasons,
    `site model (learned from ${learned} decisions): ${Math.round(prediction.rejectProbability * 100)}% likely rejected; blended with the rules' ${rulePriority.toFixed(2)}`,
  ]);
}

/**
 * A copy of `scores` with the prediction and priority set. Written out field
 * by field: an object spread here cost as much as a fifth of a prediction.
 */
function scoresWith(scores: Scores, prediction: Prediction, priority: number, priorityReasons: string[]): Scores {
  const out: Scores = {
    scorerVersion: scores.scorerVersion,
    sentiment: scores.sentiment,
    flags: scores.flags,
    priority,
    priorityReasons,
    prediction,
  };
  if (scores.skippedPhases) out.skippedPhases = scores.skippedPhases;
  return out;
}

/**
 * A Scorer decorator: scores with `inner`, then adds the site model's
 * prediction and blended priority (see `withPrediction`). Never throws: if
 * the model fails, the rule scores go out as they are.
 */
export class LearnedScorer implements Scorer {
  constructor(
    private readonly inner: Scorer,
    private readonly model: () => SiteModel,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** The rules' version: the model changes with every decision and is not part of it. */
  get version(): string {
    return this.inner.version;
  }

  score(text: string): Scores {
    // The rule pipeline hands over the sentiment tokens it made: the model reads those.
    const inner = this.inner;
    const scored = sharesTokens(inner) ? inner.scoreWithTokens(text) : null;
    const scores = scored ? scored.scores : inner.score(text);
    try {
      const words = scored?.tokens ? { text, tokens: scored.tokens } : undefined;
      return withPrediction(text, scores, this.model(), words);
    } catch (error) {
      try { this.onError(error); } catch { /* a broken logger must not lose the scores */ }
      return scores;
    }
  }
}
