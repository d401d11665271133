import type pg from 'pg';
import type { AnalyticsStore } from '../analytics-store';
import { withRollups } from '../../stats/rollup/rollup-analytics';
import { numberPlaceholders } from '../../stats/rollup/rollup-query';
import { PgStats } from './pg-stats';
import { PgExports } from './pg-exports';
import { PgReports } from './pg-reports';

/** The stats, export and report parts of the PostgreSQL store, as bound methods for PgStore to take on. */
export function pgAnalytics(pool: pg.Pool): ReturnType<typeof withRollups> {
  const stats = new PgStats(pool);
  const exports = new PgExports(pool);
  const reports = new PgReports(pool);
  const scans: AnalyticsStore = {
    sentimentHistogram: stats.sentimentHistogram.bind(stats),
    sentimentByBucket: stats.sentimentByBucket.bind(stats),
    flagsByBucket: stats.flagsByBucket.bind(stats),
    decisionsByBucket: stats.decisionsByBucket.bind(stats),
    articleStats: stats.articleStats.bind(stats),
    moderatorStats: stats.moderatorStats.bind(stats),
    exportComments: exports.exportComments.bind(exports),
    exportDecisions: exports.exportDecisions.bind(exports),
    reportTotals: reports.reportTotals.bind(reports),
    topFlaggedArticles: reports.topFlaggedArticles.bind(reports),
    rejectionReasons: reports.rejectionReasons.bind(reports),
    notableComments: reports.notableComments.bind(reports),
  };
  return withRollups(scans, async (sql, params) => (await pool.query(numberPlaceholders(sql), [...params])).rows);
}
