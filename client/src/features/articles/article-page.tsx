import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useArticle } from '../../api/article';
import { useQueue } from '../../api/queue';
import { ErrorState, LoadingState, EmptyState } from '../../components/query-state';
import { SentimentBadge, StatusBadge } from '../../components/badges';
import { formatDateTime } from '../../lib/format';
import { queueHref } from '../../lib/filters-url';
import { SentimentOverTimeChart } from '../insights/sentiment-over-time-chart';
import { HighlightedText } from '../queue/highlighted-text';
import { threadOrder } from './thread-order';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default function ArticlePage() {
  const id = Number(useParams().id);
  const article = useArticle(id);
  const query = useMemo(() => ({ view: 'all' as const, articleId: id, sort: 'oldest' as const }), [id]);
  const comments = useQueue(query, 200);
  const ordered = useMemo(() => threadOrder(comments.data?.pages.flatMap((p) => p.items) ?? []), [comments.data]);
  const statsParams = useMemo(() => ({ filters: { articleId: id }, bucket: 'day' as const, tz: timeZone }), [id]);

  if (!Number.isInteger(id) || id <= 0) return <ErrorState error={new Error('That is not an article id.')} />;
  if (article.isPending) return <LoadingState />;
  if (article.isError) return <ErrorState error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;

  return (
    <div className="page article-page">
      <p>
        <Link to="/articles">← Articles</Link>
      </p>
      <h1>{a.title}</h1>
      <p className="muted">
        {a.publishedAt ? `Published ${formatDateTime(a.publishedAt)}` : 'No publication date'}
        {a.url && (
          <>
            {' · '}
            <a href={a.url} rel="noopener noreferrer" target="_blank">
              On the site
            </a>
          </>
        )}
        {' · '}
        <Link to={queueHref({ articleId: id })}>Pending comments in the queue</Link>
      </p>
      {a.body && (
        <details className="article-body">
          <summary>Article text</summary>
          {a.body.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </details>
      )}
      <SentimentOverTimeChart params={statsParams} base={{ articleId: id }} title="Sentiment of its comments over time" />
      <section aria-labelledby="thread-heading" className="thread">
        <h2 id="thread-heading">Comments{comments.data ? ` (${ordered.length}${comments.hasNextPage ? '+' : ''})` : ''}</h2>
        {comments.isPending ? (
          <LoadingState label="Loading comments…" />
        ) : comments.isError ? (
          <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
        ) : ordered.length === 0 ? (
          <EmptyState>No comments on this article.</EmptyState>
        ) : (
          <ol className="thread-list">
            {ordered.map(({ comment, depth }) => (
              <li key={comment.id} className="thread-item" style={{ marginInlineStart: `${Math.min(depth, 6) * 1.5}rem` }} data-testid="thread-comment" data-comment-id={comment.id}>
                <div className="thread-meta">
                  <strong>{comment.author.name}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
                  {depth > 0 && <span className="muted"> · reply</span>} <StatusBadge status={comment.status} />
                  {comment.scores && <SentimentBadge sentiment={comment.scores.sentiment} />}
                </div>
                <HighlightedText text={comment.body} scores={comment.scores} />
              </li>
            ))}
          </ol>
        )}
        {comments.hasNextPage && (
          <button type="button" className="btn" onClick={() => void comments.fetchNextPage()} disabled={comments.isFetchingNextPage}>
            {comments.isFetchingNextPage ? 'Loading…' : 'More comments'}
          </button>
        )}
      </section>
    </div>
  );
}
