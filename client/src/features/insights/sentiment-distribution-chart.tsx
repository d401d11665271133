import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSentimentDistribution } from '../../api/stats-sentiment-distribution';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { sentimentColours } from './chart-style';
import { openByIndex, type ChartProps } from './chart-props';
import { DrillTable, type DrillColumn } from './drill-table';

const columns: DrillColumn<{ from: number; to: number; count: number; label: string }>[] = [
  { header: 'Compound', cell: (b) => b.label, href: (b, base) => drill.histogramBin(base, b) },
  { header: 'Comments', cell: (b) => b.count },
];

function binColour(mid: number) {
  return mid < -0.05 ? sentimentColours.negative : mid > 0.05 ? sentimentColours.positive : sentimentColours.neutral;
}

export function SentimentDistributionChart({ params, base }: ChartProps) {
  const query = useSentimentDistribution(params);
  const navigate = useNavigate();
  const bins = query.data?.bins ?? [];
  const data = bins.map((b) => ({ ...b, label: `${b.from.toFixed(1)}…${b.to.toFixed(1)}` }));
  const total = query.data?.total ?? 0;
  const mean = query.data?.mean;
  const negative = bins.filter((b) => b.to <= 0).reduce((s, b) => s + b.count, 0);
  const summary = query.data
    ? `${total.toLocaleString()} comments; mean compound ${mean === null || mean === undefined ? 'n/a' : mean.toFixed(2)}; ${total ? Math.round((negative / total) * 100) : 0}% at or below zero. Click a bar to open those comments.`
    : undefined;
  const table = <DrillTable rows={data} rowKey={(b) => b.from} base={base} columns={columns} />;
  return (
    <ChartFrame title="Sentiment distribution" testId="chart-sentiment-distribution" summary={summary} query={query} isEmpty={total === 0} table={table}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={3} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
          <Tooltip />
          <Bar dataKey="count" name="Comments" cursor="pointer" onClick={openByIndex(bins, (bin) => void navigate(drill.histogramBin(base, bin)))}>
            {data.map((b) => (
              <Cell key={b.from} fill={binColour((b.from + b.to) / 2)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
