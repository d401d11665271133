import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useArticleComparison } from '../../api/stats-articles';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { palette } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import type { ChartProps } from './chart-props';
import { formatPercent } from '../../lib/format';

function shorten(title: string) {
  return title.length > 28 ? `${title.slice(0, 27)}…` : title;
}

export function ArticleComparisonChart({ params, base }: ChartProps) {
  const query = useArticleComparison(params);
  const navigate = useNavigate();
  const articles = [...(query.data?.articles ?? [])].sort((a, b) => b.count - a.count).slice(0, 12);
  const data = articles.map((a) => ({ ...a, label: shorten(a.title), flagged: Math.round(a.count * a.flaggedShare) }));
  const busiest = articles[0];
  const summary = query.data
    ? `${query.data.articles.length} articles${busiest ? `; most comments on “${busiest.title}” (${busiest.count}, ${formatPercent(busiest.flaggedShare)} flagged)` : ''}. Click an article's bar to open its comments.`
    : undefined;
  const open = (index: number) => {
    const article = articles[index];
    if (article) void navigate(drill.article(base, article.articleId));
  };
  return (
    <ChartFrame
      title="Articles compared"
      testId="chart-articles"
      summary={summary}
      isPending={query.isPending}
      error={query.error}
      isEmpty={articles.length === 0}
      onRetry={() => void query.refetch()}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Comments</th>
              <th scope="col">Mean compound</th>
              <th scope="col">Flagged</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.articleId}>
                <td>
                  <Link to={drill.article(base, a.articleId)} data-testid="drill-link">
                    {a.title}
                  </Link>
                </td>
                <td>{a.count}</td>
                <td>{a.meanCompound === null ? '–' : a.meanCompound.toFixed(2)}</td>
                <td>{formatPercent(a.flaggedShare)}</td>
                <td>{formatPercent(a.rejectedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, articles.length * 32 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <ChartPatterns prefix="art" colours={palette} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="count" name="comments" fill={palette[0]} cursor="pointer" onClick={(_e, i) => open(i)} />
          <Bar dataKey="flagged" name="flagged" fill="url(#art-pattern-3)" stroke={palette[3]} cursor="pointer" onClick={(_e, i) => open(i)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
