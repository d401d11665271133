import { useNavigate } from 'react-router';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import { useArticleComparison, type ArticleComparisonData } from '../../api/stats-articles';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { palette } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import { openByIndex, type ChartProps } from './chart-props';
import { RankingAxes, rankingHeight } from './chart-parts';
import { DrillTable, type DrillColumn } from './drill-table';
import { formatPercent } from '../../lib/format';

const columns: DrillColumn<ArticleComparisonData['articles'][number]>[] = [
  { header: 'Article', cell: (a) => a.title, href: (a, base) => drill.article(base, a.articleId) },
  { header: 'Comments', cell: (a) => a.count },
  { header: 'Mean compound', cell: (a) => (a.meanCompound === null ? '–' : a.meanCompound.toFixed(2)) },
  { header: 'Flagged', cell: (a) => formatPercent(a.flaggedShare) },
  { header: 'Rejected', cell: (a) => formatPercent(a.rejectedShare) },
];

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
  const openArticle = openByIndex(articles, (a) => void navigate(drill.article(base, a.articleId)));
  const table = <DrillTable rows={articles} rowKey={(a) => a.articleId} base={base} columns={columns} />;
  return (
    <ChartFrame title="Articles compared" testId="chart-articles" summary={summary} query={query} isEmpty={articles.length === 0} table={table}>
      <ResponsiveContainer width="100%" height={rankingHeight(articles.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <ChartPatterns prefix="art" colours={palette} />
          <RankingAxes nameKey="label" />
          <Tooltip />
          <Legend />
          <Bar dataKey="count" name="comments" fill={palette[0]} cursor="pointer" onClick={openArticle} />
          <Bar dataKey="flagged" name="flagged" fill="url(#art-pattern-3)" stroke={palette[3]} cursor="pointer" onClick={openArticle} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
