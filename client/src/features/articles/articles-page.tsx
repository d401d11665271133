import { useMemo } from 'react';
import { Link } from 'react-router';
import { useArticles } from '../../api/articles';
import { useArticleComparison } from '../../api/stats-articles';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';
import { formatDateTime, formatPercent } from '../../lib/format';
import { formatCompound } from '../../components/badges';
import { queueHref } from '../../lib/filters-url';

const allTime = { filters: {} };

export function ArticlesPage() {
  const articles = useArticles();
  const stats = useArticleComparison(allTime);
  const statsById = useMemo(() => new Map((stats.data?.articles ?? []).map((a) => [a.articleId, a])), [stats.data]);
  const list = articles.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="page">
      <h1>Articles</h1>
      {articles.isPending ? (
        <LoadingState />
      ) : articles.isError ? (
        <ErrorState error={articles.error} onRetry={() => void articles.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState>No articles yet. Sites add them with POST /api/articles or an import.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="articles-table">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Published</th>
                <th scope="col" className="num">Comments</th>
                <th scope="col" className="num">Mean sentiment</th>
                <th scope="col" className="num">Flagged</th>
                <th scope="col" className="num">Rejected</th>
                <th scope="col">Queue</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => {
                const s = statsById.get(a.id);
                return (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/articles/${a.id}`}>{a.title}</Link>
                    </td>
                    <td>{a.publishedAt ? formatDateTime(a.publishedAt) : '–'}</td>
                    <td className="num">{s?.count ?? a.commentCount ?? '–'}</td>
                    <td className="num">{s?.meanCompound == null ? '–' : formatCompound(s.meanCompound)}</td>
                    <td className="num">{s ? formatPercent(s.flaggedShare) : '–'}</td>
                    <td className="num">{s ? formatPercent(s.rejectedShare) : '–'}</td>
                    <td>
                      <Link to={queueHref({ articleId: a.id })} aria-label={`Pending comments on ${a.title}`}>
                        Pending
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {stats.isError && <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />}
      {articles.hasNextPage && (
        <button type="button" className="btn" onClick={() => void articles.fetchNextPage()} disabled={articles.isFetchingNextPage}>
          {articles.isFetchingNextPage ? 'Loading…' : 'More articles'}
        </button>
      )}
    </div>
  );
}
