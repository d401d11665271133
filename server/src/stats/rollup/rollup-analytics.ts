import type { AnalyticsStore } from '../../store/analytics-store';
import { RollupCommentStats } from './rollup-comment-stats';
import { RollupDecisionStats } from './rollup-decision-stats';
import type { RunRollupQuery } from './rollup-query';

/**
 * The analytics of a store with the rollups in front of its scans: each call
 * reads the rollups when they can answer its filters (and scans only the
 * edges finer than a rollup slot), otherwise it is the scan. Exports and the
 * notable comments are row listings and stay as they are.
 */
export function withRollups(scans: AnalyticsStore, run: RunRollupQuery): AnalyticsStore & { rollups: RollupCommentStats } {
  const comments = new RollupCommentStats(run, scans);
  const decisions = new RollupDecisionStats(run, scans);
  return {
    ...scans,
    rollups: comments,
    sentimentHistogram: (f, bins) => comments.sentimentHistogram(f, bins),
    sentimentByBucket: (f, edges) => comments.sentimentByBucket(f, edges),
    flagsByBucket: (f, edges) => comments.flagsByBucket(f, edges),
    articleStats: (f, limit) => comments.articleStats(f, limit),
    reportTotals: (f) => comments.reportTotals(f),
    topFlaggedArticles: async (f, limit) => (await comments.topFlaggedArticles(f, limit)) ?? scans.topFlaggedArticles(f, limit),
    decisionsByBucket: (f, edges) => decisions.decisionsByBucket(f, edges),
    moderatorStats: (scope) => decisions.moderatorStats(scope),
    rejectionReasons: (scope) => decisions.rejectionReasons(scope),
  };
}
