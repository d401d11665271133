import { flagCategories, type CommentFilters } from '@sift/shared';
import type { ArticleStatRow, ReportTotals, SentimentBucket } from '../../store/analytics-store';
import { bucketIndex } from '../time-buckets';
import { commentCubeWhere, commentRange, withRange } from './rollup-filters';
import { num, type RunRollupQuery } from './rollup-query';
import { bucketIntervals, planRanges, slotsSql } from './rollup-ranges';
import { ARTICLE_ROLLUP, COMMENT_ROLLUP, COMPOUND_ROLLUP, HISTOGRAM_BINS, type CubeSpec } from './rollup-spec';

/** The scans the rollups fall back to (and use for the edges finer than their finest slot). */
export interface CommentScans {
  sentimentHistogram(filters: CommentFilters, bins: number): Promise<{ counts: number[]; total: number; sumCompound: number }>;
  sentimentByBucket(filters: CommentFilters, edges: number[]): Promise<SentimentBucket[]>;
  flagsByBucket(filters: CommentFilters, edges: number[]): Promise<number[][]>;
  articleStats(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]>;
  reportTotals(filters: CommentFilters): Promise<ReportTotals>;
}

interface Planned {
  sql: string;
  params: unknown[];
  raw: { from: number; to: number; index: number }[];
}

/** WHERE over the cube for these filters and intervals, or null when the filters need a scan. */
export function plan(cube: CubeSpec, f: CommentFilters, intervals: [number, number][]): Planned | null {
  const w = commentCubeWhere(f, cube);
  if (!w) return null;
  const p = planRanges(intervals, cube.grains);
  const s = slotsSql(p.slots);
  return { sql: `${s.where} AND ${w.where}`, params: [...s.params, ...w.params], raw: p.raw };
}

const ALL_ARTICLES = 1_000_000_000;

/** Comment stats from the rollups of migration 006; same answers as the scans. */
export class RollupCommentStats {
  constructor(
    private readonly run: RunRollupQuery,
    private readonly scan: CommentScans,
  ) {}

  async sentimentHistogram(f: CommentFilters, bins: number) {
    const p = bins === HISTOGRAM_BINS ? plan(COMPOUND_ROLLUP, f, [commentRange(f)]) : null;
    if (!p) return this.scan.sentimentHistogram(f, bins);
    const rows = await this.run<{ bin: number; n: unknown; s: unknown }>(
      `SELECT compound_bin AS bin, SUM(n) AS n, SUM(sum_compound) AS s FROM compound_rollup
       WHERE ${p.sql} AND compound_bin >= 0 GROUP BY compound_bin`,
      p.params,
    );
    const counts = new Array<number>(bins).fill(0);
    let total = 0;
    let sumCompound = 0;
    for (const r of rows) {
      counts[r.bin] = (counts[r.bin] ?? 0) + num(r.n);
      total += num(r.n);
      sumCompound += num(r.s);
    }
    for (const edge of p.raw) {
      const h = await this.scan.sentimentHistogram(withRange(f, edge.from, edge.to), bins);
      h.counts.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c));
      total += h.total;
      sumCompound += h.sumCompound;
    }
    return { counts, total, sumCompound };
  }

  async sentimentByBucket(f: CommentFilters, edges: number[]): Promise<SentimentBucket[]> {
    const [from, to] = commentRange(f);
    const p = plan(COMMENT_ROLLUP, f, bucketIntervals(edges, from, to));
    if (!p) return this.scan.sentimentByBucket(f, edges);
    const out: SentimentBucket[] = edges.slice(1).map(() => ({ count: 0, scored: 0, sumCompound: 0, positive: 0, neutral: 0, negative: 0 }));
    const rows = await this.run<Record<string, unknown>>(
      `SELECT slot, SUM(n) AS count, SUM(scored) AS scored, SUM(sum_compound) AS "sumCompound",
         SUM(CASE WHEN sentiment_label = 'positive' THEN n ELSE 0 END) AS positive,
         SUM(CASE WHEN sentiment_label = 'neutral' THEN n ELSE 0 END) AS neutral,
         SUM(CASE WHEN sentiment_label = 'negative' THEN n ELSE 0 END) AS negative
       FROM comment_rollup WHERE ${p.sql} GROUP BY grain, slot`,
      p.params,
    );
    const add = (b: SentimentBucket | undefined, r: Record<string, unknown>) => {
      if (!b) return;
      for (const k of ['count', 'scored', 'sumCompound', 'positive', 'neutral', 'negative'] as const) b[k] += num(r[k]);
    };
    for (const r of rows) add(out[bucketIndex(edges, num(r.slot))], r);
    for (const edge of p.raw) {
      const [b] = await this.scan.sentimentByBucket(withRange(f, edge.from, edge.to), [edge.from, edge.to]);
      if (b) add(out[edge.index], b as unknown as Record<string, unknown>);
    }
    return out;
  }

  async flagsByBucket(f: CommentFilters, edges: number[]): Promise<number[][]> {
    const [from, to] = commentRange(f);
    const p = plan(COMMENT_ROLLUP, f, bucketIntervals(edges, from, to));
    if (!p) return this.scan.flagsByBucket(f, edges);
    const out = edges.slice(1).map(() => new Array<number>(flagCategories.length).fill(0));
    const rows = await this.run<{ slot: unknown; mask: unknown; n: unknown }>(
      `SELECT slot, flag_mask AS mask, SUM(n) AS n FROM comment_rollup WHERE ${p.sql} AND flag_mask != 0 GROUP BY grain, slot, flag_mask`,
      p.params,
    );
    for (const r of rows) {
      const counts = out[bucketIndex(edges, num(r.slot))];
      const mask = num(r.mask);
      if (counts) for (let i = 0; i < counts.length; i++) if (mask & (1 << i)) counts[i] = (counts[i] ?? 0) + num(r.n);
    }
    for (const edge of p.raw) {
      const [b] = await this.scan.flagsByBucket(withRange(f, edge.from, edge.to), [edge.from, edge.to]);
      const counts = out[edge.index];
      if (b && counts) b.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c));
    }
    return out;
  }

  /** Per-article totals (title included), all articles in range; null when the filters need a scan. */
  private async articleTotals(f: CommentFilters): Promise<ArticleStatRow[] | null> {
    const p = plan(ARTICLE_ROLLUP, f, [commentRange(f)]);
    if (!p) return null;
    const rows = await this.run<Record<string, unknown>>(
      `SELECT x.article_id AS "articleId", a.title, x.n, x.scored, x.s, x.flagged, x.rejected
       FROM (SELECT article_id, SUM(n) AS n, SUM(scored) AS scored, SUM(sum_compound) AS s, SUM(flagged) AS flagged, SUM(rejected) AS rejected
             FROM article_rollup WHERE ${p.sql} GROUP BY article_id) x
       JOIN articles a ON a.id = x.article_id WHERE x.n > 0`,
      p.params,
    );
    const byId = new Map<number, ArticleStatRow & { scored: number; sum: number }>();
    for (const r of rows) {
      const id = num(r.articleId);
      byId.set(id, { articleId: id, title: String(r.title), count: num(r.n), scored: num(r.scored), sum: num(r.s), meanCompound: null, flagged: num(r.flagged), rejected: num(r.rejected) });
    }
    for (const edge of p.raw) {
      for (const a of await this.scan.articleStats(withRange(f, edge.from, edge.to), ALL_ARTICLES)) {
        const cur = byId.get(a.articleId) ?? { ...a, count: 0, scored: 0, sum: 0, flagged: 0, rejected: 0 };
        // The scan gives the mean over scored comments only; its scored count is not returned, so
        // the edge's scored comments are counted separately below.
        byId.set(a.articleId, cur);
        cur.count += a.count;
        cur.flagged += a.flagged;
        cur.rejected += a.rejected;
      }
      const scored = await this.run<{ id: unknown; scored: unknown; s: unknown }>(
        `SELECT c.article_id AS id, COUNT(c.compound) AS scored, SUM(c.compound) AS s FROM comments c
         WHERE c.created_at >= ? AND c.created_at < ?${f.articleId !== undefined ? ' AND c.article_id = ?' : ''} GROUP BY c.article_id`,
        f.articleId !== undefined ? [edge.from, edge.to, f.articleId] : [edge.from, edge.to],
      );
      for (const s of scored) {
        const cur = byId.get(num(s.id));
        if (cur) {
          cur.scored += num(s.scored);
          cur.sum += num(s.s);
        }
      }
    }
    return [...byId.values()].map(({ scored, sum, ...a }) => ({ ...a, meanCompound: scored > 0 ? sum / scored : null }));
  }

  async articleStats(f: CommentFilters, limit: number): Promise<ArticleStatRow[]> {
    const all = await this.articleTotals(f);
    if (!all) return this.scan.articleStats(f, limit);
    return all.sort((x, y) => y.count - x.count || x.articleId - y.articleId).slice(0, limit);
  }

  /** Articles with the most flagged comments, or null when the filters need a scan. */
  async topFlaggedArticles(f: CommentFilters, limit: number): Promise<ArticleStatRow[] | null> {
    const all = await this.articleTotals(f);
    if (!all) return null;
    return all.filter((a) => a.flagged > 0).sort((x, y) => y.flagged - x.flagged || x.articleId - y.articleId).slice(0, limit);
  }

  async reportTotals(f: CommentFilters): Promise<ReportTotals> {
    const p = plan(COMMENT_ROLLUP, f, [commentRange(f)]);
    if (!p) return this.scan.reportTotals(f);
    const [r = {}] = await this.run<Record<string, unknown>>(
      `SELECT SUM(n) AS received, ${(['pending', 'approved', 'rejected', 'escalated'] as const).map((s) => `SUM(CASE WHEN status = '${s}' THEN n ELSE 0 END) AS ${s}`).join(', ')},
         SUM(CASE WHEN flag_mask != 0 THEN n ELSE 0 END) AS flagged,
         ${(['positive', 'neutral', 'negative'] as const).map((s) => `SUM(CASE WHEN sentiment_label = '${s}' THEN n ELSE 0 END) AS ${s}`).join(', ')},
         SUM(scored) AS scored, SUM(sum_compound) AS "sumCompound", SUM(by_rule) AS "byRule"
       FROM comment_rollup WHERE ${p.sql}`,
      p.params,
    );
    const t: ReportTotals = {
      received: num(r.received),
      byStatus: { pending: num(r.pending), approved: num(r.approved), rejected: num(r.rejected), escalated: num(r.escalated) },
      flagged: num(r.flagged),
      sentiment: { positive: num(r.positive), neutral: num(r.neutral), negative: num(r.negative), scored: num(r.scored), sumCompound: num(r.sumCompound) },
      decidedByRule: num(r.byRule),
    };
    for (const edge of p.raw) {
      const e = await this.scan.reportTotals(withRange(f, edge.from, edge.to));
      t.received += e.received;
      for (const k of ['pending', 'approved', 'rejected', 'escalated'] as const) t.byStatus[k] += e.byStatus[k];
      t.flagged += e.flagged;
      for (const k of ['positive', 'neutral', 'negative', 'scored', 'sumCompound'] as const) t.sentiment[k] += e.sentiment[k];
      t.decidedByRule += e.decidedByRule;
    }
    return t;
  }
}
