import type { CommentFilters } from '@sift/shared';
import type { StatsParams } from '../../api/query-keys';

/** What every chart gets: the stats query and the filters a drill-down starts from. */
export interface ChartProps {
  params: StatsParams;
  base: CommentFilters;
}

/** recharts gives the index of the bucket under the pointer; it may be a string. */
export function indexFromChartState(state: unknown): number | null {
  if (!state || typeof state !== 'object') return null;
  const raw = (state as { activeTooltipIndex?: unknown; activeIndex?: unknown }).activeTooltipIndex ?? (state as { activeIndex?: unknown }).activeIndex;
  if (raw === undefined || raw === null || raw === '') return null;
  const index = Number(raw);
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/** A bar's click handler: recharts passes the index of the bar's item, `open` gets the item. */
export function openByIndex<T>(items: readonly T[], open: (item: T) => void) {
  return (_entry: unknown, index: number) => {
    const item = items[index];
    if (item) open(item);
  };
}
