import type { CommentFilters } from '@sift/shared';
import type { DecisionBucket, DecisionScope, ModeratorStatRow } from '../../store/analytics-store';
import { bucketIndex } from '../time-buckets';
import { decisionCubeWhere } from './rollup-filters';
import { num, type RunRollupQuery } from './rollup-query';
import { bucketIntervals, planRanges, slotsSql } from './rollup-ranges';
import { DECISION_GRAINS, DURATION_GRAINS } from './rollup-spec';
import { medianFromBins } from './seconds-histogram';

export interface DecisionScans {
  decisionsByBucket(filters: CommentFilters, edges: number[]): Promise<DecisionBucket[]>;
  moderatorStats(scope: DecisionScope): Promise<ModeratorStatRow[]>;
  rejectionReasons(scope: DecisionScope): Promise<{ reason: string; count: number }[]>;
}

/**
 * Below this many decisions in the window, moderator medians come from the
 * decision rows (exact). Above, from the log-spaced histogram of seconds to
 * decision: within ~2% (8 bins per doubling, interpolated within the bin).
 */
export const EXACT_MEDIAN_LIMIT = 2000;

const DECIDED = "to_status IN ('approved', 'rejected', 'escalated')";

/** Decision stats from the rollups of migration 006. */
export class RollupDecisionStats {
  constructor(
    private readonly run: RunRollupQuery,
    private readonly scan: DecisionScans,
  ) {}

  async decisionsByBucket(f: CommentFilters, edges: number[]): Promise<DecisionBucket[]> {
    const w = decisionCubeWhere(f);
    if (!w) return this.scan.decisionsByBucket(f, edges);
    const p = planRanges(bucketIntervals(edges), DECISION_GRAINS);
    const s = slotsSql(p.slots);
    const out: DecisionBucket[] = edges.slice(1).map(() => ({ approved: 0, rejected: 0, escalated: 0, human: 0, rule: 0 }));
    const rows = await this.run<Record<string, unknown>>(
      `SELECT slot, ${['approved', 'rejected', 'escalated'].map((x) => `SUM(CASE WHEN to_status = '${x}' THEN n ELSE 0 END) AS ${x}`).join(', ')},
         ${['human', 'rule'].map((x) => `SUM(CASE WHEN source = '${x}' THEN n ELSE 0 END) AS ${x}`).join(', ')}
       FROM decision_rollup WHERE ${s.where} AND ${w.where} AND ${DECIDED} GROUP BY grain, slot`,
      [...s.params, ...w.params],
    );
    const add = (b: DecisionBucket | undefined, r: Record<string, unknown>) => {
      if (b) for (const k of ['approved', 'rejected', 'escalated', 'human', 'rule'] as const) b[k] += num(r[k]);
    };
    for (const r of rows) add(out[bucketIndex(edges, num(r.slot))], r);
    for (const edge of p.raw) {
      const [b] = await this.scan.decisionsByBucket(f, [edge.from, edge.to]);
      if (b) add(out[edge.index], b as unknown as Record<string, unknown>);
    }
    return out;
  }

  async rejectionReasons(scope: DecisionScope): Promise<{ reason: string; count: number }[]> {
    const w = decisionCubeWhere(scope.filters);
    if (!w) return this.scan.rejectionReasons(scope);
    const p = planRanges([[scope.from, scope.to]], DECISION_GRAINS);
    const s = slotsSql(p.slots);
    const rows = await this.run<{ reason: string; n: unknown }>(
      `SELECT reason, SUM(n) AS n FROM decision_rollup WHERE ${s.where} AND ${w.where} AND to_status = 'rejected' GROUP BY reason`,
      [...s.params, ...w.params],
    );
    const counts = new Map<string, number>();
    const add = (reason: string, n: number) => counts.set(reason, (counts.get(reason) ?? 0) + n);
    for (const r of rows) add(r.reason === '' ? 'unspecified' : r.reason, num(r.n));
    for (const edge of p.raw) for (const r of await this.scan.rejectionReasons({ ...scope, from: edge.from, to: edge.to })) add(r.reason, r.count);
    return [...counts]
      .filter(([, n]) => n > 0)
      .map(([reason, count]) => ({ reason, count }))
      .sort((x, y) => y.count - x.count || (x.reason < y.reason ? -1 : x.reason > y.reason ? 1 : 0));
  }

  async moderatorStats(scope: DecisionScope): Promise<ModeratorStatRow[]> {
    const w = decisionCubeWhere(scope.filters);
    if (!w) return this.scan.moderatorStats(scope);
    // Counts and durations share one plan (the duration grains), so they leave the same edges.
    const p = planRanges([[scope.from, scope.to]], DURATION_GRAINS);
    const s = slotsSql(p.slots);
    const params = [...s.params, ...w.params];
    const counts = await this.run<Record<string, unknown>>(
      `SELECT moderator_id AS m, SUM(n) AS decisions, ${['approved', 'rejected', 'escalated'].map((x) => `SUM(CASE WHEN to_status = '${x}' THEN n ELSE 0 END) AS ${x}`).join(', ')}
       FROM decision_rollup WHERE ${s.where} AND ${w.where} AND moderator_id != '' AND ${DECIDED} GROUP BY moderator_id`,
      params,
    );
    const total = counts.reduce((a, r) => a + num(r.decisions), 0);
    // Small windows: the scan is cheap and exact.
    if (total <= 4 * EXACT_MEDIAN_LIMIT) return this.scan.moderatorStats(scope);
    const rows = new Map<string, ModeratorStatRow>();
    for (const r of counts) {
      const m = String(r.m);
      rows.set(m, { moderatorId: m, decisions: num(r.decisions), approved: num(r.approved), rejected: num(r.rejected), escalated: num(r.escalated), medianSecondsToDecision: null });
    }
    const bins = new Map<string, Map<number, number>>();
    for (const b of await this.run<{ m: string; bin: unknown; n: unknown }>(
      `SELECT moderator_id AS m, seconds_bin AS bin, SUM(n) AS n FROM decision_time_rollup WHERE ${s.where} AND ${w.where} GROUP BY moderator_id, seconds_bin`,
      params,
    )) {
      const m = bins.get(b.m) ?? new Map<number, number>();
      m.set(num(b.bin), (m.get(num(b.bin)) ?? 0) + num(b.n));
      bins.set(b.m, m);
    }
    // Edges finer than an hour: the decision rows themselves.
    const exactEdge = new Map<string, number[]>();
    for (const edge of p.raw) {
      const edgeFilters = [scope.filters.moderatorId !== undefined ? ' AND d.moderator_id = ?' : '', scope.filters.decisionSource !== undefined ? ' AND d.source = ?' : ''].join('');
      const edgeParams = [edge.from, edge.to, ...(scope.filters.moderatorId !== undefined ? [scope.filters.moderatorId] : []), ...(scope.filters.decisionSource !== undefined ? [scope.filters.decisionSource] : [])];
      for (const d of await this.run<{ m: string; s: string; ms: unknown }>(
        `SELECT d.moderator_id AS m, d.to_status AS s, d.at - c.received_at AS ms FROM decisions d JOIN comments c ON c.id = d.comment_id
         WHERE d.at >= ? AND d.at < ? AND d.moderator_id IS NOT NULL AND d.${DECIDED}${edgeFilters}`,
        edgeParams,
      )) {
        const row = rows.get(d.m) ?? { moderatorId: d.m, decisions: 0, approved: 0, rejected: 0, escalated: 0, medianSecondsToDecision: null };
        rows.set(d.m, row);
        row.decisions += 1;
        if (d.s === 'approved' || d.s === 'rejected' || d.s === 'escalated') row[d.s] += 1;
        exactEdge.set(d.m, [...(exactEdge.get(d.m) ?? []), num(d.ms) / 1000]);
      }
    }
    const out = [...rows.values()].filter((r) => r.decisions > 0);
    for (const r of out) {
      if (r.decisions <= EXACT_MEDIAN_LIMIT) {
        const [exact] = await this.scan.moderatorStats({ ...scope, filters: { ...scope.filters, moderatorId: r.moderatorId } });
        r.medianSecondsToDecision = exact?.medianSecondsToDecision ?? null;
      } else {
        r.medianSecondsToDecision = medianFromBins(bins.get(r.moderatorId) ?? new Map(), exactEdge.get(r.moderatorId) ?? []);
      }
    }
    return out.sort((x, y) => y.decisions - x.decisions || (x.moderatorId < y.moderatorId ? -1 : x.moderatorId > y.moderatorId ? 1 : 0));
  }
}
