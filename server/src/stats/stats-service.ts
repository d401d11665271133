import { flagCategories, type FlagCategory } from '@sift/shared';
import type { Store } from '../store/store';
import type { ResolvedStats } from './stats-range';
import { isoInZone } from './time-buckets';

export const HISTOGRAM_BINS = 20;

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
const mean = (sum: number, n: number): number | null => (n > 0 ? sum / n : null);

/** Shapes the store's aggregates into the series the charts draw (shared/src/stats.ts). */
export class StatsService {
  constructor(private readonly store: Store) {}

  private points<T>(r: ResolvedStats, edges: number[], rows: T[], shape: (row: T) => object) {
    return rows.map((row, i) => ({
      t: isoInZone(edges[i] ?? 0, r.tz),
      tEnd: isoInZone(edges[i + 1] ?? 0, r.tz),
      ...shape(row),
    }));
  }

  async sentimentDistribution(r: ResolvedStats) {
    const h = await this.store.sentimentHistogram(r.filters, HISTOGRAM_BINS);
    const width = 2 / HISTOGRAM_BINS;
    return {
      bins: h.counts.map((count, i) => ({ from: round(-1 + i * width), to: round(-1 + (i + 1) * width), count })),
      total: h.total,
      mean: mean(h.sumCompound, h.total),
    };
  }

  async sentimentOverTime(r: ResolvedStats) {
    const edges = r.edges();
    const rows = await this.store.sentimentByBucket(r.filters, edges);
    return {
      bucket: r.bucket,
      tz: r.tz,
      points: this.points(r, edges, rows, (b) => ({
        count: b.count,
        meanCompound: mean(b.sumCompound, b.scored),
        positive: b.positive,
        neutral: b.neutral,
        negative: b.negative,
      })),
    };
  }

  async flagsOverTime(r: ResolvedStats) {
    const edges = r.edges();
    const rows = await this.store.flagsByBucket(r.filters, edges);
    // With a flag filter, only the asked categories: a comment flagged insult
    // and profanity matches flag=insult but must not show up as profanity.
    const shown: readonly FlagCategory[] = r.filters.flag?.length ? r.filters.flag : flagCategories;
    return {
      bucket: r.bucket,
      tz: r.tz,
      points: this.points(r, edges, rows, (counts) => ({
        counts: Object.fromEntries(shown.map((cat) => [cat, counts[flagCategories.indexOf(cat)] ?? 0])),
      })),
    };
  }

  async decisionsOverTime(r: ResolvedStats) {
    const edges = r.edges();
    const rows = await this.store.decisionsByBucket(r.filters, edges);
    return { bucket: r.bucket, tz: r.tz, points: this.points(r, edges, rows, (b) => ({ ...b })) };
  }

  async articles(r: ResolvedStats) {
    const rows = await this.store.articleStats(r.filters, r.limit);
    return {
      articles: rows.map((a) => ({
        articleId: a.articleId,
        title: a.title,
        count: a.count,
        meanCompound: a.meanCompound,
        flaggedShare: ratio(a.flagged, a.count),
        rejectedShare: ratio(a.rejected, a.count),
      })),
    };
  }

  async moderators(r: ResolvedStats) {
    const rows = await this.store.moderatorStats({ filters: r.filters, from: r.from, to: r.to });
    return { moderators: rows.slice(0, r.limit) };
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
