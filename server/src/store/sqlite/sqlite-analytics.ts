import { bindAnalytics } from '../analytics-store';
import { withRollups } from '../../stats/rollup/rollup-analytics';
import type { Db } from './database';
import { SqliteStats } from './sqlite-stats';
import { SqliteExports } from './sqlite-exports';
import { SqliteReports } from './sqlite-reports';

/** The stats, export and report parts of the SQLite store, as bound methods for SqliteStore to take on. */
export function sqliteAnalytics(db: Db): ReturnType<typeof withRollups> {
  const scans = bindAnalytics({ stats: new SqliteStats(db), exports: new SqliteExports(db), reports: new SqliteReports(db) });
  // Synchronous driver: the rollup reader's promise wraps an immediate result.
  return withRollups(scans, async (sql, params) => db.prepare(sql).all(...params) as never);
}
