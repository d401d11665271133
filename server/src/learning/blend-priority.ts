/**
 * The priority a comment gets once the site's model is trusted.
 *
 * - Inactive model (cold start, or not yet beating the rules): the rule
 *   priority is returned unchanged, so a new site behaves exactly as before.
 * - Active model: the mean of the rule priority and the model's reject
 *   probability. The model can thus lift a comment the rules missed (a
 *   site-specific term) and lower one the site habitually approves, but it
 *   can move a priority by at most half the distance to 0 or 1: a rule hit
 *   never drops below half its priority, and nothing the model alone is sure
 *   of rises above 0.5 + rulePriority / 2.
 *
 * Inputs outside [0, 1] (or NaN) are clamped, so the result is always in [0, 1].
 */
export function blendPriority(rulePriority: number, rejectProbability: number, active: boolean): number {
  if (!active) return rulePriority;
  const rule = clamp01(rulePriority);
  const model = clamp01(rejectProbability);
  return (rule + model) / 2;
}

function clamp01(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}
