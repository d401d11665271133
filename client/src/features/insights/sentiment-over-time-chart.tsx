import { Link, useNavigate } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSentimentOverTime } from '../../api/stats-sentiment-over-time';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { formatBucket, sentimentColours } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import { indexFromChartState, type ChartProps } from './chart-props';

const labels = ['negative', 'neutral', 'positive'] as const;
const fills = { negative: 'url(#sot-pattern-1)', neutral: 'url(#sot-pattern-2)', positive: sentimentColours.positive };

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
  return (
    <ChartFrame
      title={title}
      testId="chart-sentiment-over-time"
      summary={summary}
      isPending={query.isPending}
      error={query.error}
      isEmpty={total === 0}
      onRetry={() => void query.refetch()}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Comments</th>
              <th scope="col">Negative</th>
              <th scope="col">Positive</th>
              <th scope="col">Mean compound</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.t}>
                <td>
                  <Link to={drill.timeBucket(base, p)} data-testid="drill-link">
                    {formatBucket(p.t, bucket)}
                  </Link>
                </td>
                <td>{p.count}</td>
                <td>
                  <Link to={drill.sentimentInBucket(base, p, 'negative')}>{p.negative}</Link>
                </td>
                <td>
                  <Link to={drill.sentimentInBucket(base, p, 'positive')}>{p.positive}</Link>
                </td>
                <td>{p.meanCompound === null ? '–' : p.meanCompound.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
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
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
          <YAxis yAxisId="compound" orientation="right" domain={[-1, 1]} tick={{ fontSize: 11 }} width={36} />
          <Tooltip />
          <Legend
            onClick={(entry) => {
              const key = String(entry.dataKey ?? '');
              if ((labels as readonly string[]).includes(key)) void navigate(drill.drillSentiment(base, key as (typeof labels)[number]));
            }}
            wrapperStyle={{ cursor: 'pointer' }}
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
