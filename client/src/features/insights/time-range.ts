import type { CommentFilters } from '@sift/shared';

export const rangePresets = ['24h', '7d', '30d'] as const;
export type RangePreset = (typeof rangePresets)[number];
export type RangeChoice = RangePreset | 'custom';

const hour = 3_600_000;
const presetHours: Record<RangePreset, number> = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 };

export interface ResolvedRange {
  choice: RangeChoice;
  from?: string;
  to?: string;
  bucket: 'hour' | 'day';
}

/**
 * Turns the URL's `range` (or explicit from/to) into the window the charts
 * show. Presets end at the next full hour so the query keys stay the same for
 * an hour instead of changing every millisecond.
 */
export function resolveRange(range: string | undefined, filters: Pick<CommentFilters, 'from' | 'to'>, now = Date.now()): ResolvedRange {
  const preset = rangePresets.find((p) => p === range);
  if (preset || (range !== 'custom' && !filters.from && !filters.to)) {
    const chosen = preset ?? '7d';
    const end = Math.ceil(now / hour) * hour;
    return {
      choice: chosen,
      from: new Date(end - presetHours[chosen] * hour).toISOString(),
      to: new Date(end).toISOString(),
      bucket: chosen === '24h' ? 'hour' : 'day',
    };
  }
  const spanHours = filters.from && filters.to ? (Date.parse(filters.to) - Date.parse(filters.from)) / hour : Infinity;
  return { choice: 'custom', from: filters.from, to: filters.to, bucket: spanHours <= 72 ? 'hour' : 'day' };
}
