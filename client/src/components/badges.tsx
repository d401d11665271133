import type { CommentStatus, SentimentResult } from '@sift/shared';

export function formatCompound(compound: number): string {
  const fixed = compound.toFixed(2);
  return compound > 0 ? `+${fixed}` : fixed.replace('-', '−');
}

/** Label and number, never colour alone. */
export function SentimentBadge({ sentiment }: { sentiment: SentimentResult }) {
  return (
    <span className={`badge badge-sentiment badge-${sentiment.label}`} data-testid="sentiment-badge">
      <span aria-hidden="true" className="badge-icon">
        {sentiment.label === 'positive' ? '▲' : sentiment.label === 'negative' ? '▼' : '●'}
      </span>
      {sentiment.label} {formatCompound(sentiment.compound)}
    </span>
  );
}

export function StatusBadge({ status }: { status: CommentStatus }) {
  return <span className={`badge badge-status badge-status-${status}`}>{status}</span>;
}

export function PriorityBadge({ priority }: { priority: number }) {
  const level = priority >= 0.7 ? 'high' : priority >= 0.4 ? 'medium' : 'low';
  return (
    <span className={`badge badge-priority badge-priority-${level}`} title="Priority: how urgently a human should look (0–1)">
      priority {priority.toFixed(2)}
    </span>
  );
}
