import type { Scores } from '@sift/shared';
import { labelOf } from '../../lib/format';

/** Why the comment is where it is: flag reasons, priority reasons, model features. */
export function CommentWhy({ scores }: { scores: Scores | null }) {
  if (!scores) return <p className="muted">Not scored yet.</p>;
  const features = scores.prediction?.features ?? [];
  const nothing = scores.flags.length === 0 && scores.priorityReasons.length === 0 && features.length === 0;
  return (
    <details className="comment-why">
      <summary>Why?</summary>
      {nothing && <p className="muted">No flags and nothing raised the priority.</p>}
      {scores.flags.length > 0 && (
        <>
          <h4>Flags</h4>
          <ul>
            {scores.flags.map((flag, i) => (
              <li key={`${flag.category}-${i}`}>
                <strong>{labelOf(flag.category)}</strong> ({flag.severity}, {Math.round(flag.confidence * 100)}% sure): {flag.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {scores.priorityReasons.length > 0 && (
        <>
          <h4>Priority</h4>
          <ul>
            {scores.priorityReasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {scores.prediction && (
        <>
          <h4>
            Prediction: {Math.round(scores.prediction.rejectProbability * 100)}% likely to be rejected
            {scores.prediction.likelyReason ? ` (${labelOf(scores.prediction.likelyReason)})` : ''}
          </h4>
          <p className="muted" data-testid="prediction-state">
            {scores.prediction.active
              ? "Learned from this site's moderators; it helped set the priority."
              : "Learned from this site's moderators; not yet trusted, so the priority is from the rules alone."}
          </p>
          {features.length > 0 && (
            <ul aria-label="What moved the prediction">
              {features.map((f, i) => (
                <li key={i}>
                  {f.feature}: {f.weight > 0 ? '+' : ''}
                  {f.weight.toFixed(2)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}
