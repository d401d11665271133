import { useNavigate } from 'react-router';
import { Bar, ComposedChart, Line, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import { useSentimentOverTime } from '../../api/stats-sentiment-over-time';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { formatBucket, sentimentColours } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import { indexFromChartState, type ChartProps } from './chart-props';
import { LinkedLegend, TimeAxes } from './chart-parts';
import { DrillTable, type DrillColumn } from './drill-table';
import type { SentimentOverTimeData } from '../../api/stats-sentiment-over-time';

const labels = ['negative', 'neutral', 'positive'] as const;
const fills = { negative: 'url(#sot-pattern-1)', neutral: 'url(#sot-pattern-2)', positive: sentimentColours.positive };
const columns: DrillColumn<SentimentOverTimeData['points'][number] & { label: string }>[] = [
  { header: 'Period', cell: (p) => p.label, href: (p, base) => drill.timeBucket(base, p) },
  { header: 'Comments', cell: (p) => p.count },
  { header: 'Negative', cell: (p) => p.negative, href: (p, base) => drill.sentimentInBucket(base, p, 'negative') },
  { header: 'Positive', cell: (p) => p.positive, href: (p, base) => drill.sentimentInBucket(base, p, 'positive') },
  { header: 'Mean compound', cell: (p) => (p.meanCompound === null ? '–' : p.meanCompound.toFixed(2)) },
];

export function SentimentOverTimeChart({ params, base, title = 'Sentiment and volume over time' }: ChartProps & { title?: string }) {
  const query = useSentimentOverTime(params);
  const navigate = useNavigate();
  const bucket = query.data?.bucket ?? params.bucket ?? 'day';
  const points = query.data?.points ?? [];
  const data = points.map((p) => ({ ...p, label: formatBucket(p.t, bucket) }));
  const total = points.reduce((s, p) => s + p.count, 0);
  const busiest = points.reduce<(typeof points)[number] | undefined>((best, p) => (!best || p.count > best.count ? p : best), undefined);
  const summary = query.data
    ? `${total.toLocaleString()} comments in ${points.length} ${bucket === 'hour' ? 'hours' : 'days'}${busiest ? `; busiest ${formatBucket(busiest.t, bucket)} with ${busiest.count}` : ''}. Bars: comments by sentiment; line: mean compound. Click a period to open its comments.`
    : undefined;
  const table = <DrillTable rows={data} rowKey={(p) => p.t} base={base} columns={columns} />;
  return (
    <ChartFrame title={title} testId="chart-sentiment-over-time" summary={summary} query={query} isEmpty={total === 0} table={table}>
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          onClick={(state) => {
            const index = indexFromChartState(state);
            const point = index === null ? undefined : points[index];
            if (point) void navigate(drill.timeBucket(base, point));
          }}
          style={{ cursor: 'pointer' }}
        >
          <ChartPatterns prefix="sot" colours={[sentimentColours.positive, sentimentColours.negative, sentimentColours.neutral]} />
          <TimeAxes countAxisId="count" />
          <YAxis yAxisId="compound" orientation="right" domain={[-1, 1]} tick={{ fontSize: 11 }} width={36} />
          <Tooltip />
          <LinkedLegend
            onPick={(key) => {
              if ((labels as readonly string[]).includes(key)) void navigate(drill.drillSentiment(base, key as (typeof labels)[number]));
            }}
          />
          {labels.map((label) => (
            <Bar key={label} yAxisId="count" dataKey={label} name={label} stackId="volume" fill={fills[label]} stroke={sentimentColours[label]} />
          ))}
          <Line yAxisId="compound" dataKey="meanCompound" name="mean compound" stroke="#000" strokeDasharray="4 2" dot={{ r: 3 }} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
