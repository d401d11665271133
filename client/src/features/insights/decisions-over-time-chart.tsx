import { Link, useNavigate } from 'react-router';
import { Bar, ComposedChart, Line, ResponsiveContainer, Tooltip } from 'recharts';
import { useDecisionsOverTime } from '../../api/stats-decisions-over-time';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { decisionColours, formatBucket } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import { openByIndex, type ChartProps } from './chart-props';
import { LinkedLegend, TimeAxes } from './chart-parts';

const statuses = ['approved', 'rejected', 'escalated'] as const;
const sources = ['human', 'rule'] as const;
const statusFill = { approved: decisionColours.approved, rejected: 'url(#dec-pattern-1)', escalated: 'url(#dec-pattern-2)' };

export function DecisionsOverTimeChart({ params, base }: ChartProps) {
  const query = useDecisionsOverTime(params);
  const navigate = useNavigate();
  const bucket = query.data?.bucket ?? params.bucket ?? 'day';
  const points = query.data?.points ?? [];
  const data = points.map((p) => ({ ...p, label: formatBucket(p.t, bucket) }));
  const sum = (key: keyof (typeof points)[number]) => points.reduce((s, p) => s + (p[key] as number), 0);
  const human = sum('human');
  const rule = sum('rule');
  const summary = query.data
    ? `${(human + rule).toLocaleString()} decisions: ${human} by moderators, ${rule} by rules; ${sum('approved')} approved, ${sum('rejected')} rejected, ${sum('escalated')} escalated. Click a bar, a line point or a legend entry to open those comments.`
    : undefined;
  const go = (narrow: { view?: 'approved' | 'rejected' | 'escalated'; decisionSource?: 'human' | 'rule' }, point?: { t: string; tEnd: string }) =>
    void navigate(drill.decisions(base, narrow, point));
  const table = (
    <ul className="link-list">
      {statuses.map((s) => (
        <li key={s}>
          <Link to={drill.decisions(base, { view: s })} data-testid="drill-link">
            {s}: {sum(s)}
          </Link>
        </li>
      ))}
      {sources.map((s) => (
        <li key={s}>
          <Link to={drill.decisions(base, { decisionSource: s })} data-testid="drill-link">
            by {s === 'human' ? 'moderators' : 'rules'}: {s === 'human' ? human : rule}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <ChartFrame title="Decisions over time (moderators and rules)" testId="chart-decisions-over-time" summary={summary} query={query} isEmpty={human + rule === 0} table={table}>
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <ChartPatterns prefix="dec" colours={[decisionColours.approved, decisionColours.rejected, decisionColours.escalated]} />
          <TimeAxes />
          <Tooltip />
          <LinkedLegend
            onPick={(key) => {
              if ((statuses as readonly string[]).includes(key)) go({ view: key as (typeof statuses)[number] });
              if ((sources as readonly string[]).includes(key)) go({ decisionSource: key as (typeof sources)[number] });
            }}
          />
          {statuses.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={s}
              stackId="status"
              fill={statusFill[s]}
              stroke={decisionColours[s]}
              cursor="pointer"
              onClick={openByIndex(points, (point) => go({ view: s }, point))}
            />
          ))}
          {sources.map((s) => (
            <Line
              key={s}
              dataKey={s}
              name={s === 'human' ? 'human (moderators)' : 'rule (automatic)'}
              stroke={decisionColours[s]}
              strokeDasharray={s === 'rule' ? '5 3' : undefined}
              dot={{ r: 3 }}
              activeDot={{
                r: 6,
                cursor: 'pointer',
                onClick: (_event: unknown, payload: unknown) => {
                  const index = (payload as { index?: number } | undefined)?.index;
                  const point = index === undefined ? undefined : points[index];
                  if (point) go({ decisionSource: s }, point);
                },
              }}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
