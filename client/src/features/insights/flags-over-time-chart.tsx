import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { flagCategories, type FlagCategory } from '@sift/shared';
import { useFlagsOverTime } from '../../api/stats-flags-over-time';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { formatBucket, palette } from './chart-style';
import { ChartPatterns, patternFill } from './chart-patterns';
import type { ChartProps } from './chart-props';
import { labelOf } from '../../lib/format';

function isFlag(value: string): value is FlagCategory {
  return (flagCategories as readonly string[]).includes(value);
}

export function FlagsOverTimeChart({ params, base }: ChartProps) {
  const query = useFlagsOverTime(params);
  const navigate = useNavigate();
  const bucket = query.data?.bucket ?? params.bucket ?? 'day';
  const points = query.data?.points ?? [];
  const totals = new Map<string, number>();
  for (const p of points) for (const [k, v] of Object.entries(p.counts)) totals.set(k, (totals.get(k) ?? 0) + v);
  const categories = flagCategories.filter((c) => (totals.get(c) ?? 0) > 0);
  const data = points.map((p) => ({ t: p.t, label: formatBucket(p.t, bucket), ...p.counts }));
  const total = [...totals.values()].reduce((s, v) => s + v, 0);
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const summary = query.data
    ? `${total.toLocaleString()} flags${top.length ? `; most often ${top.map(([k, v]) => `${labelOf(k)} (${v})`).join(', ')}` : ''}. Click a bar or a legend entry to open the flagged comments.`
    : undefined;
  return (
    <ChartFrame
      title="Flags by category over time"
      testId="chart-flags-over-time"
      summary={summary}
      isPending={query.isPending}
      error={query.error}
      isEmpty={total === 0}
      onRetry={() => void query.refetch()}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Flags in the period</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c}>
                <td>
                  <Link to={drill.flag(base, c, base.from && base.to ? { t: base.from, tEnd: base.to } : undefined)} data-testid="drill-link">
                    {labelOf(c)}
                  </Link>
                </td>
                <td>{totals.get(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <ChartPatterns prefix="flags" />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
          <Tooltip />
          <Legend
            wrapperStyle={{ cursor: 'pointer' }}
            onClick={(entry) => {
              const key = String(entry.dataKey ?? '');
              if (isFlag(key)) void navigate(drill.flag(base, key, base.from && base.to ? { t: base.from, tEnd: base.to } : undefined));
            }}
          />
          {categories.map((c) => {
            const index = flagCategories.indexOf(c);
            return (
              <Bar
                key={c}
                dataKey={c}
                name={labelOf(c)}
                stackId="flags"
                fill={patternFill('flags', index)}
                stroke={palette[index % palette.length]}
                cursor="pointer"
                onClick={(_entry, i) => {
                  const point = points[i];
                  if (point) void navigate(drill.flag(base, c, point));
                }}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
