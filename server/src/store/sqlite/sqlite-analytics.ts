import type { AnalyticsStore } from '../analytics-store';
import { withRollups } from '../../stats/rollup/rollup-analytics';
import type { Db } from './database';
import { SqliteStats } from './sqlite-stats';
import { SqliteExports } from './sqlite-exports';
import { SqliteReports } from './sqlite-reports';

/** The stats, export and report parts of the SQLite store, as bound methods for SqliteStore to take on. */
export function sqliteAnalytics(db: Db): ReturnType<typeof withRollups> {
  const stats = new SqliteStats(db);
  const exports = new SqliteExports(db);
  const reports = new SqliteReports(db);
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
  // Synchronous driver: the rollup reader's promise wraps an immediate result.
  return withRollups(scans, async (sql, params) => db.prepare(sql).all(...params) as never);
}
