import { CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

const tick = { fontSize: 11 };

/**
 * The grid and axes every over-time chart draws alike: periods along the
 * bottom, whole counts up the side. A chart with a second value axis names
 * the count axis so its series can pick one.
 */
export function TimeAxes({ countAxisId }: { countAxisId?: string }) {
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={tick} minTickGap={16} />
      <YAxis yAxisId={countAxisId} allowDecimals={false} tick={tick} width={40} />
    </>
  );
}

/** A legend whose entries open the queue: `onPick` gets the data key of the series clicked. */
export function LinkedLegend({ onPick }: { onPick: (dataKey: string) => void }) {
  return <Legend wrapperStyle={{ cursor: 'pointer' }} onClick={(entry) => onPick(String(entry.dataKey ?? ''))} />;
}

/** The grid and axes of a ranking drawn as horizontal bars: counts along the bottom, names down the side. */
export function RankingAxes({ nameKey }: { nameKey: string }) {
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={tick} />
      <YAxis type="category" dataKey={nameKey} width={170} tick={tick} />
    </>
  );
}

/** A ranking grows with its rows (one bar's room each) but keeps room for the axis and legend. */
export function rankingHeight(rows: number): number {
  return Math.max(160, rows * 32 + 40);
}
