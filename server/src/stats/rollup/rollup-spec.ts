// The rollup tables (migration 006 in both dialects) and the grains they are
// kept at. A grain is a UTC slot length in ms; a slot is identified by its
// start, floor(time / grain) * grain (times are epoch ms after 1970).

export const QUARTER = 900_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export type CommentDim = 'status' | 'sentiment_label' | 'flag_mask' | 'compound_bin' | 'article_id';
export type CommentMeasure = 'n' | 'scored' | 'sum_compound' | 'by_rule' | 'flagged' | 'rejected';

export interface CubeSpec {
  table: string;
  /** Finest first; the finest decides which ranges the rollup answers without a scan. */
  grains: number[];
  dims: CommentDim[];
  measures: CommentMeasure[];
}

/**
 * Three cubes instead of one with every dimension: each chart reads only the
 * dimensions it needs, so a month of day buckets is a few thousand rows.
 * 15-minute slots align the hours and days of every real time zone
 * (+5:30, +5:45, DST), so the time series never need a scan.
 */
export const COMMENT_ROLLUP: CubeSpec = {
  table: 'comment_rollup',
  grains: [QUARTER, HOUR, DAY],
  dims: ['status', 'sentiment_label', 'flag_mask'],
  measures: ['n', 'scored', 'sum_compound', 'by_rule'],
};

/** Compound histogram (bins of 0.1 over [-1, 1], -1 = unscored); range ends inside an hour are scanned. */
export const COMPOUND_ROLLUP: CubeSpec = {
  table: 'compound_rollup',
  grains: [HOUR, DAY],
  dims: ['status', 'sentiment_label', 'flag_mask', 'compound_bin'],
  measures: ['n', 'sum_compound'],
};

/** Per-article totals; the comment filters it answers are the time range and the article. */
export const ARTICLE_ROLLUP: CubeSpec = {
  table: 'article_rollup',
  grains: [HOUR, DAY],
  dims: ['article_id'],
  measures: ['n', 'scored', 'sum_compound', 'flagged', 'rejected'],
};

export const COMMENT_CUBES = [COMMENT_ROLLUP, COMPOUND_ROLLUP, ARTICLE_ROLLUP];

/** decision_rollup (to_status, source, moderator_id ('' = none), reason ('' = none)) → n. */
export const DECISION_GRAINS = [QUARTER, HOUR, DAY];
/** decision_time_rollup (moderator_id, source, seconds_bin) → n, for human decisions to approved/rejected/escalated. */
export const DURATION_GRAINS = [HOUR, DAY];

export const HISTOGRAM_BINS = 20;

/** The bin of a time to decision (as the triggers compute it): 0 up to 1 s, then 8 bins per doubling. */
export function secondsBin(secs: number): number {
  return secs <= 1 ? 0 : 1 + Math.trunc(Math.log2(secs) * 8);
}

/** The seconds range [lo, hi) of a bin. */
export function secondsBinRange(bin: number): [number, number] {
  if (bin <= 0) return [0, 1];
  return [2 ** ((bin - 1) / 8), 2 ** (bin / 8)];
}
