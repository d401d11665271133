import { useNavigate } from 'react-router';
import { Bar, BarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { flagCategories, type CommentFilters, type FlagCategory } from '@sift/shared';
import { useFlagsOverTime } from '../../api/stats-flags-over-time';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { formatBucket, palette } from './chart-style';
import { ChartPatterns, patternFill } from './chart-patterns';
import { openByIndex, type ChartProps } from './chart-props';
import { LinkedLegend, TimeAxes } from './chart-parts';
import { DrillTable, type DrillColumn } from './drill-table';
import { labelOf } from '../../lib/format';

function isFlag(value: string): value is FlagCategory {
  return (flagCategories as readonly string[]).includes(value);
}

// A category as a whole (legend, table) covers the chart's whole period.
function wholePeriod(base: CommentFilters) {
  return base.from && base.to ? { t: base.from, tEnd: base.to } : undefined;
}

const columns: DrillColumn<{ category: FlagCategory; count: number | undefined }>[] = [
  { header: 'Category', cell: (r) => labelOf(r.category), href: (r, base) => drill.flag(base, r.category, wholePeriod(base)) },
  { header: 'Flags in the period', cell: (r) => r.count },
];

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
  const rows = categories.map((category) => ({ category, count: totals.get(category) }));
  const table = <DrillTable rows={rows} rowKey={(r) => r.category} base={base} columns={columns} />;
  return (
    <ChartFrame title="Flags by category over time" testId="chart-flags-over-time" summary={summary} query={query} isEmpty={total === 0} table={table}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <ChartPatterns prefix="flags" />
          <TimeAxes />
          <Tooltip />
          <LinkedLegend
            onPick={(key) => {
              if (isFlag(key)) void navigate(drill.flag(base, key, wholePeriod(base)));
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
                onClick={openByIndex(points, (point) => void navigate(drill.flag(base, c, point)))}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
