import { memo } from 'react';
import { Link } from 'react-router';
import type { QueueItem, QueueView, RejectReason } from '@sift/shared';
import { HighlightedText } from './highlighted-text';
import { CommentWhy } from './comment-why';
import { ReasonPicker } from './reason-picker';
import { PriorityBadge, SentimentBadge, StatusBadge } from '../../components/badges';
import { formatDateTime, formatRelative, labelOf } from '../../lib/format';
import { matchesView } from './queue-cache';
import type { DecisionStatusValue } from './use-decision-actions';

export interface CommentCardProps {
  item: QueueItem;
  view: QueueView;
  /** False for roles that may only read: no selection box, no decision buttons. */
  canDecide: boolean;
  active: boolean;
  selected: boolean;
  choosingReason: boolean;
  onActivate: (id: number) => void;
  onToggleSelect: (id: number) => void;
  onDecide: (item: QueueItem, status: DecisionStatusValue, reason?: RejectReason) => void;
  onStartReject: (id: number) => void;
  onCancelReject: () => void;
}

function CommentCardView(props: CommentCardProps) {
  const { item, active, selected, choosingReason } = props;
  const scores = item.scores;
  // Decided elsewhere (live event or 409): keep the card where it is, but say so.
  const movedOn = !matchesView(props.view, item);
  const headingId = `comment-${item.id}-author`;
  return (
    <article
      className={`card comment-card${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}${movedOn ? ' is-stale' : ''}`}
      data-testid="comment-card"
      data-comment-id={item.id}
      data-status={item.status}
      aria-current={active ? 'true' : undefined}
      aria-labelledby={headingId}
      tabIndex={-1}
      onFocus={() => props.onActivate(item.id)}
      onClick={() => props.onActivate(item.id)}
    >
      <header className="card-header">
        {props.canDecide && (
          <label className="select-box">
            <input type="checkbox" checked={selected} onChange={() => props.onToggleSelect(item.id)} aria-label={`Select comment by ${item.author.name}`} />
          </label>
        )}
        <h3 id={headingId} className="card-author">
          {item.author.name}
        </h3>
        <span className="author-history" title="This author's history">
          {item.authorHistory.comments} comment{item.authorHistory.comments === 1 ? '' : 's'} · {item.authorHistory.rejected} rejected
        </span>
        <span className="card-meta">
          on <Link to={`/articles/${item.articleId}`}>{item.articleTitle}</Link> ·{' '}
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
            {formatRelative(item.createdAt)}
          </time>
          {item.parentId !== null && <> · reply</>}
        </span>
      </header>
      <div className="card-badges">
        {scores && <SentimentBadge sentiment={scores.sentiment} />}
        {scores && <PriorityBadge priority={scores.priority} />}
        {(props.view === 'all' || movedOn) && <StatusBadge status={item.status} />}
        {scores?.flags.map((flag, i) => (
          <span key={`${flag.category}-${i}`} className={`chip chip-flag chip-flag-${flag.category}`} title={flag.reason}>
            {labelOf(flag.category)} · {flag.severity}
          </span>
        ))}
      </div>
      {movedOn && (
        <p className="card-notice" role="note">
          This comment is now {item.status}.
        </p>
      )}
      <HighlightedText text={item.body} scores={scores} />
      <CommentWhy scores={scores} />
      {!props.canDecide ? null : choosingReason ? (
        <ReasonPicker label="Reason for rejecting" onPick={(reason) => props.onDecide(item, 'rejected', reason)} onCancel={props.onCancelReject} />
      ) : (
        <div className="card-actions" role="group" aria-label="Decision">
          <button type="button" className="btn btn-approve" onClick={() => props.onDecide(item, 'approved')} aria-keyshortcuts="a">
            Approve <kbd>a</kbd>
          </button>
          <button type="button" className="btn btn-reject" onClick={() => props.onStartReject(item.id)} aria-keyshortcuts="r">
            Reject… <kbd>r</kbd>
          </button>
          <button type="button" className="btn btn-escalate" onClick={() => props.onDecide(item, 'escalated')} aria-keyshortcuts="e">
            Escalate <kbd>e</kbd>
          </button>
        </div>
      )}
    </article>
  );
}

export const CommentCard = memo(CommentCardView);
